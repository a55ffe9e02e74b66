package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.ImmutableAlinea;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/** Footnote references inside a paragraph, and footnote bodies within or after it. */
final class InlineText {
  private InlineText() {}

  /**
   * A footnote body found in a line.
   *
   * @param number the footnote's number
   * @param text its text, stripped
   * @param offset where in the line the body starts
   */
  record Body(int number, String text, int offset) {}

  /**
   * A line split into the paragraph text before the first footnote body, and the bodies.
   *
   * @param text the text before the first body, stripped; empty when the line is bodies only
   * @param bodies the bodies in order
   */
  record Split(String text, List<Body> bodies) {}

  /**
   * Splits footnote bodies "[12: text ]" off a line; several may follow each other or a paragraph's
   * end. A body runs to the last "]" before the next body (or the line's end); a body without "]"
   * (a cut-off text) runs to the line's end. An escaped "\\[" starts none. The texts keep their
   * escapes, for {@link #paragraph}.
   */
  static Split split(String line) {
    int from = line.indexOf('[');
    if (from < 0) {
      return new Split(line, List.of());
    }
    List<Integer> starts = new ArrayList<>();
    while (true) {
      int at = line.indexOf('[', from);
      if (at < 0) {
        break;
      }
      if (Syntax.isFootnoteBodyStart(line, at)
          && !Syntax.isEscaped(line, at)
          && (at == 0
              || Character.isWhitespace(line.charAt(at - 1))
              || !starts.isEmpty()
              || endsSentence(line, at))) {
        starts.add(at);
      }
      from = at + 1;
    }
    if (starts.isEmpty()) {
      return new Split(line, List.of());
    }
    List<Body> bodies = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int s = starts.get(k);
      int limit = k + 1 < starts.size() ? starts.get(k + 1) : line.length();
      int colon = line.indexOf(':', s);
      int number = Integer.parseInt(line.substring(s + 1, colon));
      int end = limit;
      for (int q = limit - 1; q > colon; q--) {
        if (line.charAt(q) == ']') {
          end = q;
          break;
        }
      }
      if (number < 1) {
        continue;
      }
      bodies.add(new Body(number, line.substring(colon + 1, end).strip(), s));
    }
    return new Split(line.substring(0, starts.get(0)).strip(), bodies);
  }

  private static boolean endsSentence(String line, int at) {
    char c = line.charAt(at - 1);
    return c == '.' || c == ')' || c == ']' || c == '"' || c == '\u201d';
  }

  /** {@link #paragraph} of a text known to hold no "[" and no escape, so no reference. */
  static Alinea plainParagraph(AlineaSoort soort, String text) {
    ImmutableAlinea.Builder b = Alinea.builder().soort(soort);
    if (!text.isEmpty()) {
      b.addInhoud(TekstRun.of(text));
    }
    return b.build();
  }

  /**
   * A paragraph of {@code soort} from text with inline "[footnoteRef:N]" references, "\\[" for a
   * "[" that is no reference and "\\\\" for a backslash.
   */
  static Alinea paragraph(AlineaSoort soort, String text) {
    List<Inline> inhoud = new ArrayList<>();
    int n = text.length();
    // The run being read: text[run, i), unescaped into sb once an escape was met.
    int run = 0;
    StringBuilder sb = null;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == Syntax.ESCAPE && i + 1 < n && isEscapable(text.charAt(i + 1))) {
        if (sb == null) {
          sb = new StringBuilder(n - run);
        }
        sb.append(text, run, i).append(text.charAt(i + 1));
        i += 2;
        run = i;
        continue;
      }
      int end = c == '[' ? referenceEnd(text, i) : -1;
      if (end < 0) {
        i++;
        continue;
      }
      String before = sb == null ? text.substring(run, i) : sb.append(text, run, i).toString();
      if (!before.isEmpty()) {
        inhoud.add(TekstRun.of(before));
      }
      sb = null;
      inhoud.add(
          VoetnootVerwijzing.of(
              Integer.parseInt(text, i + Syntax.FOOTNOTE_REF.length(), end - 1, 10)));
      i = end;
      run = end;
    }
    String last = sb == null ? text.substring(run) : sb.append(text, run, n).toString();
    if (!last.isEmpty()) {
      inhoud.add(TekstRun.of(last));
    }
    return Alinea.builder().soort(soort).inhoud(inhoud).build();
  }

  private static boolean isEscapable(char c) {
    return c == Syntax.ESCAPE || c == '[';
  }

  /**
   * The end of a reference "[footnoteRef:N]" (1 to 6 digits, N at least 1) at {@code at}, after its
   * "]"; -1 when there is none.
   */
  private static int referenceEnd(String text, int at) {
    if (!text.startsWith(Syntax.FOOTNOTE_REF, at)) {
      return -1;
    }
    int digits = at + Syntax.FOOTNOTE_REF.length();
    int j = digits;
    boolean positive = false;
    while (j < text.length() && j - digits < 7 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
      positive |= text.charAt(j) != '0';
      j++;
    }
    return j > digits && j - digits <= 6 && positive && j < text.length() && text.charAt(j) == ']'
        ? j + 1
        : -1;
  }
}
