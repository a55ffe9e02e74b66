package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

/**
 * The timing rules: the six- and three-week terms without the EU summer recess, the delay letter,
 * the first Council discussion and the national parliaments' eight weeks.
 */
class TimingTest {
  private static final String RECEIVED = "/fiches/0/algemeneGegevens/datumOntvangst";

  /** The valid fiche, received and sent on these days. */
  private static KamerstukDocument dated(LocalDate received, LocalDate letter) {
    KamerstukDocument d =
        Fixtures.algemeen(
            Fixtures.geldig(), a -> a.withDatumOntvangst(Parsed.of(NederlandseDatum.of(received))));
    return Fixtures.kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of(letter))));
  }

  /** As {@link #dated}, a communication: the parliaments' eight weeks (BNC-T-004) do not apply. */
  private static KamerstukDocument communication(LocalDate received, LocalDate letter) {
    return Fixtures.fiche(dated(received, letter), f -> f.withSjabloon(Sjabloon.MEDEDELING));
  }

  private static List<String> timing(FicheValidator v, KamerstukDocument d) {
    // A clock after every date of these tests, so that no received date lies in the future.
    return v.validate(d, Profile.CONCEPT).issues().stream()
        .filter(i -> i.getRuleId().startsWith("BNC-T"))
        .map(i -> i.getRuleId() + " " + i.getSeverity() + " " + i.getPointer())
        .collect(Collectors.toList());
  }

  private static FicheValidator.Builder builder() {
    return FicheValidator.builder()
        .clock(
            java.time.Clock.fixed(
                java.time.Instant.parse("2027-06-01T12:00:00Z"), java.time.ZoneOffset.UTC));
  }

  private static List<String> timing(KamerstukDocument d) {
    return timing(builder().build(), d);
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void theFourWeeksOfTheSummerRecessDoNotCountTheRestOfAugustDoes() {
    // 1 July to 8 September: 69 days, 28 of them the recess of 27 July to 23 August.
    assertThat(timing(communication(day(7, 1), day(9, 8)))).isEmpty();
    assertThat(timing(communication(day(7, 1), day(9, 10))))
        .containsExactly("BNC-T-001 WARNING " + RECEIVED);
    // Received after the recess: the last week of August counts.
    assertThat(timing(communication(day(8, 24), day(10, 5)))).isEmpty();
    assertThat(timing(communication(day(8, 24), day(10, 6))))
        .containsExactly("BNC-T-001 WARNING " + RECEIVED);
  }

  @Test
  void theRecessOfAYearCanBeSet() {
    KamerstukDocument d = dated(day(6, 15), day(8, 10));
    assertThat(timing(d)).isEmpty();
    FicheValidator later = builder().summerRecess(day(8, 3), day(8, 30)).build();
    assertThat(timing(later, d)).containsExactly("BNC-T-001 WARNING " + RECEIVED);
    // Another year's recess leaves this year's default alone.
    FicheValidator otherYear =
        builder().summerRecess(LocalDate.of(2025, 8, 3), LocalDate.of(2025, 8, 30)).build();
    assertThat(timing(otherYear, d)).isEmpty();
    assertThatThrownBy(() -> builder().summerRecess(day(12, 20), LocalDate.of(2027, 1, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().summerRecess(day(8, 30), day(8, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().summerRecess(day(6, 1), day(9, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anMfkFicheHasThreeWeeks() {
    KamerstukDocument in21 = dated(day(3, 2), day(3, 23));
    KamerstukDocument in22 = dated(day(3, 2), day(3, 24));
    assertThat(timing(in22)).isEmpty();
    KamerstukDocument mfk =
        Fixtures.fiche(in22, f -> f.withTitel("MFK \u2013 Verordening over proefvelden"));
    assertThat(timing(mfk)).containsExactly("BNC-T-002 WARNING " + RECEIVED);
    assertThat(timing(Fixtures.fiche(in21, f -> f.withTitel("MFK - Verordening")))).isEmpty();
    // The caller marks the package.
    assertThat(timing(builder().threeWeekTerm().build(), in22))
        .containsExactly("BNC-T-002 WARNING " + RECEIVED);
    // The letter marks this Kamerstuk's own entry.
    KamerstukDocument ownEntry =
        Fixtures.brief(
            in22,
            b -> {
              List<BriefVermelding> v = new java.util.ArrayList<>(b.getVermeldingen());
              v.set(0, ImmutableBriefVermelding.copyOf(v.get(0)).withVoorvoegsel("MFK"));
              return b.withVermeldingen(v);
            });
    assertThat(timing(ownEntry)).containsExactly("BNC-T-002 WARNING " + RECEIVED);
    // A late MFK fiche is the three-week rule's alone.
    assertThat(timing(Fixtures.fiche(dated(day(3, 2), day(4, 20)), f -> f.withTitel("[MFK] X"))))
        .containsExactly("BNC-T-002 WARNING " + RECEIVED);
  }

  @Test
  void aDelayLetterMakesALateFicheAnInfoThatNamesIt() {
    KamerstukDocument late = dated(day(3, 2), day(4, 20));
    assertThat(timing(late)).containsExactly("BNC-T-001 WARNING " + RECEIVED);
    FicheValidator explained = builder().delayLetter("Kamerstuk 22 112, nr. 4183").build();
    assertThat(timing(explained, late)).containsExactly("BNC-T-001 INFO " + RECEIVED);
    Issue info = explained.validate(late, Profile.CONCEPT).issues(Severity.INFO).get(0);
    assertThat(info.getArguments())
        .containsExactly("2 maart 2026", "20 april 2026", "49", "42", "Kamerstuk 22 112, nr. 4183");
    assertThat(info.getMessageEn()).endsWith("delay letter: Kamerstuk 22 112, nr. 4183.");
    // A severity the caller sets still holds.
    FicheValidator strict =
        builder().delayLetter("brief van 3 april").severity("BNC-T-001", Severity.ERROR).build();
    assertThat(timing(strict, late)).containsExactly("BNC-T-001 ERROR " + RECEIVED);
    assertThatThrownBy(() -> builder().delayLetter(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().delayLetter("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLetterComesBeforeTheFirstCouncilDiscussion() {
    KamerstukDocument d = dated(day(3, 16), day(4, 20));
    assertThat(timing(builder().firstCouncilDiscussion(day(4, 21)).build(), d)).isEmpty();
    assertThat(timing(builder().firstCouncilDiscussion(day(4, 20)).build(), d))
        .containsExactly("BNC-T-003 WARNING /kop/datum");
    assertThat(timing(builder().firstCouncilDiscussion(day(4, 2)).build(), d))
        .containsExactly("BNC-T-003 WARNING /kop/datum");
    // Without the caller's date, or without a letter date, the rule has nothing to compare.
    assertThat(timing(d)).isEmpty();
    KamerstukDocument undated = Fixtures.kop(d, k -> k.withDatum(java.util.Optional.empty()));
    assertThat(timing(builder().firstCouncilDiscussion(day(4, 2)).build(), undated)).isEmpty();
    assertThat(RuleCatalog.rule("BNC-T-003").orElseThrow().getRequiredSetting())
        .contains("firstCouncilDiscussion");
    assertThat(RuleCatalog.rule("BNC-T-001").orElseThrow().getRequiredSetting()).isEmpty();
  }

  @Test
  void aLegislativeFicheAfterTheEightWeeksOfTheParliamentsIsAnInfo() {
    FicheValidator explained = builder().delayLetter("Kamerstuk 22 112, nr. 4183").build();
    // 16 March + 56 days is 11 May.
    assertThat(timing(explained, dated(day(3, 16), day(5, 11))))
        .containsExactly("BNC-T-001 INFO " + RECEIVED);
    assertThat(timing(explained, dated(day(3, 16), day(5, 12))))
        .containsExactly("BNC-T-001 INFO " + RECEIVED, "BNC-T-004 INFO " + RECEIVED);
    // A communication gives national parliaments no such term.
    KamerstukDocument mededeling =
        Fixtures.fiche(dated(day(3, 16), day(5, 12)), f -> f.withSjabloon(Sjabloon.MEDEDELING));
    assertThat(timing(explained, mededeling)).containsExactly("BNC-T-001 INFO " + RECEIVED);
    // Over the summer the recess keeps a fiche within six weeks that comes after eight.
    assertThat(timing(dated(day(7, 20), day(9, 16)))).containsExactly("BNC-T-004 INFO " + RECEIVED);
  }
}
