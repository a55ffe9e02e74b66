package nl.bncfiche.validation.internal.rules;

import static nl.bncfiche.validation.internal.Walk.blank;
import static nl.bncfiche.validation.internal.Walk.blankString;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Walk;

/**
 * Completeness (family V): every item the fiche's template and generation require is present and not
 * blank. These rules apply in profile {@link Profile#DEFINITIEF} only. An issue's path names the
 * missing part, which the JSON may not contain; its parent exists.
 */
public final class CompletenessRules {
  /** The fiche has a title. */
  public static final String TITEL = "BNC-V-001";
  /** Template and generation are known. */
  public static final String SJABLOON = "BNC-V-002";
  /** Section 1, items a–g. */
  public static final String SECTIE_1 = "BNC-V-003";
  /** Section 1, items h–j of a legislative fiche. */
  public static final String SECTIE_1_WETGEVING = "BNC-V-004";
  /** Section 2. */
  public static final String SECTIE_2 = "BNC-V-005";
  /** Section 3, items a–c. */
  public static final String SECTIE_3 = "BNC-V-006";
  /** The grondhouding items. */
  public static final String GRONDHOUDING = "BNC-V-007";
  /** The oordeel of 4a–4c in generation 2025. */
  public static final String OORDEEL = "BNC-V-008";
  /** The later sections of the template. */
  public static final String LATERE_SECTIES = "BNC-V-009";

  private static final String MISSING_NL = "Onderdeel {0} ({1}) ontbreekt of is leeg.";
  private static final String MISSING_EN = "Item {0} ({1}) is missing or empty.";

  private CompletenessRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        rule(TITEL,
            "Een fiche MOET een titel hebben.",
            "A fiche MUST have a title.",
            (f, p, out) -> {
              if (f.getTitel().isBlank()) {
                out.report(p.field("titel"), "titel", "Fiche: …");
              }
            }),
        rule(SJABLOON,
            "Van een fiche MOETEN het sjabloon (mededeling of wetgeving) en de generatie bekend zijn.",
            "A fiche's template (communication or legislative) and generation MUST be known.",
            (f, p, out) -> {
              if (f.getSjabloon().isEmpty()) {
                out.report(p.field("sjabloon"), "sjabloon", "Mededeling / Wet- en regelgeving");
              }
              if (f.getGeneratie().isEmpty()) {
                out.report(p.field("generatie"), "generatie", "2007 / 2013 / 2025");
              }
            }),
        rule(SECTIE_1,
            "Elk onderdeel a tot en met g van sectie 1 (Algemene gegevens) MOET zijn ingevuld.",
            "Every item a to g of section 1 (Algemene gegevens) MUST be filled in.",
            CompletenessRules::sectie1),
        rule(SECTIE_1_WETGEVING,
            "Een fiche over wetgeving MOET in sectie 1 ook de onderdelen h (Rechtsbasis),"
                + " i (Besluitvormingsprocedure Raad) en j (Rol Europees Parlement) invullen.",
            "A legislative fiche MUST also fill in items h (Rechtsbasis), i (Besluitvormingsprocedure"
                + " Raad) and j (Rol Europees Parlement) of section 1.",
            CompletenessRules::sectie1Wetgeving),
        rule(SECTIE_2,
            "Sectie 2 (Essentie voorstel) MOET tekst bevatten.",
            "Section 2 (Essentie voorstel) MUST contain text.",
            (f, p, out) -> {
              if (f.getEssentie().isEmpty()) {
                out.report(p.field("essentie"), "2", "Essentie voorstel");
              } else if (!f.getEssentie().get().getInhoud().heeftInhoud()) {
                out.report(p.fields("essentie", "inhoud"), "2", "Essentie voorstel");
              }
            }),
        rule(SECTIE_3,
            "Elk onderdeel a tot en met c van sectie 3 (Nederlandse positie) MOET tekst bevatten.",
            "Every item a to c of section 3 (Nederlandse positie) MUST contain text.",
            CompletenessRules::sectie3),
        rule(GRONDHOUDING,
            "Elk onderdeel van de grondhouding (4a tot en met 4e; vóór 2025 4a tot en met 4c) MOET"
                + " tekst bevatten.",
            "Every item of the grondhouding (4a to 4e; before 2025, 4a to 4c) MUST contain text.",
            CompletenessRules::grondhouding),
        rule(OORDEEL,
            "In de generatie 2025 MOETEN de onderdelen 4a, 4b en 4c een oordeel (de zin over de"
                + " grondhouding van het kabinet) hebben.",
            "In the 2025 generation, items 4a, 4b and 4c MUST carry a verdict (the sentence on the"
                + " cabinet's stance).",
            (f, p, out) -> {
              if (f.getGeneratie().orElse(null) != Generatie.G2025 || f.getGrondhouding().isEmpty()) {
                return;
              }
              for (int i = 0; i < 3; i++) {
                String name = Walk.GRONDHOUDING_ITEMS.get(i);
                Optional<GrondhoudingOnderdeel> item = Walk.item(f.getGrondhouding().get(), name);
                if (item.isPresent() && item.get().getOordeel().isEmpty()) {
                  out.report(p.fields("grondhouding", name, "oordeel"), "4" + (char) ('a' + i), name);
                }
              }
            }),
        rule(LATERE_SECTIES,
            "De secties na sectie 4 die het sjabloon heeft MOETEN tekst bevatten: vóór 2025 de"
                + " financiële gevolgen (5a tot en met 5d); bij wetgeving de consequenties (a tot en met"
                + " f) en de implicaties voor ontwikkelingslanden.",
            "The sections after section 4 that the template has MUST contain text: before 2025 the"
                + " financial consequences (5a to 5d); for legislation the consequences (a to f) and the"
                + " implications for developing countries.",
            CompletenessRules::laterSections));
  }

  private static Rule rule(String id, String nl, String en, Walk.FicheCheck check) {
    return Rule.of(id, Severity.ERROR, Profile.DEFINITIEF, nl, en, MISSING_NL, MISSING_EN,
        (doc, out) -> Walk.fiches(doc, check, out));
  }

  private static void sectie1(Fiche f, NodePath p, Findings out) {
    if (f.getAlgemeneGegevens().isEmpty()) {
      out.report(p.field("algemeneGegevens"), "1", "Algemene gegevens");
      return;
    }
    AlgemeneGegevens a = f.getAlgemeneGegevens().get();
    NodePath q = p.field("algemeneGegevens");
    if (a.getTitels().stream().allMatch(String::isBlank)) {
      out.report(q.field("titels"), "1a", "Titel voorstel");
    }
    if (a.getDatumOntvangst().isEmpty() || a.getDatumOntvangst().get().getText().isBlank()) {
      out.report(q.field("datumOntvangst"), "1b", "Datum ontvangst Commissiedocument");
    }
    if (a.getCommissieDocumenten().stream().allMatch(d -> d.getText().isBlank())) {
      out.report(q.field("commissieDocumenten"), "1c", "Nr. Commissiedocument");
    }
    if (a.getEurLex().stream().allMatch(e -> e.getTekst().isBlank())) {
      out.report(q.field("eurLex"), "1d", "EUR-Lex");
    }
    if (a.getImpactAssessment().isEmpty() || a.getImpactAssessment().get().getTekst().isBlank()) {
      out.report(q.field("impactAssessment"), "1e", "Nr. impact assessment Commissie en Opinie");
    }
    if (blankString(a.getBehandelingstrajectRaad())) {
      out.report(q.field("behandelingstrajectRaad"), "1f", "Behandelingstraject Raad");
    }
    if (a.getEerstverantwoordelijkMinisterie().isEmpty()
        || a.getEerstverantwoordelijkMinisterie().get().getTekst().isBlank()) {
      out.report(q.field("eerstverantwoordelijkMinisterie"), "1g", "Eerstverantwoordelijk ministerie");
    }
  }

  private static void sectie1Wetgeving(Fiche f, NodePath p, Findings out) {
    if (f.getSjabloon().orElse(null) != Sjabloon.WETGEVING || f.getAlgemeneGegevens().isEmpty()) {
      return;
    }
    AlgemeneGegevens a = f.getAlgemeneGegevens().get();
    NodePath q = p.field("algemeneGegevens");
    if (a.getRechtsbasis().stream().allMatch(String::isBlank)) {
      out.report(q.field("rechtsbasis"), "1h", "Rechtsbasis");
    }
    if (blankString(a.getBesluitvormingsprocedureRaad())) {
      out.report(q.field("besluitvormingsprocedureRaad"), "1i", "Besluitvormingsprocedure Raad");
    }
    if (blankString(a.getRolEuropeesParlement())) {
      out.report(q.field("rolEuropeesParlement"), "1j", "Rol Europees Parlement");
    }
  }

  private static void sectie3(Fiche f, NodePath p, Findings out) {
    if (f.getNederlandsePositie().isEmpty()) {
      out.report(p.field("nederlandsePositie"), "3", "Nederlandse positie");
      return;
    }
    NederlandsePositie n = f.getNederlandsePositie().get();
    NodePath q = p.field("nederlandsePositie");
    text(out, n.getEssentieBeleid(), q.field("essentieBeleid"), "3a", "Essentie Nederlands beleid");
    text(out, n.getBeoordeling(), q.field("beoordeling"), "3b", "Beoordeling + inzet");
    text(out, n.getKrachtenveld(), q.field("krachtenveld"), "3c", "Eerste inschatting van krachtenveld");
  }

  private static final String[] GRONDHOUDING_LABELS = {"Bevoegdheid", "Subsidiariteit",
      "Proportionaliteit", "Financiële gevolgen", "Gevolgen voor regeldruk, concurrentiekracht en"
      + " geopolitieke aspecten"};

  private static void grondhouding(Fiche f, NodePath p, Findings out) {
    if (f.getGeneratie().isEmpty()) {
      return;
    }
    if (f.getGrondhouding().isEmpty()) {
      out.report(p.field("grondhouding"), "4", "Grondhouding");
      return;
    }
    Grondhouding g = f.getGrondhouding().get();
    int count = f.getGeneratie().get() == Generatie.G2025 ? 5 : 3;
    for (int i = 0; i < count; i++) {
      String name = Walk.GRONDHOUDING_ITEMS.get(i);
      Optional<GrondhoudingOnderdeel> item = Walk.item(g, name);
      String letter = "4" + (char) ('a' + i);
      if (item.isEmpty()) {
        out.report(p.fields("grondhouding", name), letter, GRONDHOUDING_LABELS[i]);
      } else if (!item.get().getTekst().heeftInhoud()) {
        out.report(p.fields("grondhouding", name, "tekst"), letter, GRONDHOUDING_LABELS[i]);
      }
    }
  }

  private static void laterSections(Fiche f, NodePath p, Findings out) {
    Generatie g = f.getGeneratie().orElse(null);
    Sjabloon s = f.getSjabloon().orElse(null);
    if (g == null || s == null) {
      return;
    }
    if (g == Generatie.G2013) {
      if (f.getFinancieleGevolgen().isEmpty()) {
        out.report(p.field("financieleGevolgen"), "5", "Financiële gevolgen");
      } else {
        FinancieleGevolgen fg = f.getFinancieleGevolgen().get();
        NodePath q = p.field("financieleGevolgen");
        text(out, fg.getEuBegroting(), q.field("euBegroting"), "5a", "Consequenties EU-begroting");
        text(out, fg.getRijksoverheid(), q.field("rijksoverheid"), "5b",
            "Financiële consequenties voor rijksoverheid en/of medeoverheden");
        text(out, fg.getBedrijfslevenEnBurger(), q.field("bedrijfslevenEnBurger"), "5c",
            "Financiële consequenties en regeldruk voor bedrijfsleven en burger");
        text(out, fg.getConcurrentiekracht(), q.field("concurrentiekracht"), "5d",
            "Gevolgen voor concurrentiekracht");
      }
    }
    if (s == Sjabloon.WETGEVING && g != Generatie.G2007) {
      String n = g == Generatie.G2025 ? "5" : "6";
      if (f.getConsequenties().isEmpty()) {
        out.report(p.field("consequenties"), n, "Wettelijke, uitvoerings- en/of handhavingsconsequenties");
      } else {
        Consequenties c = f.getConsequenties().get();
        NodePath q = p.field("consequenties");
        text(out, c.getRegelgeving(), q.field("regelgeving"), n + "a", "Consequenties regelgeving");
        text(out, c.getDelegatie(), q.field("delegatie"), n + "b", "Delegatie- en/of uitvoeringsbevoegdheden");
        text(out, c.getImplementatietermijn(), q.field("implementatietermijn"), n + "c",
            "Voorgestelde implementatietermijn");
        text(out, c.getEvaluatie(), q.field("evaluatie"), n + "d", "Wenselijkheid evaluatie-/horizonbepaling");
        text(out, c.getUitvoerbaarheid(), q.field("uitvoerbaarheid"), n + "e", "Uitvoerbaarheid");
        text(out, c.getHandhaafbaarheid(), q.field("handhaafbaarheid"), n + "f", "Handhaafbaarheid");
      }
      text(out, f.getOntwikkelingslanden(), p.field("ontwikkelingslanden"),
          g == Generatie.G2025 ? "6" : "7",
          "Implicaties voor ontwikkelingslanden");
    }
  }

  private static void text(Findings out, Optional<Tekst> t, NodePath p, String letter, String label) {
    if (blank(t)) {
      out.report(p, letter, label);
    }
  }
}
