package nl.bncfiche.integration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.integration.CanonicalLines.Kind;
import nl.bncfiche.integration.CanonicalLines.Line;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * The distortion generator: rewrites a document's canonical text the way real renderings of
 * published fiches differ from it, one {@link Distortion} or several combined. Everything it draws
 * comes from the {@link Random} it is given, so a seed reproduces a distorted text; it iterates
 * lists and enums only, and formats with {@link Locale#ROOT}.
 *
 * <p>Over 400 lines: one method per distortion, kept side by side so that the table's descriptions
 * can be checked against the code in one place.
 */
final class Distortions {
  private static final String[] BULLETS = {"\u2022", "\u25aa", "\u25e6", "\u00b7", "\uf0b7"};
  private static final Pattern MARKER_LIKE =
      Pattern.compile(
          "(\\d+[.):]|\\(?[a-z]{1,2}[.)]|[\\[\\\\#\u2022\u25aa\u25e6\u00b7\uf0b7\u25cf-]|Fiche\\b"
              + "|Herzien\\b|De (minister|staatssecretaris)\\b).*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HYPHENATABLE = Pattern.compile("(\\p{L}{8,})([.,;:)]?)");
  private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{7,}");
  private static final Pattern WORD = Pattern.compile("(?<=^|\\s)\\p{L}+(?=\\s|$)");
  private static final Pattern FOOTNOTE = Pattern.compile("(\\s*\\[\\d+: {1,2})(.*?)( ?\\])");
  private static final Pattern LETTER_MARKER = Pattern.compile("[a-z]{1,2}\\)");

  /** The shortest first sentence after which words are quoted: not a number such as {@code 7.} */
  private static final int MIN_SENTENCE = 12;

  private static final String[][] QUOTE_PAIRS = {
    {"\u201e", "\u201d"}, {"\u201c", "\u201d"}, {"\u2018", "\u2019"}
  };

  private Distortions() {}

  /**
   * {@code canonical} with {@code distortions} applied in the order of their {@link
   * Distortion.Phase}, drawing from {@code random}.
   */
  static String apply(String canonical, Collection<Distortion> distortions, Random random) {
    return apply(CanonicalLines.classify(canonical), distortions, random);
  }

  /** {@link #apply(String, Collection, Random)} of text already classified. */
  static String apply(List<Line> canonical, Collection<Distortion> distortions, Random random) {
    List<Distortion> ordered = new ArrayList<>(distortions);
    ordered.sort(Comparator.comparing(Distortion::phase).thenComparing(Comparator.naturalOrder()));
    List<Line> lines = canonical;
    for (Distortion d : ordered) {
      if (d.phase().compareTo(Distortion.Phase.LINES) >= 0) {
        lines = lines.stream().map(Line::flat).toList();
      }
      lines = apply(d, lines, random);
    }
    return CanonicalLines.render(lines);
  }

  /**
   * Two or three distortions that do not rewrite the same thing, drawn from {@code random}, in
   * table order.
   */
  static List<Distortion> combination(Random random) {
    List<Distortion> all = new ArrayList<>(Arrays.asList(Distortion.values()));
    Collections.shuffle(all, random);
    int n = 2 + random.nextInt(2);
    List<Distortion> picked = new ArrayList<>();
    for (Distortion d : all) {
      if (picked.size() < n && picked.stream().noneMatch(d::conflictsWith)) {
        picked.add(d);
      }
    }
    picked.sort(Comparator.naturalOrder());
    return List.copyOf(picked);
  }

  /**
   * {@code doc} with a second title in 1a of its first fiche, as a package fiche has it: the
   * generator makes few packages, and {@link Distortion#PLURAL_TITLE_LABEL} needs them.
   */
  static KamerstukDocument withSecondTitle(KamerstukDocument doc) {
    Fiche f = doc.getFiches().get(0);
    String first = f.getAlgemeneGegevens().orElseThrow().getTitels().get(0);
    AlgemeneGegevens a =
        ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().orElseThrow())
            .withTitels(first, first + " (part 2)");
    return ImmutableKamerstukDocument.copyOf(doc)
        .withFiches(ImmutableFiche.copyOf(f).withAlgemeneGegevens(a));
  }

  private static List<Line> apply(Distortion d, List<Line> lines, Random r) {
    return switch (d) {
      case NBSP -> map(lines, l -> inText(l, t -> nbsp(t, r)));
      case TABS -> tabs(lines);
      case BULLETS -> bullets(lines, BULLETS[r.nextInt(BULLETS.length)]);
      case SOFT_HYPHENS -> map(lines, l -> inText(l, t -> softHyphens(t, r)));
      case SMART_QUOTES -> map(lines, l -> inText(l, t -> quotes(t, l, r)));
      case CRLF -> map(lines, l -> l.withBody(l.body() + "\r"));
      case BOM -> bom(lines);
      case INDENTATION -> indentation(lines, r);
      case DOUBLED_EMPTY_LINES -> doubledBlanks(lines, r);
      case REMOVED_EMPTY_LINES -> removedBlanks(lines);
      case WRAPPED -> wrapped(lines, 60 + r.nextInt(41), false, r);
      case WRAPPED_HYPHENATED -> wrapped(lines, 60 + r.nextInt(41), true, r);
      case NUMBERED_ITEMS -> numbered(lines, r);
      case FICHE_NUMBER_HEADING -> ficheNumber(lines, r);
      case LETTERS_DOT -> letters(lines, "%s.");
      case LETTERS_PARENTHESISED -> letters(lines, "(%s)");
      case LETTERS_NONE -> letters(lines, "");
      case NO_GENERAL_HEADING -> withoutGeneralHeading(lines);
      case GLUED_LABELS -> glued(lines);
      case PLURAL_TITLE_LABEL -> pluralTitle(lines);
      case HEADER_ON_ONE_LINE -> headerOnOneLine(lines);
      case PAGE_CHROME -> PageChrome.insert(lines, r);
    };
  }

  private static List<Line> map(List<Line> lines, UnaryOperator<Line> f) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      out.add(f.apply(l));
    }
    return out;
  }

  /**
   * {@code l} with {@code f} applied to its text, but not to canonical syntax that no real
   * rendering has: the marker line, and the brackets of a footnote body ({@code [1: …]}).
   */
  private static Line inText(Line l, UnaryOperator<String> f) {
    if (l.kind() == Kind.MARKER) {
      return l;
    }
    Matcher m = FOOTNOTE.matcher(l.body());
    if (l.kind() == Kind.FOOTNOTE && m.matches()) {
      return l.withBody(m.group(1) + f.apply(m.group(2)) + m.group(3));
    }
    return l.withBody(f.apply(l.body()));
  }

  private static String nbsp(String s, Random r) {
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < sb.length(); i++) {
      if (sb.charAt(i) == ' ' && r.nextInt(10) < 3) {
        sb.setCharAt(i, '\u00a0');
      }
    }
    return sb.toString();
  }

  private static List<Line> tabs(List<Line> lines) {
    return map(
        lines,
        l -> {
          Line t = l;
          if (!t.marker().isEmpty()) {
            t = t.withGap("\t");
          }
          if (!t.bullet().isEmpty()) {
            t = t.withBullet(t.bullet().strip() + "\t");
          }
          if (t.kind() == Kind.ITEM && t.body().contains(": ")) {
            t = t.withBody(t.body().replaceFirst(": ", ":\t"));
          }
          if (t.kind() == Kind.HEADER && t.body().startsWith("Nr. ")) {
            t = t.withBody(t.body().replaceFirst("^(Nr\\. \\S+) ", "$1\t"));
          }
          return t;
        });
  }

  private static List<Line> bullets(List<Line> lines, String glyph) {
    return map(lines, l -> l.kind() == Kind.ITEM ? l.withBullet(glyph + " ") : l);
  }

  private static String softHyphens(String s, Random r) {
    Matcher m = LONG_WORD.matcher(s);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String w = m.group();
      sb.append(s, last, m.start());
      boolean syntax = m.start() > 0 && s.charAt(m.start() - 1) == '[';
      if (!syntax && r.nextInt(5) < 2) {
        int k = 3 + r.nextInt(w.length() - 5);
        sb.append(w, 0, k).append('\u00ad').append(w, k, w.length());
      } else {
        sb.append(w);
      }
      last = m.end();
    }
    return sb.append(s.substring(last)).toString();
  }

  private static String quotes(String text, Line l, Random r) {
    String s = text;
    StringBuilder sb = new StringBuilder(s.length() + 4);
    boolean open = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean afterLetter = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
      if (c == '\'') {
        sb.append(afterLetter ? '\u2019' : '\u2018');
      } else if (c == '"') {
        sb.append(open ? '\u201c' : '\u201d');
        open = !open;
      } else {
        sb.append(c);
      }
    }
    s = sb.toString();
    if (l.kind() != Kind.PARAGRAPH || l.continuation() || r.nextInt(10) >= 3) {
      return s;
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    int sentence = s.indexOf(". ");
    m.region(sentence < MIN_SENTENCE ? s.length() : sentence + 1, s.length());
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    if (words.isEmpty()) {
      return s;
    }
    int from = r.nextInt(words.size());
    int to = Math.min(words.size() - 1, from + r.nextInt(3));
    String[] pair = QUOTE_PAIRS[r.nextInt(QUOTE_PAIRS.length)];
    int a = words.get(from)[0];
    int b = words.get(to)[1];
    return s.substring(0, a) + pair[0] + s.substring(a, b) + pair[1] + s.substring(b);
  }

  private static List<Line> bom(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    if (!out.isEmpty()) {
      out.set(0, out.get(0).withBody("\ufeff" + out.get(0).body()));
    }
    return out;
  }

  private static List<Line> indentation(List<Line> lines, Random r) {
    Map<Kind, String> byKind = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      byKind.put(k, " ".repeat(1 + r.nextInt(4)));
    }
    return map(
        lines, l -> l.kind() == Kind.BLANK ? l : l.withIndent(l.indent() + byKind.get(l.kind())));
  }

  private static List<Line> doubledBlanks(List<Line> lines, Random r) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(l);
      if (l.kind() == Kind.BLANK) {
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
          out.add(l);
        }
      }
    }
    return out;
  }

  /** Without the blank lines between a fiche's title and its end (the next fiche's title). */
  private static List<Line> removedBlanks(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    boolean inFiche = false;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.FICHE_TITLE && !l.continuation()) {
        inFiche = true;
      }
      if (l.kind() == Kind.BLANK && inFiche && !beforeFicheTitle(lines, i)) {
        continue;
      }
      out.add(l);
    }
    return out;
  }

  private static boolean beforeFicheTitle(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).kind() != Kind.BLANK) {
        return lines.get(j).kind() == Kind.FICHE_TITLE;
      }
    }
    return true;
  }

  private static List<Line> wrapped(List<Line> lines, int width, boolean hyphens, Random r) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      String t = l.text();
      if (t.length() <= width
          || l.kind() == Kind.BLANK
          || l.kind() == Kind.CHROME
          || l.kind() == Kind.MARKER
          || l.kind() == Kind.FOOTNOTE) {
        out.add(l);
        continue;
      }
      List<String> parts = wrap(t, width, hyphens, r);
      for (int i = 0; i < parts.size(); i++) {
        out.add(l.part(parts.get(i), i == 0));
      }
    }
    return out;
  }

  /**
   * {@code text} in parts of at most {@code width} columns where the words allow, broken at spaces
   * (and inside long words with a hyphen when {@code hyphens}); a part never starts with something
   * a reader could take for structure, and never ends with a hyphen of the text ({@code rij- en}),
   * which a reader would take for a broken word: such a word stays on the line before.
   */
  static List<String> wrap(String text, int width, boolean hyphens, Random r) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    String indent = text.substring(0, start);
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder(indent);
    boolean empty = true;
    int i = start;
    while (i < text.length()) {
      int end = text.indexOf(' ', i);
      if (end < 0) {
        end = text.length();
      }
      String word = text.substring(i, end);
      if (empty || current.length() + 1 + word.length() <= width) {
        current.append(empty ? "" : " ").append(word);
      } else {
        int k = hyphens ? hyphenAt(word, width - current.length() - 2, r) : -1;
        if (k > 0) {
          current.append(' ').append(word, 0, k).append('-');
          parts.add(current.toString());
          current = new StringBuilder(indent).append(word, k, word.length());
        } else if (current.charAt(current.length() - 1) == '-' || startsStructure(text, i)) {
          current.append(' ').append(word);
        } else {
          parts.add(current.toString());
          current = new StringBuilder(indent).append(word);
        }
      }
      empty = false;
      i = end + 1;
    }
    parts.add(current.toString());
    return parts;
  }

  /** Where to break {@code word} within {@code room} columns (the hyphen not counted), or -1. */
  private static int hyphenAt(String word, int room, Random r) {
    Matcher m = HYPHENATABLE.matcher(word);
    if (!m.matches() || r.nextInt(10) >= 8) {
      return -1;
    }
    int letters = m.group(1).length();
    for (int k = Math.min(room, letters - 3); k >= 3; k--) {
      if (Character.isLowerCase(word.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsStructure(String text, int at) {
    String rest = text.substring(at);
    return MARKER_LIKE.matcher(rest).matches() || CanonicalLines.startsWithLabel(rest);
  }

  private static List<Line> numbered(List<Line> lines, Random r) {
    boolean heading = r.nextBoolean();
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.kind() == Kind.SECTION || l.kind() == Kind.ITEM) {
        out.add(l.withMarker("1.").withIndent("  "));
      } else {
        out.add(l);
      }
    }
    return heading ? ficheNumber(out, r) : out;
  }

  private static List<Line> ficheNumber(List<Line> lines, Random r) {
    return map(
        lines,
        l ->
            l.kind() == Kind.FICHE_TITLE && l.body().startsWith("Fiche: ")
                ? l.withBody(
                    String.format(
                        Locale.ROOT, "Fiche %d: %s", 1 + r.nextInt(12), l.body().substring(7)))
                : l);
  }

  private static List<Line> letters(List<Line> lines, String format) {
    return map(
        lines,
        l -> {
          if (l.kind() != Kind.ITEM || !LETTER_MARKER.matcher(l.marker()).matches()) {
            return l;
          }
          String letter = l.marker().substring(0, l.marker().length() - 1);
          return l.withMarker(format.isEmpty() ? "" : String.format(Locale.ROOT, format, letter));
        });
  }

  private static List<Line> withoutGeneralHeading(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.SECTION && l.veld() == Veld.ALGEMENE_GEGEVENS) {
        if (i + 1 < lines.size() && lines.get(i + 1).kind() == Kind.BLANK) {
          i++;
        }
        continue;
      }
      out.add(l);
    }
    return out;
  }

  /** Every header line appended to the first one; blank lines between them left out. */
  private static List<Line> headerOnOneLine(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.HEADER && first < 0) {
        first = out.size();
        out.add(l.flat());
      } else if (l.kind() == Kind.HEADER) {
        Line joined = out.get(first);
        out.set(first, joined.withBody(joined.body() + " " + l.text().strip()));
      } else if (!(l.kind() == Kind.BLANK && first >= 0 && nextIsHeader(lines, i))) {
        out.add(l);
      }
    }
    return out;
  }

  private static boolean nextIsHeader(List<Line> lines, int i) {
    int j = i;
    while (j < lines.size() && lines.get(j).kind() == Kind.BLANK) {
      j++;
    }
    return j < lines.size() && lines.get(j).kind() == Kind.HEADER;
  }

  private static List<Line> glued(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() == Kind.ITEM
          && l.inSectionOne()
          && i + 1 < lines.size()
          && lines.get(i + 1).kind() == Kind.VALUE) {
        String sep = l.body().endsWith(":") ? " " : ": ";
        out.add(l.withBody(l.body() + sep + lines.get(i + 1).body()));
        i++;
        continue;
      }
      out.add(l);
    }
    return out;
  }

  private static List<Line> pluralTitle(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      Line l = out.get(i);
      if (l.kind() == Kind.ITEM
          && l.veld() == Veld.TITEL
          && l.body().startsWith("Titel voorstel")) {
        int values = l.body().startsWith("Titel voorstel: ") ? 1 : 0;
        for (int j = i + 1; j < out.size() && out.get(j).kind() == Kind.VALUE; j++) {
          values++;
        }
        if (values > 1) {
          out.set(i, l.withBody("Titels voorstellen" + l.body().substring(14)));
        }
      }
    }
    return out;
  }
}
