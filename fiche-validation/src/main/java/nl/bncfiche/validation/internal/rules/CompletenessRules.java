package nl.bncfiche.validation.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.sjabloon.Grondhoudingszin.Herkend;
import nl.bncfiche.model.sjabloon.Indeling;
import nl.bncfiche.model.sjabloon.Rubriek;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.model.sjabloon.Waarde;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.NotAFiche;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.StanceSentence;
import nl.bncfiche.validation.internal.Walk;

/**
 * Completeness (family V): every section and item that the layout of the fiche's template and
 * generation requires ({@link Indeling}, {@link Rubriek#isVerplicht()}) is present and filled in.
 * These rules apply in profile {@link Profile#DEFINITIEF} only. An issue's path names the missing
 * part, which the JSON may not contain; its parent exists. Its message names the part by number and
 * label as the writers write them.
 *
 * <p>What a published Kamerstuk lacks is a WARNING, not an ERROR: it was sent and accepted as it
 * is. So is what a fiche lacks whose template or generation the reader presumed: the parts it
 * requires may be another template's. So is what the 2025 legislative layout asks after section 4,
 * which no published fiche has confirmed yet.
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

  /** The document holds a fiche. */
  public static final String FICHE = "BNC-V-010";

  private static final String MISSING_NL = "Onderdeel {0} ({1}) ontbreekt of is leeg.";
  private static final String MISSING_EN = "Item {0} ({1}) is missing or empty.";
  private static final String UNPLACED_NL =
      "Onderdeel {0} ({1}) is niet herkend; het kan staan in tekst die de lezer niet kon plaatsen.";
  private static final String UNPLACED_EN =
      "Item {0} ({1}) was not recognised; it may be in text the reader could not place.";
  private static final String GEPUBLICEERD_NL = "in een gepubliceerd Kamerstuk";
  private static final String GEPUBLICEERD_EN = "in a published Kamerstuk";
  private static final String ONGEPLAATST_NL =
      ", en wanneer de fiche tekst heeft die niet in een sectie of onderdeel is geplaatst (die"
          + " tekst kan het onderdeel zijn; de melding zegt dan 'niet herkend')";
  private static final String ONGEPLAATST_EN =
      ", and when the fiche has text that was not placed in a section or item (that text may be"
          + " the item; the message then says 'not recognised')";

  private static final String VERMOED_NL =
      ", en wanneer het sjabloon of de generatie van de fiche vermoed is (BNC-R-011)";
  private static final String VERMOED_EN =
      ", and when the fiche's template or generation is presumed (BNC-R-011)";

  /**
   * A check of one fiche that knows whether its findings are reduced: in a published Kamerstuk, or
   * for a fiche whose template or generation is presumed (the parts it requires may be another
   * template's).
   */
  @FunctionalInterface
  private interface Check {
    void run(Fiche fiche, NodePath path, Findings out, boolean reduced);
  }

  private CompletenessRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        rule(
                TITEL,
                "Een fiche MOET een titel hebben.",
                "A fiche MUST have a title.",
                (f, p, out, reduced) -> {
                  if (f.getTitel().isBlank()) {
                    out.report(p.field("titel"), "titel", "Fiche: …");
                  }
                })
            .source(Sources.SJABLONEN),
        rule(
                SJABLOON,
                "Van een fiche MOETEN het sjabloon (mededeling of wetgeving) en de generatie bekend"
                    + " zijn.",
                "A fiche's template (communication or legislative) and generation MUST be known.",
                (f, p, out, reduced) -> {
                  if (f.getSjabloon().isEmpty()) {
                    out.report(p.field("sjabloon"), "sjabloon", "Mededeling / Wet- en regelgeving");
                  }
                  if (f.getGeneratie().isEmpty()) {
                    out.report(p.field("generatie"), "generatie", "2007 / 2013 / 2025");
                  }
                })
            .source(Sources.CONVENTION),
        published(
            rule(
                SECTIE_1,
                "Elk onderdeel a tot en met g van sectie 1 (Algemene gegevens) MOET zijn ingevuld.",
                "Every item a to g of section 1 (Algemene gegevens) MUST be filled in.",
                CompletenessRules::sectie1)),
        published(
            rule(
                SECTIE_1_WETGEVING,
                "Een fiche over wetgeving MOET in sectie 1 ook de onderdelen h (Rechtsbasis),"
                    + " i (Besluitvormingsprocedure Raad) en j (Rol Europees Parlement) invullen.",
                "A legislative fiche MUST also fill in items h (Rechtsbasis), i (Besluitvormingsprocedure"
                    + " Raad) and j (Rol Europees Parlement) of section 1.",
                CompletenessRules::sectie1Wetgeving)),
        published(
            rule(
                SECTIE_2,
                "Sectie 2 (Essentie voorstel) MOET tekst bevatten.",
                "Section 2 (Essentie voorstel) MUST contain text.",
                (f, p, out, reduced) -> {
                  Rubriek sectie = indeling(f).rubriek(Veld.ESSENTIE).orElseThrow();
                  if (f.getEssentie().isEmpty()) {
                    missing(f, Veld.ESSENTIE, out, reduced, Walk.path(p, Veld.ESSENTIE), sectie);
                  } else if (!Veld.INHOUD.isIngevuld(f)) {
                    missing(f, Veld.ESSENTIE, out, reduced, Walk.path(p, Veld.INHOUD), sectie);
                  }
                })),
        published(
            rule(
                SECTIE_3,
                "Elk onderdeel a tot en met c van sectie 3 (Nederlandse positie) MOET tekst bevatten.",
                "Every item a to c of section 3 (Nederlandse positie) MUST contain text.",
                (f, p, out, reduced) ->
                    sectie(
                        f,
                        p,
                        out,
                        reduced,
                        indeling(f).rubriek(Veld.POSITIE).orElseThrow(),
                        item -> true))),
        published(
            rule(
                GRONDHOUDING,
                "Elk onderdeel van de grondhouding (4a tot en met 4e; vóór 2025 4a tot en met 4c) MOET"
                    + " tekst bevatten.",
                "Every item of the grondhouding (4a to 4e; before 2025, 4a to 4c) MUST contain text.",
                CompletenessRules::grondhouding)),
        rule(
                OORDEEL,
                "In de generatie 2025 MOETEN de onderdelen 4a, 4b en 4c een oordeel hebben: een zin"
                    + " over de grondhouding van het kabinet met een bekend oordeel, in een van de vormen"
                    + " die fiches gebruiken.",
                "In the 2025 generation, items 4a, 4b and 4c MUST carry a verdict: a sentence on the"
                    + " cabinet's stance that names a known verdict, in one of the forms fiches use.",
                CompletenessRules::oordeel)
            .reduced(
                Severity.WARNING,
                "wanneer het onderdeel tekst heeft, en " + GEPUBLICEERD_NL + VERMOED_NL,
                "when the item has text, and " + GEPUBLICEERD_EN + VERMOED_EN)
            .source(Sources.SJABLOON_2025),
        rule(
                LATERE_SECTIES,
                "De secties na sectie 4 die het sjabloon heeft MOETEN tekst bevatten: vóór 2025 de"
                    + " financiële gevolgen (5a tot en met 5d); bij wetgeving de consequenties (a tot en met"
                    + " f) en de implicaties voor ontwikkelingslanden.",
                "The sections after section 4 that the template has MUST contain text: before 2025 the"
                    + " financial consequences (5a to 5d); for legislation the consequences (a to f) and the"
                    + " implications for developing countries.",
                CompletenessRules::laterSections)
            .reduced(
                Severity.WARNING,
                GEPUBLICEERD_NL
                    + ", bij wetgeving van de generatie 2025 (dat sjabloon is nog niet bevestigd)"
                    + VERMOED_NL
                    + ONGEPLAATST_NL,
                GEPUBLICEERD_EN
                    + ", for legislation of the 2025 generation (that template is not confirmed"
                    + " yet)"
                    + VERMOED_EN
                    + ONGEPLAATST_EN)
            .source(Sources.SJABLONEN),
        Rule.of(
                FICHE,
                Severity.ERROR,
                Profile.DEFINITIEF,
                "Een document MOET ten minste één fiche bevatten, tenzij de brief zegt dat hij er geen"
                    + " stuurt (zie BNC-B-008).",
                "A document MUST hold at least one fiche, unless its letter says that it sends none"
                    + " (see BNC-B-008).",
                "Het document bevat geen fiche: er is geen regel 'Fiche: …' of sectie van het"
                    + " sjabloon gevonden, dus er is niets gecontroleerd.",
                "The document holds no fiche: no line 'Fiche: …' and no section of the template"
                    + " was found, so nothing was checked.",
                (doc, out) -> {
                  if (doc.getFiches().isEmpty() && !NotAFiche.letterSays(doc)) {
                    out.report(NodePath.root().field("fiches"));
                  }
                })
            .source(Sources.CONVENTION));
  }

  private static Rule rule(String id, String nl, String en, Check check) {
    return Rule.of(
            id,
            Severity.ERROR,
            Profile.DEFINITIEF,
            nl,
            en,
            MISSING_NL,
            MISSING_EN,
            (doc, out) -> {
              boolean published = Walk.isPublished(doc);
              Walk.fiches(
                  doc, (f, p) -> check.run(f, p, out, published || !f.getVermoed().isEmpty()));
            })
        .alternative(UNPLACED_NL, UNPLACED_EN);
  }

  /** A rule of the templates whose findings are WARNINGs in a published Kamerstuk. */
  private static Rule published(Rule rule) {
    return rule.reduced(
            Severity.WARNING,
            GEPUBLICEERD_NL + VERMOED_NL + ONGEPLAATST_NL,
            GEPUBLICEERD_EN + VERMOED_EN + ONGEPLAATST_EN)
        .source(Sources.SJABLONEN);
  }

  /**
   * Items 4a–4c of the 2025 generation without an oordeel: fine when their text has a stance
   * sentence that names a known verdict (in any form fiches use) about this item; otherwise
   * reported, as a WARNING when the item has text (its verdict may be there in words the rule does
   * not know) and as an ERROR when it has none (in a draft).
   */
  private static void oordeel(Fiche f, NodePath p, Findings out, boolean reduced) {
    if (f.getGeneratie().orElse(null) != Generatie.G2025) {
      return;
    }
    for (Rubriek item : indeling(f).rubriek(Veld.GRONDHOUDING).orElseThrow().getItems()) {
      Optional<Object> waarde = item.getVeld().waarde(f);
      if (!item.isOordeelVerplicht() || waarde.isEmpty()) {
        continue;
      }
      GrondhoudingOnderdeel onderdeel = (GrondhoudingOnderdeel) waarde.get();
      if (onderdeel.getOordeel().isPresent()) {
        continue;
      }
      boolean text = onderdeel.getTekst().heeftInhoud();
      if (text && hasVerdict(out, onderdeel, item.getVeld())) {
        continue;
      }
      out.report(
          reduced || text,
          Walk.path(p, item.getVeld()).field("oordeel"),
          item.getNummer(),
          item.getLabel());
    }
  }

  /** Whether the text has a stance sentence with a known verdict that is not about another item. */
  private static boolean hasVerdict(Findings out, GrondhoudingOnderdeel onderdeel, Veld veld) {
    for (Herkend h : out.memo(StanceSentence.FOUND, onderdeel.getTekst())) {
      if (h.isBekend()
          && (h.getOnderwerpItems().isEmpty() || h.getOnderwerpItems().contains(veld))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The layout a fiche is checked against: its own template and generation, else those it is
   * written in (communication, 2025). Rules that depend on an unknown template or generation do not
   * run.
   */
  private static Indeling indeling(Fiche f) {
    return Indeling.van(
        f.getSjabloon().orElse(Sjabloon.MEDEDELING), f.getGeneratie().orElse(Generatie.G2025));
  }

  /**
   * Reports what {@code sectie} misses: the section, when the fiche lacks it (a section of text
   * only: when it holds no text); else each of its required items that {@code items} selects and
   * that the fiche does not fill in, named by number and label as the writers write them.
   */
  private static void sectie(
      Fiche f,
      NodePath p,
      Findings out,
      boolean reduced,
      Rubriek sectie,
      Predicate<Rubriek> items) {
    Veld veld = sectie.getVeld();
    if (sectie.getItems().isEmpty() ? !veld.isIngevuld(f) : veld.waarde(f).isEmpty()) {
      missing(f, veld, out, reduced, Walk.path(p, veld), sectie);
      return;
    }
    for (Rubriek item : sectie.getItems()) {
      Veld v = item.getVeld();
      if (item.isVerplicht() && items.test(item) && !v.isIngevuld(f)) {
        NodePath at = Walk.path(p, v);
        // A grondhouding item that is there but empty: its text is what misses.
        if (v.getWaarde() == Waarde.OORDEEL_EN_TEKST && v.waarde(f).isPresent()) {
          at = at.field("tekst");
        }
        missing(f, veld, out, reduced, at, item);
      }
    }
  }

  /**
   * Reports {@code rubriek} missing; as "not recognised" (a WARNING) when the fiche has text the
   * reader could not place that may be it: a further section, or for section 1 an unlabelled or
   * unknown item. An item is never called empty when its text may be in the input.
   */
  private static void missing(
      Fiche f, Veld sectie, Findings out, boolean reduced, NodePath at, Rubriek rubriek) {
    boolean unplaced =
        !f.getOverigeSecties().isEmpty()
            || (sectie == Veld.ALGEMENE_GEGEVENS
                && f.getAlgemeneGegevens()
                    .map(a -> !a.getOverigeOnderdelen().isEmpty())
                    .orElse(false));
    if (unplaced) {
      out.reportAlternative(at, rubriek.getNummer(), rubriek.getLabel());
    } else {
      out.report(reduced, at, rubriek.getNummer(), rubriek.getLabel());
    }
  }

  /** Section 1: the items that every template requires (a–g). */
  private static void sectie1(Fiche f, NodePath p, Findings out, boolean reduced) {
    Rubriek sectie = indeling(f).rubriek(Veld.ALGEMENE_GEGEVENS).orElseThrow();
    sectie(f, p, out, reduced, sectie, CompletenessRules::inElkSjabloon);
  }

  /** Section 1 of a legislative fiche: the items only legislation requires (h–j). */
  private static void sectie1Wetgeving(Fiche f, NodePath p, Findings out, boolean reduced) {
    if (f.getSjabloon().orElse(null) != Sjabloon.WETGEVING || f.getAlgemeneGegevens().isEmpty()) {
      return;
    }
    sectie(
        f,
        p,
        out,
        reduced,
        indeling(f).rubriek(Veld.ALGEMENE_GEGEVENS).orElseThrow(),
        item -> !inElkSjabloon(item));
  }

  /** Whether every template requires the item of section 1 (a communication's layout does). */
  private static boolean inElkSjabloon(Rubriek item) {
    return Indeling.van(Sjabloon.MEDEDELING, Generatie.G2025)
        .rubriek(item.getVeld())
        .filter(Rubriek::isVerplicht)
        .isPresent();
  }

  private static void grondhouding(Fiche f, NodePath p, Findings out, boolean reduced) {
    if (f.getGeneratie().isEmpty()) {
      return;
    }
    sectie(f, p, out, reduced, indeling(f).rubriek(Veld.GRONDHOUDING).orElseThrow(), item -> true);
  }

  /**
   * The sections after the grondhouding that the template has. The 2025 legislative layout after
   * section 4 is recalled from fiches not at hand, not seen in a published one: what it misses is a
   * WARNING until a published fiche confirms it.
   */
  private static void laterSections(Fiche f, NodePath p, Findings out, boolean reduced) {
    if (f.getGeneratie().isEmpty() || f.getSjabloon().isEmpty()) {
      return;
    }
    boolean sectionsReduced =
        reduced
            || (f.getGeneratie().get() == Generatie.G2025
                && f.getSjabloon().get() == Sjabloon.WETGEVING);
    List<Rubriek> secties = indeling(f).getSecties();
    int grondhouding = secties.indexOf(indeling(f).rubriek(Veld.GRONDHOUDING).orElseThrow());
    for (Rubriek sectie : secties.subList(grondhouding + 1, secties.size())) {
      sectie(f, p, out, sectionsReduced, sectie, item -> true);
    }
  }
}
