package nl.bncfiche.validation;

import static nl.bncfiche.validation.Fixtures.algemeen;
import static nl.bncfiche.validation.Fixtures.brief;
import static nl.bncfiche.validation.Fixtures.fiche;
import static nl.bncfiche.validation.Fixtures.grondhouding;
import static nl.bncfiche.validation.Fixtures.kop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.ImmutableEssentieVoorstel;
import nl.bncfiche.model.ImmutableGrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableNederlandsePositie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.fixture.RealFiche;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.RuleEngine;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.rules.AllRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One valid and one violating case per rule of the catalogue, each on every base document (our
 * invented legislative fiche, the model's sample document, and in tests of their own the real
 * corpus fiche, skipped when the corpus is absent): the base passes the rule, the broken variant is
 * caught with the rule's id at the expected path. A catalogue rule without an entry here fails the
 * build.
 */
class RuleCasesTest {
  /** How a rule is broken, and where the issue must point, both per base document. */
  record Case(
      UnaryOperator<KamerstukDocument> breakIt,
      Function<KamerstukDocument, String> pointer,
      Function<KamerstukDocument, List<Issue>> runner) {}

  static final Map<String, Case> CASES = new LinkedHashMap<>();

  private static void add(String id, UnaryOperator<KamerstukDocument> breakIt, String pointer) {
    CASES.put(id, new Case(breakIt, d -> pointer, RuleCasesTest::definitief));
  }

  private static void add(
      String id,
      UnaryOperator<KamerstukDocument> breakIt,
      Function<KamerstukDocument, String> pointer) {
    CASES.put(id, new Case(breakIt, pointer, RuleCasesTest::definitief));
  }

  static List<Issue> definitief(KamerstukDocument d) {
    return Fixtures.validator().validate(d, Profile.DEFINITIEF).issues();
  }

  private static final String AG = "/fiches/0/algemeneGegevens/";

  static {
    add("BNC-V-001", d -> fiche(d, f -> f.withTitel(" ")), "/fiches/0/titel");
    add("BNC-V-002", d -> fiche(d, f -> f.withSjabloon(Optional.empty())), "/fiches/0/sjabloon");
    add(
        "BNC-V-003",
        d -> algemeen(d, a -> a.withDatumOntvangst(Optional.empty())),
        AG + "datumOntvangst");
    add(
        "BNC-V-004",
        d ->
            algemeen(
                fiche(d, f -> f.withSjabloon(Sjabloon.WETGEVING)),
                a -> a.withRolEuropeesParlement(Optional.empty())),
        AG + "rolEuropeesParlement");
    add(
        "BNC-V-005",
        d ->
            fiche(
                d,
                f ->
                    f.withEssentie(
                        ImmutableEssentieVoorstel.copyOf(f.getEssentie().get())
                            .withInhoud(Tekst.of("  ")))),
        "/fiches/0/essentie/inhoud");
    add(
        "BNC-V-006",
        d ->
            fiche(
                d,
                f ->
                    f.withNederlandsePositie(
                        ImmutableNederlandsePositie.copyOf(f.getNederlandsePositie().get())
                            .withKrachtenveld(Tekst.leeg()))),
        "/fiches/0/nederlandsePositie/krachtenveld");
    add(
        "BNC-V-007",
        d -> grondhouding(d, g -> g.withRegeldruk(Optional.empty())),
        "/fiches/0/grondhouding/regeldruk");
    add(
        "BNC-V-008",
        d ->
            grondhouding(
                d,
                g ->
                    g.withSubsidiariteit(
                        ImmutableGrondhoudingOnderdeel.copyOf(g.getSubsidiariteit().get())
                            .withOordeel(Optional.empty()))),
        "/fiches/0/grondhouding/subsidiariteit/oordeel");
    add(
        "BNC-V-009",
        d ->
            fiche(
                d,
                f ->
                    f.withSjabloon(Sjabloon.WETGEVING)
                        .withGeneratie(Generatie.G2025)
                        .withOntwikkelingslanden(Tekst.of("Geen."))
                        .withConsequenties(
                            Consequenties.builder()
                                .regelgeving(Tekst.of("a"))
                                .delegatie(Tekst.of("b"))
                                .implementatietermijn(Tekst.of("c"))
                                .evaluatie(Tekst.of("d"))
                                .uitvoerbaarheid(Tekst.of("e"))
                                .build())),
        "/fiches/0/consequenties/handhaafbaarheid");
    add(
        "BNC-V-010",
        d -> nl.bncfiche.model.ImmutableKamerstukDocument.copyOf(d).withFiches(List.of()),
        "/fiches");
    add(
        "BNC-F-001",
        d ->
            algemeen(
                d,
                a ->
                    a.withCommissieDocumenten(
                        Parsed.parse("COM(2026 120 final", CommissieDocument::parse))),
        AG + "commissieDocumenten/0");
    add(
        "BNC-F-002",
        d ->
            algemeen(
                d, a -> a.withEurLex(EurLexVerwijzing.of("EUR-Lex - 5202X0120 - NL - EUR-Lex"))),
        AG + "eurLex/0");
    add(
        "BNC-F-003",
        d ->
            algemeen(
                d, a -> a.withProcedures(Parsed.parse("2026/60 (XYZ", ProcedureNummer::parse))),
        AG + "procedures/0");
    add(
        "BNC-F-004",
        d ->
            brief(
                d,
                b ->
                    b.withVermeldingen(
                        replace(
                            b.getVermeldingen(),
                            1,
                            ImmutableBriefVermelding.copyOf(b.getVermeldingen().get(1))
                                .withReferentie(
                                    Parsed.parse("Kamerstuk twee", KamerstukReferentie::parse))))),
        "/brief/vermeldingen/1/referentie");
    add(
        "BNC-F-005",
        d ->
            algemeen(
                d,
                a ->
                    a.withDatumOntvangst(
                        Parsed.parse("31 februari 2026", NederlandseDatum::parse))),
        AG + "datumOntvangst");
    add(
        "BNC-F-006",
        d ->
            algemeen(
                d, a -> a.withDatumOntvangst(Parsed.parse("2 juni 2026", NederlandseDatum::parse))),
        AG + "datumOntvangst");
    add("BNC-F-007", d -> kop(d, k -> k.withNummer("51a")), "/kop/nummer");
    add(
        "BNC-F-008",
        d -> fiche(d, f -> f.withTitel(f.getTitel() + "\u202Egnirts")),
        "/fiches/0/titel");
    add(
        "BNC-C-001",
        d ->
            algemeen(
                d,
                a ->
                    a.withEurLex(
                        celex(a.getCommissieDocumenten().get(0), a.getEurLex().get(0), 1, null))),
        AG + "eurLex/0");
    add(
        "BNC-C-002",
        d ->
            algemeen(
                d,
                a ->
                    a.withEurLex(
                        celex(
                            a.getCommissieDocumenten().get(0),
                            a.getEurLex().get(0),
                            0,
                            a.getEurLex().get(0).getCelex().get().getDocumentType().equals("PC")
                                ? "DC"
                                : "PC"))),
        AG + "eurLex/0");
    add(
        "BNC-C-003",
        d ->
            grondhouding(
                d,
                g ->
                    g.withSubsidiariteit(
                        stance(
                            g.getSubsidiariteit().get(),
                            "De grondhouding van het kabinet is negatief."))),
        "/fiches/0/grondhouding/subsidiariteit/tekst");
    add(
        "BNC-C-004",
        d ->
            grondhouding(
                d,
                g ->
                    g.withBevoegdheid(
                        stance(
                            g.getBevoegdheid().get(), "De grondhouding van het kabinet is lauw."))),
        "/fiches/0/grondhouding/bevoegdheid/tekst");
    add(
        "BNC-C-005",
        d ->
            grondhouding(
                d,
                g ->
                    g.withSubsidiariteit(
                        stance(
                            g.getSubsidiariteit().get(),
                            "Het kabinet heeft een positieve grondhouding ten aanzien van de"
                                + " proportionaliteit."))),
        "/fiches/0/grondhouding/subsidiariteit/tekst");
    add(
        "BNC-C-006",
        d -> algemeen(d, a -> a.withTitels(plus(a.getTitels(), "Annex to the proposal"))),
        "/fiches/0/algemeneGegevens");
    add(
        "BNC-C-007",
        d ->
            algemeen(
                d,
                a ->
                    a.withRechtsbasis("Artikel 114 VWEU")
                        .withBesluitvormingsprocedureRaad("Gekwalificeerde meerderheid")
                        .withRolEuropeesParlement("Raadpleging")),
        AG + "rolEuropeesParlement");
    add(
        "BNC-N-001",
        d ->
            fiche(
                d,
                f ->
                    f.withOntwikkelingslanden(
                        Tekst.of(
                            Alinea.builder()
                                .addInhoud(TekstRun.of("Zie"))
                                .addInhoud(VoetnootVerwijzing.of(99))
                                .build()))),
        "/fiches/0/ontwikkelingslanden/alineas/0/inhoud/1");
    add(
        "BNC-N-002",
        d -> fiche(d, f -> f.withVoetnoten(plus(f.getVoetnoten(), Voetnoot.of(98, "Los.")))),
        d -> "/fiches/0/voetnoten/" + d.getFiches().get(0).getVoetnoten().size());
    add(
        "BNC-N-003",
        d ->
            fiche(
                d,
                f ->
                    f.withVoetnoten(
                        plus(
                            f.getVoetnoten(),
                            Voetnoot.of(f.getVoetnoten().get(0).getNummer(), "Dubbel.")))),
        d -> "/fiches/0/voetnoten/" + d.getFiches().get(0).getVoetnoten().size());
    add(
        "BNC-N-004",
        d -> fiche(d, f -> f.withVoetnoten(swap(f.getVoetnoten()))),
        "/fiches/0/voetnoten/1");
    add(
        "BNC-B-001",
        d -> brief(d, b -> b.withAangekondigdAantal(b.getVermeldingen().size() + 1)),
        "/brief/aangekondigdAantal");
    add(
        "BNC-B-002",
        d ->
            brief(
                kop(d, k -> k.withNummer("7001")),
                b -> b.withVermeldingen(withAllReferences(b.getVermeldingen()))),
        "/brief/vermeldingen");
    add(
        "BNC-B-003",
        d ->
            fiche(
                kop(d, k -> k.withNummer(ownNumber(d))),
                f -> f.withTitel("Kwartelkoningbeschermingsplan")),
        d -> "/brief/vermeldingen/" + ownEntry(d) + "/titel");
    add(
        "BNC-B-006",
        d ->
            brief(
                d,
                b ->
                    b.withVermeldingen(
                        replace(
                            b.getVermeldingen(),
                            maxEntry(d),
                            ImmutableBriefVermelding.copyOf(b.getVermeldingen().get(maxEntry(d)))
                                .withReferentie(
                                    Parsed.of(
                                        KamerstukReferentie.of(
                                            22112, Integer.toString(maxReference(d) + 1000))))))),
        d -> "/brief/vermeldingen/" + maxEntry(d) + "/referentie");
    add(
        "BNC-B-007",
        d -> kop(d, k -> k.withNummer(Integer.toString(maxReference(d)))),
        d -> "/brief/vermeldingen/" + maxEntry(d) + "/referentie");
    add("BNC-B-005", d -> kop(d, k -> k.withDossier("21 501-20")), "/kop/dossier");
    add(
        "BNC-B-008",
        d ->
            fiche(
                d,
                f ->
                    nl.bncfiche.model.ImmutableFiche.builder()
                        .titel("Kabinetsappreciatie " + f.getTitel())
                        .addOverigeSectie(
                            nl.bncfiche.model.Sectie.builder()
                                .kop("Appreciatie")
                                .tekst(Tekst.of("Het kabinet verwelkomt het witboek."))
                                .build())
                        .build()),
        "/fiches/0");
    add(
        "BNC-T-001",
        d -> kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of(received(d).plusDays(100))))),
        AG + "datumOntvangst");
    add(
        "BNC-T-002",
        d ->
            fiche(
                kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of(received(d).plusDays(30))))),
                f -> f.withTitel("MFK \u2013 " + f.getTitel())),
        AG + "datumOntvangst");
    CASES.put(
        "BNC-T-003",
        new Case(
            d -> kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of("5 januari 2027")))),
            d -> "/kop/datum",
            d ->
                FicheValidator.builder()
                    .clock(Fixtures.CLOCK)
                    .firstCouncilDiscussion(java.time.LocalDate.of(2027, 1, 1))
                    .build()
                    .validate(d, Profile.DEFINITIEF)
                    .issues()));
    add(
        "BNC-T-004",
        d ->
            fiche(
                kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of(received(d).plusDays(60))))),
                f -> f.withSjabloon(Sjabloon.WETGEVING)),
        AG + "datumOntvangst");
    add(
        "BNC-P-001",
        d -> algemeen(d, a -> a.withBesluitvormingsprocedureRaad("Gewone wetgevingsprocedure")),
        AG + "besluitvormingsprocedureRaad");
    add(
        "BNC-P-002",
        d -> algemeen(d, a -> a.withBesluitvormingsprocedureRaad("Meerderheid van de lidstaten")),
        AG + "besluitvormingsprocedureRaad");
    add(
        "BNC-P-003",
        d -> algemeen(d, a -> a.withRolEuropeesParlement("Adviserend")),
        AG + "rolEuropeesParlement");
    add(
        "BNC-P-004",
        d ->
            algemeen(
                d,
                a ->
                    a.withEerstverantwoordelijkMinisterie(
                        Ministeries.of("Ministerie van Toerisme"))),
        AG + "eerstverantwoordelijkMinisterie");
    add(
        "BNC-P-005",
        d -> algemeen(d, a -> a.withBehandelingstrajectRaad("Raad Ruimtevaart")),
        AG + "behandelingstrajectRaad");
    add(
        "BNC-P-006",
        d ->
            algemeen(
                d,
                a ->
                    a.withDatumOntvangst(
                        Parsed.parse("15 december 2019", NederlandseDatum::parse))),
        AG + "datumOntvangst");
    add(
        "BNC-P-007",
        d -> kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of(received(d).minusDays(10))))),
        AG + "datumOntvangst");
    add(
        "BNC-P-008",
        d ->
            algemeen(
                d,
                a ->
                    a.withEerstverantwoordelijkMinisterie(
                        Ministeries.of("Ministerie van Veiligheid en Justitie"))),
        AG + "eerstverantwoordelijkMinisterie");
    // The internal-error rule: a rule that throws on a title, run by the engine beside a real rule.
    CASES.put(
        "BNC-X-000",
        new Case(
            d -> fiche(d, f -> f.withTitel("ontploffing")),
            d -> "",
            RuleCasesTest::withThrowingRule));
  }

  static List<Issue> withThrowingRule(KamerstukDocument d) {
    List<Rule> rules = new ArrayList<>(AllRules.ENGINE.rules().values());
    rules.add(
        0,
        Rule.of(
            "BNC-Z-999",
            Severity.ERROR,
            Profile.CONCEPT,
            "MOET",
            "MUST",
            "x",
            "x",
            (doc, out) -> {
              if (doc.getFiches().get(0).getTitel().equals("ontploffing")) {
                throw new IllegalStateException("kapot");
              }
            }));
    return new RuleEngine(rules)
        .run(d, new Settings(Profile.DEFINITIEF, Fixtures.CLOCK, Map.of(), true));
  }

  private static <T> List<T> replace(List<T> list, int i, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(i, value);
    return copy;
  }

  private static <T> List<T> plus(List<T> list, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.add(value);
    return copy;
  }

  private static List<Voetnoot> swap(List<Voetnoot> list) {
    // A footnote numbered above all others, put first: the next one then falls back.
    int max = list.stream().mapToInt(Voetnoot::getNummer).max().orElse(1);
    List<Voetnoot> copy = new ArrayList<>(list);
    copy.add(0, Voetnoot.of(max + 5, "Vooraan."));
    return copy;
  }

  private static EurLexVerwijzing celex(
      Parsed<CommissieDocument> doc, EurLexVerwijzing current, int plus, String type) {
    CommissieDocument d = doc.getValue().get();
    String t = type != null ? type : current.getCelex().get().getDocumentType();
    return EurLexVerwijzing.of(CelexNummer.of('5', d.getYear(), t, d.getNumber() + plus));
  }

  private static GrondhoudingOnderdeel stance(GrondhoudingOnderdeel item, String sentence) {
    List<Alinea> alineas = new ArrayList<>(item.getTekst().getAlineas());
    alineas.add(0, Alinea.of(sentence));
    return ImmutableGrondhoudingOnderdeel.copyOf(item)
        .withOordeel(Oordeel.POSITIEF)
        .withTekst(Tekst.builder().alineas(alineas).build());
  }

  private static List<BriefVermelding> withAllReferences(List<BriefVermelding> list) {
    List<BriefVermelding> copy = new ArrayList<>();
    for (BriefVermelding v : list) {
      copy.add(
          v.getReferentie().isPresent()
              ? v
              : ImmutableBriefVermelding.copyOf(v)
                  .withReferentie(Parsed.of(KamerstukReferentie.of(22112, "7001"))));
    }
    return copy;
  }

  private static int ownEntry(KamerstukDocument d) {
    List<BriefVermelding> v = d.getBrief().get().getVermeldingen();
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).getReferentie().isEmpty()) {
        return i;
      }
    }
    throw new AssertionError("no own entry");
  }

  private static int maxReference(KamerstukDocument d) {
    int max = 0;
    for (BriefVermelding v : d.getBrief().get().getVermeldingen()) {
      if (v.getReferentie().isPresent()) {
        max = Math.max(max, Integer.parseInt(v.getReferentie().get().getValue().get().getNumber()));
      }
    }
    return max;
  }

  private static int maxEntry(KamerstukDocument d) {
    List<BriefVermelding> v = d.getBrief().get().getVermeldingen();
    int at = -1;
    int max = 0;
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).getReferentie().isPresent()) {
        int n = Integer.parseInt(v.get(i).getReferentie().get().getValue().get().getNumber());
        if (n > max) {
          max = n;
          at = i;
        }
      }
    }
    return at;
  }

  private static String ownNumber(KamerstukDocument d) {
    return d.getKop().flatMap(k -> k.getNummer()).orElse(Integer.toString(maxReference(d) + 1));
  }

  private static java.time.LocalDate received(KamerstukDocument d) {
    return d.getFiches()
        .get(0)
        .getAlgemeneGegevens()
        .get()
        .getDatumOntvangst()
        .get()
        .getValue()
        .get()
        .getDate()
        .get();
  }

  /**
   * The base documents that every checkout has. The real corpus fiche is a base of its own tests
   * below, skipped when the corpus is absent, so that its presence changes no other test.
   */
  static List<KamerstukDocument> bases() {
    return List.of(Fixtures.geldig(), SampleDocuments.volledig());
  }

  static Stream<Arguments> cases() {
    List<Arguments> args = new ArrayList<>();
    List<KamerstukDocument> bases = bases();
    for (String id : CASES.keySet()) {
      for (int b = 0; b < bases.size(); b++) {
        args.add(Arguments.of(id, b, bases.get(b)));
      }
    }
    return args.stream();
  }

  static Stream<String> ids() {
    return CASES.keySet().stream();
  }

  @ParameterizedTest(name = "{0} on base {1}")
  @MethodSource("cases")
  void validCasePasses(String id, int base, KamerstukDocument valid) {
    assertValidCasePasses(id, valid);
  }

  @ParameterizedTest(name = "{0} on base {1}")
  @MethodSource("cases")
  void violatingCaseIsCaughtAtItsPath(String id, int base, KamerstukDocument valid) {
    assertViolatingCaseIsCaught(id, valid);
  }

  @ParameterizedTest(name = "{0} on the real fiche")
  @MethodSource("ids")
  void validCasePassesOnTheRealFiche(String id) {
    assertValidCasePasses(id, RealFiche.require());
  }

  @ParameterizedTest(name = "{0} on the real fiche")
  @MethodSource("ids")
  void violatingCaseIsCaughtOnTheRealFiche(String id) {
    assertViolatingCaseIsCaught(id, RealFiche.require());
  }

  private static void assertValidCasePasses(String id, KamerstukDocument valid) {
    List<Issue> issues = CASES.get(id).runner().apply(valid);
    assertThat(issues).filteredOn(i -> i.getRuleId().equals(id)).isEmpty();
  }

  private static void assertViolatingCaseIsCaught(String id, KamerstukDocument valid) {
    Case c = CASES.get(id);
    List<Issue> issues = c.runner().apply(c.breakIt().apply(valid));
    String pointer = c.pointer().apply(valid);
    assertThat(issues)
        .as("issues of the broken variant")
        .anySatisfy(
            i -> {
              assertThat(i.getRuleId()).isEqualTo(id);
              assertThat(i.getPointer()).isEqualTo(pointer);
            });
  }

  @Test
  void everyCatalogueRuleHasAValidAndAViolatingCase() {
    // Family R is reported by the readers, never by the validator: integration-tests'
    // ReaderFindingsTest gives each of its rules a text or .docx that makes a reader report it.
    List<String> ids =
        RuleCatalog.rules().stream()
            .map(RuleDescription::getId)
            .filter(id -> !id.startsWith("BNC-R-"))
            .collect(Collectors.toList());
    assertThat(CASES.keySet())
        .as("rule ids with a test case")
        .containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void baseDocumentsHaveNoIssueAtAll() {
    for (KamerstukDocument d : bases()) {
      assertThat(Fixtures.validator().validate(d, Profile.DEFINITIEF).issues())
          .as(d.toString())
          .isEmpty();
    }
  }

  @Test
  void theRealFicheHasNoIssueAtAll() {
    assertThat(Fixtures.validator().validate(RealFiche.require(), Profile.DEFINITIEF).issues())
        .isEmpty();
  }

  static Fiche first(KamerstukDocument d) {
    return d.getFiches().get(0);
  }
}
