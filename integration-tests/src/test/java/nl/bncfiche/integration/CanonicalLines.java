package nl.bncfiche.integration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * The lines of a document's canonical text (as {@code TextWriter} writes it), each with what it is:
 * a header line, a letter entry, a section heading, an item label, a value of section 1, a
 * paragraph. The distortions rewrite these lines; {@link #render(List)} joins them again.
 *
 * <p>It classifies with the template table's labels and the canonical layout alone, sharing no code
 * with the reader: canonical text escapes every free line that could be taken for structure, so a
 * line that looks like structure is structure.
 */
final class CanonicalLines {
  private static final Pattern SECTION = Pattern.compile("(\\d+)\\. (.+)");
  private static final Pattern ITEM = Pattern.compile("([a-z]{1,2})\\) (.+)");
  private static final Pattern HEADER =
      Pattern.compile("(\\d{2} \\d{3} |Nr\\. |Aan |Den Haag, ).*");
  private static final Pattern ENTRY = Pattern.compile("((Herzien )?Fiche\\b|\\d+\\. ).*");

  /** Every item label of the table, longest first, with its item. */
  private static final List<Label> ITEM_LABELS = labels(false);

  /** Every section label of the table, longest first, with its section. */
  private static final List<Label> SECTION_LABELS = labels(true);

  private CanonicalLines() {}

  /** What a line is. */
  enum Kind {
    /** A Kamerstuk header line: dossier, number and sender, addressee, place and date. */
    HEADER,
    /** A line of the cover letter: the announcement or a further sentence. */
    LETTER,
    /** A listed fiche of the cover letter. */
    ENTRY,
    /** The signature: role, then name. */
    SIGNATURE,
    /** {@code Fiche: <titel>}, the start of a fiche. */
    FICHE_TITLE,
    /** The {@code [fiche: …]} marker line of canonical text. */
    MARKER,
    /** A section heading. */
    SECTION,
    /** An item's label line; in the 2007 layout with its value after a colon. */
    ITEM,
    /** A value line of an item of section 1. */
    VALUE,
    /** A paragraph of text. */
    PARAGRAPH,
    /** A list item of a text ({@code • …}). */
    LIST,
    /** A sub-heading of a text ({@code ## …}). */
    SUBHEADING,
    /** A footnote body ({@code [N: …]}). */
    FOOTNOTE,
    /** Page chrome that a distortion inserted: running heads, page numbers. */
    CHROME,
    /** An empty line. */
    BLANK
  }

  /**
   * One line: {@code indent + bullet + marker + gap + body}. {@code bullet} holds the space after
   * its glyph; {@code marker} is an item's letter ({@code a)}) or a section's number ({@code 1.}),
   * {@code body} the rest (an item's label, with its value in the 2007 layout). {@code veld} is the
   * section or item of a heading or label line, else the section the line stands in (null outside a
   * fiche); {@code continuation} marks the second and later parts of a wrapped line.
   */
  record Line(
      Kind kind,
      Veld veld,
      boolean continuation,
      String indent,
      String bullet,
      String marker,
      String gap,
      String body) {
    static Line of(Kind kind, Veld veld, String body) {
      return new Line(kind, veld, false, "", "", "", "", body);
    }

    static Line blank(Veld veld) {
      return of(Kind.BLANK, veld, "");
    }

    Line withMarker(String newMarker) {
      return new Line(
          kind,
          veld,
          continuation,
          indent,
          bullet,
          newMarker,
          newMarker.isEmpty() ? "" : gap.isEmpty() ? " " : gap,
          body);
    }

    Line withBody(String newBody) {
      return new Line(kind, veld, continuation, indent, bullet, marker, gap, newBody);
    }

    Line withIndent(String newIndent) {
      return new Line(kind, veld, continuation, newIndent, bullet, marker, gap, body);
    }

    Line withBullet(String newBullet) {
      return new Line(kind, veld, continuation, indent, newBullet, marker, gap, body);
    }

    Line withGap(String newGap) {
      return new Line(kind, veld, continuation, indent, bullet, marker, newGap, body);
    }

    /** This line as one string without structure: what a later distortion sees as text. */
    Line flat() {
      return new Line(kind, veld, continuation, "", "", "", "", text());
    }

    /** A part of this line after wrapping. */
    Line part(String text, boolean first) {
      return new Line(kind, veld, continuation || !first, "", "", "", "", text);
    }

    /** Whether this line is in section 1, heading or item or value. */
    boolean inSectionOne() {
      return veld == Veld.ALGEMENE_GEGEVENS
          || (veld != null && veld.getSectie().orElse(null) == Veld.ALGEMENE_GEGEVENS);
    }

    String text() {
      return indent + bullet + marker + gap + body;
    }
  }

  /** The lines of canonical {@code text}, classified. */
  static List<Line> classify(String text) {
    List<String> raw = text.lines().toList();
    List<Line> out = new ArrayList<>();
    boolean inFiche = false;
    boolean sawSignatureRole = false;
    Veld section = null;
    boolean afterItem = false;
    for (int i = 0; i < raw.size(); i++) {
      String l = raw.get(i);
      if (l.isEmpty()) {
        out.add(Line.blank(section));
        continue;
      }
      if (l.startsWith("Fiche: ") && startsFiche(raw, i + 1)) {
        inFiche = true;
        section = null;
        afterItem = false;
        out.add(Line.of(Kind.FICHE_TITLE, null, l));
        continue;
      }
      if (!inFiche) {
        boolean firstBlock = out.stream().noneMatch(x -> x.kind() == Kind.BLANK);
        if (firstBlock && HEADER.matcher(l).matches()) {
          out.add(Line.of(Kind.HEADER, null, l));
        } else if (sawSignatureRole) {
          out.add(Line.of(Kind.SIGNATURE, null, l));
          sawSignatureRole = false;
        } else if (l.startsWith("De ") && l.endsWith(",")) {
          out.add(Line.of(Kind.SIGNATURE, null, l));
          sawSignatureRole = true;
        } else if (ENTRY.matcher(l).matches()) {
          out.add(Line.of(Kind.ENTRY, null, l));
        } else {
          out.add(Line.of(Kind.LETTER, null, l));
        }
        continue;
      }
      if (l.startsWith("[fiche: ")) {
        out.add(Line.of(Kind.MARKER, section, l));
        continue;
      }
      Matcher s = SECTION.matcher(l);
      Optional<Veld> heading = s.matches() ? label(SECTION_LABELS, s.group(2), true) : null;
      if (heading != null && heading.isPresent()) {
        section = heading.get();
        afterItem = false;
        out.add(Line.of(Kind.SECTION, section, s.group(2)).withMarker(s.group(1) + "."));
        continue;
      }
      Matcher m = ITEM.matcher(l);
      Optional<Veld> item = m.matches() ? label(ITEM_LABELS, m.group(2), true) : null;
      if (item != null && item.isPresent()) {
        afterItem = true;
        out.add(Line.of(Kind.ITEM, item.get(), m.group(2)).withMarker(m.group(1) + ")"));
        continue;
      }
      Optional<Veld> inline = label(ITEM_LABELS, l, false);
      if (inline.isPresent()) {
        afterItem = true;
        out.add(Line.of(Kind.ITEM, inline.get(), l));
        continue;
      }
      Kind kind;
      if (l.startsWith("[") && l.matches("\\[\\d+: .*")) {
        kind = Kind.FOOTNOTE;
      } else if (l.startsWith("\u2022 ")) {
        kind = Kind.LIST;
      } else if (l.startsWith("## ")) {
        kind = Kind.SUBHEADING;
      } else if (section == Veld.ALGEMENE_GEGEVENS && afterItem) {
        kind = Kind.VALUE;
      } else {
        kind = Kind.PARAGRAPH;
      }
      out.add(Line.of(kind, section, l));
    }
    return out;
  }

  /** The text of {@code lines}, one line feed after each. */
  static String render(List<Line> lines) {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(l.text()).append('\n');
    }
    return sb.toString();
  }

  /** Whether {@code text} starts with a label of any section or item, as a whole word. */
  static boolean startsWithLabel(String text) {
    for (Label l : ITEM_LABELS) {
      if (startsWithWord(text, l.text())) {
        return true;
      }
    }
    for (Label l : SECTION_LABELS) {
      if (startsWithWord(text, l.text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithWord(String text, String label) {
    return text.regionMatches(true, 0, label, 0, label.length())
        && (text.length() == label.length()
            || !Character.isLetterOrDigit(text.charAt(label.length())));
  }

  /** Whether line {@code from} on, after blank lines, is a fiche's first section or marker. */
  private static boolean startsFiche(List<String> raw, int from) {
    for (int i = from; i < raw.size(); i++) {
      String l = raw.get(i);
      if (!l.isEmpty()) {
        Matcher s = SECTION.matcher(l);
        return l.startsWith("[fiche: ")
            || (s.matches() && label(SECTION_LABELS, s.group(2), true).isPresent());
      }
    }
    return false;
  }

  /**
   * The part whose label is {@code text} as a whole ({@code whole}), or (2007 layout) starts {@code
   * text} followed by a colon and the end of the line or a space.
   */
  private static Optional<Veld> label(List<Label> labels, String text, boolean whole) {
    for (Label l : labels) {
      if (whole ? text.equals(l.text()) : isInline(text, l.text())) {
        return Optional.of(l.veld());
      }
    }
    return Optional.empty();
  }

  private static boolean isInline(String line, String label) {
    int n = label.length();
    return line.length() > n
        && line.charAt(n) == ':'
        && line.startsWith(label)
        && (line.length() == n + 1 || line.charAt(n + 1) == ' ');
  }

  private record Label(String text, Veld veld) {}

  private static List<Label> labels(boolean sections) {
    List<Label> out = new ArrayList<>();
    for (Veld v : Veld.values()) {
      if (v.isSectie() == sections) {
        for (String t : v.getLabelteksten()) {
          out.add(new Label(t, v));
        }
      }
    }
    out.sort(Comparator.comparingInt((Label l) -> -l.text().length()));
    return List.copyOf(out);
  }
}
