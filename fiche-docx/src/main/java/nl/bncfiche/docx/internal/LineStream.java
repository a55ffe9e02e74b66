package nl.bncfiche.docx.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamConstants;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.SourcePosition;

/**
 * A Word document as the lines that the text reader reads, with where each line came from: one
 * paragraph a line and a blank line after it; a heading of level 4 or deeper, and of level 3
 * without a list label, marked as a sub-heading ({@code ## }); a numbered paragraph with its
 * computed label ({@code 1. }, {@code a) }, {@code • }); a footnote reference as {@code
 * [footnoteRef:N]} with N as Word shows it, and the footnote's paragraphs as {@code [N: text ]}
 * lines right after the paragraph that refers to it: the canonical text's own forms, so that the
 * text reader's recognition of a fiche applies unchanged.
 */
public final class LineStream {
  private final String text;
  private final int[] paragraphs;
  private final int[] footnotes;
  private final List<ReadFinding> findings;

  private LineStream(String text, int[] paragraphs, int[] footnotes, List<ReadFinding> findings) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.footnotes = footnotes;
    this.findings = findings;
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The paragraph that line {@code line} (from 1) came from; the last one past the end. */
  public int paragraphOf(int line) {
    return paragraphOf(paragraphs, line);
  }

  /** The footnote that line {@code line} came from; 0 when none. */
  public int footnoteOf(int line) {
    return footnoteOf(footnotes, line);
  }

  private static int footnoteOf(int[] footnotes, int line) {
    if (footnotes.length == 0) {
      return 0;
    }
    return footnotes[Math.max(0, Math.min(line, footnotes.length) - 1)];
  }

  private static int paragraphOf(int[] paragraphs, int line) {
    if (paragraphs.length == 0) {
      return 1;
    }
    return paragraphs[Math.max(0, Math.min(line, paragraphs.length) - 1)];
  }

  /** Where line {@code line} (from 1) came from: its paragraph, and its footnote if any. */
  public SourcePosition positionOf(int line) {
    return position(paragraphs, footnotes, line);
  }

  private static SourcePosition position(int[] paragraphs, int[] footnotes, int line) {
    int note = footnoteOf(footnotes, line);
    int paragraph = paragraphOf(paragraphs, line);
    return note > 0
        ? SourcePosition.ofFootnote(note, paragraph)
        : SourcePosition.ofParagraph(paragraph);
  }

  /**
   * A text position's origin, as {@link #positionOf(int)} of its line; it holds where lines came
   * from, not the text.
   */
  public UnaryOperator<SourcePosition> positions() {
    int[] p = paragraphs;
    int[] f = footnotes;
    return at -> position(p, f, at.getLine());
  }

  /** What the reader met and left out or accepted, each at its first paragraph. */
  public List<ReadFinding> findings() {
    return findings;
  }

  /** The lines of the document in {@code pkg}. */
  public static LineStream of(DocxPackage pkg) {
    int depth = pkg.maxDepth;
    Styles styles =
        pkg.styles == null
            ? Styles.read(null, depth)
            : PartMemo.get(
                PartMemo.Kind.STYLES, pkg.styles, depth, null, b -> Styles.read(b, depth));
    Numbering numbering = Numbering.read(pkg.numbering, styles, depth);
    ParagraphReader.Seen seen = new ParagraphReader.Seen();
    Map<String, List<String>> notes = ParagraphReader.footnotes(pkg.footnotes, depth, seen);
    ParagraphReader.Body read = ParagraphReader.body(pkg.document, pkg.documentName, depth, seen);
    List<ParagraphReader.Paragraph> body = read.paragraphs();
    ParagraphReader.Section settings =
        pkg.settings == null
            ? footnoteSettings(null, depth)
            : PartMemo.get(
                PartMemo.Kind.SETTINGS, pkg.settings, depth, null, b -> footnoteSettings(b, depth));
    NoteNumbers numbers = new NoteNumbers(settings, body, read);
    LinkedNotes linked = LinkedNotes.of(body, read.text().chars());
    notes.putAll(linked.texts());

    // The paragraphs' text and the footnotes' (at most about a third of their part), with room for
    // the labels and markers: about the text's final size, so that it seldom grows.
    CharBuf out =
        new CharBuf(
            (int)
                Math.min(
                    1 << 24,
                    64L
                        + read.text().length()
                        + 8L * body.size()
                        + (pkg.footnotes == null ? 0 : pkg.footnotes.length / 3)));
    IntList paraOf = new IntList();
    IntList noteOf = new IntList();
    int auto = numbers.first();
    Set<String> bodied = new HashSet<>();
    char[] chars = read.text().chars();
    for (int index = 0; index < body.size(); index++) {
      ParagraphReader.Paragraph p = body.get(index);
      if (linked.isNote(index)) {
        // a linked note's paragraph: its text is the footnote's, after its reference
        auto = numbers.after(p, auto);
        continue;
      }
      Styles.Resolved st = styles.resolve(p.style());
      int heading = p.outlineLevel() >= 0 ? (p.outlineLevel() < 9 ? p.outlineLevel() + 1 : 0) : 0;
      if (heading == 0 && p.outlineLevel() < 0) {
        heading = st.headingLevel();
      }
      int numId = p.numId() >= 0 ? p.numId() : st.numId();
      int ilvl = p.ilvl() >= 0 ? p.ilvl() : (p.numId() >= 0 ? 0 : st.ilvl());
      String label = numbering.next(numId, ilvl);

      // The paragraph is written straight into the text, and taken back when it is blank.
      int start = out.length();
      if (heading >= 4 || (heading == 3 && label.isEmpty())) {
        // Level 3 is an item's heading or a sub-heading (HTML's h3 under a section without
        // items, once in Word): marked as a sub-heading, it is read as an item where its text is
        // an item's label. An item lettered by Word stays as it is.
        out.append("## ");
      }
      out.append(label);
      List<int[]> refNumbers = List.of();
      int r = 0;
      char[] text = chars;
      int from = p.textStart();
      int end = p.textEnd();
      List<ParagraphReader.Ref> refs = p.refs();
      boolean control = p.control();
      LinkedNotes.Rewritten rewritten = linked.rewritten(index);
      if (rewritten != null) {
        text = rewritten.text();
        from = 0;
        end = text.length;
        refs = rewritten.refs();
        control = true;
      }
      // Blank when the text holds only white space (a reference is not): as String#isBlank of the
      // line after its label. Line breaks counted on the way: each starts a line of the paragraph.
      int breaks = count(label, '\n');
      boolean blank = true;
      for (int i = from; i < end && blank; i++) {
        blank = Character.isWhitespace(text[i]);
      }
      for (int i = control ? from : end; i < end; i++) {
        char c = text[i];
        if (c > '\n') {
          continue;
        }
        if (c == '\n') {
          breaks++;
        } else if (c == '\u0000') {
          out.append(text, from, i - from);
          from = i + 1;
          blank = false;
          ParagraphReader.Ref ref = refs.get(r++);
          int n;
          if (ref.customMark() == null) {
            n = ++auto;
          } else {
            n = Numbers.parse(ref.customMark(), -1);
            if (n < 1) {
              n = ++auto;
            }
          }
          out.append("[footnoteRef:").append(n).append(']');
          if (bodied.add(ref.id())) {
            if (refNumbers.isEmpty()) {
              refNumbers = new ArrayList<>();
            }
            refNumbers.add(new int[] {n, r - 1});
          }
        }
      }
      out.append(text, from, end - from);
      if (blank) {
        out.truncate(start);
        auto = numbers.after(p, auto);
        continue;
      }
      for (int i = 0; i < breaks; i++) {
        paraOf.add(p.number());
        noteOf.add(0);
      }
      out.append('\n');
      paraOf.add(p.number());
      noteOf.add(0);
      for (int[] rn : refNumbers) {
        ParagraphReader.Ref ref = refs.get(rn[1]);
        List<String> ps = notes.getOrDefault(ref.id(), List.of());
        if (ps.isEmpty()) {
          ps = List.of("");
        }
        for (String fp : ps) {
          String b = fp.replace('\n', ' ').strip();
          out.append('[').append(rn[0]).append(":  ");
          if (!b.isEmpty()) {
            out.append(b).append(' ');
          }
          out.append("]\n");
          paraOf.add(p.number());
          noteOf.add(rn[0]);
        }
      }
      out.append('\n');
      paraOf.add(p.number());
      noteOf.add(0);
      auto = numbers.after(p, auto);
    }
    List<ReadFinding> findings = new ArrayList<>();
    if (seen.trackedChange > 0) {
      findings.add(
          finding(
              ReadFinding.TRACKED_CHANGES,
              seen.trackedChange,
              "het document bevat bijgehouden wijzigingen; ze zijn gelezen als geaccepteerd",
              "the document holds tracked changes; they were read as accepted"));
    }
    if (seen.comment > 0 || pkg.hasComments) {
      findings.add(
          finding(
              ReadFinding.COMMENTS,
              Math.max(1, seen.comment),
              "het document bevat opmerkingen; ze zijn niet gelezen",
              "the document holds comments; they were not read"));
    }
    if (seen.endnote > 0) {
      findings.add(
          finding(
              ReadFinding.ENDNOTES,
              seen.endnote,
              "het document bevat eindnoten; ze zijn niet gelezen",
              "the document holds endnotes; they were not read"));
    }
    return new LineStream(out.toString(), paraOf.toArray(), noteOf.toArray(), findings);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  static ReadFinding finding(String ruleId, int paragraph, String nl, String en) {
    return new ReadFinding(ruleId, SourcePosition.ofParagraph(paragraph), "", nl, en);
  }

  /** The document's footnote numbering ({@code w:footnotePr} of the settings). */
  private static ParagraphReader.Section footnoteSettings(byte[] settings, int maxDepth) {
    int start = 0;
    String restart = null;
    if (settings == null) {
      return new ParagraphReader.Section(start, restart);
    }
    boolean inFootnotePr = false;
    try (Xml x = Xml.open(settings, "settings.xml", maxDepth)) {
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT && x.isW("footnotePr")) {
          inFootnotePr = true;
        } else if (ev == XMLStreamConstants.END_ELEMENT && x.isW("footnotePr")) {
          inFootnotePr = false;
        } else if (ev == XMLStreamConstants.START_ELEMENT && inFootnotePr && x.isW("numRestart")) {
          restart = x.attr("val");
        } else if (ev == XMLStreamConstants.START_ELEMENT && inFootnotePr && x.isW("numStart")) {
          start = Numbers.parse(x.attr("val"), 0);
        }
      }
    }
    return new ParagraphReader.Section(start, restart);
  }

  /**
   * Footnote numbers as Word counts them: from the first section's start ({@code w:numStart} of the
   * section, else of the document, else 1), on through the document, or from each section's own
   * start where numbering restarts per section ({@code w:numRestart} "eachSect", of the section or
   * else of the document). A section's properties stand at its end, so they are looked up ahead.
   */
  private static final class NoteNumbers {
    private final ParagraphReader.Section document;
    private final List<ParagraphReader.Section> sections = new ArrayList<>();
    private int current;

    NoteNumbers(
        ParagraphReader.Section document,
        List<ParagraphReader.Paragraph> body,
        ParagraphReader.Body read) {
      this.document = document;
      for (ParagraphReader.Paragraph p : body) {
        if (p.section() != null) {
          sections.add(p.section());
        }
      }
      sections.add(
          read.lastSection() == null ? new ParagraphReader.Section(0, null) : read.lastSection());
    }

    /** The count before the first footnote of the document. */
    int first() {
      return start(sections.get(0)) - 1;
    }

    /** The count after paragraph {@code p}, {@code auto} before it. */
    int after(ParagraphReader.Paragraph p, int auto) {
      if (p.section() == null || current + 1 >= sections.size()) {
        return auto;
      }
      ParagraphReader.Section next = sections.get(++current);
      String restart =
          next.footnoteRestart() != null ? next.footnoteRestart() : document.footnoteRestart();
      return "eachSect".equals(restart) ? start(next) - 1 : auto;
    }

    private int start(ParagraphReader.Section s) {
      int start = s.footnoteStart() > 0 ? s.footnoteStart() : document.footnoteStart();
      return Math.max(1, start);
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] a = new int[64];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
