package nl.bncfiche.model.sjabloon;

import static nl.bncfiche.model.sjabloon.Label.in;
import static nl.bncfiche.model.sjabloon.Label.overal;
import static nl.bncfiche.model.sjabloon.Label.sjabloon;
import static nl.bncfiche.model.sjabloon.Label.variant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableConsequenties;
import nl.bncfiche.model.ImmutableEssentieVoorstel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableFinancieleGevolgen;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableNederlandsePositie;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;

/**
 * Every section and item that a BNC template knows, in template order, across both templates and
 * all generations: its section, its JSON path in the model, how the model holds its value, and its
 * labels (the templates' wordings and the variants seen in published fiches). Which of them a
 * template of a generation has, numbered and lettered, is its {@link Indeling}.
 *
 * <p>This is the one table of the fiche's headings: readers recognise every label, writers write
 * {@link #label(Sjabloon, Generatie)}, rules name an item by it. Label variants are kept in the
 * order in which a reader tries them (a longer label is tried before its own prefix by the readers
 * anyway).
 */
public enum Veld {
  // Section 1
  ALGEMENE_GEGEVENS(
      null,
      "algemeneGegevens",
      Waarde.SECTIE,
      f -> f.getAlgemeneGegevens().orElse(null),
      (f, v) -> f.withAlgemeneGegevens(Optional.ofNullable((AlgemeneGegevens) v)),
      sjabloon("Algemene gegevens", overal())),
  TITEL(
      ALGEMENE_GEGEVENS,
      "titels",
      Waarde.REGELS,
      ag(AlgemeneGegevens::getTitels),
      zetAg((a, v) -> a.withTitels(lijst(v, String.class))),
      sjabloon(
          "Titel voorstel", in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.values())),
      sjabloon("Voorstel", in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("Titel voorstel en Nr. Commissiedocument"),
      variant("Titel")),
  DATUM(
      ALGEMENE_GEGEVENS,
      "datumOntvangst",
      Waarde.DATUM,
      ag(a -> a.getDatumOntvangst().orElse(null)),
      zetAg((a, v) -> a.withDatumOntvangst(Optional.ofNullable(datum(v)))),
      sjabloon(
          "Datum ontvangst Commissiedocument",
          in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.values())),
      sjabloon("Datum Commissiedocument", in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("Datum ontvangst Commissiedocumenten"),
      variant("Datum ontvangst")),
  COMMISSIEDOCUMENT(
      ALGEMENE_GEGEVENS,
      "commissieDocumenten",
      Waarde.COMMISSIEDOCUMENTEN,
      ag(AlgemeneGegevens::getCommissieDocumenten),
      zetAg((a, v) -> a.withCommissieDocumenten(documenten(v))),
      sjabloon("Nr. Commissiedocument", overal()),
      variant("Nr. Commissiedocumenten"),
      variant("Nummer Commissiedocument"),
      variant("Nr Commissiedocument")),
  EUR_LEX(
      ALGEMENE_GEGEVENS,
      "eurLex",
      Waarde.EUR_LEX,
      ag(AlgemeneGegevens::getEurLex),
      zetAg((a, v) -> a.withEurLex(lijst(v, EurLexVerwijzing.class))),
      sjabloon("EUR-Lex", in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.values())),
      sjabloon("Prelex", in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("EUR-lex"),
      variant("Eurlex")),
  IMPACT_ASSESSMENT(
      ALGEMENE_GEGEVENS,
      "impactAssessment",
      Waarde.IMPACT_ASSESSMENT,
      ag(a -> a.getImpactAssessment().orElse(null)),
      zetAg((a, v) -> a.withImpactAssessment(Optional.ofNullable((ImpactAssessment) v))),
      sjabloon(
          "Nr. impact assessment Commissie en Opinie",
          in(EnumSet.of(Generatie.G2025), Sjabloon.MEDEDELING)),
      sjabloon(
          "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing",
          Label.en(
              in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.WETGEVING),
              in(EnumSet.of(Generatie.G2013), Sjabloon.MEDEDELING))),
      sjabloon(
          "Nr. impact-assessment Commissie en Opinie Impact-assessment Board",
          in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("Nr. impact assessment Commissie en Opinie Impact-assessment Board"),
      variant("Nr. impact assessment Commissie"),
      variant("Impact assessment Commissie en Opinie")),
  RAAD(
      ALGEMENE_GEGEVENS,
      "behandelingstrajectRaad",
      Waarde.REGEL,
      ag(a -> a.getBehandelingstrajectRaad().orElse(null)),
      zetAg((a, v) -> a.withBehandelingstrajectRaad(Optional.ofNullable((String) v))),
      sjabloon("Behandelingstraject Raad", overal())),
  MINISTERIE(
      ALGEMENE_GEGEVENS,
      "eerstverantwoordelijkMinisterie",
      Waarde.MINISTERIES,
      ag(a -> a.getEerstverantwoordelijkMinisterie().orElse(null)),
      zetAg((a, v) -> a.withEerstverantwoordelijkMinisterie(Optional.ofNullable((Ministeries) v))),
      sjabloon("Eerstverantwoordelijk ministerie", overal()),
      variant("Eerstverantwoordelijke ministerie"),
      variant("Eerstverantwoordelijk ministerie(s)")),
  RECHTSBASIS(
      ALGEMENE_GEGEVENS,
      "rechtsbasis",
      Waarde.REGELS,
      ag(AlgemeneGegevens::getRechtsbasis),
      zetAg((a, v) -> a.withRechtsbasis(lijst(v, String.class))),
      sjabloon("Rechtsbasis", overal())),
  BESLUITVORMING(
      ALGEMENE_GEGEVENS,
      "besluitvormingsprocedureRaad",
      Waarde.REGEL,
      ag(a -> a.getBesluitvormingsprocedureRaad().orElse(null)),
      zetAg((a, v) -> a.withBesluitvormingsprocedureRaad(Optional.ofNullable((String) v))),
      sjabloon("Besluitvormingsprocedure Raad", overal()),
      variant("Besluitvormingsprocedure")),
  ROL_EP(
      ALGEMENE_GEGEVENS,
      "rolEuropeesParlement",
      Waarde.REGEL,
      ag(a -> a.getRolEuropeesParlement().orElse(null)),
      zetAg((a, v) -> a.withRolEuropeesParlement(Optional.ofNullable((String) v))),
      sjabloon("Rol Europees Parlement", overal()),
      variant("Rol Europees parlement"),
      variant("Rol EP")),
  // Section 2
  ESSENTIE(
      null,
      "essentie",
      Waarde.SECTIE,
      f -> f.getEssentie().orElse(null),
      (f, v) -> f.withEssentie(Optional.ofNullable((EssentieVoorstel) v)),
      sjabloon("Essentie voorstel", overal()),
      variant("Samenvatting voorstel")),
  INHOUD(
      ESSENTIE,
      "inhoud",
      Waarde.TEKST,
      f -> f.getEssentie().map(EssentieVoorstel::getInhoud).orElse(null),
      zetEssentie((e, v) -> e.withInhoud(v == null ? Tekst.leeg() : (Tekst) v)),
      sjabloon("Inhoud voorstel", overal())),
  IMPACT_ASSESSMENT_ESSENTIE(
      ESSENTIE,
      "impactAssessment",
      Waarde.TEKST,
      f -> f.getEssentie().flatMap(EssentieVoorstel::getImpactAssessment).orElse(null),
      zetEssentie((e, v) -> e.withImpactAssessment(Optional.ofNullable((Tekst) v))),
      sjabloon("Impact assessment Commissie", overal())),
  // Section 3
  POSITIE(
      null,
      "nederlandsePositie",
      Waarde.SECTIE,
      f -> f.getNederlandsePositie().orElse(null),
      (f, v) -> f.withNederlandsePositie(Optional.ofNullable((NederlandsePositie) v)),
      sjabloon("Nederlandse positie ten aanzien van het voorstel", overal())),
  ESSENTIE_BELEID(
      POSITIE,
      "essentieBeleid",
      Waarde.TEKST,
      np(NederlandsePositie::getEssentieBeleid),
      zetNp((n, v) -> n.withEssentieBeleid(Optional.ofNullable((Tekst) v))),
      sjabloon("Essentie Nederlands beleid op dit terrein", overal())),
  BEOORDELING(
      POSITIE,
      "beoordeling",
      Waarde.TEKST,
      np(NederlandsePositie::getBeoordeling),
      zetNp((n, v) -> n.withBeoordeling(Optional.ofNullable((Tekst) v))),
      sjabloon("Beoordeling + inzet ten aanzien van dit voorstel", overal()),
      variant("Beoordeling en inzet ten aanzien van dit voorstel")),
  KRACHTENVELD(
      POSITIE,
      "krachtenveld",
      Waarde.TEKST,
      np(NederlandsePositie::getKrachtenveld),
      zetNp((n, v) -> n.withKrachtenveld(Optional.ofNullable((Tekst) v))),
      sjabloon("Eerste inschatting van krachtenveld", overal())),
  // Section 4: the grondhouding (a-e in 2025, a-c before)
  GRONDHOUDING(
      null,
      "grondhouding",
      Waarde.SECTIE,
      f -> f.getGrondhouding().orElse(null),
      (f, v) -> f.withGrondhouding(Optional.ofNullable((Grondhouding) v)),
      sjabloon(
          "Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen"
              + " en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
          in(EnumSet.of(Generatie.G2025), Sjabloon.values())),
      sjabloon(
          "Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit",
          in(EnumSet.of(Generatie.G2007, Generatie.G2013), Sjabloon.MEDEDELING)),
      sjabloon(
          "Beoordeling bevoegdheid, subsidiariteit en proportionaliteit",
          in(EnumSet.of(Generatie.G2007, Generatie.G2013), Sjabloon.WETGEVING)),
      variant(
          "Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen"
              + " en gevolgen voor regeldruk en concurrentiekracht")),
  BEVOEGDHEID(
      GRONDHOUDING,
      "bevoegdheid",
      Waarde.OORDEEL_EN_TEKST,
      gh(Grondhouding::getBevoegdheid),
      zetGh((g, v) -> g.withBevoegdheid(Optional.ofNullable((GrondhoudingOnderdeel) v))),
      sjabloon("Bevoegdheid", overal())),
  SUBSIDIARITEIT(
      GRONDHOUDING,
      "subsidiariteit",
      Waarde.OORDEEL_EN_TEKST,
      gh(Grondhouding::getSubsidiariteit),
      zetGh((g, v) -> g.withSubsidiariteit(Optional.ofNullable((GrondhoudingOnderdeel) v))),
      sjabloon("Subsidiariteit", overal())),
  PROPORTIONALITEIT(
      GRONDHOUDING,
      "proportionaliteit",
      Waarde.OORDEEL_EN_TEKST,
      gh(Grondhouding::getProportionaliteit),
      zetGh((g, v) -> g.withProportionaliteit(Optional.ofNullable((GrondhoudingOnderdeel) v))),
      sjabloon("Proportionaliteit", overal())),
  FINANCIELE_GEVOLGEN(
      GRONDHOUDING,
      "financieleGevolgen",
      Waarde.OORDEEL_EN_TEKST,
      gh(Grondhouding::getFinancieleGevolgen),
      zetGh((g, v) -> g.withFinancieleGevolgen(Optional.ofNullable((GrondhoudingOnderdeel) v))),
      sjabloon("Financiële gevolgen", overal())),
  REGELDRUK(
      GRONDHOUDING,
      "regeldruk",
      Waarde.OORDEEL_EN_TEKST,
      gh(Grondhouding::getRegeldruk),
      zetGh((g, v) -> g.withRegeldruk(Optional.ofNullable((GrondhoudingOnderdeel) v))),
      sjabloon("Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten", overal()),
      variant("Gevolgen voor regeldruk en concurrentiekracht")),
  // Section 5 of 2013-2024: the financial consequences
  FINANCIEEL(
      null,
      "financieleGevolgen",
      Waarde.SECTIE,
      f -> f.getFinancieleGevolgen().orElse(null),
      (f, v) -> f.withFinancieleGevolgen(Optional.ofNullable((FinancieleGevolgen) v)),
      sjabloon(
          "Financiële gevolgen, gevolgen voor regeldruk en administratieve lasten",
          in(EnumSet.of(Generatie.G2013), Sjabloon.WETGEVING)),
      variant(
          "Financiële gevolgen, gevolgen voor regeldruk en administratieve lasten en concurrentiekracht"),
      variant(
          "Financiële gevolgen, gevolgen voor regeldruk en concurrentiekracht en geopolitieke aspecten"),
      sjabloon(
          "Grondhouding ten aanzien van financiële gevolgen, gevolgen voor regeldruk en administratieve lasten",
          in(EnumSet.of(Generatie.G2013), Sjabloon.MEDEDELING)),
      variant(
          "Grondhouding ten aanzien van financiële gevolgen, gevolgen voor regeldruk en concurrentiekracht")),
  EU_BEGROTING(
      FINANCIEEL,
      "euBegroting",
      Waarde.TEKST,
      fg(FinancieleGevolgen::getEuBegroting),
      zetFg((g, v) -> g.withEuBegroting(Optional.ofNullable((Tekst) v))),
      sjabloon("Consequenties EU-begroting", overal())),
  RIJKSOVERHEID(
      FINANCIEEL,
      "rijksoverheid",
      Waarde.TEKST,
      fg(FinancieleGevolgen::getRijksoverheid),
      zetFg((g, v) -> g.withRijksoverheid(Optional.ofNullable((Tekst) v))),
      sjabloon(
          "Financiële consequenties (incl. personele) voor rijksoverheid en/of medeoverheden",
          overal())),
  BEDRIJFSLEVEN(
      FINANCIEEL,
      "bedrijfslevenEnBurger",
      Waarde.TEKST,
      fg(FinancieleGevolgen::getBedrijfslevenEnBurger),
      zetFg((g, v) -> g.withBedrijfslevenEnBurger(Optional.ofNullable((Tekst) v))),
      sjabloon(
          "Financiële consequenties en gevolgen voor regeldruk voor bedrijfsleven en burger",
          overal()),
      variant(
          "Financiële consequenties en gevolgen voor regeldruk/administratieve lasten voor bedrijfsleven en"
              + " burger")),
  CONCURRENTIEKRACHT(
      FINANCIEEL,
      "concurrentiekracht",
      Waarde.TEKST,
      fg(FinancieleGevolgen::getConcurrentiekracht),
      zetFg((g, v) -> g.withConcurrentiekracht(Optional.ofNullable((Tekst) v))),
      sjabloon("Gevolgen voor concurrentiekracht", overal())),
  GEOPOLITIEK(
      FINANCIEEL,
      "geopolitiek",
      Waarde.TEKST,
      fg(FinancieleGevolgen::getGeopolitiek),
      zetFg((g, v) -> g.withGeopolitiek(Optional.ofNullable((Tekst) v))),
      sjabloon("Geopolitieke aspecten", overal())),
  // The legislative consequences
  CONSEQUENTIES(
      null,
      "consequenties",
      Waarde.SECTIE,
      f -> f.getConsequenties().orElse(null),
      (f, v) -> f.withConsequenties(Optional.ofNullable((Consequenties) v)),
      sjabloon(
          "Wettelijke, uitvoerings- en/of handhavingsconsequenties",
          in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.WETGEVING))),
  REGELGEVING(
      CONSEQUENTIES,
      "regelgeving",
      Waarde.TEKST,
      cq(Consequenties::getRegelgeving),
      zetCq((c, v) -> c.withRegelgeving(Optional.ofNullable((Tekst) v))),
      sjabloon("Consequenties nationale en decentrale regelgeving en/of sanctiebeleid", overal())),
  DELEGATIE(
      CONSEQUENTIES,
      "delegatie",
      Waarde.TEKST,
      cq(Consequenties::getDelegatie),
      zetCq((c, v) -> c.withDelegatie(Optional.ofNullable((Tekst) v))),
      sjabloon("Delegatie- en/of uitvoeringsbevoegdheden", overal())),
  IMPLEMENTATIETERMIJN(
      CONSEQUENTIES,
      "implementatietermijn",
      Waarde.TEKST,
      cq(Consequenties::getImplementatietermijn),
      zetCq((c, v) -> c.withImplementatietermijn(Optional.ofNullable((Tekst) v))),
      sjabloon(
          "Voorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum inwerkingtreding"
              + " (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid",
          overal())),
  EVALUATIE(
      CONSEQUENTIES,
      "evaluatie",
      Waarde.TEKST,
      cq(Consequenties::getEvaluatie),
      zetCq((c, v) -> c.withEvaluatie(Optional.ofNullable((Tekst) v))),
      sjabloon("Wenselijkheid evaluatie-/horizonbepaling", overal())),
  UITVOERBAARHEID(
      CONSEQUENTIES,
      "uitvoerbaarheid",
      Waarde.TEKST,
      cq(Consequenties::getUitvoerbaarheid),
      zetCq((c, v) -> c.withUitvoerbaarheid(Optional.ofNullable((Tekst) v))),
      sjabloon("Uitvoerbaarheid", overal())),
  HANDHAAFBAARHEID(
      CONSEQUENTIES,
      "handhaafbaarheid",
      Waarde.TEKST,
      cq(Consequenties::getHandhaafbaarheid),
      zetCq((c, v) -> c.withHandhaafbaarheid(Optional.ofNullable((Tekst) v))),
      sjabloon("Handhaafbaarheid", overal())),
  // Developing countries: a section of text only
  ONTWIKKELINGSLANDEN(
      null,
      "ontwikkelingslanden",
      Waarde.TEKST,
      f -> f.getOntwikkelingslanden().orElse(null),
      (f, v) -> f.withOntwikkelingslanden(Optional.ofNullable((Tekst) v)),
      sjabloon(
          "Implicaties voor ontwikkelingslanden",
          in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.WETGEVING)));

  private final Veld sectie;
  private final String naam;
  private final String pad;
  private final Waarde waarde;
  private final Function<Fiche, Object> lezer;
  private final BiFunction<ImmutableFiche, Object, ImmutableFiche> zetter;
  private final List<Label> labels;
  private final List<String> teksten;

  Veld(
      Veld sectie,
      String naam,
      Waarde waarde,
      Function<Fiche, Object> lezer,
      BiFunction<ImmutableFiche, Object, ImmutableFiche> zetter,
      Label... labels) {
    this.sectie = sectie;
    this.naam = naam;
    this.pad = (sectie == null ? "" : sectie.pad) + "/" + naam;
    this.waarde = waarde;
    this.lezer = lezer;
    this.zetter = zetter;
    this.labels = List.of(labels);
    List<String> t = new ArrayList<>();
    for (Label l : labels) {
      t.add(l.getTekst());
    }
    this.teksten = List.copyOf(t);
  }

  private static Function<Fiche, Object> ag(Function<AlgemeneGegevens, Object> get) {
    return f -> f.getAlgemeneGegevens().map(get).orElse(null);
  }

  private static Function<Fiche, Object> np(Function<NederlandsePositie, Optional<Tekst>> get) {
    return f -> f.getNederlandsePositie().flatMap(get).orElse(null);
  }

  private static Function<Fiche, Object> gh(
      Function<Grondhouding, Optional<GrondhoudingOnderdeel>> get) {
    return f -> f.getGrondhouding().flatMap(get).orElse(null);
  }

  private static Function<Fiche, Object> fg(Function<FinancieleGevolgen, Optional<Tekst>> get) {
    return f -> f.getFinancieleGevolgen().flatMap(get).orElse(null);
  }

  private static Function<Fiche, Object> cq(Function<Consequenties, Optional<Tekst>> get) {
    return f -> f.getConsequenties().flatMap(get).orElse(null);
  }

  private static BiFunction<ImmutableFiche, Object, ImmutableFiche> zetAg(
      BiFunction<ImmutableAlgemeneGegevens, Object, ImmutableAlgemeneGegevens> zet) {
    return (f, v) ->
        f.withAlgemeneGegevens(
            zet.apply(
                f.getAlgemeneGegevens()
                    .map(ImmutableAlgemeneGegevens::copyOf)
                    .orElseGet(() -> ImmutableAlgemeneGegevens.builder().build()),
                v));
  }

  private static BiFunction<ImmutableFiche, Object, ImmutableFiche> zetEssentie(
      BiFunction<ImmutableEssentieVoorstel, Object, ImmutableEssentieVoorstel> zet) {
    return (f, v) ->
        f.withEssentie(
            zet.apply(
                f.getEssentie()
                    .map(ImmutableEssentieVoorstel::copyOf)
                    .orElseGet(() -> ImmutableEssentieVoorstel.builder().build()),
                v));
  }

  private static BiFunction<ImmutableFiche, Object, ImmutableFiche> zetNp(
      BiFunction<ImmutableNederlandsePositie, Object, ImmutableNederlandsePositie> zet) {
    return (f, v) ->
        f.withNederlandsePositie(
            zet.apply(
                f.getNederlandsePositie()
                    .map(ImmutableNederlandsePositie::copyOf)
                    .orElseGet(() -> ImmutableNederlandsePositie.builder().build()),
                v));
  }

  private static BiFunction<ImmutableFiche, Object, ImmutableFiche> zetGh(
      BiFunction<ImmutableGrondhouding, Object, ImmutableGrondhouding> zet) {
    return (f, v) ->
        f.withGrondhouding(
            zet.apply(
                f.getGrondhouding()
                    .map(ImmutableGrondhouding::copyOf)
                    .orElseGet(() -> ImmutableGrondhouding.builder().build()),
                v));
  }

  private static BiFunction<ImmutableFiche, Object, ImmutableFiche> zetFg(
      BiFunction<ImmutableFinancieleGevolgen, Object, ImmutableFinancieleGevolgen> zet) {
    return (f, v) ->
        f.withFinancieleGevolgen(
            zet.apply(
                f.getFinancieleGevolgen()
                    .map(ImmutableFinancieleGevolgen::copyOf)
                    .orElseGet(() -> ImmutableFinancieleGevolgen.builder().build()),
                v));
  }

  private static BiFunction<ImmutableFiche, Object, ImmutableFiche> zetCq(
      BiFunction<ImmutableConsequenties, Object, ImmutableConsequenties> zet) {
    return (f, v) ->
        f.withConsequenties(
            zet.apply(
                f.getConsequenties()
                    .map(ImmutableConsequenties::copyOf)
                    .orElseGet(() -> ImmutableConsequenties.builder().build()),
                v));
  }

  /** {@code v} as a list of {@code type}; a null is the empty list. */
  private static <T> List<T> lijst(Object v, Class<T> type) {
    List<T> out = new ArrayList<>();
    if (v != null) {
      for (Object o : (List<?>) v) {
        out.add(type.cast(o));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Parsed<NederlandseDatum> datum(Object v) {
    if (v != null
        && ((Parsed<?>) v).getValue().filter(d -> !(d instanceof NederlandseDatum)).isPresent()) {
      throw new ClassCastException("not a Parsed<NederlandseDatum>: " + v.getClass().getName());
    }
    return (Parsed<NederlandseDatum>) v;
  }

  @SuppressWarnings("unchecked")
  private static List<Parsed<CommissieDocument>> documenten(Object v) {
    List<Parsed<CommissieDocument>> out = new ArrayList<>();
    for (Parsed<?> p : lijst(v, Parsed.class)) {
      if (p.getValue().isPresent() && !(p.getValue().get() instanceof CommissieDocument)) {
        throw new ClassCastException(
            "not a Parsed<CommissieDocument>: " + p.getValue().get().getClass().getName());
      }
      out.add((Parsed<CommissieDocument>) p);
    }
    return out;
  }

  /** The section this item belongs to; empty for a section. */
  public Optional<Veld> getSectie() {
    return Optional.ofNullable(sectie);
  }

  /** Whether this is a section rather than an item of one. */
  public boolean isSectie() {
    return sectie == null;
  }

  /** The items of this section in template order, over all templates; empty for an item. */
  public List<Veld> getItems() {
    List<Veld> items = new ArrayList<>();
    for (Veld v : values()) {
      if (v.sectie == this) {
        items.add(v);
      }
    }
    return items;
  }

  /**
   * The item's zero-based place in its section over all templates (a = 0), which is its letter in
   * every template that has it; 0 for a section.
   */
  public int getPositie() {
    return sectie == null ? 0 : ordinal() - sectie.ordinal() - 1;
  }

  /** The item's letter: a, b, …; empty for a section. */
  public String getLetter() {
    return sectie == null ? "" : letter(getPositie());
  }

  /** The item letter of a zero-based place: a, b, …, z, aa, ab, …. */
  public static String letter(int positie) {
    return positie < 26
        ? String.valueOf((char) ('a' + positie))
        : letter(positie / 26 - 1) + (char) ('a' + positie % 26);
  }

  /** The JSON name of the field that holds this part: "datumOntvangst". */
  public String getNaam() {
    return naam;
  }

  /** The JSON pointer of this part, relative to the fiche: "/algemeneGegevens/datumOntvangst". */
  public String getPad() {
    return pad;
  }

  /** How the model holds this part's value. */
  public Waarde getWaarde() {
    return waarde;
  }

  /**
   * Every known label: the templates' wordings and the variants seen in published fiches, canonical
   * first.
   */
  public List<Label> getLabels() {
    return labels;
  }

  /** The texts of {@link #getLabels()}, in the same order. */
  public List<String> getLabelteksten() {
    return teksten;
  }

  /**
   * The canonical label: the first template wording, as the 2025 template has it where it has this
   * part.
   */
  public String getLabel() {
    return teksten.get(0);
  }

  /**
   * The label a fiche of {@code sjabloon} and {@code generatie} is written with: that template's
   * own wording in that generation, else its wording in another generation, else the canonical
   * label (a part is written also where its template has no place for it, so that nothing is lost).
   */
  public String label(Sjabloon sjabloon, Generatie generatie) {
    for (Label l : labels) {
      if (l.isGeschrevenIn(sjabloon, generatie)) {
        return l.getTekst();
      }
    }
    for (Label l : labels) {
      if (!l.generatiesVan(sjabloon).isEmpty()) {
        return l.getTekst();
      }
    }
    return getLabel();
  }

  /**
   * The value the fiche holds for this part, as {@link #getWaarde()} says, or empty when the model
   * holds none (an absent optional; an empty list counts as a value here, see {@link #isIngevuld}).
   */
  public Optional<Object> waarde(Fiche fiche) {
    return Optional.ofNullable(lezer.apply(fiche));
  }

  /**
   * A copy of {@code fiche} with this part set to {@code waarde}, a value of the type that {@link
   * #getWaarde()} names (a section: its model object), or without it for {@code null}; an item's
   * section is added when the fiche lacks it. The inverse of {@link #waarde(Fiche)}: for a fiche
   * and a part, {@code met(fiche, waarde(fiche).orElse(null))} equals the fiche.
   *
   * @throws ClassCastException when {@code waarde} is not of the part's type
   */
  public Fiche met(Fiche fiche, Object waarde) {
    return zetter.apply(ImmutableFiche.copyOf(fiche), waarde);
  }

  /** The paragraphs of a text part or a grondhouding item; empty for other parts or when absent. */
  public Optional<Tekst> tekst(Fiche fiche) {
    Object v = lezer.apply(fiche);
    if (v instanceof Tekst t) {
      return Optional.of(t);
    }
    if (v instanceof GrondhoudingOnderdeel o) {
      return Optional.of(o.getTekst());
    }
    return Optional.empty();
  }

  /**
   * Whether the fiche fills in this part: a section is present; a value has at least one character
   * other than white space (of a list, at least one of its values); paragraphs have visible text; a
   * grondhouding item has visible text (its verdict alone does not fill it in).
   */
  public boolean isIngevuld(Fiche fiche) {
    return ingevuld(lezer.apply(fiche));
  }

  private static boolean ingevuld(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Tekst t) {
      return t.heeftInhoud();
    }
    if (v instanceof GrondhoudingOnderdeel o) {
      return o.getTekst().heeftInhoud();
    }
    if (v instanceof String s) {
      return !s.isBlank();
    }
    if (v instanceof Parsed<?> p) {
      return !p.getText().isBlank();
    }
    if (v instanceof EurLexVerwijzing e) {
      return !e.getTekst().isBlank();
    }
    if (v instanceof ImpactAssessment ia) {
      return !ia.getTekst().isBlank();
    }
    if (v instanceof Ministeries m) {
      return !m.getTekst().isBlank();
    }
    if (v instanceof Collection<?> c) {
      for (Object o : c) {
        if (ingevuld(o)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** The part whose JSON pointer relative to the fiche is {@code pad}; empty when none is. */
  public static Optional<Veld> vanPad(String pad) {
    for (Veld v : values()) {
      if (v.pad.equals(pad)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
