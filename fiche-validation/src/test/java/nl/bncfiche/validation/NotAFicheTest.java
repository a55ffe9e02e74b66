package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import org.junit.jupiter.api.Test;

/**
 * A kabinetsappreciatie or a letter sent in place of a fiche is recognised (BNC-B-008, INFO) and
 * not reported as a broken fiche; a fiche that lacks its sections without saying so still is.
 */
class NotAFicheTest {
  private static List<String> found(KamerstukDocument d) {
    return Fixtures.validator().validate(d, Profile.DEFINITIEF).issues().stream()
        .map(i -> i.getRuleId() + " " + i.getSeverity() + " " + i.getPointer())
        .collect(Collectors.toList());
  }

  private static Fiche appreciatie(String titel) {
    return Fiche.builder()
        .titel(titel)
        .addOverigeSectie(
            Sectie.builder()
                .kop("Appreciatie")
                .tekst(Tekst.of("Het kabinet verwelkomt het witboek over de binnenvaart."))
                .build())
        .build();
  }

  /** The valid document's header and a letter of one entry, with {@code fiches}. */
  private static KamerstukDocument letter(String aankondiging, String entry, Fiche... fiches) {
    return ImmutableKamerstukDocument.copyOf(Fixtures.geldig())
        .withBrief(
            Aanbiedingsbrief.builder()
                .aankondiging(aankondiging)
                .addVermelding(BriefVermelding.builder().titel(entry).build())
                .build())
        .withFiches(fiches);
  }

  @Test
  void aKabinetsappreciatieIsNoBrokenFiche() {
    KamerstukDocument d =
        letter(
            "Hierbij ontvangt u de kabinetsappreciatie van het witboek over de binnenvaart.",
            "Kabinetsappreciatie witboek binnenvaart",
            appreciatie("Kabinetsappreciatie witboek binnenvaart"));
    assertThat(found(d)).containsExactly("BNC-B-008 INFO /fiches/0");
    assertThat(Fixtures.validator().validate(d, Profile.DEFINITIEF).isValid()).isTrue();
  }

  @Test
  void aLetterInPlaceOfAFicheIsRecognisedWithOrWithoutAFichePart() {
    String inPlaats =
        "Met deze brief informeer ik u, in plaats van een BNC-fiche, over het witboek over de"
            + " binnenvaart.";
    assertThat(found(letter(inPlaats, "Witboek binnenvaart")))
        .containsExactly("BNC-B-008 INFO /brief");
    assertThat(found(letter(inPlaats, "Witboek binnenvaart", appreciatie("Witboek binnenvaart"))))
        .containsExactly("BNC-B-008 INFO /fiches/0");
  }

  @Test
  void aFicheThatSaysNothingOfItIsStillChecked() {
    // No marker: a fiche without its sections is a broken fiche.
    List<String> broken =
        found(
            letter("Hierbij ontvangt u een fiche.", "Witboek binnenvaart", appreciatie("Witboek")));
    assertThat(broken).noneMatch(i -> i.startsWith("BNC-B-008")).anyMatch(i -> i.contains("V-003"));
    // A fiche with its sections is a fiche, whatever its title says.
    KamerstukDocument titled =
        Fixtures.fiche(Fixtures.geldig(), f -> f.withTitel("Kabinetsappreciatie en verordening"));
    assertThat(found(titled)).noneMatch(i -> i.startsWith("BNC-B-008"));
    // A letter without fiche that says nothing of it: no fiche was found, so nothing was checked,
    // and a fiche ready to send cannot be that.
    assertThat(found(letter("Hierbij ontvangt u een brief.", "Witboek binnenvaart")))
        .containsExactly("BNC-V-010 ERROR /fiches");
  }

  @Test
  void unsafeCharactersAreReportedInADocumentThatIsNoFiche() {
    KamerstukDocument d =
        letter(
            "Hierbij ontvangt u de kabinetsappreciatie.",
            "Kabinetsappreciatie witboek",
            appreciatie("Kabinetsappreciatie witboek\u202E"));
    assertThat(found(d)).contains("BNC-F-008 ERROR /fiches/0/titel", "BNC-B-008 INFO /fiches/0");
  }
}
