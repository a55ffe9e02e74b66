package nl.bncfiche.server.report;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import nl.bncfiche.docx.DocxReader;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.io.FicheInputException;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.json.FicheJsonException;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.SourceMap;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.rendering.text.TextReader;

/**
 * A fiche document read from the text of one input (canonical text or JSON), and what it takes to
 * say where each JSON pointer of it came from: the text reader's source map, or the JSON text to
 * look the positions up in when they are needed. The command line and the server read every input
 * through this class, so that both say the same about an input that is no fiche.
 *
 * <p>Immutable; the document is as the reader gave it.
 */
public final class FicheContent {
  private final KamerstukDocument document;
  private final SourceMap sourceMap;
  private final String json;
  private final List<ReadFinding> findings;

  private FicheContent(
      KamerstukDocument document, SourceMap sourceMap, String json, List<ReadFinding> findings) {
    this.document = document;
    this.sourceMap = sourceMap;
    this.json = json;
    this.findings = List.copyOf(findings);
  }

  /**
   * What some other reader (such as a word processor's) read: the document, where its parts stood,
   * and the reader's findings.
   */
  public static FicheContent of(ReadResult read) {
    return new FicheContent(read.getDocument(), read.getSourceMap(), null, read.getFindings());
  }

  /**
   * Reads {@code content} as JSON when {@code isJson}, else as text, asking for the JSON binding
   * only when it is needed (building it loads hundreds of Jackson classes).
   *
   * @throws Unreadable when the content is no fiche or no valid fiche JSON, with where and why
   */
  public static FicheContent read(
      String content, boolean isJson, TextReader reader, Supplier<FicheJson> json) {
    if (isJson) {
      try {
        return new FicheContent(json.get().read(content), null, content, List.of());
      } catch (FicheJsonException e) {
        String pointer = e.getPointer();
        SourcePosition at =
            e.getLine() > 0
                ? SourcePosition.of(e.getLine(), Math.max(1, e.getColumn()))
                : JsonPositions.of(content, List.of(pointer))
                    .positionOf(pointer)
                    .orElse(SourcePosition.of(1, 1));
        String where = pointer.isEmpty() ? "/" : shortened(pointer);
        throw new Unreadable(
            at.getLine(),
            at.getColumn(),
            "not a valid fiche JSON at " + where + ": " + e.getMessageEn(),
            "geen geldige fiche-JSON bij " + where + ": " + e.getMessageNl(),
            e);
      }
    }
    try {
      return of(reader.read(content));
    } catch (FicheReadException e) {
      // An input without lines (an empty file) has its error at 0:0: its start, for a reader.
      throw new Unreadable(
          Math.max(e.getLine(), 1),
          Math.max(e.getColumn(), 1),
          e.getMessageEn(),
          e.getMessageNl(),
          e);
    }
  }

  /**
   * Reads a Word document of at most {@code maxBytes} bytes.
   *
   * @throws Unreadable when it cannot be read (an old .doc, a .docm, a zip bomb, no fiche): its
   *     line and column are 0, and the message names the paragraph when there is one ("alinea 57:
   *     …"), since a Word document has no lines
   */
  public static FicheContent readDocx(byte[] docx, long maxBytes) {
    try {
      return of(DocxReader.builder().maxFileBytes(Math.max(1, maxBytes)).build().read(docx));
    } catch (FicheReadException e) {
      int p = e.getLine();
      throw new Unreadable(
          0,
          0,
          (p > 0 ? "paragraph " + p + ": " : "") + e.getMessageEn(),
          (p > 0 ? "alinea " + p + ": " : "") + e.getMessageNl(),
          e);
    }
  }

  /**
   * {@code pointer} with each segment cut to 40 characters: an unknown field's name is the
   * document's text, of which a message quotes no more.
   */
  private static String shortened(String pointer) {
    StringBuilder sb = new StringBuilder(pointer.length());
    for (String segment : pointer.substring(1).split("/", -1)) {
      sb.append('/');
      if (segment.length() > 40) {
        int end = Character.isHighSurrogate(segment.charAt(39)) ? 39 : 40;
        sb.append(segment, 0, end).append('…');
      } else {
        sb.append(segment);
      }
    }
    return sb.toString();
  }

  /** The document. */
  public KamerstukDocument document() {
    return document;
  }

  /** What the text or Word reader noticed while reading, in reading order; none for JSON. */
  public List<ReadFinding> findings() {
    return findings;
  }

  /**
   * Where the parts at {@code pointers} (or their nearest ancestors) stood in the input. For JSON
   * this reads the text again, for these pointers only: ask once, for all of them.
   */
  public SourceMap positions(Collection<String> pointers) {
    return json == null ? sourceMap : JsonPositions.of(json, pointers);
  }

  /**
   * Content that is no fiche: where (1-based line and column; line 0 for a Word document, whose
   * message names the paragraph) and why, in English and Dutch, as every reader's error.
   */
  public static final class Unreadable extends FicheInputException {
    private static final long serialVersionUID = 1L;

    Unreadable(int line, int column, String messageEn, String messageNl, Throwable cause) {
      super(messageEn, line, column, messageNl, messageEn, cause);
    }
  }
}
