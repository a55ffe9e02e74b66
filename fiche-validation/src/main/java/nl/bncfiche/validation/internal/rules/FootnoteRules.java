package nl.bncfiche.validation.internal.rules;

import java.util.List;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.IntSet;
import nl.bncfiche.validation.internal.Located;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Walk;

/**
 * Footnotes (family N): every reference has its footnote, every footnote is referenced, and the
 * numbers are unique and rising. A numbering that starts above 1 is fine: exported fiches look so.
 */
public final class FootnoteRules {
  /** A reference has its footnote. */
  public static final String VERWIJZING = "BNC-N-001";

  /** A footnote is referenced. */
  public static final String ONGEBRUIKT = "BNC-N-002";

  /** Footnote numbers are unique. */
  public static final String UNIEK = "BNC-N-003";

  /** Footnote numbers rise. */
  public static final String OPLOPEND = "BNC-N-004";

  private FootnoteRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                VERWIJZING,
                Severity.ERROR,
                Profile.CONCEPT,
                "Bij elke voetnootverwijzing MOET een voetnoot met dat nummer bestaan.",
                "Every footnote reference MUST have a footnote of that number.",
                "Verwijzing naar voetnoot {0}, maar die voetnoot bestaat niet.",
                "Reference to footnote {0}, but there is no such footnote.",
                (doc, out) -> Walk.fiches(doc, FootnoteRules::references, out))
            .source(Sources.CONVENTION),
        Rule.of(
                ONGEBRUIKT,
                Severity.WARNING,
                Profile.CONCEPT,
                "Naar elke voetnoot MOET in de tekst worden verwezen.",
                "Every footnote MUST be referenced in the text.",
                "Naar voetnoot {0} wordt nergens verwezen.",
                "Footnote {0} is never referenced.",
                (doc, out) -> Walk.fiches(doc, FootnoteRules::unreferenced, out))
            .source(Sources.CONVENTION),
        Rule.of(
                UNIEK,
                Severity.ERROR,
                Profile.CONCEPT,
                "Twee voetnoten van één fiche MOGEN NIET hetzelfde nummer hebben.",
                "Two footnotes of one fiche MUST NOT have the same number.",
                "Voetnootnummer {0} komt meer dan eens voor.",
                "Footnote number {0} occurs more than once.",
                (doc, out) -> Walk.fiches(doc, (f, p) -> numbering(f, p, out, true)))
            .source(Sources.CONVENTION),
        Rule.of(
                OPLOPEND,
                Severity.WARNING,
                Profile.CONCEPT,
                "De nummers van de voetnoten MOETEN in volgorde oplopen (beginnen boven 1 MAG).",
                "Footnote numbers MUST rise in order (starting above 1 is allowed).",
                "Voetnoot {0} volgt op voetnoot {1}; de nummers lopen niet op.",
                "Footnote {0} follows footnote {1}; the numbers do not rise.",
                (doc, out) -> Walk.fiches(doc, (f, p) -> numbering(f, p, out, false)))
            .source(Sources.CONVENTION));
  }

  private static IntSet numbers(Fiche f) {
    IntSet n = new IntSet();
    for (Voetnoot v : f.getVoetnoten()) {
      n.add(v.getNummer());
    }
    return n;
  }

  /**
   * The texts that can hold references are the sections and the footnotes. A footnote's path is
   * made only when it has a finding: a fiche may have thousands of footnotes, and a path for each
   * was most of these rules' time.
   */
  private static void references(Fiche f, NodePath p, Findings out) {
    IntSet known = numbers(f);
    for (Located<Tekst> t : Walk.texts(f, p)) {
      reportMissing(t.value(), known, t.path(), out);
    }
    List<Voetnoot> notes = f.getVoetnoten();
    for (int k = 0; k < notes.size(); k++) {
      Tekst t = notes.get(k).getTekst();
      if (hasMissing(t, known)) {
        reportMissing(t, known, p.field("voetnoten").index(k).field("tekst"), out);
      }
    }
  }

  private static boolean hasMissing(Tekst t, IntSet known) {
    for (Alinea a : t.getAlineas()) {
      for (Inline i : a.getInhoud()) {
        if (i instanceof VoetnootVerwijzing v && !known.contains(v.getNummer())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void reportMissing(Tekst t, IntSet known, NodePath path, Findings out) {
    List<Alinea> alineas = t.getAlineas();
    for (int a = 0; a < alineas.size(); a++) {
      List<Inline> inhoud = alineas.get(a).getInhoud();
      for (int i = 0; i < inhoud.size(); i++) {
        if (inhoud.get(i) instanceof VoetnootVerwijzing v && !known.contains(v.getNummer())) {
          out.report(
              path.field("alineas").index(a).field("inhoud").index(i),
              Integer.toString(v.getNummer()));
        }
      }
    }
  }

  private static void unreferenced(Fiche f, NodePath p, Findings out) {
    if (f.getVoetnoten().isEmpty()) {
      return;
    }
    // The references read in place, not through Tekst.voetnootNummers(): no list per text.
    IntSet used = new IntSet();
    for (Located<Tekst> t : Walk.texts(f, p)) {
      addReferences(t.value(), used);
    }
    for (Voetnoot v : f.getVoetnoten()) {
      addReferences(v.getTekst(), used);
    }
    for (int i = 0; i < f.getVoetnoten().size(); i++) {
      int n = f.getVoetnoten().get(i).getNummer();
      if (!used.contains(n)) {
        out.report(p.field("voetnoten").index(i), Integer.toString(n));
      }
    }
  }

  private static void addReferences(Tekst t, IntSet used) {
    for (Alinea a : t.getAlineas()) {
      for (Inline i : a.getInhoud()) {
        if (i instanceof VoetnootVerwijzing v) {
          used.add(v.getNummer());
        }
      }
    }
  }

  private static void numbering(Fiche f, NodePath p, Findings out, boolean duplicates) {
    IntSet seen = new IntSet();
    int previous = 0;
    for (int i = 0; i < f.getVoetnoten().size(); i++) {
      int n = f.getVoetnoten().get(i).getNummer();
      boolean first = seen.add(n);
      if (duplicates && !first) {
        out.report(p.field("voetnoten").index(i), Integer.toString(n));
      } else if (!duplicates && first && n < previous) {
        out.report(p.field("voetnoten").index(i), Integer.toString(n), Integer.toString(previous));
      }
      previous = Math.max(previous, n);
    }
  }
}
