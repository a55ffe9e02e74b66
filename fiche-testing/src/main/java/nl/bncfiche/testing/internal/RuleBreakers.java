package nl.bncfiche.testing.internal;

import static nl.bncfiche.testing.internal.Edits.algemeen;
import static nl.bncfiche.testing.internal.Edits.brief;
import static nl.bncfiche.testing.internal.Edits.fiche;
import static nl.bncfiche.testing.internal.Edits.ficheZonderLosseVoetnoten;
import static nl.bncfiche.testing.internal.Edits.grondhouding;
import static nl.bncfiche.testing.internal.Edits.kop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.ImmutableEssentieVoorstel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableGrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableNederlandsePositie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;

/**
 * One targeted way to break each rule of the catalogue, and only that rule: a complete generated
 * document of a template and generation where the rule applies, then one small change. The changes
 * keep the rest consistent (a blanked text takes its now unreferenced footnotes with it; a broken
 * letter entry sits at an end of the numbering), so that the validator reports that rule and no
 * other under the DEFINITIEF profile with any clock after the generated dates.
 */
public final class RuleBreakers {
  /** The id of the internal-error rule, which marks a bug in a rule and no property of a fiche. */
  public static final String INTERNE_FOUT = "BNC-X-000";

  private static final Sjabloon[] ELK_SJABLOON = Sjabloon.values();
  private static final Sjabloon[] WETGEVING = {Sjabloon.WETGEVING};
  private static final Sjabloon[] MEDEDELING = {Sjabloon.MEDEDELING};
  private static final Generatie[] ELKE_GENERATIE = Generatie.values();
  private static final Generatie[] G2025 = {Generatie.G2025};
  private static final Generatie[] MET_CONSEQUENTIES = {Generatie.G2013, Generatie.G2025};

  /** Where a rule applies and how it is broken. */
  private record Overtreding(
      Sjabloon[] sjablonen,
      Generatie[] generaties,
      int minimumVermeldingen,
      UnaryOperator<KamerstukDocument> breek) {}

  private static final Map<String, Overtreding> ALLE = new LinkedHashMap<>();

  private static void add(String id, UnaryOperator<KamerstukDocument> breek) {
    ALLE.put(id, new Overtreding(ELK_SJABLOON, ELKE_GENERATIE, 1, breek));
  }

  private static void add(
      String id, Sjabloon[] s, Generatie[] g, UnaryOperator<KamerstukDocument> breek) {
    ALLE.put(id, new Overtreding(s, g, 1, breek));
  }

  /** For the letter's rules that need an entry with a reference beside the document's own. */
  private static void addMetBatch(String id, UnaryOperator<KamerstukDocument> breek) {
    ALLE.put(id, new Overtreding(ELK_SJABLOON, ELKE_GENERATIE, 2, breek));
  }

  static {
    // Completeness (V): one item left empty, in a draft from V-003 on.
    add("BNC-V-001", d -> fiche(d, f -> f.withTitel("")));
    add("BNC-V-002", d -> fiche(d, f -> f.withSjabloon(Optional.empty())));
    add("BNC-V-003", ontwerp(d -> algemeen(d, a -> a.withDatumOntvangst(Optional.empty()))));
    add(
        "BNC-V-004",
        WETGEVING,
        ELKE_GENERATIE,
        ontwerp(d -> algemeen(d, a -> a.withRolEuropeesParlement(Optional.empty()))));
    add(
        "BNC-V-005",
        ontwerp(
            d ->
                ficheZonderLosseVoetnoten(
                    d,
                    f ->
                        f.withEssentie(
                            ImmutableEssentieVoorstel.copyOf(f.getEssentie().orElseThrow())
                                .withInhoud(Tekst.leeg())))));
    add(
        "BNC-V-006",
        ontwerp(
            d ->
                ficheZonderLosseVoetnoten(
                    d,
                    f ->
                        f.withNederlandsePositie(
                            ImmutableNederlandsePositie.copyOf(
                                    f.getNederlandsePositie().orElseThrow())
                                .withKrachtenveld(Tekst.leeg())))));
    add(
        "BNC-V-007",
        ontwerp(
            d ->
                ficheZonderLosseVoetnoten(
                    d,
                    f ->
                        f.withGrondhouding(
                            f.getGrondhouding()
                                .map(
                                    g ->
                                        ImmutableGrondhouding.copyOf(g)
                                            .withProportionaliteit(
                                                ImmutableGrondhoudingOnderdeel.copyOf(
                                                        g.getProportionaliteit().orElseThrow())
                                                    .withTekst(Tekst.leeg())))))));
    add(
        "BNC-V-008",
        ELK_SJABLOON,
        G2025,
        ontwerp(
            d ->
                grondhouding(
                    d,
                    g ->
                        g.withSubsidiariteit(
                            ImmutableGrondhoudingOnderdeel.copyOf(
                                    g.getSubsidiariteit().orElseThrow())
                                .withOordeel(Optional.empty())))));
    add(
        "BNC-V-009",
        WETGEVING,
        MET_CONSEQUENTIES,
        ontwerp(d -> ficheZonderLosseVoetnoten(d, f -> f.withOntwikkelingslanden(Tekst.leeg()))));
    add("BNC-V-010", d -> ImmutableKamerstukDocument.copyOf(d).withFiches(List.of()));

    // Formats (F): one identifier or date that does not read.
    add(
        "BNC-F-001",
        d ->
            algemeen(
                d,
                a ->
                    a.withCommissieDocumenten(
                        replaceFirst(
                            a.getCommissieDocumenten(),
                            Parsed.parse(
                                a.getCommissieDocumenten().get(0).getText().replace(")", ""),
                                CommissieDocument::parse)))));
    add(
        "BNC-F-002",
        d ->
            algemeen(
                d,
                a ->
                    a.withEurLex(
                        replaceFirst(a.getEurLex(), onleesbareCelex(a.getEurLex().get(0))))));
    add(
        "BNC-F-003",
        WETGEVING,
        ELKE_GENERATIE,
        d ->
            algemeen(
                d,
                a ->
                    a.withProcedures(
                        Parsed.parse(jaar(d) + "/" + "0060(COD", ProcedureNummer::parse))));
    addMetBatch(
        "BNC-F-004",
        d -> {
          int i = Edits.randVermelding(d);
          BriefVermelding v = d.getBrief().orElseThrow().getVermeldingen().get(i);
          // One digit dropped from the dossier number.
          String text = v.getReferentie().orElseThrow().getText();
          return Edits.vermelding(
              d,
              i,
              ImmutableBriefVermelding.copyOf(v)
                  .withReferentie(
                      Parsed.parse(text.replace("22 112", "22 12"), KamerstukReferentie::parse)));
        });
    add(
        "BNC-F-005",
        d ->
            algemeen(
                d,
                a ->
                    a.withDatumOntvangst(
                        Parsed.parse("31 februari " + jaar(d), NederlandseDatum::parse))));
    add(
        "BNC-F-006",
        d ->
            algemeen(
                d,
                a ->
                    a.withDatumOntvangst(
                        Parsed.of(NederlandseDatum.of(ontvangen(d).withYear(2999))))));
    add("BNC-F-007", d -> kop(d, k -> k.withNummer(k.getNummer().orElseThrow() + "a")));
    // A right-to-left override hidden in a paragraph of section 2.
    add(
        "BNC-F-008",
        d ->
            fiche(
                d,
                f ->
                    f.withEssentie(
                        essentiePlus(
                            f,
                            Alinea.of(
                                "De Commissie \u202Eeen verborgen omkering\u202C licht dit toe.")))));

    // Consistency (C): 1c and 1d disagree, or a stance sentence does.
    add(
        "BNC-C-001",
        d ->
            algemeen(
                d,
                a ->
                    a.withEurLex(
                        replaceFirst(a.getEurLex(), celex(a.getEurLex().get(0), 1, null)))));
    // A Mededeling: its kind always calls for one CELEX type, where a legislative package does not.
    add(
        "BNC-C-002",
        MEDEDELING,
        ELKE_GENERATIE,
        d ->
            algemeen(
                d,
                a ->
                    a.withEurLex(
                        replaceFirst(
                            a.getEurLex(),
                            celex(
                                a.getEurLex().get(0),
                                0,
                                a.getEurLex()
                                        .get(0)
                                        .getCelex()
                                        .orElseThrow()
                                        .getDocumentType()
                                        .equals("PC")
                                    ? "DC"
                                    : "PC")))));
    add(
        "BNC-C-003",
        d ->
            grondhouding(
                d,
                g ->
                    g.withSubsidiariteit(
                        metZin(
                            g.getSubsidiariteit().orElseThrow(),
                            tegenovergesteld(g.getSubsidiariteit().orElseThrow())))));
    add(
        "BNC-C-004",
        d ->
            grondhouding(
                d, g -> g.withBevoegdheid(metZin(g.getBevoegdheid().orElseThrow(), "lauw"))));
    // A sentence on the proportionality, in the item on the subsidiarity.
    add(
        "BNC-C-005",
        d ->
            grondhouding(
                d,
                g -> {
                  GrondhoudingOnderdeel item = g.getSubsidiariteit().orElseThrow();
                  String zin =
                      Grondhoudingszin.schrijf(
                          Generatie.G2013, Veld.PROPORTIONALITEIT, item.getOordeel().orElseThrow());
                  return g.withSubsidiariteit(
                      ImmutableGrondhoudingOnderdeel.copyOf(item)
                          .withTekst(Edits.voor(Alinea.of(zin), item.getTekst())));
                }));

    // One title more in 1a than documents in 1c and links in 1d.
    add(
        "BNC-C-006",
        d -> algemeen(d, a -> a.withTitels(Edits.plus(a.getTitels(), "Annex to the proposal"))));
    // Article 114 VWEU with the Parliament merely consulted.
    add(
        "BNC-C-007",
        WETGEVING,
        ELKE_GENERATIE,
        d ->
            algemeen(
                d,
                a ->
                    a.withRechtsbasis("Artikel 114 VWEU")
                        .withBesluitvormingsprocedureRaad("Gekwalificeerde meerderheid")
                        .withRolEuropeesParlement("Raadpleging")));

    // Footnotes (N).
    add(
        "BNC-N-001",
        d ->
            fiche(
                d,
                f ->
                    f.withEssentie(
                        essentiePlus(
                            f,
                            Alinea.builder()
                                .addInhoud(TekstRun.of("Zie de toelichting."))
                                .addInhoud(VoetnootVerwijzing.of(Edits.hoogsteVoetnoot(f) + 1))
                                .build()))));
    add(
        "BNC-N-002",
        d ->
            fiche(
                d,
                f ->
                    f.withVoetnoten(
                        Edits.plus(
                            f.getVoetnoten(),
                            Voetnoot.of(
                                Edits.hoogsteVoetnoot(f) + 1,
                                "Een voetnoot waarnaar niets verwijst.")))));
    add(
        "BNC-N-003",
        d ->
            fiche(
                metVoetnoot(d),
                f ->
                    f.withVoetnoten(
                        Edits.plus(
                            f.getVoetnoten(),
                            Voetnoot.of(
                                f.getVoetnoten().get(f.getVoetnoten().size() - 1).getNummer(),
                                "Een tweede voetnoot met dit nummer.")))));
    add(
        "BNC-N-004",
        d ->
            fiche(
                d,
                f -> {
                  int a = Edits.hoogsteVoetnoot(f) + 1;
                  return f.withEssentie(
                          essentiePlus(
                              f,
                              Alinea.builder()
                                  .addInhoud(TekstRun.of("Zie de bronnen."))
                                  .addInhoud(VoetnootVerwijzing.of(a))
                                  .addInhoud(VoetnootVerwijzing.of(a + 1))
                                  .build()))
                      .withVoetnoten(
                          Edits.plus(
                              f.getVoetnoten(),
                              Voetnoot.of(a + 1, "Tweede bron."),
                              Voetnoot.of(a, "Eerste bron.")));
                }));

    // The cover letter (B).
    add(
        "BNC-B-001",
        d ->
            brief(
                d,
                b -> {
                  int aantal = b.getVermeldingen().size() + 1;
                  return b.withAangekondigdAantal(aantal)
                      .withAantalZoalsGeschreven(Integer.toString(aantal));
                }));
    addMetBatch(
        "BNC-B-002",
        d -> {
          int i = Edits.randVermelding(d);
          BriefVermelding v = d.getBrief().orElseThrow().getVermeldingen().get(i);
          return Edits.vermelding(
              d, i, ImmutableBriefVermelding.copyOf(v).withReferentie(Optional.empty()));
        });
    add(
        "BNC-B-003",
        d -> {
          int i = Edits.eigenVermelding(d);
          BriefVermelding v = d.getBrief().orElseThrow().getVermeldingen().get(i);
          return Edits.vermelding(
              d, i, ImmutableBriefVermelding.copyOf(v).withTitel("Kwartelkoningbeschermingsplan"));
        });
    add("BNC-B-005", d -> kop(d, k -> k.withDossier("21 501-20")));
    // A typo in an entry's number: a thousand off, as "5025" for 4025.
    addMetBatch(
        "BNC-B-006",
        d -> {
          int i = Edits.randVermelding(d);
          BriefVermelding v = d.getBrief().orElseThrow().getVermeldingen().get(i);
          int nummer =
              Integer.parseInt(
                  v.getReferentie().orElseThrow().getValue().orElseThrow().getNumber());
          return Edits.vermelding(
              d,
              i,
              ImmutableBriefVermelding.copyOf(v)
                  .withReferentie(
                      Parsed.of(KamerstukReferentie.of(22112, Integer.toString(nummer + 1000)))));
        });
    // The header's number is that of another entry of the batch.
    addMetBatch(
        "BNC-B-007", d -> kop(d, k -> k.withNummer(Integer.toString(Edits.hoogsteVerwijzing(d)))));

    // The fiche replaced by a kabinetsappreciatie, so titled; the letter's title is contained in
    // it.
    add(
        "BNC-B-008",
        d ->
            fiche(
                d,
                f ->
                    ImmutableFiche.builder()
                        .titel("Kabinetsappreciatie " + f.getTitel())
                        .addOverigeSectie(
                            Sectie.builder()
                                .kop("Kabinetsappreciatie")
                                .tekst(
                                    Tekst.of("Het kabinet verwelkomt het voorstel op hoofdlijnen."))
                                .build())
                        .build()));

    // Timing (T): received on 2 March, sent a day past the term, far from the summer recess; and
    // received on 20 July, sent a day past the parliaments' eight weeks, which the recess keeps
    // within six counted weeks.
    add("BNC-T-001", d -> gedateerd(d, LocalDate.of(jaar(d), 3, 2), 43));
    add(
        "BNC-T-002",
        d ->
            fiche(
                gedateerd(d, LocalDate.of(jaar(d), 3, 2), 22),
                f -> f.withTitel("MFK \u2013 " + f.getTitel())));
    add(
        "BNC-T-004",
        WETGEVING,
        ELKE_GENERATIE,
        d -> gedateerd(d, LocalDate.of(jaar(d), 7, 20), 58));

    // Plausibility (P): a value outside the vocabulary.
    add(
        "BNC-P-001",
        WETGEVING,
        ELKE_GENERATIE,
        d -> algemeen(d, a -> a.withBesluitvormingsprocedureRaad("Gewone wetgevingsprocedure")));
    add(
        "BNC-P-002",
        WETGEVING,
        ELKE_GENERATIE,
        d -> algemeen(d, a -> a.withBesluitvormingsprocedureRaad("Meerderheid van de lidstaten")));
    add(
        "BNC-P-003",
        WETGEVING,
        ELKE_GENERATIE,
        d -> algemeen(d, a -> a.withRolEuropeesParlement("Adviserend")));
    add(
        "BNC-P-004",
        d ->
            algemeen(
                d,
                a ->
                    a.withEerstverantwoordelijkMinisterie(
                        Ministeries.of("Ministerie van Toerisme"))));
    add("BNC-P-005", d -> algemeen(d, a -> a.withBehandelingstrajectRaad("Raad Ruimtevaart")));
    // The Commission documents of the year after their receipt, CELEX numbers alike.
    add(
        "BNC-P-006",
        d ->
            algemeen(
                d,
                a -> {
                  List<Parsed<CommissieDocument>> docs = new ArrayList<>();
                  List<EurLexVerwijzing> links = new ArrayList<>();
                  for (int i = 0; i < a.getCommissieDocumenten().size(); i++) {
                    CommissieDocument c =
                        a.getCommissieDocumenten().get(i).getValue().orElseThrow();
                    CommissieDocument later =
                        CommissieDocument.of(c.getType(), c.getYear() + 1, c.getNumber());
                    docs.add(Parsed.of(later));
                    links.add(
                        EurLexVerwijzing.of(
                            CelexNummer.voorbereidendeHandeling(
                                later,
                                a.getEurLex().get(i).getCelex().orElseThrow().getDocumentType())));
                  }
                  return a.withCommissieDocumenten(docs).withEurLex(links);
                }));
    // The letter dated three days before the Commission document was received.
    add(
        "BNC-P-007",
        d -> kop(d, k -> k.withDatum(Parsed.of(NederlandseDatum.of(ontvangen(d).minusDays(3))))));
    // A ministry by a name it did not have in the fiche's year.
    add(
        "BNC-P-008",
        d ->
            algemeen(
                d,
                a ->
                    a.withEerstverantwoordelijkMinisterie(
                        Ministeries.of(
                            jaar(d) > 2017
                                ? "Ministerie van Veiligheid en Justitie"
                                : "Ministerie van Klimaat en Groene Groei"))));
  }

  private RuleBreakers() {}

  /**
   * A completeness breaker on a draft: the header without its number, since what a published
   * Kamerstuk lacks is reported as a WARNING, and a draft under DEFINITIEF is where it is an ERROR.
   */
  private static UnaryOperator<KamerstukDocument> ontwerp(UnaryOperator<KamerstukDocument> breek) {
    return d -> breek.apply(kop(d, k -> k.withNummer(Optional.empty())));
  }

  /** The ids of every rule this class can break, in catalogue order; unmodifiable. */
  public static Set<String> ruleIds() {
    return Collections.unmodifiableSet(ALLE.keySet());
  }

  /**
   * A generated document that breaks exactly {@code ruleId}.
   *
   * @throws IllegalArgumentException when no fiche can break the rule or the id is unknown
   */
  public static KamerstukDocument violating(
      String ruleId, Dice dice, FicheAssembler fiches, LetterAssembler letters) {
    if (INTERNE_FOUT.equals(ruleId)) {
      throw new IllegalArgumentException(
          INTERNE_FOUT + " marks a bug in a rule of the validator;" + " no fiche can produce it");
    }
    // A rule that needs a setting of the validator is broken by no document alone.
    Optional<String> instelling =
        RuleCatalog.rule(ruleId).flatMap(RuleDescription::getRequiredSetting);
    if (instelling.isPresent()) {
      throw new IllegalArgumentException(
          ruleId
              + " reports only when the validator is given "
              + instelling.get()
              + "; no fiche alone can produce it");
    }
    Overtreding o = ALLE.get(ruleId);
    if (o == null) {
      throw new IllegalArgumentException(
          "unknown rule id \"" + kort(ruleId) + "\"; known: " + ALLE.keySet());
    }
    Sjabloon s = dice.pick(o.sjablonen());
    Generatie g = dice.pick(o.generaties());
    KamerstukDocument base = letters.document(fiches.fiche(s, g, 0), o.minimumVermeldingen());
    return o.breek().apply(base);
  }

  private static String kort(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static <T> List<T> replaceFirst(List<T> list, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, value);
    return copy;
  }

  private static LocalDate ontvangen(KamerstukDocument d) {
    return d.getFiches()
        .get(0)
        .getAlgemeneGegevens()
        .orElseThrow()
        .getDatumOntvangst()
        .orElseThrow()
        .getValue()
        .orElseThrow()
        .getDate()
        .orElseThrow();
  }

  private static int jaar(KamerstukDocument d) {
    return ontvangen(d).getYear();
  }

  /** The document received on {@code ontvangen} and sent {@code dagen} days later. */
  private static KamerstukDocument gedateerd(KamerstukDocument d, LocalDate ontvangen, int dagen) {
    KamerstukDocument r =
        algemeen(d, a -> a.withDatumOntvangst(Parsed.of(NederlandseDatum.of(ontvangen))));
    return kop(r, k -> k.withDatum(Parsed.of(NederlandseDatum.of(ontvangen.plusDays(dagen)))));
  }

  /** A 1d entry whose CELEX number has a letter where its year's last digit belongs. */
  private static EurLexVerwijzing onleesbareCelex(EurLexVerwijzing v) {
    String celex = v.getCelex().orElseThrow().toString();
    String kapot = celex.substring(0, 4) + "X" + celex.substring(5);
    return EurLexVerwijzing.of(v.getTekst().replace(celex, kapot));
  }

  /**
   * The CELEX number of entry {@code v} with its number raised by {@code plus} and its type
   * changed.
   */
  private static EurLexVerwijzing celex(EurLexVerwijzing v, int plus, String type) {
    CelexNummer c = v.getCelex().orElseThrow();
    return EurLexVerwijzing.of(
        CelexNummer.of(
            c.getSector(),
            c.getYear(),
            type == null ? c.getDocumentType() : type,
            c.getNumberValue() + plus));
  }

  private static String tegenovergesteld(GrondhoudingOnderdeel item) {
    return item.getOordeel().orElseThrow() == Oordeel.NEGATIEF
        ? Oordeel.POSITIEF.getTekst()
        : Oordeel.NEGATIEF.getTekst();
  }

  /** The item with a stance sentence naming {@code oordeel} before its text. */
  private static GrondhoudingOnderdeel metZin(GrondhoudingOnderdeel item, String oordeel) {
    return ImmutableGrondhoudingOnderdeel.copyOf(item)
        .withTekst(
            Edits.voor(
                Alinea.of(Grondhoudingszin.schrijf(Generatie.G2025, (String) null, oordeel)),
                item.getTekst()));
  }

  private static ImmutableEssentieVoorstel essentiePlus(Fiche f, Alinea extra) {
    ImmutableEssentieVoorstel e = ImmutableEssentieVoorstel.copyOf(f.getEssentie().orElseThrow());
    return e.withInhoud(Edits.plus(e.getInhoud(), extra));
  }

  /** The document, its fiche given one referenced footnote when it has none. */
  private static KamerstukDocument metVoetnoot(KamerstukDocument d) {
    if (!d.getFiches().get(0).getVoetnoten().isEmpty()) {
      return d;
    }
    return fiche(
        d,
        f ->
            f.withEssentie(
                    essentiePlus(
                        f,
                        Alinea.of(
                            AlineaSoort.ALINEA,
                            TekstRun.of("Zie de toelichting."),
                            VoetnootVerwijzing.of(1))))
                .withVoetnoten(Voetnoot.of(1, "De toelichting bij het voorstel.")));
  }
}
