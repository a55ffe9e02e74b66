package nl.bncfiche.docx.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * The paragraph and numbering styles of {@code styles.xml}: for a paragraph style, its heading
 * level (by the style's name, "heading 1" to "heading 9", in any case, or its outline level; never
 * by its id, which Word localises: "Kop1") and its numbering, each inherited through {@code
 * w:basedOn}. A cycle of {@code w:basedOn} is refused. Not thread-safe: a thread may keep one
 * between reads of documents with the same styles ({@link PartMemo}), with what it resolved.
 */
final class Styles {
  /** One style as written; {@code numId} -1 when the style sets none. */
  private record Style(String name, String basedOn, int outlineLevel, int numId, int ilvl) {}

  /** What a paragraph takes from its style chain. */
  record Resolved(int headingLevel, int numId, int ilvl) {
    static final Resolved NONE = new Resolved(0, -1, 0);
  }

  private final Map<String, Style> styles = new HashMap<>();
  private final Map<String, Resolved> resolved = new HashMap<>();
  private String defaultParagraph;

  static Styles read(byte[] part, int maxDepth) {
    Styles s = new Styles();
    if (part != null) {
      s.parse(part, maxDepth);
    }
    return s;
  }

  private void parse(byte[] part, int maxDepth) {
    try (Xml x = Xml.open(part, "styles.xml", maxDepth)) {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.isW("style")) {
          String type = x.attr("type");
          String id = x.attr("styleId");
          boolean isDefault = "1".equals(x.attr("default")) || "true".equals(x.attr("default"));
          Style st = style(x);
          if (id != null
              && (type == null || type.equals("paragraph") || type.equals("numbering"))) {
            styles.putIfAbsent(id, st);
            if (isDefault && "paragraph".equals(type) && defaultParagraph == null) {
              defaultParagraph = id;
            }
          }
        }
      }
    }
  }

  private static Style style(Xml x) {
    int depth = x.depth();
    String name = null;
    String basedOn = null;
    int outline = -1;
    int numId = -1;
    int ilvl = -1;
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && x.depth() < depth) {
        break;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.isW("name")) {
        name = x.attr("val");
      } else if (x.isW("basedOn")) {
        basedOn = x.attr("val");
      } else if (x.isW("outlineLvl")) {
        outline = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("numId")) {
        numId = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("ilvl")) {
        ilvl = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("rPr") || x.isW("pPrChange") || x.isW("tblPr") || x.isW("tblStylePr")) {
        x.skipElement();
      }
    }
    return new Style(name, basedOn, outline, numId, ilvl);
  }

  /** The style of a paragraph without {@code w:pStyle}. */
  String defaultParagraph() {
    return defaultParagraph;
  }

  /**
   * What the style {@code id} (or the default paragraph style when null) gives a paragraph.
   *
   * @throws nl.bncfiche.rendering.text.FicheReadException on a cycle of {@code w:basedOn}
   */
  Resolved resolve(String id) {
    String start = id != null ? id : defaultParagraph;
    if (start == null) {
      return Resolved.NONE;
    }
    Resolved r = resolved.get(start);
    if (r != null) {
      return r;
    }
    int heading = 0;
    int outline = -1;
    int numId = -1;
    int ilvl = -1;
    Set<String> seen = new HashSet<>();
    String at = start;
    while (at != null) {
      if (!seen.add(at)) {
        throw DocxFailure.badPart(
            "styles.xml",
            "de stijlen erven in een kring van elkaar (w:basedOn)",
            "its styles inherit from each other in a cycle (w:basedOn)",
            null);
      }
      Style st = styles.get(at);
      if (st == null) {
        break;
      }
      if (heading == 0) {
        heading = headingByName(st.name());
      }
      if (outline < 0 && st.outlineLevel() >= 0) {
        outline = st.outlineLevel();
      }
      if (numId < 0 && st.numId() >= 0) {
        numId = st.numId();
        ilvl = st.ilvl();
      } else if (ilvl < 0 && st.ilvl() >= 0 && numId < 0) {
        ilvl = st.ilvl();
      }
      at = st.basedOn();
    }
    if (heading == 0 && outline >= 0 && outline < 9) {
      heading = outline + 1;
    }
    r = new Resolved(heading, numId, Math.max(0, ilvl));
    resolved.put(start, r);
    return r;
  }

  /**
   * The numbering of the numbering style {@code id} ({@code w:numStyleLink}), -1 when none; a
   * numbering style's own chain is followed with the same cycle check.
   */
  int numIdOfStyle(String id) {
    return resolve(id).numId();
  }

  static int headingByName(String name) {
    if (name == null) {
      return 0;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.length() == 9 && n.startsWith("heading ")) {
      char c = n.charAt(8);
      if (c >= '1' && c <= '9') {
        return c - '0';
      }
    }
    return 0;
  }
}
