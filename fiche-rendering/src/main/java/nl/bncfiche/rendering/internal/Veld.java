package nl.bncfiche.rendering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;

/**
 * The text forms' view of the template table {@link nl.bncfiche.model.sjabloon.Veld}: the same
 * parts, with their labels normalised once for the readers' and writers' per-line comparisons.
 */
public enum Veld {
  // Each constant is the table's constant of the same name, in the same order.
  ALGEMENE_GEGEVENS,
  TITEL,
  DATUM,
  COMMISSIEDOCUMENT,
  EUR_LEX,
  IMPACT_ASSESSMENT,
  RAAD,
  MINISTERIE,
  RECHTSBASIS,
  BESLUITVORMING,
  ROL_EP,
  ESSENTIE,
  INHOUD,
  IMPACT_ASSESSMENT_ESSENTIE,
  POSITIE,
  ESSENTIE_BELEID,
  BEOORDELING,
  KRACHTENVELD,
  GRONDHOUDING,
  BEVOEGDHEID,
  SUBSIDIARITEIT,
  PROPORTIONALITEIT,
  FINANCIELE_GEVOLGEN,
  REGELDRUK,
  FINANCIEEL,
  EU_BEGROTING,
  RIJKSOVERHEID,
  BEDRIJFSLEVEN,
  CONCURRENTIEKRACHT,
  GEOPOLITIEK,
  CONSEQUENTIES,
  REGELGEVING,
  DELEGATIE,
  IMPLEMENTATIETERMIJN,
  EVALUATIE,
  UITVOERBAARHEID,
  HANDHAAFBAARHEID,
  ONTWIKKELINGSLANDEN;

  private final nl.bncfiche.model.sjabloon.Veld sjabloon;

  /** Set once all constants exist (an enum cannot look itself up while its constants are made). */
  private Veld sectie;

  private final String pad;
  private final List<String> labels;

  /**
   * {@link #normaliseer} of each label, computed once: readers and writers compare with these per
   * fiche.
   */
  private final List<String> genormaliseerd;

  Veld() {
    this.sjabloon = nl.bncfiche.model.sjabloon.Veld.valueOf(name());
    this.pad = sjabloon.getPad();
    this.labels = sjabloon.getLabelteksten();
    String[] norm = new String[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      norm[i] = normaliseer(labels.get(i));
    }
    this.genormaliseerd = List.of(norm);
  }

  /** The sections in template order. */
  public static final List<Veld> SECTIES;

  private List<Veld> items = new ArrayList<>();

  static {
    List<Veld> secties = new ArrayList<>();
    for (Veld v : values()) {
      v.sectie = v.sjabloon.getSectie().map(s -> valueOf(s.name())).orElse(null);
      if (v.sectie == null) {
        secties.add(v);
      } else {
        v.sectie.items.add(v);
      }
    }
    for (Veld v : values()) {
      v.items = List.copyOf(v.items);
    }
    SECTIES = List.copyOf(secties);
  }

  /** A section's items in template order; empty for an item. */
  public List<Veld> items() {
    return items;
  }

  /** The same part in the template table. */
  public nl.bncfiche.model.sjabloon.Veld sjabloon() {
    return sjabloon;
  }

  /** The section this item belongs to; null for a section. */
  public Veld sectie() {
    return sectie;
  }

  /** The item's zero-based position in its section's template (a = 0); 0 for a section. */
  public int positie() {
    return sjabloon.getPositie();
  }

  /** The item letter of a zero-based position: a, b, …, z, aa, ab, …. */
  public static String letter(int positie) {
    return nl.bncfiche.model.sjabloon.Veld.letter(positie);
  }

  /** Whether this is a section rather than an item. */
  public boolean isSectie() {
    return sectie == null;
  }

  /** JSON pointer of the field, relative to the fiche. */
  public String pad() {
    return pad;
  }

  /** The label variants, canonical (2025) first. */
  public List<String> labels() {
    return labels;
  }

  /** {@link #normaliseer} of each of {@link #labels()}, in the same order. */
  public List<String> genormaliseerdeLabels() {
    return genormaliseerd;
  }

  /**
   * {@link #normaliseer} of {@code label}; without work when it is one of this field's own labels
   * as written in the table (what the writer always has).
   */
  public String normaliseerLabel(String label) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).equals(label)) {
        return genormaliseerd.get(i);
      }
    }
    return normaliseer(label);
  }

  /** The label a fiche of this template and generation writes. */
  public String label(Sjabloon sjabloon, Generatie generatie) {
    return this.sjabloon.label(sjabloon, generatie);
  }

  /** Normalises a label for matching: lower case, single spaces, no trailing colon or period. */
  public static String normaliseer(String label) {
    String s = collapseWhitespace(label.strip()).toLowerCase(Locale.ROOT);
    while (s.endsWith(":") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * No-break spaces as spaces and every run of ASCII white space ({@code \s} of a regex: space,
   * tab, line ends, vertical tab, form feed) as one space. A scanner, not {@code replaceAll}: this
   * runs for every line read and written (see docs/performance.md).
   */
  private static String collapseWhitespace(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\u00a0'
          || isRegexSpace(c) && (c != ' ' || i + 1 < n && isSpaceOrNbsp(s.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    boolean inRun = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00a0' || isRegexSpace(c)) {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString();
  }

  private static boolean isSpaceOrNbsp(char c) {
    return c == '\u00a0' || isRegexSpace(c);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
