package nl.bncfiche.model.sjabloon;

import static nl.bncfiche.model.sjabloon.Label.in;
import static nl.bncfiche.model.sjabloon.Label.overal;
import static nl.bncfiche.model.sjabloon.Label.sjabloon;
import static nl.bncfiche.model.sjabloon.Label.variant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      null, "algemeneGegevens", Waarde.SECTIE, sjabloon("Algemene gegevens", overal())),
  TITEL(
      ALGEMENE_GEGEVENS,
      "titels",
      Waarde.REGELS,
      sjabloon(
          "Titel voorstel", in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.values())),
      sjabloon("Voorstel", in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("Titel voorstel en Nr. Commissiedocument"),
      variant("Titels voorstellen"),
      variant("Titels voorstel"),
      variant("Titel")),
  DATUM(
      ALGEMENE_GEGEVENS,
      "datumOntvangst",
      Waarde.DATUM,
      sjabloon(
          "Datum ontvangst Commissiedocument",
          in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.values())),
      sjabloon("Datum Commissiedocument", in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("Datum ontvangst Commissiedocumenten"),
      variant("Datum ontvangst"),
      variant("Datum")),
  COMMISSIEDOCUMENT(
      ALGEMENE_GEGEVENS,
      "commissieDocumenten",
      Waarde.COMMISSIEDOCUMENTEN,
      sjabloon("Nr. Commissiedocument", overal()),
      variant("Nr. Commissiedocumenten"),
      variant("Nummer Commissiedocument"),
      variant("Nr Commissiedocument")),
  EUR_LEX(
      ALGEMENE_GEGEVENS,
      "eurLex",
      Waarde.EUR_LEX,
      sjabloon("EUR-Lex", in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.values())),
      sjabloon("Prelex", in(EnumSet.of(Generatie.G2007), Sjabloon.values())),
      variant("EUR-lex"),
      variant("Eurlex")),
  IMPACT_ASSESSMENT(
      ALGEMENE_GEGEVENS,
      "impactAssessment",
      Waarde.IMPACT_ASSESSMENT,
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
      sjabloon("Behandelingstraject Raad", overal())),
  MINISTERIE(
      ALGEMENE_GEGEVENS,
      "eerstverantwoordelijkMinisterie",
      Waarde.MINISTERIES,
      sjabloon("Eerstverantwoordelijk ministerie", overal()),
      variant("Eerstverantwoordelijke ministerie"),
      variant("Eerstverantwoordelijk ministerie(s)")),
  RECHTSBASIS(ALGEMENE_GEGEVENS, "rechtsbasis", Waarde.REGELS, sjabloon("Rechtsbasis", overal())),
  BESLUITVORMING(
      ALGEMENE_GEGEVENS,
      "besluitvormingsprocedureRaad",
      Waarde.REGEL,
      sjabloon("Besluitvormingsprocedure Raad", overal()),
      variant("Besluitvormingsprocedure")),
  ROL_EP(
      ALGEMENE_GEGEVENS,
      "rolEuropeesParlement",
      Waarde.REGEL,
      sjabloon("Rol Europees Parlement", overal()),
      variant("Rol Europees parlement"),
      variant("Rol EP")),
  // Section 2
  ESSENTIE(
      null,
      "essentie",
      Waarde.SECTIE,
      sjabloon("Essentie voorstel", overal()),
      variant("Samenvatting voorstel")),
  INHOUD(ESSENTIE, "inhoud", Waarde.TEKST, sjabloon("Inhoud voorstel", overal())),
  IMPACT_ASSESSMENT_ESSENTIE(
      ESSENTIE,
      "impactAssessment",
      Waarde.TEKST,
      sjabloon("Impact assessment Commissie", overal())),
  // Section 3
  POSITIE(
      null,
      "nederlandsePositie",
      Waarde.SECTIE,
      sjabloon("Nederlandse positie ten aanzien van het voorstel", overal())),
  ESSENTIE_BELEID(
      POSITIE,
      "essentieBeleid",
      Waarde.TEKST,
      sjabloon("Essentie Nederlands beleid op dit terrein", overal())),
  BEOORDELING(
      POSITIE,
      "beoordeling",
      Waarde.TEKST,
      sjabloon("Beoordeling + inzet ten aanzien van dit voorstel", overal()),
      variant("Beoordeling en inzet ten aanzien van dit voorstel")),
  KRACHTENVELD(
      POSITIE,
      "krachtenveld",
      Waarde.TEKST,
      sjabloon("Eerste inschatting van krachtenveld", overal())),
  // Section 4: the grondhouding (a-e in 2025, a-c before)
  GRONDHOUDING(
      null,
      "grondhouding",
      Waarde.SECTIE,
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
      GRONDHOUDING, "bevoegdheid", Waarde.OORDEEL_EN_TEKST, sjabloon("Bevoegdheid", overal())),
  SUBSIDIARITEIT(
      GRONDHOUDING,
      "subsidiariteit",
      Waarde.OORDEEL_EN_TEKST,
      sjabloon("Subsidiariteit", overal())),
  PROPORTIONALITEIT(
      GRONDHOUDING,
      "proportionaliteit",
      Waarde.OORDEEL_EN_TEKST,
      sjabloon("Proportionaliteit", overal())),
  FINANCIELE_GEVOLGEN(
      GRONDHOUDING,
      "financieleGevolgen",
      Waarde.OORDEEL_EN_TEKST,
      sjabloon("Financiële gevolgen", overal())),
  REGELDRUK(
      GRONDHOUDING,
      "regeldruk",
      Waarde.OORDEEL_EN_TEKST,
      sjabloon("Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten", overal()),
      variant("Gevolgen voor regeldruk en concurrentiekracht")),
  // Section 5 of 2013-2024: the financial consequences
  FINANCIEEL(
      null,
      "financieleGevolgen",
      Waarde.SECTIE,
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
      FINANCIEEL, "euBegroting", Waarde.TEKST, sjabloon("Consequenties EU-begroting", overal())),
  RIJKSOVERHEID(
      FINANCIEEL,
      "rijksoverheid",
      Waarde.TEKST,
      sjabloon(
          "Financiële consequenties (incl. personele) voor rijksoverheid en/of medeoverheden",
          overal())),
  BEDRIJFSLEVEN(
      FINANCIEEL,
      "bedrijfslevenEnBurger",
      Waarde.TEKST,
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
      sjabloon("Gevolgen voor concurrentiekracht", overal())),
  GEOPOLITIEK(FINANCIEEL, "geopolitiek", Waarde.TEKST, sjabloon("Geopolitieke aspecten", overal())),
  // The legislative consequences
  CONSEQUENTIES(
      null,
      "consequenties",
      Waarde.SECTIE,
      sjabloon(
          "Wettelijke, uitvoerings- en/of handhavingsconsequenties",
          in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.WETGEVING))),
  REGELGEVING(
      CONSEQUENTIES,
      "regelgeving",
      Waarde.TEKST,
      sjabloon("Consequenties nationale en decentrale regelgeving en/of sanctiebeleid", overal())),
  DELEGATIE(
      CONSEQUENTIES,
      "delegatie",
      Waarde.TEKST,
      sjabloon("Delegatie- en/of uitvoeringsbevoegdheden", overal())),
  IMPLEMENTATIETERMIJN(
      CONSEQUENTIES,
      "implementatietermijn",
      Waarde.TEKST,
      sjabloon(
          "Voorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum inwerkingtreding"
              + " (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid",
          overal())),
  EVALUATIE(
      CONSEQUENTIES,
      "evaluatie",
      Waarde.TEKST,
      sjabloon("Wenselijkheid evaluatie-/horizonbepaling", overal())),
  UITVOERBAARHEID(
      CONSEQUENTIES, "uitvoerbaarheid", Waarde.TEKST, sjabloon("Uitvoerbaarheid", overal())),
  HANDHAAFBAARHEID(
      CONSEQUENTIES, "handhaafbaarheid", Waarde.TEKST, sjabloon("Handhaafbaarheid", overal())),
  // Developing countries: a section of text only
  ONTWIKKELINGSLANDEN(
      null,
      "ontwikkelingslanden",
      Waarde.TEKST,
      sjabloon(
          "Implicaties voor ontwikkelingslanden",
          in(EnumSet.of(Generatie.G2013, Generatie.G2025), Sjabloon.WETGEVING)));

  private final Veld sectie;
  private final String naam;
  private final String pad;
  private final Waarde waarde;
  private final List<Label> labels;
  private final List<String> teksten;

  Veld(Veld sectie, String naam, Waarde waarde, Label... labels) {
    this.sectie = sectie;
    this.naam = naam;
    this.pad = (sectie == null ? "" : sectie.pad) + "/" + naam;
    this.waarde = waarde;
    this.labels = List.of(labels);
    List<String> t = new ArrayList<>();
    for (Label l : labels) {
      t.add(l.getTekst());
    }
    this.teksten = List.copyOf(t);
  }

  /**
   * The model's value of this part in {@code f}, or null. A switch, not a lambda per constant: they
   * cost start-up.
   */
  private Object lees(Fiche f) {
    return switch (this) {
      case ALGEMENE_GEGEVENS -> f.getAlgemeneGegevens().orElse(null);
      case TITEL -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getTitels();
      }
      case DATUM -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getDatumOntvangst().orElse(null);
      }
      case COMMISSIEDOCUMENT -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getCommissieDocumenten();
      }
      case EUR_LEX -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getEurLex();
      }
      case IMPACT_ASSESSMENT -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getImpactAssessment().orElse(null);
      }
      case RAAD -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getBehandelingstrajectRaad().orElse(null);
      }
      case MINISTERIE -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getEerstverantwoordelijkMinisterie().orElse(null);
      }
      case RECHTSBASIS -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getRechtsbasis();
      }
      case BESLUITVORMING -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getBesluitvormingsprocedureRaad().orElse(null);
      }
      case ROL_EP -> {
        var a = f.getAlgemeneGegevens().orElse(null);
        yield a == null ? null : a.getRolEuropeesParlement().orElse(null);
      }
      case ESSENTIE -> f.getEssentie().orElse(null);
      case INHOUD -> f.getEssentie().map(EssentieVoorstel::getInhoud).orElse(null);
      case IMPACT_ASSESSMENT_ESSENTIE ->
          f.getEssentie().flatMap(EssentieVoorstel::getImpactAssessment).orElse(null);
      case POSITIE -> f.getNederlandsePositie().orElse(null);
      case ESSENTIE_BELEID -> {
        var n = f.getNederlandsePositie().orElse(null);
        yield n == null ? null : n.getEssentieBeleid().orElse(null);
      }
      case BEOORDELING -> {
        var n = f.getNederlandsePositie().orElse(null);
        yield n == null ? null : n.getBeoordeling().orElse(null);
      }
      case KRACHTENVELD -> {
        var n = f.getNederlandsePositie().orElse(null);
        yield n == null ? null : n.getKrachtenveld().orElse(null);
      }
      case GRONDHOUDING -> f.getGrondhouding().orElse(null);
      case BEVOEGDHEID -> {
        var g = f.getGrondhouding().orElse(null);
        yield g == null ? null : g.getBevoegdheid().orElse(null);
      }
      case SUBSIDIARITEIT -> {
        var g = f.getGrondhouding().orElse(null);
        yield g == null ? null : g.getSubsidiariteit().orElse(null);
      }
      case PROPORTIONALITEIT -> {
        var g = f.getGrondhouding().orElse(null);
        yield g == null ? null : g.getProportionaliteit().orElse(null);
      }
      case FINANCIELE_GEVOLGEN -> {
        var g = f.getGrondhouding().orElse(null);
        yield g == null ? null : g.getFinancieleGevolgen().orElse(null);
      }
      case REGELDRUK -> {
        var g = f.getGrondhouding().orElse(null);
        yield g == null ? null : g.getRegeldruk().orElse(null);
      }
      case FINANCIEEL -> f.getFinancieleGevolgen().orElse(null);
      case EU_BEGROTING -> {
        var g = f.getFinancieleGevolgen().orElse(null);
        yield g == null ? null : g.getEuBegroting().orElse(null);
      }
      case RIJKSOVERHEID -> {
        var g = f.getFinancieleGevolgen().orElse(null);
        yield g == null ? null : g.getRijksoverheid().orElse(null);
      }
      case BEDRIJFSLEVEN -> {
        var g = f.getFinancieleGevolgen().orElse(null);
        yield g == null ? null : g.getBedrijfslevenEnBurger().orElse(null);
      }
      case CONCURRENTIEKRACHT -> {
        var g = f.getFinancieleGevolgen().orElse(null);
        yield g == null ? null : g.getConcurrentiekracht().orElse(null);
      }
      case GEOPOLITIEK -> {
        var g = f.getFinancieleGevolgen().orElse(null);
        yield g == null ? null : g.getGeopolitiek().orElse(null);
      }
      case CONSEQUENTIES -> f.getConsequenties().orElse(null);
      case REGELGEVING -> {
        var c = f.getConsequenties().orElse(null);
        yield c == null ? null : c.getRegelgeving().orElse(null);
      }
      case DELEGATIE -> {
        var c = f.getConsequenties().orElse(null);
        yield c == null ? null : c.getDelegatie().orElse(null);
      }
      case IMPLEMENTATIETERMIJN -> {
        var c = f.getConsequenties().orElse(null);
        yield c == null ? null : c.getImplementatietermijn().orElse(null);
      }
      case EVALUATIE -> {
        var c = f.getConsequenties().orElse(null);
        yield c == null ? null : c.getEvaluatie().orElse(null);
      }
      case UITVOERBAARHEID -> {
        var c = f.getConsequenties().orElse(null);
        yield c == null ? null : c.getUitvoerbaarheid().orElse(null);
      }
      case HANDHAAFBAARHEID -> {
        var c = f.getConsequenties().orElse(null);
        yield c == null ? null : c.getHandhaafbaarheid().orElse(null);
      }
      case ONTWIKKELINGSLANDEN -> f.getOntwikkelingslanden().orElse(null);
    };
  }

  /** {@code f} with this part set to {@code v}; see {@link #met}. */
  private ImmutableFiche zet(ImmutableFiche f, Object v) {
    return switch (this) {
      case ALGEMENE_GEGEVENS -> f.withAlgemeneGegevens(Optional.ofNullable((AlgemeneGegevens) v));
      case TITEL -> f.withAlgemeneGegevens(agVan(f).withTitels(lijst(v, String.class)));
      case DATUM ->
          f.withAlgemeneGegevens(agVan(f).withDatumOntvangst(Optional.ofNullable(datum(v))));
      case COMMISSIEDOCUMENT ->
          f.withAlgemeneGegevens(agVan(f).withCommissieDocumenten(documenten(v)));
      case EUR_LEX -> f.withAlgemeneGegevens(agVan(f).withEurLex(lijst(v, EurLexVerwijzing.class)));
      case IMPACT_ASSESSMENT ->
          f.withAlgemeneGegevens(
              agVan(f).withImpactAssessment(Optional.ofNullable((ImpactAssessment) v)));
      case RAAD ->
          f.withAlgemeneGegevens(
              agVan(f).withBehandelingstrajectRaad(Optional.ofNullable((String) v)));
      case MINISTERIE ->
          f.withAlgemeneGegevens(
              agVan(f).withEerstverantwoordelijkMinisterie(Optional.ofNullable((Ministeries) v)));
      case RECHTSBASIS -> f.withAlgemeneGegevens(agVan(f).withRechtsbasis(lijst(v, String.class)));
      case BESLUITVORMING ->
          f.withAlgemeneGegevens(
              agVan(f).withBesluitvormingsprocedureRaad(Optional.ofNullable((String) v)));
      case ROL_EP ->
          f.withAlgemeneGegevens(
              agVan(f).withRolEuropeesParlement(Optional.ofNullable((String) v)));
      case ESSENTIE -> f.withEssentie(Optional.ofNullable((EssentieVoorstel) v));
      case INHOUD ->
          f.withEssentie(essentieVan(f).withInhoud(v == null ? Tekst.leeg() : (Tekst) v));
      case IMPACT_ASSESSMENT_ESSENTIE ->
          f.withEssentie(essentieVan(f).withImpactAssessment(Optional.ofNullable((Tekst) v)));
      case POSITIE -> f.withNederlandsePositie(Optional.ofNullable((NederlandsePositie) v));
      case ESSENTIE_BELEID ->
          f.withNederlandsePositie(npVan(f).withEssentieBeleid(Optional.ofNullable((Tekst) v)));
      case BEOORDELING ->
          f.withNederlandsePositie(npVan(f).withBeoordeling(Optional.ofNullable((Tekst) v)));
      case KRACHTENVELD ->
          f.withNederlandsePositie(npVan(f).withKrachtenveld(Optional.ofNullable((Tekst) v)));
      case GRONDHOUDING -> f.withGrondhouding(Optional.ofNullable((Grondhouding) v));
      case BEVOEGDHEID ->
          f.withGrondhouding(
              ghVan(f).withBevoegdheid(Optional.ofNullable((GrondhoudingOnderdeel) v)));
      case SUBSIDIARITEIT ->
          f.withGrondhouding(
              ghVan(f).withSubsidiariteit(Optional.ofNullable((GrondhoudingOnderdeel) v)));
      case PROPORTIONALITEIT ->
          f.withGrondhouding(
              ghVan(f).withProportionaliteit(Optional.ofNullable((GrondhoudingOnderdeel) v)));
      case FINANCIELE_GEVOLGEN ->
          f.withGrondhouding(
              ghVan(f).withFinancieleGevolgen(Optional.ofNullable((GrondhoudingOnderdeel) v)));
      case REGELDRUK ->
          f.withGrondhouding(
              ghVan(f).withRegeldruk(Optional.ofNullable((GrondhoudingOnderdeel) v)));
      case FINANCIEEL -> f.withFinancieleGevolgen(Optional.ofNullable((FinancieleGevolgen) v));
      case EU_BEGROTING ->
          f.withFinancieleGevolgen(fgVan(f).withEuBegroting(Optional.ofNullable((Tekst) v)));
      case RIJKSOVERHEID ->
          f.withFinancieleGevolgen(fgVan(f).withRijksoverheid(Optional.ofNullable((Tekst) v)));
      case BEDRIJFSLEVEN ->
          f.withFinancieleGevolgen(
              fgVan(f).withBedrijfslevenEnBurger(Optional.ofNullable((Tekst) v)));
      case CONCURRENTIEKRACHT ->
          f.withFinancieleGevolgen(fgVan(f).withConcurrentiekracht(Optional.ofNullable((Tekst) v)));
      case GEOPOLITIEK ->
          f.withFinancieleGevolgen(fgVan(f).withGeopolitiek(Optional.ofNullable((Tekst) v)));
      case CONSEQUENTIES -> f.withConsequenties(Optional.ofNullable((Consequenties) v));
      case REGELGEVING ->
          f.withConsequenties(cqVan(f).withRegelgeving(Optional.ofNullable((Tekst) v)));
      case DELEGATIE -> f.withConsequenties(cqVan(f).withDelegatie(Optional.ofNullable((Tekst) v)));
      case IMPLEMENTATIETERMIJN ->
          f.withConsequenties(cqVan(f).withImplementatietermijn(Optional.ofNullable((Tekst) v)));
      case EVALUATIE -> f.withConsequenties(cqVan(f).withEvaluatie(Optional.ofNullable((Tekst) v)));
      case UITVOERBAARHEID ->
          f.withConsequenties(cqVan(f).withUitvoerbaarheid(Optional.ofNullable((Tekst) v)));
      case HANDHAAFBAARHEID ->
          f.withConsequenties(cqVan(f).withHandhaafbaarheid(Optional.ofNullable((Tekst) v)));
      case ONTWIKKELINGSLANDEN -> f.withOntwikkelingslanden(Optional.ofNullable((Tekst) v));
    };
  }

  private static ImmutableAlgemeneGegevens agVan(Fiche f) {
    return f.getAlgemeneGegevens().isPresent()
        ? ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().get())
        : ImmutableAlgemeneGegevens.builder().build();
  }

  private static ImmutableEssentieVoorstel essentieVan(Fiche f) {
    return f.getEssentie().isPresent()
        ? ImmutableEssentieVoorstel.copyOf(f.getEssentie().get())
        : ImmutableEssentieVoorstel.builder().build();
  }

  private static ImmutableNederlandsePositie npVan(Fiche f) {
    return f.getNederlandsePositie().isPresent()
        ? ImmutableNederlandsePositie.copyOf(f.getNederlandsePositie().get())
        : ImmutableNederlandsePositie.builder().build();
  }

  private static ImmutableGrondhouding ghVan(Fiche f) {
    return f.getGrondhouding().isPresent()
        ? ImmutableGrondhouding.copyOf(f.getGrondhouding().get())
        : ImmutableGrondhouding.builder().build();
  }

  private static ImmutableFinancieleGevolgen fgVan(Fiche f) {
    return f.getFinancieleGevolgen().isPresent()
        ? ImmutableFinancieleGevolgen.copyOf(f.getFinancieleGevolgen().get())
        : ImmutableFinancieleGevolgen.builder().build();
  }

  private static ImmutableConsequenties cqVan(Fiche f) {
    return f.getConsequenties().isPresent()
        ? ImmutableConsequenties.copyOf(f.getConsequenties().get())
        : ImmutableConsequenties.builder().build();
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
    return Items.VAN.get(this);
  }

  /**
   * Every section in template order, over all templates and generations; a template's own are
   * {@link Indeling#getSecties()}.
   */
  public static List<Veld> secties() {
    return Items.SECTIES;
  }

  /** Each section's items, made once (an enum cannot list its constants while they are made). */
  private static final class Items {
    static final Map<Veld, List<Veld>> VAN = new EnumMap<>(Veld.class);
    static final List<Veld> SECTIES;
    static final Map<String, Veld> PADEN = new HashMap<>();

    static {
      List<Veld> secties = new ArrayList<>();
      for (Veld v : values()) {
        if (v.sectie == null) {
          secties.add(v);
        }
      }
      SECTIES = List.copyOf(secties);
      for (Veld v : values()) {
        PADEN.putIfAbsent(v.pad, v);
      }
      for (Veld v : values()) {
        List<Veld> items = new ArrayList<>();
        for (Veld w : values()) {
          if (w.sectie == v) {
            items.add(w);
          }
        }
        VAN.put(v, List.copyOf(items));
      }
    }
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
   * How a numbered heading of a later wording of this section begins, beyond its labels: a numbered
   * heading that starts so (letter case and spacing aside) is this section, whatever follows ("5.
   * Grondhouding ten aanzien van financiële gevolgen, …" in a wording no template has). Empty for
   * most sections and for every item.
   */
  public List<String> getKopbeginnen() {
    return Kopbeginnen.VAN.getOrDefault(this, List.of());
  }

  /** The heading openings, apart so that the enum's constants can be named in them. */
  private static final class Kopbeginnen {
    static final Map<Veld, List<String>> VAN =
        new EnumMap<>(
            Map.of(
                FINANCIEEL,
                List.of("Grondhouding ten aanzien van financiële", "Financiële gevolgen,"),
                GRONDHOUDING,
                List.of("Grondhouding ten aanzien van bevoegdheid", "Beoordeling bevoegdheid")));
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
    return Optional.ofNullable(lees(fiche));
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
    return zet(ImmutableFiche.copyOf(fiche), waarde);
  }

  /**
   * A section of items without any, as the model holds it (a fiche with only this set has the
   * section and none of its items); empty for an item and for a section of text only.
   */
  public Optional<Object> leeg() {
    return Optional.ofNullable(
        switch (this) {
          case ALGEMENE_GEGEVENS -> ImmutableAlgemeneGegevens.builder().build();
          case ESSENTIE -> ImmutableEssentieVoorstel.builder().build();
          case POSITIE -> ImmutableNederlandsePositie.builder().build();
          case GRONDHOUDING -> ImmutableGrondhouding.builder().build();
          case FINANCIEEL -> ImmutableFinancieleGevolgen.builder().build();
          case CONSEQUENTIES -> ImmutableConsequenties.builder().build();
          default -> null;
        });
  }

  /** The paragraphs of a text part or a grondhouding item; empty for other parts or when absent. */
  public Optional<Tekst> tekst(Fiche fiche) {
    Object v = lees(fiche);
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
    return ingevuld(lees(fiche));
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
    return Optional.ofNullable(Items.PADEN.get(pad));
  }
}
