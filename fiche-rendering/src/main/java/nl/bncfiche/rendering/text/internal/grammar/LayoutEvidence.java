package nl.bncfiche.rendering.text.internal.grammar;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.rendering.internal.Veld;

/**
 * Detects a fiche's template, generation and kind from what its text shows: which sections and items
 * it has, the wording of their labels, item 1a, the document numbers and EUR-Lex references. The
 * reader uses it on what it read; the writer uses it on what it writes, so that it knows when the
 * text alone would not tell the fiche's own values and a marker line is needed.
 *
 * <p>Heuristics, strongest first:
 *
 * <ul>
 *   <li>Template WETGEVING: items Rechtsbasis, Besluitvormingsprocedure Raad or Rol Europees Parlement;
 *       the section of legislative consequences; item 2b (impact assessment); the 2013 headings
 *       "Beoordeling bevoegdheid, subsidiariteit en proportionaliteit" or "Financiële gevolgen, …".
 *       MEDEDELING: the 2013 headings starting "Grondhouding ten aanzien van bevoegdheid, subsidiariteit
 *       en proportionaliteit" or "Grondhouding ten aanzien van financiële gevolgen". Otherwise by kind:
 *       verordening, richtlijn, besluit or package is WETGEVING; anything else MEDEDELING.
 *   <li>Generation G2007: the 2007 labels "Voorstel", "Datum Commissiedocument", "Prelex" or the
 *       impact-assessment label with "Impact-assessment Board" in its hyphenated 2007 spelling. G2025:
 *       the merged section-4 heading of 2025. G2013: the separate 2013 section-4 headings, a separate
 *       financial section, the "Impact-assessment Board" label of 2013–2015, or a communication whose
 *       impact-assessment label names the Raad voor Regelgevingstoetsing. Without such evidence, the
 *       year of item 1b: before 2013 G2007, before 2025 G2013, else G2025.
 *   <li>Kind: several Commission documents (SWD/SEC not counted) or several titles make a package; a
 *       JOIN number or CELEX "JC" a joint communication; else the first kind word in item 1a (Dutch or
 *       English: verordening/regulation, richtlijn/directive, besluit/decision/beschikking,
 *       aanbeveling/recommendation, mededeling/communication/strategie/actieplan, …).
 * </ul>
 */
public final class LayoutEvidence {
  private final Set<Veld> velden = EnumSet.noneOf(Veld.class);
  private final Map<Veld, String> labels = new EnumMap<>(Veld.class);

  /** Records a section or item seen, with its label as written. */
  public void zag(Veld veld, String label) {
    velden.add(veld);
    if (!labels.containsKey(veld)) {
      labels.put(veld, veld.normaliseerLabel(label));
    }
  }

  /** Whether anything was seen. */
  public boolean isLeeg() {
    return velden.isEmpty();
  }

  private boolean label(Veld veld, int variant) {
    String seen = labels.get(veld);
    return seen != null && variant < veld.labels().size() && seen.equals(veld.genormaliseerdeLabels().get(variant));
  }

  /** The template the evidence shows, given the kind; empty when nothing was seen. */
  public Optional<Sjabloon> sjabloon(Optional<VoorstelSoort> soort) {
    if (velden.isEmpty()) {
      return Optional.empty();
    }
    for (Veld v : velden) {
      if (v == Veld.RECHTSBASIS || v == Veld.BESLUITVORMING || v == Veld.ROL_EP || v == Veld.CONSEQUENTIES
          || v.sectie() == Veld.CONSEQUENTIES || v == Veld.IMPACT_ASSESSMENT_ESSENTIE) {
        return Optional.of(Sjabloon.WETGEVING);
      }
    }
    String g = labels.get(Veld.GRONDHOUDING);
    String f = labels.get(Veld.FINANCIEEL);
    if (g != null && g.startsWith("beoordeling") || f != null && f.startsWith("financiële gevolgen")) {
      return Optional.of(Sjabloon.WETGEVING);
    }
    if (label(Veld.GRONDHOUDING, 1) || f != null && f.startsWith("grondhouding")) {
      return Optional.of(Sjabloon.MEDEDELING);
    }
    if (soort.isPresent()) {
      switch (soort.get()) {
        case VERORDENING:
        case RICHTLIJN:
        case BESLUIT:
        case PAKKET:
          return Optional.of(Sjabloon.WETGEVING);
        default:
          break;
      }
    }
    return Optional.of(Sjabloon.MEDEDELING);
  }

  /** The generation the evidence shows; empty when it shows none. */
  public Optional<Generatie> generatie(Optional<Sjabloon> sjabloon, Optional<AlgemeneGegevens> ag) {
    if (label(Veld.TITEL, 1) || label(Veld.DATUM, 1) || label(Veld.EUR_LEX, 1) || label(Veld.IMPACT_ASSESSMENT, 2)) {
      return Optional.of(Generatie.G2007);
    }
    if (label(Veld.GRONDHOUDING, 0) || label(Veld.GRONDHOUDING, 3)) {
      return Optional.of(Generatie.G2025);
    }
    if (labels.containsKey(Veld.GRONDHOUDING) || velden.contains(Veld.FINANCIEEL) || label(Veld.IMPACT_ASSESSMENT, 3)
        || label(Veld.IMPACT_ASSESSMENT, 1) && sjabloon.orElse(null) == Sjabloon.MEDEDELING) {
      return Optional.of(Generatie.G2013);
    }
    Optional<Integer> jaar =
        ag.flatMap(AlgemeneGegevens::getDatumOntvangst)
            .flatMap(Parsed::getValue)
            .map(d -> ((NederlandseDatum) d).getYearMonth().getYear());
    if (jaar.isPresent()) {
      int y = jaar.get();
      return Optional.of(y < 2013 ? Generatie.G2007 : y < 2025 ? Generatie.G2013 : Generatie.G2025);
    }
    return Optional.empty();
  }

  private static final String[][] SOORT_WOORDEN = {
    {"gezamenlijke mededeling", "GEZAMENLIJKE_MEDEDELING"},
    {"joint communication", "GEZAMENLIJKE_MEDEDELING"},
    {"verordening", "VERORDENING"},
    {"regulation", "VERORDENING"},
    {"richtlijn", "RICHTLIJN"},
    {"directive", "RICHTLIJN"},
    {"besluit", "BESLUIT"},
    {"beschikking", "BESLUIT"},
    {"decision", "BESLUIT"},
    {"aanbeveling", "AANBEVELING"},
    {"recommendation", "AANBEVELING"},
    {"mededeling", "MEDEDELING"},
    {"communication", "MEDEDELING"},
    {"strategie", "MEDEDELING"},
    {"strategy", "MEDEDELING"},
    {"actieplan", "MEDEDELING"},
    {"action plan", "MEDEDELING"},
    {"witboek", "MEDEDELING"},
    {"white paper", "MEDEDELING"},
    {"groenboek", "MEDEDELING"},
    {"green paper", "MEDEDELING"},
  };

  /** The kind of document section 1 shows; empty when it does not show one. */
  public static Optional<VoorstelSoort> soort(Optional<AlgemeneGegevens> algemeen) {
    if (algemeen.isEmpty()) {
      return Optional.empty();
    }
    AlgemeneGegevens ag = algemeen.get();
    Set<CommissieDocument> docs = new LinkedHashSet<>();
    for (Parsed<CommissieDocument> p : ag.getCommissieDocumenten()) {
      p.getValue().ifPresent(docs::add);
    }
    docs.removeIf(d -> d.getType() == CommissieDocument.Type.SWD || d.getType() == CommissieDocument.Type.SEC);
    if (docs.size() > 1 || ag.getTitels().size() > 1) {
      return Optional.of(VoorstelSoort.PAKKET);
    }
    if (docs.stream().anyMatch(d -> d.getType() == CommissieDocument.Type.JOIN)) {
      return Optional.of(VoorstelSoort.GEZAMENLIJKE_MEDEDELING);
    }
    for (EurLexVerwijzing e : ag.getEurLex()) {
      if (e.getTekst().length() <= 2000 && e.getCelex().map(c -> c.getDocumentType().equals("JC")).orElse(false)) {
        return Optional.of(VoorstelSoort.GEZAMENLIJKE_MEDEDELING);
      }
    }
    if (!ag.getTitels().isEmpty()) {
      String t = ag.getTitels().get(0);
      String lower = (t.length() > 2000 ? t.substring(0, 2000) : t).toLowerCase(Locale.ROOT);
      int best = Integer.MAX_VALUE;
      String soort = null;
      for (String[] w : SOORT_WOORDEN) {
        int at = lower.indexOf(w[0]);
        if (at >= 0 && at < best) {
          best = at;
          soort = w[1];
        }
      }
      if (soort != null) {
        return Optional.of(VoorstelSoort.valueOf(soort));
      }
    }
    return Optional.empty();
  }
}
