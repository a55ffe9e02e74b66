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
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.Labels;

/**
 * Detects a fiche's template, generation and kind from what its text shows: which sections and
 * items it has, the wording of their labels, item 1a, the document numbers and EUR-Lex references.
 * The reader uses it on what it read; the writer uses it on what it writes, so that it knows when
 * the text alone would not tell the fiche's own values and a marker line is needed.
 *
 * <p>Heuristics, strongest first:
 *
 * <ul>
 *   <li>Template WETGEVING: items Rechtsbasis, Besluitvormingsprocedure Raad or Rol Europees
 *       Parlement; the section of legislative consequences; item 2b (impact assessment); the 2013
 *       headings "Beoordeling bevoegdheid, subsidiariteit en proportionaliteit" or "Financiële
 *       gevolgen, …". MEDEDELING: the 2013 headings starting "Grondhouding ten aanzien van
 *       bevoegdheid, subsidiariteit en proportionaliteit" or "Grondhouding ten aanzien van
 *       financiële gevolgen". Otherwise by kind: verordening, richtlijn, besluit or package is
 *       WETGEVING; anything else MEDEDELING. Without a kind, a CELEX number of type PC (a proposed
 *       act) makes it WETGEVING; else it is MEDEDELING, presumed ({@link #vermoed}) unless section
 *       4 is there without any legislative part.
 *   <li>Generation G2007: the 2007 labels "Voorstel", "Datum Commissiedocument", "Prelex" or the
 *       impact-assessment label with "Impact-assessment Board" in its hyphenated 2007 spelling.
 *       G2025: the merged section-4 heading of 2025. G2013: the separate 2013 section-4 headings, a
 *       separate financial section, or the "Impact-assessment Board" label of 2013–2015. Without
 *       such evidence, the year of item 1b: before 2013 G2007, before 2025 G2013, else G2025; a
 *       communication whose impact-assessment label names the Raad voor Regelgevingstoetsing is
 *       G2013 unless that year is 2025 or later. A generation from the year is presumed ({@link
 *       #vermoed}).
 *   <li>Kind: several Commission documents (SWD/SEC not counted) or several titles make a package;
 *       a JOIN number or CELEX "JC" a joint communication; else the first kind word in item 1a
 *       (Dutch or English: verordening/regulation, richtlijn/directive,
 *       besluit/decision/beschikking, aanbeveling/recommendation,
 *       mededeling/communication/strategie/actieplan, …).
 * </ul>
 */
public final class LayoutEvidence {
  private final Set<Veld> fields = EnumSet.noneOf(Veld.class);
  private final Map<Veld, String> labels = new EnumMap<>(Veld.class);

  /** Records a section or item seen, with its label as written. */
  public void see(Veld field, String label) {
    fields.add(field);
    if (!labels.containsKey(field)) {
      labels.put(field, Labels.normaliseer(field, label));
    }
  }

  /** Whether the label seen of {@code field} is its label variant {@code variant}. */
  private boolean hasLabel(Veld field, int variant) {
    String seen = labels.get(field);
    return seen != null
        && variant < field.getLabelteksten().size()
        && seen.equals(Labels.genormaliseerd(field).get(variant));
  }

  /**
   * The template the evidence shows, given the kind: the one the headings and labels show, else the
   * one of the kind, else legislative when a CELEX number of 1d is of a proposed act (type PC),
   * else a communication (presumed when the fiche has no section 4 either: see {@link #vermoed});
   * empty when nothing was seen.
   */
  public Optional<Sjabloon> sjabloon(Optional<VoorstelSoort> soort, Optional<AlgemeneGegevens> ag) {
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Optional<Sjabloon> shown = shownSjabloon();
    if (shown.isPresent()) {
      return shown;
    }
    if (soort.isPresent()) {
      return Optional.of(sjabloonOfKind(soort.get()));
    }
    return Optional.of(hasCelexType(ag, "PC") ? Sjabloon.WETGEVING : Sjabloon.MEDEDELING);
  }

  /**
   * Which of template and generation {@link #sjabloon} and {@link #generatie} presume: the template
   * when neither headings and labels, nor the kind, a CELEX type or section 4 tell it; the
   * generation when the headings and labels do not show it.
   */
  public Set<Kenmerk> vermoed(
      Optional<VoorstelSoort> soort, Optional<AlgemeneGegevens> ag, Optional<Generatie> generatie) {
    Set<Kenmerk> vermoed = EnumSet.noneOf(Kenmerk.class);
    if (sjabloonVermoed(soort, ag)) {
      vermoed.add(Kenmerk.SJABLOON);
    }
    if (generatieVermoed(generatie)) {
      vermoed.add(Kenmerk.GENERATIE);
    }
    return vermoed;
  }

  /**
   * Whether {@link #sjabloon} presumes the template: neither the headings and labels, nor the kind,
   * nor a CELEX type, nor the set of sections tells it. A fiche with section 4 and without any part
   * only legislation has (items h–j, 2b, the consequences) shows by that absence that it is a
   * communication.
   */
  private boolean sjabloonVermoed(Optional<VoorstelSoort> soort, Optional<AlgemeneGegevens> ag) {
    return !fields.isEmpty()
        && shownSjabloon().isEmpty()
        && soort.isEmpty()
        && !hasCelexType(ag, "PC")
        && !hasGrondhouding();
  }

  private boolean hasGrondhouding() {
    for (Veld v : fields) {
      if (v == Veld.GRONDHOUDING || v.getSectie().orElse(null) == Veld.GRONDHOUDING) {
        return true;
      }
    }
    return false;
  }

  /** Whether a CELEX number of 1d is of document type {@code type}. */
  private static boolean hasCelexType(Optional<AlgemeneGegevens> ag, String type) {
    if (ag.isPresent()) {
      for (EurLexVerwijzing e : ag.get().getEurLex()) {
        if (e.getTekst().length() <= 2000
            && e.getCelex().map(c -> c.getDocumentType().equals(type)).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The template the sections and labels themselves show, without the kind of proposal; empty when
   * they show none.
   */
  public Optional<Sjabloon> shownSjabloon() {
    for (Veld v : fields) {
      if (v == Veld.RECHTSBASIS
          || v == Veld.BESLUITVORMING
          || v == Veld.ROL_EP
          || v == Veld.CONSEQUENTIES
          || v.getSectie().orElse(null) == Veld.CONSEQUENTIES
          || v == Veld.IMPACT_ASSESSMENT_ESSENTIE) {
        return Optional.of(Sjabloon.WETGEVING);
      }
    }
    String g = labels.get(Veld.GRONDHOUDING);
    String f = labels.get(Veld.FINANCIEEL);
    if (g != null && g.startsWith("beoordeling")
        || f != null && f.startsWith("financiële gevolgen")) {
      return Optional.of(Sjabloon.WETGEVING);
    }
    if (hasLabel(Veld.GRONDHOUDING, 1) || f != null && f.startsWith("grondhouding")) {
      return Optional.of(Sjabloon.MEDEDELING);
    }
    return Optional.empty();
  }

  private static Sjabloon sjabloonOfKind(VoorstelSoort soort) {
    return switch (soort) {
      case VERORDENING, RICHTLIJN, BESLUIT, PAKKET -> Sjabloon.WETGEVING;
      default -> Sjabloon.MEDEDELING;
    };
  }

  /**
   * The generation the evidence shows, else the one the year of item 1b suggests; empty when there
   * is neither.
   */
  public Optional<Generatie> generatie(Optional<Sjabloon> sjabloon, Optional<AlgemeneGegevens> ag) {
    Optional<Generatie> shown = shownGeneratie();
    if (shown.isPresent()) {
      return shown;
    }
    Optional<Integer> jaar =
        ag.flatMap(AlgemeneGegevens::getDatumOntvangst)
            .flatMap(Parsed::getValue)
            .map(d -> ((NederlandseDatum) d).getYearMonth().getYear());
    // A communication whose impact-assessment label names the Raad voor Regelgevingstoetsing is of
    // 2013 or later; the year tells which.
    if (hasLabel(Veld.IMPACT_ASSESSMENT, 1) && sjabloon.orElse(null) == Sjabloon.MEDEDELING) {
      return Optional.of(
          jaar.isPresent() && jaar.get() >= 2025 ? Generatie.G2025 : Generatie.G2013);
    }
    if (jaar.isPresent()) {
      int y = jaar.get();
      return Optional.of(y < 2013 ? Generatie.G2007 : y < 2025 ? Generatie.G2013 : Generatie.G2025);
    }
    return Optional.empty();
  }

  /**
   * Whether {@link #generatie} presumes the generation: the headings and labels do not show it, so
   * it is the year of item 1b's.
   */
  private boolean generatieVermoed(Optional<Generatie> generatie) {
    return generatie.isPresent() && shownGeneratie().isEmpty();
  }

  /**
   * The generation the headings and labels themselves show (not the year of item 1b); empty when
   * they show none.
   */
  public Optional<Generatie> shownGeneratie() {
    if (hasLabel(Veld.TITEL, 1)
        || hasLabel(Veld.DATUM, 1)
        || hasLabel(Veld.EUR_LEX, 1)
        || hasLabel(Veld.IMPACT_ASSESSMENT, 2)) {
      return Optional.of(Generatie.G2007);
    }
    if (hasLabel(Veld.GRONDHOUDING, 0) || hasLabel(Veld.GRONDHOUDING, 3)) {
      return Optional.of(Generatie.G2025);
    }
    if (labels.containsKey(Veld.GRONDHOUDING)
        || fields.contains(Veld.FINANCIEEL)
        || hasLabel(Veld.IMPACT_ASSESSMENT, 3)) {
      return Optional.of(Generatie.G2013);
    }
    return Optional.empty();
  }

  /** A word in item 1a that names a kind of proposal. */
  private record KindWord(String word, VoorstelSoort soort) {}

  /** Dutch and English kind words; of those in a title, the first wins. */
  private static final KindWord[] KIND_WORDS = {
    new KindWord("gezamenlijke mededeling", VoorstelSoort.GEZAMENLIJKE_MEDEDELING),
    new KindWord("joint communication", VoorstelSoort.GEZAMENLIJKE_MEDEDELING),
    new KindWord("verordening", VoorstelSoort.VERORDENING),
    new KindWord("regulation", VoorstelSoort.VERORDENING),
    new KindWord("richtlijn", VoorstelSoort.RICHTLIJN),
    new KindWord("directive", VoorstelSoort.RICHTLIJN),
    new KindWord("besluit", VoorstelSoort.BESLUIT),
    new KindWord("beschikking", VoorstelSoort.BESLUIT),
    new KindWord("decision", VoorstelSoort.BESLUIT),
    new KindWord("aanbeveling", VoorstelSoort.AANBEVELING),
    new KindWord("recommendation", VoorstelSoort.AANBEVELING),
    new KindWord("mededeling", VoorstelSoort.MEDEDELING),
    new KindWord("communication", VoorstelSoort.MEDEDELING),
    new KindWord("strategie", VoorstelSoort.MEDEDELING),
    new KindWord("strategy", VoorstelSoort.MEDEDELING),
    new KindWord("actieplan", VoorstelSoort.MEDEDELING),
    new KindWord("action plan", VoorstelSoort.MEDEDELING),
    new KindWord("witboek", VoorstelSoort.MEDEDELING),
    new KindWord("white paper", VoorstelSoort.MEDEDELING),
    new KindWord("groenboek", VoorstelSoort.MEDEDELING),
    new KindWord("green paper", VoorstelSoort.MEDEDELING),
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
    docs.removeIf(d -> !isProposal(d));
    // A package is several proposals; several lines in 1a may be one title wrapped, so they count
    // only when 1c names no document.
    if (docs.size() > 1 || docs.isEmpty() && ag.getTitels().size() > 1) {
      return Optional.of(VoorstelSoort.PAKKET);
    }
    if (docs.stream().anyMatch(d -> d.getType() == CommissieDocument.Type.JOIN)) {
      return Optional.of(VoorstelSoort.GEZAMENLIJKE_MEDEDELING);
    }
    for (EurLexVerwijzing e : ag.getEurLex()) {
      if (e.getTekst().length() <= 2000
          && e.getCelex().map(c -> c.getDocumentType().equals("JC")).orElse(false)) {
        return Optional.of(VoorstelSoort.GEZAMENLIJKE_MEDEDELING);
      }
    }
    if (!ag.getTitels().isEmpty()) {
      String t = ag.getTitels().get(0);
      String lower = (t.length() > 2000 ? t.substring(0, 2000) : t).toLowerCase(Locale.ROOT);
      int best = Integer.MAX_VALUE;
      VoorstelSoort soort = null;
      for (KindWord w : KIND_WORDS) {
        int at = lower.indexOf(w.word());
        if (at >= 0 && at < best) {
          best = at;
          soort = w.soort();
        }
      }
      if (soort != null) {
        return Optional.of(soort);
      }
    }
    // No kind word: a CELEX number of type DC is a Commission document that proposes no act.
    if (hasCelexType(algemeen, "DC")) {
      return Optional.of(VoorstelSoort.MEDEDELING);
    }
    return Optional.empty();
  }

  /**
   * Whether a document of 1c is a proposal or communication of its own, not a staff working
   * document or annex that accompanies one.
   */
  public static boolean isProposal(CommissieDocument d) {
    return d.getType() != CommissieDocument.Type.SWD && d.getType() != CommissieDocument.Type.SEC;
  }
}
