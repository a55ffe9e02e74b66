package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.fixture.LinearTime;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

/** The details of the rules: every item, every text, every branch of the letter arithmetic. */
class RuleDetailTest {
  private static List<String> found(KamerstukDocument d, String prefix) {
    return Fixtures.validator().validate(d, Profile.DEFINITIEF).issues().stream()
        .filter(i -> i.getRuleId().startsWith(prefix))
        .map(i -> i.getRuleId() + " " + i.getPointer())
        .collect(Collectors.toList());
  }

  private static final String F = "/fiches/0/";

  /** Items 1f and 1g of the valid fiche, as given. */
  private static KamerstukDocument councilAndMinistries(String raad, String ministeries) {
    return Fixtures.algemeen(
        Fixtures.geldig(),
        a ->
            a.withBehandelingstrajectRaad(raad)
                .withEerstverantwoordelijkMinisterie(Ministeries.ofTekst(ministeries)));
  }

  @Test
  void aLineBreakInAVocabularyItemIsWhereARenderingWrappedItOrOneNamePerProposal() {
    // Wrapped names.
    assertThat(
            found(
                councilAndMinistries(
                    "Raad Algemene\nZaken",
                    "Ministerie van Buitenlandse Zaken in nauwe\nsamenwerking met het Ministerie"
                        + " van\nFinanciën"),
                "BNC-P"))
        .isEmpty();
    // One Council formation per proposal of a package.
    assertThat(
            found(
                councilAndMinistries(
                    "Raad Algemene Zaken\nRaad Milieu", "Ministerie van Buitenlandse Zaken"),
                "BNC-P"))
        .isEmpty();
    // An unknown name stays unknown, however it is broken.
    assertThat(found(councilAndMinistries("Raad\nKoffie", "Ministerie van\nKoffie"), "BNC-P"))
        .containsExactly(
            "BNC-P-005 " + F + "algemeneGegevens/behandelingstrajectRaad",
            "BNC-P-004 " + F + "algemeneGegevens/eerstverantwoordelijkMinisterie");
  }

  @Test
  void everyMissingItemIsReportedAtItsOwnPath() {
    Fiche f =
        Fiche.builder()
            .titel("t")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitel(" ")
                    .addEurLex(EurLexVerwijzing.of(" "))
                    .addCommissieDocument(Parsed.parse(" ", CommissieDocument::parse))
                    .datumOntvangst(Parsed.parse("", NederlandseDatum::parse))
                    .impactAssessment(ImpactAssessment.of(""))
                    .behandelingstrajectRaad(" ")
                    .eerstverantwoordelijkMinisterie(Ministeries.ofTekst(" "))
                    .addRechtsbasis("")
                    .besluitvormingsprocedureRaad("")
                    .rolEuropeesParlement(" ")
                    .build())
            .essentie(EssentieVoorstel.builder().build())
            .nederlandsePositie(NederlandsePositie.builder().build())
            .grondhouding(Grondhouding.builder().bevoegdheid(GrondhoudingOnderdeel.of(" ")).build())
            .consequenties(Consequenties.builder().build())
            .build();
    String a = F + "algemeneGegevens/";
    assertThat(found(KamerstukDocument.of(f), "BNC-"))
        .containsExactly(
            "BNC-V-003 " + a + "titels",
            "BNC-V-003 " + a + "datumOntvangst",
            "BNC-V-003 " + a + "commissieDocumenten",
            "BNC-V-003 " + a + "eurLex",
            "BNC-V-003 " + a + "impactAssessment",
            "BNC-V-003 " + a + "behandelingstrajectRaad",
            "BNC-V-003 " + a + "eerstverantwoordelijkMinisterie",
            "BNC-V-004 " + a + "rechtsbasis",
            "BNC-V-004 " + a + "besluitvormingsprocedureRaad",
            "BNC-V-004 " + a + "rolEuropeesParlement",
            "BNC-V-005 " + F + "essentie/inhoud",
            "BNC-V-006 " + F + "nederlandsePositie/essentieBeleid",
            "BNC-V-006 " + F + "nederlandsePositie/beoordeling",
            "BNC-V-006 " + F + "nederlandsePositie/krachtenveld",
            "BNC-V-008 " + F + "grondhouding/bevoegdheid/oordeel",
            "BNC-V-007 " + F + "grondhouding/bevoegdheid/tekst",
            "BNC-V-007 " + F + "grondhouding/subsidiariteit",
            "BNC-V-007 " + F + "grondhouding/proportionaliteit",
            "BNC-V-007 " + F + "grondhouding/financieleGevolgen",
            "BNC-V-007 " + F + "grondhouding/regeldruk",
            "BNC-V-009 " + F + "consequenties/regelgeving",
            "BNC-V-009 " + F + "consequenties/delegatie",
            "BNC-V-009 " + F + "consequenties/implementatietermijn",
            "BNC-V-009 " + F + "consequenties/evaluatie",
            "BNC-V-009 " + F + "consequenties/uitvoerbaarheid",
            "BNC-V-009 " + F + "consequenties/handhaafbaarheid",
            "BNC-V-009 " + F + "ontwikkelingslanden");
  }

  @Test
  void missingSectionsAreReportedOnceAndMessagesNameTheItem() {
    Fiche f = Fiche.builder().sjabloon(Sjabloon.WETGEVING).generatie(Generatie.G2013).build();
    assertThat(found(KamerstukDocument.of(f), "BNC-"))
        .containsExactly(
            "BNC-V-001 " + F + "titel",
            "BNC-V-003 " + F + "algemeneGegevens",
            "BNC-V-005 " + F + "essentie",
            "BNC-V-006 " + F + "nederlandsePositie",
            "BNC-V-007 " + F + "grondhouding",
            "BNC-V-009 " + F + "financieleGevolgen",
            "BNC-V-009 " + F + "consequenties",
            "BNC-V-009 " + F + "ontwikkelingslanden");
    List<Issue> issues = Fixtures.validator().validate(f, Profile.DEFINITIEF).issues();
    assertThat(issues.get(6).getMessageNl())
        .isEqualTo(
            "Onderdeel 6 (Wettelijke, uitvoerings- en/of handhavingsconsequenties) ontbreekt of is leeg.");
    assertThat(issues.get(7).getMessageEn())
        .isEqualTo("Item 7 (Implicaties voor ontwikkelingslanden) is missing or empty.");
    Fiche g2025 =
        Fiche.builder()
            .titel("t")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .consequenties(Consequenties.builder().build())
            .build();
    assertThat(Fixtures.validator().validate(g2025, Profile.DEFINITIEF).issues())
        .filteredOn(i -> i.getPointer().endsWith("/consequenties/regelgeving"))
        .singleElement()
        // The item is named with the label the writers write, not an abbreviation of it.
        .satisfies(
            i ->
                assertThat(i.getArguments())
                    .containsExactly(
                        "5a",
                        "Consequenties nationale en decentrale regelgeving en/of sanctiebeleid"));
    assertThat(found(KamerstukDocument.of(Fiche.builder().titel("x").build()), "BNC-"))
        .containsExactly(
            "BNC-V-002 " + F + "sjabloon",
            "BNC-V-002 " + F + "generatie",
            "BNC-V-003 " + F + "algemeneGegevens",
            "BNC-V-005 " + F + "essentie",
            "BNC-V-006 " + F + "nederlandsePositie");
  }

  @Test
  void generation2013HasSectionFiveAndThreeGrondhoudingItems() {
    Fiche f =
        Fixtures.fiche(
                Fixtures.geldig(),
                x ->
                    x.withGeneratie(Generatie.G2013)
                        .withGrondhouding(
                            Grondhouding.builder()
                                .bevoegdheid(GrondhoudingOnderdeel.of("a"))
                                .subsidiariteit(GrondhoudingOnderdeel.of("b"))
                                .proportionaliteit(GrondhoudingOnderdeel.of("c"))
                                .build())
                        .withFinancieleGevolgen(
                            FinancieleGevolgen.builder().geopolitiek(Tekst.of("x")).build()))
            .getFiches()
            .get(0);
    assertThat(found(KamerstukDocument.of(f), "BNC-V"))
        .containsExactly(
            "BNC-V-009 " + F + "financieleGevolgen/euBegroting",
            "BNC-V-009 " + F + "financieleGevolgen/rijksoverheid",
            "BNC-V-009 " + F + "financieleGevolgen/bedrijfslevenEnBurger",
            "BNC-V-009 " + F + "financieleGevolgen/concurrentiekracht");
    Fiche g2007 =
        ImmutableFiche.copyOf(f)
            .withGeneratie(Generatie.G2007)
            .withConsequenties(Optional.empty())
            .withOntwikkelingslanden(Optional.empty())
            .withFinancieleGevolgen(Optional.empty());
    assertThat(found(KamerstukDocument.of(g2007), "BNC-V")).isEmpty();
    Fiche mededeling2025 =
        ImmutableFiche.copyOf(f)
            .withGeneratie(Generatie.G2025)
            .withSjabloon(Sjabloon.MEDEDELING)
            .withConsequenties(Optional.empty())
            .withOntwikkelingslanden(Optional.empty());
    assertThat(found(KamerstukDocument.of(mededeling2025), "BNC-V-009")).isEmpty();
    assertThat(found(KamerstukDocument.of(mededeling2025), "BNC-V-008"))
        .containsExactly(
            "BNC-V-008 " + F + "grondhouding/bevoegdheid/oordeel",
            "BNC-V-008 " + F + "grondhouding/subsidiariteit/oordeel",
            "BNC-V-008 " + F + "grondhouding/proportionaliteit/oordeel");
  }

  private static Tekst ref() {
    return Tekst.of(
        Alinea.builder().addInhoud(TekstRun.of("x")).addInhoud(VoetnootVerwijzing.of(7)).build());
  }

  @Test
  void referencesAreFoundInEveryText() {
    GrondhoudingOnderdeel item = GrondhoudingOnderdeel.builder().tekst(ref()).build();
    Fiche f =
        Fiche.builder()
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addOverigeOnderdeel(Onderdeel.builder().tekst(ref()).build())
                    .build())
            .essentie(EssentieVoorstel.builder().inhoud(ref()).impactAssessment(ref()).build())
            .nederlandsePositie(
                NederlandsePositie.builder()
                    .essentieBeleid(ref())
                    .beoordeling(ref())
                    .krachtenveld(ref())
                    .build())
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(item)
                    .subsidiariteit(item)
                    .proportionaliteit(item)
                    .financieleGevolgen(item)
                    .regeldruk(item)
                    .build())
            .financieleGevolgen(
                FinancieleGevolgen.builder()
                    .euBegroting(ref())
                    .rijksoverheid(ref())
                    .bedrijfslevenEnBurger(ref())
                    .concurrentiekracht(ref())
                    .geopolitiek(ref())
                    .build())
            .consequenties(
                Consequenties.builder()
                    .regelgeving(ref())
                    .delegatie(ref())
                    .implementatietermijn(ref())
                    .evaluatie(ref())
                    .uitvoerbaarheid(ref())
                    .handhaafbaarheid(ref())
                    .build())
            .ontwikkelingslanden(ref())
            .addOverigeSectie(Sectie.builder().tekst(ref()).build())
            .addVoetnoot(Voetnoot.builder().nummer(1).tekst(ref()).build())
            .build();
    String tail = "/alineas/0/inhoud/1";
    assertThat(found(KamerstukDocument.of(f), "BNC-N-001"))
        .containsExactly(
            "BNC-N-001 " + F + "algemeneGegevens/overigeOnderdelen/0/tekst" + tail,
            "BNC-N-001 " + F + "essentie/inhoud" + tail,
            "BNC-N-001 " + F + "essentie/impactAssessment" + tail,
            "BNC-N-001 " + F + "nederlandsePositie/essentieBeleid" + tail,
            "BNC-N-001 " + F + "nederlandsePositie/beoordeling" + tail,
            "BNC-N-001 " + F + "nederlandsePositie/krachtenveld" + tail,
            "BNC-N-001 " + F + "grondhouding/bevoegdheid/tekst" + tail,
            "BNC-N-001 " + F + "grondhouding/subsidiariteit/tekst" + tail,
            "BNC-N-001 " + F + "grondhouding/proportionaliteit/tekst" + tail,
            "BNC-N-001 " + F + "grondhouding/financieleGevolgen/tekst" + tail,
            "BNC-N-001 " + F + "grondhouding/regeldruk/tekst" + tail,
            "BNC-N-001 " + F + "financieleGevolgen/euBegroting" + tail,
            "BNC-N-001 " + F + "financieleGevolgen/rijksoverheid" + tail,
            "BNC-N-001 " + F + "financieleGevolgen/bedrijfslevenEnBurger" + tail,
            "BNC-N-001 " + F + "financieleGevolgen/concurrentiekracht" + tail,
            "BNC-N-001 " + F + "financieleGevolgen/geopolitiek" + tail,
            "BNC-N-001 " + F + "consequenties/regelgeving" + tail,
            "BNC-N-001 " + F + "consequenties/delegatie" + tail,
            "BNC-N-001 " + F + "consequenties/implementatietermijn" + tail,
            "BNC-N-001 " + F + "consequenties/evaluatie" + tail,
            "BNC-N-001 " + F + "consequenties/uitvoerbaarheid" + tail,
            "BNC-N-001 " + F + "consequenties/handhaafbaarheid" + tail,
            "BNC-N-001 " + F + "ontwikkelingslanden" + tail,
            "BNC-N-001 " + F + "overigeSecties/0/tekst" + tail,
            "BNC-N-001 " + F + "voetnoten/0/tekst" + tail);
    // Footnote 1 is referenced nowhere, since footnote 7 is what the texts cite.
    assertThat(found(KamerstukDocument.of(f), "BNC-N-002"))
        .containsExactly("BNC-N-002 " + F + "voetnoten/0");
  }

  private static KamerstukDocument letter(Integer announced, String written, String... refs) {
    KamerstukDocument d = Fixtures.geldig();
    return Fixtures.brief(
        d,
        b -> {
          var v = new java.util.ArrayList<BriefVermelding>();
          for (String r : refs) {
            v.add(
                r == null
                    ? BriefVermelding.builder()
                        .titel("Verordening proefvelden waterstofveerboten")
                        .build()
                    : BriefVermelding.builder()
                        .titel("Iets")
                        .referentie(Parsed.parse(r, KamerstukReferentie::parse))
                        .build());
          }
          return b.withAangekondigdAantal(Optional.ofNullable(announced))
              .withAantalZoalsGeschreven(Optional.ofNullable(written))
              .withVermeldingen(v);
        });
  }

  @Test
  void theAnnouncedCountInDigitsOrWords() {
    assertThat(found(letter(2, "twee", null, "22 112, nr. 5102"), "BNC-B")).isEmpty();
    assertThat(found(letter(2, "drie", null, "22 112, nr. 5102"), "BNC-B"))
        .containsExactly("BNC-B-001 /brief/aantalZoalsGeschreven");
    assertThat(found(letter(null, "drie", null, "22 112, nr. 5102"), "BNC-B"))
        .containsExactly("BNC-B-001 /brief/aantalZoalsGeschreven");
    assertThat(found(letter(null, "twee", null, "22 112, nr. 5102"), "BNC-B")).isEmpty();
    assertThat(found(letter(null, "enkele", null, "22 112, nr. 5102"), "BNC-B")).isEmpty();
    assertThat(found(letter(3, null, null, "22 112, nr. 5102"), "BNC-B"))
        .containsExactly("BNC-B-001 /brief/aangekondigdAantal");
    Issue i =
        Fixtures.validator()
            .validate(letter(3, null, null, "22 112, nr. 5102"), Profile.CONCEPT)
            .issues()
            .get(0);
    assertThat(i.getMessageEn()).isEqualTo("The letter announces 3 fiches but lists 2.");
  }

  @Test
  void theNumberingOfTheBatch() {
    String v = "/brief/vermeldingen/";
    assertThat(found(letter(3, null, null, "22 112, nr. 5100", "22 112, nr. 5102"), "BNC-B"))
        .isEmpty();
    // Real batches skip numbers that went to other documents.
    assertThat(found(letter(3, null, null, "22 112, nr. 5102", "22 112, nr. 5103"), "BNC-B"))
        .isEmpty();
    assertThat(found(letter(3, null, null, "22 112, nr. 5100", "22 112, nr. 5124"), "BNC-B"))
        .isEmpty();
    assertThat(found(letter(3, null, null, "22 112, nr. 5100", "22 112, nr. 5125"), "BNC-B"))
        .containsExactly("BNC-B-006 " + v + "2/referentie");
    // A printed typo lies far off.
    Issue typo =
        Fixtures.validator()
            .validate(
                letter(3, null, null, "22 112, nr. 5100", "22 112, nr. 6102"), Profile.CONCEPT)
            .issues()
            .get(0);
    assertThat(typo.getRuleId()).isEqualTo("BNC-B-006");
    assertThat(typo.getArguments()).containsExactly("6102", "5101");
    // A number twice, or the Kamerstuk's own number in an entry.
    assertThat(found(letter(3, null, null, "22 112, nr. 5101", "22 112, nr. 5102"), "BNC-B"))
        .containsExactly("BNC-B-007 " + v + "1/referentie");
    assertThat(found(letter(3, null, null, "22 112, nr. 5102", "22 112, nr. 5102"), "BNC-B"))
        .containsExactly("BNC-B-007 " + v + "1/referentie");
    // Other dossiers and Eerste Kamer letters are no part of the batch's numbers.
    assertThat(found(letter(3, null, null, "22 112, nr. 5102", "34 965, nr. 2"), "BNC-B"))
        .isEmpty();
    assertThat(
            found(
                letter(3, null, null, "22 112-IV, nr. 9", "22 112, nr. GX", "22 112, nr. 5102"),
                "BNC-B"))
        .containsExactly("BNC-B-001 /brief/aangekondigdAantal");
    assertThat(found(letter(3, null, "22 112, nr. 5102", "22 112, nr. 5100", null), "BNC-B"))
        .isEmpty();
    assertThat(found(letter(2, null, null, null), "BNC-B"))
        .containsExactly("BNC-B-002 /brief/vermeldingen");
    // Without the own number, the batch's median is the reference.
    KamerstukDocument unpublished =
        Fixtures.kop(
            letter(4, null, null, "22 112, nr. 5100", "22 112, nr. 5103", "22 112, nr. 6103"),
            k -> k.withNummer(Optional.empty()));
    assertThat(found(unpublished, "BNC-B")).containsExactly("BNC-B-006 " + v + "3/referentie");
    // Numbered entries say that one entry is the fiche itself, with or without a numbered header;
    // a draft's letter whose entries have no numbers yet is not checked so.
    KamerstukDocument twoWithout =
        Fixtures.kop(
            letter(3, null, null, null, "22 112, nr. 5100"), k -> k.withNummer(Optional.empty()));
    assertThat(found(twoWithout, "BNC-B")).containsExactly("BNC-B-002 /brief/vermeldingen");
    KamerstukDocument draft =
        Fixtures.kop(letter(2, null, null, null), k -> k.withNummer(Optional.empty()));
    assertThat(found(draft, "BNC-B")).isEmpty();
    KamerstukDocument eersteKamer =
        Fixtures.kop(letter(2, null, null, "22 112, nr. 5100"), k -> k.withNummer("GX"));
    assertThat(found(eersteKamer, "BNC-B")).isEmpty();
    // The forms published letters use that the model's parser does not take count too.
    assertThat(
            found(
                letter(
                    3,
                    null,
                    null,
                    "(Kamerstuk 22 112, 5100)",
                    "(Kamerstukken 22 112 en 34 738, nr. 6102)"),
                "BNC-"))
        .containsExactly("BNC-B-006 " + v + "2/referentie");
  }

  @Test
  void kamerstukReferencesInThePublishedFormsAreReadAndOthersAreWarnings() {
    String[] readable = {
      "Kamerstuk 22 112, nr. 5100",
      "(Kamerstuk 22 112, 5100)",
      "(Kamerstukken 22 112 en 34 738, nr. 5100)",
      "Kamerstukken 22 112, 34 738 en 36 200 V, nr. 5100",
      "(Kamerstuk 22112-5100).",
      "Kamerstukken II 2016/17, 22 112, 5100"
    };
    for (String r : readable) {
      assertThat(found(letter(3, null, null, r, "22 112, nr. 5102"), "BNC-")).as(r).isEmpty();
    }
    List<Issue> issues =
        Fixtures.validator()
            .validate(
                letter(3, null, null, "(Kamerstuk 22 12, nr. 5100)", "22 112, nr. 5102"),
                Profile.CONCEPT)
            .issues();
    assertThat(issues)
        .extracting(i -> i.getRuleId() + " " + i.getSeverity() + " " + i.getPointer())
        .containsExactly("BNC-F-004 WARNING /brief/vermeldingen/1/referentie");
  }

  @Test
  void theLetterDateAndKamerstukDateAreChecked() {
    KamerstukDocument d =
        Fixtures.kop(
            Fixtures.geldig(),
            k -> k.withDatum(Parsed.parse("30 februari 2026", NederlandseDatum::parse)));
    assertThat(found(d, "BNC-F")).containsExactly("BNC-F-005 /kop/datum");
    KamerstukDocument monthOnly =
        Fixtures.kop(
            Fixtures.geldig(),
            k -> k.withDatum(Parsed.parse("december 2026", NederlandseDatum::parse)));
    assertThat(found(monthOnly, "BNC-T")).isEmpty();
    KamerstukDocument sixWeeks =
        Fixtures.kop(
            Fixtures.geldig(),
            k -> k.withDatum(Parsed.parse("27 april 2026", NederlandseDatum::parse)));
    assertThat(found(sixWeeks, "BNC-T")).isEmpty();
    KamerstukDocument sixWeeksAndADay =
        Fixtures.kop(
            Fixtures.geldig(),
            k -> k.withDatum(Parsed.parse("28 april 2026", NederlandseDatum::parse)));
    assertThat(found(sixWeeksAndADay, "BNC-T"))
        .containsExactly("BNC-T-001 /fiches/0/algemeneGegevens/datumOntvangst");
    assertThat(
            Fixtures.validator()
                .validate(sixWeeksAndADay, Profile.CONCEPT)
                .issues()
                .get(0)
                .getArguments())
        .containsExactly("16 maart 2026", "28 april 2026", "43", "42", "\u2014");
  }

  /** The issues of the CELEX rules (C-001, C-002); a package's counts are C-006's. */
  private static List<String> celex(KamerstukDocument d) {
    List<String> issues = new java.util.ArrayList<>(found(d, "BNC-C-00"));
    issues.removeIf(i -> !i.startsWith("BNC-C-001") && !i.startsWith("BNC-C-002"));
    return issues;
  }

  @Test
  void manyCelexNumbersArePairedWithManyDocumentsInLinearTime() {
    // more CELEX numbers than documents: paired by year and number, not by position
    LinearTime.assertLinear(
        "CELEX numbers paired with as many Commission documents",
        500,
        n -> {
          List<Parsed<CommissieDocument>> docs = new java.util.ArrayList<>();
          List<EurLexVerwijzing> celex = new java.util.ArrayList<>();
          for (int k = 1; k <= n; k++) {
            docs.add(Parsed.parse("COM(2026) " + k, CommissieDocument::parse));
            celex.add(EurLexVerwijzing.of(String.format("CELEX:52026PC%04d", k)));
          }
          celex.add(EurLexVerwijzing.of("CELEX:52026PC9999"));
          KamerstukDocument d =
              Fixtures.algemeen(
                  Fixtures.geldig(), a -> a.withCommissieDocumenten(docs).withEurLex(celex));
          return () ->
              assertThat(celex(d))
                  .containsExactly("BNC-C-001 /fiches/0/algemeneGegevens/eurLex/" + n);
        });
  }

  @Test
  void commissionDocumentsAndCelexNumbersArePairedSensibly() {
    KamerstukDocument swd =
        Fixtures.algemeen(
            Fixtures.geldig(),
            a ->
                a.withCommissieDocumenten(Parsed.parse("SWD(2026) 121", CommissieDocument::parse)));
    assertThat(celex(swd)).isEmpty();
    KamerstukDocument sc =
        Fixtures.algemeen(
            Fixtures.geldig(), a -> a.withEurLex(EurLexVerwijzing.of("CELEX:52026SC0121")));
    assertThat(celex(sc)).isEmpty();
    KamerstukDocument sector3 =
        Fixtures.algemeen(
            Fixtures.geldig(), a -> a.withEurLex(EurLexVerwijzing.of("CELEX:32026PC0121")));
    assertThat(celex(sector3)).isEmpty();
    KamerstukDocument pakket =
        Fixtures.algemeen(
            Fixtures.geldig(),
            a ->
                a.withCommissieDocumenten(
                        Parsed.parse("COM(2026) 120 final", CommissieDocument::parse),
                        Parsed.parse("COM(2026) 122 final", CommissieDocument::parse))
                    .withEurLex(EurLexVerwijzing.of("CELEX:52026PC0122")));
    assertThat(celex(pakket)).isEmpty();
    KamerstukDocument pakketFout =
        Fixtures.algemeen(pakket, a -> a.withEurLex(EurLexVerwijzing.of("CELEX:52026PC0123")));
    assertThat(celex(pakketFout)).containsExactly("BNC-C-001 /fiches/0/algemeneGegevens/eurLex/0");
    KamerstukDocument join =
        Fixtures.fiche(
            Fixtures.algemeen(
                Fixtures.geldig(),
                a ->
                    a.withCommissieDocumenten(
                            Parsed.parse("JOIN(2026) 120", CommissieDocument::parse))
                        .withEurLex(EurLexVerwijzing.of("CELEX:52026JC0120"))),
            f -> f.withSoort(VoorstelSoort.MEDEDELING));
    assertThat(celex(join)).isEmpty();
    KamerstukDocument joinDc =
        Fixtures.algemeen(join, a -> a.withEurLex(EurLexVerwijzing.of("CELEX:52026DC0120")));
    assertThat(celex(joinDc)).containsExactly("BNC-C-002 /fiches/0/algemeneGegevens/eurLex/0");
    KamerstukDocument yearWrong =
        Fixtures.algemeen(
            Fixtures.geldig(), a -> a.withEurLex(EurLexVerwijzing.of("CELEX:52025PC0120")));
    assertThat(celex(yearWrong)).containsExactly("BNC-C-001 /fiches/0/algemeneGegevens/eurLex/0");
    KamerstukDocument unparsed =
        Fixtures.algemeen(
            Fixtures.geldig(),
            a ->
                a.withCommissieDocumenten(
                    Parsed.parse("COM(2026", CommissieDocument::parse),
                    Parsed.parse("COM(2026) 9", CommissieDocument::parse)));
    assertThat(celex(unparsed)).containsExactly("BNC-C-001 /fiches/0/algemeneGegevens/eurLex/0");
  }

  @Test
  void equalityOfValues() {
    Issue a = new Issue("BNC-V-001", Severity.ERROR, List.of("x"), "nl", "en", List.of("1"));
    // an equal copy, not a itself: AssertJ passes isEqualTo(a) by identity, without calling equals
    Issue copy = new Issue("BNC-V-001", Severity.ERROR, List.of("x"), "nl", "en", List.of("1"));
    assertThat(a).isEqualTo(copy).hasSameHashCodeAs(copy).isNotEqualTo("x").isNotEqualTo(null);
    assertThat(a)
        .isNotEqualTo(
            new Issue("BNC-V-002", Severity.ERROR, List.of("x"), "nl", "en", List.of("1")));
    assertThat(a)
        .isNotEqualTo(
            new Issue("BNC-V-001", Severity.WARNING, List.of("x"), "nl", "en", List.of("1")));
    assertThat(a)
        .isNotEqualTo(
            new Issue("BNC-V-001", Severity.ERROR, List.of("y"), "nl", "en", List.of("1")));
    assertThat(a)
        .isNotEqualTo(
            new Issue("BNC-V-001", Severity.ERROR, List.of("x"), "NL", "en", List.of("1")));
    assertThat(a)
        .isNotEqualTo(
            new Issue("BNC-V-001", Severity.ERROR, List.of("x"), "nl", "EN", List.of("1")));
    assertThat(a)
        .isNotEqualTo(
            new Issue("BNC-V-001", Severity.ERROR, List.of("x"), "nl", "en", List.of("2")));
    assertThat(a.hashCode()).isNotZero();
    RuleDescription r = RuleCatalog.rules().get(0);
    RuleDescription same =
        new RuleDescription(
            r.getId(),
            r.getDefaultSeverity(),
            r.getProfile(),
            r.getSince(),
            r.getDescriptionNl(),
            r.getDescriptionEn(),
            r.getSource(),
            r.getReduction().orElse(null));
    assertThat(r).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("x");
    RuleDescription withoutSource =
        new RuleDescription(
            r.getId(),
            r.getDefaultSeverity(),
            r.getProfile(),
            r.getSince(),
            r.getDescriptionNl(),
            r.getDescriptionEn());
    assertThat(withoutSource.getSource()).isEmpty();
    assertThat(withoutSource.getReduction()).isEmpty();
    assertThat(r).isNotEqualTo(withoutSource);
    RuleDescription.Reduction mild =
        new RuleDescription.Reduction(Severity.WARNING, "in een gepubliceerd Kamerstuk", "x");
    RuleDescription reduced =
        new RuleDescription(
            r.getId(),
            r.getDefaultSeverity(),
            r.getProfile(),
            r.getSince(),
            r.getDescriptionNl(),
            r.getDescriptionEn(),
            r.getSource(),
            mild);
    assertThat(reduced).isNotEqualTo(r);
    assertThat(mild)
        .isEqualTo(
            new RuleDescription.Reduction(Severity.WARNING, "in een gepubliceerd Kamerstuk", "x"))
        .hasSameHashCodeAs(
            new RuleDescription.Reduction(Severity.WARNING, "in een gepubliceerd Kamerstuk", "x"))
        .isNotEqualTo(
            new RuleDescription.Reduction(Severity.INFO, "in een gepubliceerd Kamerstuk", "x"))
        .isNotEqualTo(new RuleDescription.Reduction(Severity.WARNING, "y", "x"))
        .isNotEqualTo(
            new RuleDescription.Reduction(Severity.WARNING, "in een gepubliceerd Kamerstuk", "y"))
        .isNotEqualTo("x");
    assertThat(r.hashCode()).isNotZero();
    assertThat(r)
        .isNotEqualTo(
            new RuleDescription(
                "BNC-V-999",
                r.getDefaultSeverity(),
                r.getProfile(),
                r.getSince(),
                r.getDescriptionNl(),
                r.getDescriptionEn()));
    assertThat(r)
        .isNotEqualTo(
            new RuleDescription(
                r.getId(),
                Severity.INFO,
                r.getProfile(),
                r.getSince(),
                r.getDescriptionNl(),
                r.getDescriptionEn()));
    assertThat(r)
        .isNotEqualTo(
            new RuleDescription(
                r.getId(),
                r.getDefaultSeverity(),
                Profile.CONCEPT,
                r.getSince(),
                r.getDescriptionNl(),
                r.getDescriptionEn()));
    assertThat(r)
        .isNotEqualTo(
            new RuleDescription(
                r.getId(),
                r.getDefaultSeverity(),
                r.getProfile(),
                "9",
                r.getDescriptionNl(),
                r.getDescriptionEn()));
    assertThat(r)
        .isNotEqualTo(
            new RuleDescription(
                r.getId(),
                r.getDefaultSeverity(),
                r.getProfile(),
                r.getSince(),
                "x",
                r.getDescriptionEn()));
    assertThat(r)
        .isNotEqualTo(
            new RuleDescription(
                r.getId(),
                r.getDefaultSeverity(),
                r.getProfile(),
                r.getSince(),
                r.getDescriptionNl(),
                "x"));
    ValidationReport v = new ValidationReport(List.of(a));
    assertThat(v)
        .isEqualTo(new ValidationReport(List.of(a)))
        .hasSameHashCodeAs(new ValidationReport(List.of(a)))
        .isNotEqualTo(new ValidationReport(List.of()))
        .isNotEqualTo("x");
    assertThat(v.hashCode()).isNotZero();
    assertThat(v.toString()).startsWith("invalid, 1 issue\n");
  }

  @Test
  void createGivesAWorkingValidatorOnTheSystemClock() {
    // 2999 lies after today and 2001 before it on any machine, whatever day it is.
    KamerstukDocument future =
        Fixtures.algemeen(
            Fixtures.mededeling(),
            a -> a.withDatumOntvangst(Parsed.of(NederlandseDatum.of("1 januari 2999"))));
    assertThat(FicheValidator.create().validate(future, Profile.CONCEPT).issues())
        .extracting(Issue::getRuleId)
        .contains("BNC-F-006");
    KamerstukDocument past =
        Fixtures.algemeen(
            Fixtures.mededeling(),
            a -> a.withDatumOntvangst(Parsed.of(NederlandseDatum.of("2 januari 2001"))));
    assertThat(FicheValidator.create().validate(past, Profile.CONCEPT).issues())
        .extracting(Issue::getRuleId)
        .doesNotContain("BNC-F-006");
  }
}
