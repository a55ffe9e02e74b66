package nl.bncfiche.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Footnotes written as linked text, as a .docx made from HTML has them (LibreOffice's or Word's
 * import of an HTML page with notes): a number in the text that links to a bookmark at the start of
 * a paragraph further on, the note, which links back to a bookmark at the number. Both links must
 * be there; a link to a heading or a table of contents has no link back and stays text.
 *
 * <p>The number becomes a footnote reference (with the number as its mark), the note's paragraphs,
 * from the one the number links to up to the one that links back, the footnote's text without the
 * link back; they leave the body. Nothing is found in a document without such pairs, and nothing
 * costs more than a look at each paragraph's links then.
 */
final class LinkedNotes {
  /** The id under which a linked note's text is kept: never a footnote id, which is a number. */
  private static final String ID_PREFIX = "#";

  /** The longest number taken for a note's: four digits. */
  private static final int MAX_DIGITS = 4;

  /** A paragraph's text with its note numbers made references: its characters and references. */
  record Rewritten(char[] text, List<ParagraphReader.Ref> refs) {}

  private final Map<Integer, Rewritten> rewritten;
  private final Set<Integer> notes;
  private final Map<String, List<String>> texts;

  private LinkedNotes(
      Map<Integer, Rewritten> rewritten, Set<Integer> notes, Map<String, List<String>> texts) {
    this.rewritten = rewritten;
    this.notes = notes;
    this.texts = texts;
  }

  /**
   * The body's paragraph at {@code index} rewritten with its note references; null when unchanged.
   */
  Rewritten rewritten(int index) {
    return rewritten.isEmpty() ? null : rewritten.get(index);
  }

  /** Whether the body's paragraph at {@code index} is (part of) a linked note. */
  boolean isNote(int index) {
    return !notes.isEmpty() && notes.contains(index);
  }

  /** The notes' texts by the id of their references, one string per paragraph. */
  Map<String, List<String>> texts() {
    return texts;
  }

  /** The linked notes of {@code body}, whose text is in {@code chars}. */
  static LinkedNotes of(List<ParagraphReader.Paragraph> body, char[] chars) {
    if (body.stream().allMatch(p -> p.links().isEmpty())) {
      return new LinkedNotes(Map.of(), Set.of(), Map.of());
    }
    // Where each bookmark is: paragraph index and offset.
    Map<String, int[]> marks = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      for (ParagraphReader.Bookmark b : body.get(i).bookmarks()) {
        marks.putIfAbsent(b.name(), new int[] {i, b.offset()});
      }
    }
    Map<Integer, List<Found>> byParagraph = new HashMap<>();
    Set<Integer> notes = new HashSet<>();
    Map<String, List<String>> texts = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      ParagraphReader.Paragraph p = body.get(i);
      for (ParagraphReader.Link link : p.links()) {
        int number = number(chars, p.textStart() + link.start(), p.textStart() + link.end());
        int[] target = marks.get(link.anchor());
        if (number < 1 || target == null || target[0] <= i || notes.contains(target[0])) {
          continue;
        }
        ParagraphReader.Paragraph first = body.get(target[0]);
        if (!blank(chars, first.textStart(), first.textStart() + target[1])) {
          continue; // the bookmark is inside a paragraph: no note starts there
        }
        int last = backLink(body, marks, target[0], i, link);
        if (last < 0) {
          continue;
        }
        String id = ID_PREFIX + link.anchor();
        List<String> paragraphs = new ArrayList<>();
        for (int k = target[0]; k <= last; k++) {
          notes.add(k);
          List<ParagraphReader.Link> back =
              k == last ? backLinks(body.get(k), marks, i, link) : List.of();
          paragraphs.add(noteText(body.get(k), chars, back));
        }
        texts.putIfAbsent(id, paragraphs);
        byParagraph.computeIfAbsent(i, k -> new ArrayList<>()).add(new Found(link, number, id));
      }
    }
    Map<Integer, Rewritten> rewritten = new HashMap<>();
    byParagraph.forEach((i, found) -> rewritten.put(i, rewrite(body.get(i), chars, found)));
    return new LinkedNotes(rewritten, notes, texts);
  }

  /** A note's number found in a paragraph: the link that holds it, the number and the note's id. */
  private record Found(ParagraphReader.Link link, int number, String id) {}

  /**
   * The paragraph from {@code from} on, within a few of it, that links back to the reference {@code
   * link} of paragraph {@code referring}; -1 when none does.
   */
  private static int backLink(
      List<ParagraphReader.Paragraph> body,
      Map<String, int[]> marks,
      int from,
      int referring,
      ParagraphReader.Link link) {
    int limit = Math.min(body.size(), from + 20);
    for (int k = from; k < limit; k++) {
      if (!backLinks(body.get(k), marks, referring, link).isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The links of {@code p} back to the reference {@code link} of paragraph {@code referring}: to a
   * bookmark that stands at that reference.
   */
  private static List<ParagraphReader.Link> backLinks(
      ParagraphReader.Paragraph p,
      Map<String, int[]> marks,
      int referring,
      ParagraphReader.Link link) {
    List<ParagraphReader.Link> out = new ArrayList<>();
    for (ParagraphReader.Link back : p.links()) {
      int[] at = marks.get(back.anchor());
      if (at != null && at[0] == referring && at[1] >= link.start() && at[1] <= link.end()) {
        out.add(back);
      }
    }
    return out;
  }

  /** A note paragraph's text without its links back and without footnote references. */
  private static String noteText(
      ParagraphReader.Paragraph p, char[] chars, List<ParagraphReader.Link> without) {
    StringBuilder sb = new StringBuilder(p.textEnd() - p.textStart());
    for (int i = p.textStart(); i < p.textEnd(); i++) {
      int offset = i - p.textStart();
      boolean dropped = false;
      for (ParagraphReader.Link l : without) {
        dropped |= offset >= l.start() && offset < l.end();
      }
      if (!dropped && chars[i] != '\u0000') {
        sb.append(chars[i]);
      }
    }
    return sb.toString().strip();
  }

  /** The paragraph's characters with each found number replaced by a reference. */
  private static Rewritten rewrite(ParagraphReader.Paragraph p, char[] chars, List<Found> found) {
    found.sort((a, b) -> Integer.compare(a.link().start(), b.link().start()));
    StringBuilder text = new StringBuilder(p.textEnd() - p.textStart());
    List<ParagraphReader.Ref> refs = new ArrayList<>();
    int ref = 0; // the paragraph's own references, in order
    int f = 0;
    for (int offset = 0; offset < p.textEnd() - p.textStart(); offset++) {
      if (f < found.size() && offset == found.get(f).link().start()) {
        Found n = found.get(f++);
        text.append('\u0000');
        refs.add(new ParagraphReader.Ref(n.id(), Integer.toString(n.number())));
        for (int k = p.textStart() + offset; k < p.textStart() + n.link().end(); k++) {
          if (chars[k] == '\u0000') {
            ref++; // a reference inside the number's link goes with the number
          }
        }
        offset = n.link().end() - 1;
        continue;
      }
      char c = chars[p.textStart() + offset];
      if (c == '\u0000') {
        refs.add(p.refs().get(ref++));
      }
      text.append(c);
    }
    char[] out = new char[text.length()];
    text.getChars(0, out.length, out, 0);
    return new Rewritten(out, refs);
  }

  /**
   * The number that the text from {@code start} to {@code end} is (digits, with white space or
   * brackets around them); 0 when it is none.
   */
  private static int number(char[] chars, int start, int end) {
    int n = 0;
    int digits = 0;
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        if (++digits > MAX_DIGITS) {
          return 0;
        }
        n = n * 10 + (c - '0');
      } else if (!(Character.isWhitespace(c) || c == '[' || c == ']' || c == '(' || c == ')')) {
        return 0;
      }
    }
    return n;
  }

  private static boolean blank(char[] chars, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }
}
