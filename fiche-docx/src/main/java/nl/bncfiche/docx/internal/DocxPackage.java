package nl.bncfiche.docx.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * The parts of a Word package that the reader needs, found as Word finds them: the main document
 * through the package relationships, its styles, numbering, footnotes, settings and comments
 * through the document's relationships. A macro-enabled document (.docm) is refused.
 */
public final class DocxPackage {
  private static final String MACRO_TYPE = "macroenabled";

  final byte[] document;
  final String documentName;
  final byte[] styles;
  final byte[] numbering;
  final byte[] footnotes;
  final byte[] settings;
  final boolean hasComments;
  final int maxDepth;

  private DocxPackage(
      byte[] document,
      String documentName,
      byte[] styles,
      byte[] numbering,
      byte[] footnotes,
      byte[] settings,
      boolean hasComments,
      int maxDepth) {
    this.document = document;
    this.documentName = documentName;
    this.styles = styles;
    this.numbering = numbering;
    this.footnotes = footnotes;
    this.settings = settings;
    this.hasComments = hasComments;
    this.maxDepth = maxDepth;
  }

  /** The package in {@code bytes}. */
  public static DocxPackage read(byte[] bytes, Limits limits) {
    ZipParts zip = ZipParts.read(bytes, limits);
    byte[] types = zip.get("[Content_Types].xml");
    if (types == null) {
      throw notWord();
    }
    int depth = limits.maxDepth();
    if (zip.hasMacros()
        || PartMemo.get(
            PartMemo.Kind.CONTENT_TYPES, types, depth, null, b -> holdsMacroType(b, depth))) {
      throw DocxFailure.of(
          "Het document bevat macro's (.docm): sla het op als .docx zonder macro's.",
          "The document holds macros (.docm): save it as .docx without macros.");
    }
    byte[] rootRels = zip.get("_rels/.rels");
    if (rootRels == null) {
      throw notWord();
    }
    String main =
        PartMemo.get(
                PartMemo.Kind.PACKAGE_RELATIONSHIPS,
                rootRels,
                depth,
                null,
                b -> relationships(b, "_rels/.rels", "", depth))
            .get("officedocument");
    if (main == null || zip.get(main) == null) {
      throw notWord();
    }
    String dir = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
    String relsName = dir + "_rels/" + main.substring(dir.length()) + ".rels";
    byte[] rels = zip.get(relsName);
    Map<String, String> targets =
        rels == null
            ? Map.of()
            : PartMemo.get(
                PartMemo.Kind.DOCUMENT_RELATIONSHIPS,
                rels,
                depth,
                relsName + '\n' + dir,
                b -> relationships(b, relsName, dir, depth));
    return new DocxPackage(
        zip.get(main),
        main,
        part(zip, targets.get("styles")),
        part(zip, targets.get("numbering")),
        part(zip, targets.get("footnotes")),
        part(zip, targets.get("settings")),
        holdsComments(part(zip, targets.get("comments")), depth),
        depth);
  }

  private static byte[] part(ZipParts zip, String name) {
    return name == null ? null : zip.get(name);
  }

  /** Whether {@code comments} holds a comment (pandoc writes an empty comments part). */
  private static boolean holdsComments(byte[] comments, int maxDepth) {
    if (comments == null) {
      return false;
    }
    return PartMemo.get(
        PartMemo.Kind.COMMENTS, comments, maxDepth, null, b -> anyComment(b, maxDepth));
  }

  private static boolean anyComment(byte[] comments, int maxDepth) {
    try (Xml x = Xml.open(comments, "comments.xml", maxDepth)) {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && x.isW("comment")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holdsMacroType(byte[] types, int maxDepth) {
    try (Xml x = Xml.open(types, "[Content_Types].xml", maxDepth)) {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT) {
          String t = x.plainAttr("ContentType");
          if (t != null && t.toLowerCase(Locale.ROOT).contains(MACRO_TYPE)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The internal targets of the relationships in {@code rels}, by the last segment of their type in
   * lower case ("officedocument", "styles", …), resolved against {@code dir}; the first of a type
   * wins.
   */
  private static Map<String, String> relationships(
      byte[] rels, String name, String dir, int maxDepth) {
    Map<String, String> out = new HashMap<>();
    try (Xml x = Xml.open(rels, name, maxDepth)) {
      while (x.hasNext()) {
        if (x.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(x.localName())) {
          String type = x.plainAttr("Type");
          String target = x.plainAttr("Target");
          if (type == null
              || target == null
              || "External".equalsIgnoreCase(String.valueOf(x.plainAttr("TargetMode")))) {
            continue;
          }
          String kind = type.substring(type.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
          String resolved = resolve(dir, target);
          if (resolved != null) {
            out.putIfAbsent(kind, resolved);
          }
        }
      }
    }
    return Map.copyOf(out); // kept between reads: see PartMemo
  }

  /** {@code target} against {@code dir}, ".." resolved; null when it leaves the package. */
  static String resolve(String dir, String target) {
    String t = target.startsWith("/") ? target.substring(1) : dir + target;
    Deque<String> segments = new ArrayDeque<>();
    for (String s : t.split("/", -1)) {
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.removeLast();
      } else if (!s.isEmpty() && !s.equals(".")) {
        segments.addLast(s);
      }
    }
    return String.join("/", segments);
  }

  private static nl.bncfiche.rendering.text.FicheReadException notWord() {
    return DocxFailure.of(
        "Het zip-bestand is geen Word-document (geen word/document.xml gevonden).",
        "The zip file is no Word document (no main document part found).");
  }
}
