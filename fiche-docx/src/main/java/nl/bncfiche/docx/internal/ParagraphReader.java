package nl.bncfiche.docx.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * The paragraphs of a body ({@code document.xml}) or of the footnotes ({@code footnotes.xml}), in
 * document order, as text: runs, tabs and breaks; hyperlinks, content controls, smart tags and
 * field results as their text (a field's instruction is left out); table cells row by row;
 * insertions and moves as accepted, deletions left out; comments left out. A footnote reference is
 * the character U+0000 in the text (which XML cannot hold), with its id and custom mark in {@link
 * Paragraph#refs()}. The paragraphs' text is kept in one character array per part, each paragraph a
 * range of it, so that no string is made per paragraph. Not thread-safe.
 */
final class ParagraphReader {
  /** A footnote reference: the footnote's id and its custom mark (null when Word numbers it). */
  record Ref(String id, String customMark) {}

  /**
   * A hyperlink to a place in the document ({@code w:anchor}): the bookmark it names and the range
   * of the paragraph's text it holds, as offsets from the paragraph's start.
   */
  record Link(String anchor, int start, int end) {}

  /** A bookmark ({@code w:bookmarkStart}): its name and its offset in the paragraph's text. */
  record Bookmark(String name, int offset) {}

  /**
   * A section's footnote numbering as its properties ({@code w:sectPr}) say it: the first number
   * ({@code w:numStart}, 0 where not said) and when numbers restart ({@code w:numRestart}, null
   * where not said).
   */
  record Section(int footnoteStart, String footnoteRestart) {}

  /**
   * The paragraphs of a body, the characters that their text ranges index, and the properties of
   * its last section (null where it has none).
   */
  record Body(List<Paragraph> paragraphs, CharBuf text, Section lastSection) {}

  /**
   * A paragraph: its number (from 1 in its part), its style id, direct outline level, numbering (-1
   * where the paragraph sets none), its text as the range from {@code textStart} to {@code textEnd}
   * of its part's characters, whether that text may hold a character below U+0020 (a line break, a
   * reference's mark: where it does not, the text is copied without a look), footnote references,
   * the section it ends (null when none), and its hyperlinks to bookmarks and its bookmarks (what
   * {@link LinkedNotes} reads notes from).
   */
  record Paragraph(
      int number,
      String style,
      int outlineLevel,
      int numId,
      int ilvl,
      int textStart,
      int textEnd,
      boolean control,
      List<Ref> refs,
      Section section,
      List<Link> links,
      List<Bookmark> bookmarks) {}

  /** Where a tracked change, a comment or an endnote was first met: paragraph numbers, 0 none. */
  static final class Seen {
    int trackedChange;
    int comment;
    int endnote;
  }

  private static final char REF = '\u0000';

  /** Elements whose content is never text of the document. */
  private static final Set<String> SKIPPED =
      Set.of(
          "rPr",
          "sdtPr",
          "sdtEndPr",
          "instrText",
          "fldData",
          "tblPr",
          "trPr",
          "tcPr",
          "tblGrid",
          "sectPr",
          "pPrChange",
          "rPrChange",
          "tblPrEx",
          "customXmlPr",
          "smartTagPr",
          "fldChar",
          "bookmarkEnd",
          "proofErr",
          "permStart",
          "permEnd",
          "lastRenderedPageBreak",
          "object",
          "commentRangeEnd");

  private static final Set<String> DELETED = Set.of("del", "moveFrom", "delText", "cellDel");
  private static final Set<String> INSERTED = Set.of("ins", "moveTo", "cellIns");

  /** A paragraph being read; reused for the next one once it is done. */
  private static final class Builder {
    int number;
    final CharBuf text = new CharBuf(256);
    final List<Ref> refs = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Bookmark> bookmarks = new ArrayList<>();
    boolean control;
    String style;
    int outline;
    int numId;
    int ilvl;
    Section section;

    Builder start(int number) {
      this.number = number;
      text.clear();
      refs.clear();
      links.clear();
      bookmarks.clear();
      control = false;
      style = null;
      outline = -1;
      numId = -1;
      ilvl = -1;
      section = null;
      return this;
    }
  }

  private final Xml x;
  private final Seen seen;

  /** The text of the part's paragraphs, one after the other. */
  private final CharBuf chars;

  private final Deque<Builder> open = new ArrayDeque<>();
  private final Deque<Builder> free = new ArrayDeque<>();
  private final Deque<boolean[]> fields = new ArrayDeque<>();
  private int instructions;
  private int count;
  private String customPending;
  private Section lastSection;

  private ParagraphReader(Xml x, Seen seen, CharBuf chars) {
    this.x = x;
    this.seen = seen;
    this.chars = chars;
  }

  /** The paragraphs of the body of {@code document}. */
  static Body body(byte[] document, String name, int maxDepth, Seen seen) {
    List<Paragraph> out = new ArrayList<>();
    Section last = null;
    // Half the XML: more than the text of Word's verbose XML, about that of our writer's.
    CharBuf chars = new CharBuf(Math.min(1 << 24, document.length / 2));
    try (Xml x = Xml.open(document, name, maxDepth)) {
      ParagraphReader r = new ParagraphReader(x, seen, chars);
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.isW("body")) {
          r.walk(out);
          last = r.lastSection;
        }
      }
    }
    return new Body(out, chars, last);
  }

  /**
   * The footnotes of {@code part} by id, each as its paragraphs' text (separators left out); a
   * reference inside a footnote is dropped.
   */
  static Map<String, List<String>> footnotes(byte[] part, int maxDepth, Seen seen) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (part == null) {
      return out;
    }
    CharBuf chars = new CharBuf(Math.min(4096, part.length / 4)); // one footnote at a time
    try (Xml x = Xml.open(part, "footnotes.xml", maxDepth)) {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.isW("footnote")) {
          String type = x.attr("type");
          String id = x.attr("id");
          if (id == null || (type != null && !type.equals("normal"))) {
            x.skipElement();
            continue;
          }
          List<Paragraph> ps = new ArrayList<>();
          chars.clear();
          new ParagraphReader(x, seen, chars).walk(ps);
          List<String> texts = new ArrayList<>();
          for (Paragraph p : ps) {
            texts.add(chars.substring(p.textStart(), p.textEnd()).replace(String.valueOf(REF), ""));
          }
          out.putIfAbsent(id, texts);
        }
      }
    }
    return out;
  }

  /** Reads the current element's content to its end. */
  private void walk(List<Paragraph> out) {
    int depth = x.depth();
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        if (x.depth() < depth) {
          return;
        }
        if (x.isW("hyperlink")) {
          endLink();
          continue;
        }
        if (x.isW("p") && !open.isEmpty()) {
          Builder b = open.pop();
          int start = chars.length();
          chars.append(b.text);
          out.add(
              new Paragraph(
                  b.number,
                  b.style,
                  b.outline,
                  b.numId,
                  b.ilvl,
                  start,
                  chars.length(),
                  b.control,
                  List.copyOf(b.refs),
                  b.section,
                  b.links.isEmpty() ? List.of() : List.copyOf(b.links),
                  b.bookmarks.isEmpty() ? List.of() : List.copyOf(b.bookmarks)));
          free.push(b);
        }
        continue;
      }
      if (ev == XMLStreamConstants.CHARACTERS || ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      start();
    }
  }

  private void start() {
    String local = x.localName();
    if (!x.isW()) {
      if ("Fallback".equals(local)
          && "http://schemas.openxmlformats.org/markup-compatibility/2006".equals(x.namespace())) {
        x.skipElement();
      }
      return; // another vocabulary (drawing, VML): its text boxes hold w:p, read by descending
    }
    Builder b = open.peek();
    switch (local) {
      case "p" -> open.push((free.isEmpty() ? new Builder() : free.pop()).start(++count));
      case "pPr" -> {
        if (b != null) {
          paragraphProperties(b);
        } else {
          x.skipElement();
        }
      }
      case "t" -> text(b);
      case "tab" -> character(b, '\t');
      case "br", "cr" -> character(b, '\n');
      case "noBreakHyphen" -> character(b, '-');
      case "fldChar" -> {
        field(x.attr("fldCharType"));
        x.skipElement();
      }
      case "hyperlink" -> startLink(b);
      case "bookmarkStart" -> {
        if (b != null && instructions == 0) {
          String name = x.attr("name");
          if (name != null) {
            b.bookmarks.add(new Bookmark(name, b.text.length()));
          }
        }
        x.skipElement();
      }
      case "footnoteReference" -> {
        footnoteReference(b);
        x.skipElement();
      }
      case "endnoteReference" -> {
        if (seen.endnote == 0) {
          seen.endnote = paragraphNumber();
        }
        x.skipElement();
      }
      case "sectPr" -> {
        if (b == null) {
          lastSection = section(); // the body's own: the last section's properties
        } else {
          x.skipElement();
        }
      }
      case "commentRangeStart", "commentReference" -> {
        if (seen.comment == 0) {
          seen.comment = paragraphNumber();
        }
        x.skipElement();
      }
      default -> other(local);
    }
  }

  /** A hyperlink being read: its anchor (null when it names no bookmark), paragraph and start. */
  private record OpenLink(String anchor, Builder paragraph, int start) {}

  private static final OpenLink NO_ANCHOR = new OpenLink(null, null, 0);

  /** Hyperlinks open in this part, innermost first. */
  private final Deque<OpenLink> links = new ArrayDeque<>();

  private void startLink(Builder b) {
    String anchor = b != null && instructions == 0 ? x.attr("anchor") : null;
    links.push(anchor == null ? NO_ANCHOR : new OpenLink(anchor, b, b.text.length()));
  }

  private void endLink() {
    OpenLink l = links.poll();
    // A link of another paragraph (one in a text box) is no link of this text.
    if (l != null && l.anchor() != null && open.peek() == l.paragraph()) {
      l.paragraph().links.add(new Link(l.anchor(), l.start(), l.paragraph().text.length()));
    }
  }

  private void character(Builder b, char c) {
    if (b != null && instructions == 0) {
      b.text.append(c);
      b.control |= c < ' ';
    }
    x.skipElement();
  }

  private void footnoteReference(Builder b) {
    if (b != null && instructions == 0) {
      String id = x.attr("id");
      String custom = x.attr("customMarkFollows");
      if (id != null) {
        if ("1".equals(custom) || "true".equals(custom) || "on".equals(custom)) {
          customPending = id;
        } else {
          b.refs.add(new Ref(id, null));
          b.text.append(REF);
          b.control = true;
        }
      }
    }
  }

  private void other(String local) {
    if (DELETED.contains(local)) {
      if (seen.trackedChange == 0) {
        seen.trackedChange = paragraphNumber();
      }
      x.skipElement();
    } else if (INSERTED.contains(local)) {
      if (seen.trackedChange == 0) {
        seen.trackedChange = paragraphNumber();
      }
    } else if (SKIPPED.contains(local)) {
      x.skipElement();
    }
    // anything else (r, hyperlink, fldSimple, sdt, sdtContent, smartTag, customXml, tbl, tr, tc,
    // txbxContent, …) is read by descending into it
  }

  private int paragraphNumber() {
    Builder b = open.peek();
    return b != null ? b.number : Math.max(1, count);
  }

  private void field(String type) {
    if ("begin".equals(type)) {
      fields.push(new boolean[] {true});
      instructions++;
    } else if ("separate".equals(type)) {
      boolean[] f = fields.peek();
      if (f != null && f[0]) {
        f[0] = false;
        instructions--;
      }
    } else if ("end".equals(type)) {
      boolean[] f = fields.poll();
      if (f != null && f[0]) {
        instructions--;
      }
    }
  }

  private void text(Builder b) {
    // Straight into the paragraph, unless the text is a custom footnote mark or not to be read.
    boolean direct = b != null && instructions == 0 && customPending == null;
    CharBuf sb = direct ? b.text : new CharBuf(16);
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (ev == XMLStreamConstants.CHARACTERS
          || ev == XMLStreamConstants.CDATA
          || ev == XMLStreamConstants.SPACE) {
        x.appendText(sb);
        if (direct && x.textHasControl()) {
          b.control = true;
        }
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        x.skipElement();
      }
    }
    if (direct || b == null || instructions > 0) {
      return;
    }
    b.refs.add(new Ref(customPending, sb.toString().strip()));
    b.text.append(REF);
    b.control = true;
    customPending = null;
  }

  private void paragraphProperties(Builder b) {
    int depth = x.depth();
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && x.depth() < depth) {
        return;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.isW("pStyle")) {
        b.style = x.attr("val");
      } else if (x.isW("outlineLvl")) {
        b.outline = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("numId")) {
        b.numId = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("ilvl")) {
        b.ilvl = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("sectPr")) {
        b.section = section();
      } else if (x.isW("rPr") || x.isW("pPrChange")) {
        x.skipElement();
      }
    }
  }

  /** The footnote numbering of the section whose properties ({@code w:sectPr}) start here. */
  private Section section() {
    int depth = x.depth();
    int start = 0;
    String restart = null;
    boolean notes = false;
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        if (x.depth() < depth) {
          return new Section(start, restart);
        }
        if (x.isW("footnotePr")) {
          notes = false;
        }
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        if (x.isW("sectPrChange")) {
          x.skipElement(); // the properties before a tracked change
        } else if (x.isW("footnotePr")) {
          notes = true;
        } else if (notes && x.isW("numStart")) {
          start = Numbers.parse(x.attr("val"), 0);
        } else if (notes && x.isW("numRestart")) {
          restart = x.attr("val");
        }
      }
    }
  }
}
