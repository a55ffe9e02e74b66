package nl.bncfiche.rendering.text;

import java.util.List;
import java.util.Objects;
import nl.bncfiche.model.KamerstukDocument;

/**
 * What {@link TextReader} read: the document, where its parts stood, and warnings about text the
 * reader could not place in the template (kept in an "overige" part, never dropped).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadResult {
  private final KamerstukDocument document;
  private final SourceMap sourceMap;
  private final List<String> warnings;

  /**
   * A result of the given parts.
   *
   * @throws NullPointerException when an argument is null
   */
  public ReadResult(KamerstukDocument document, SourceMap sourceMap, List<String> warnings) {
    this.document = Objects.requireNonNull(document, "document");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The document read; parts that were absent or cut off are empty, for the validator to report.
   */
  public KamerstukDocument getDocument() {
    return document;
  }

  /** The positions of the document's parts in the text. */
  public SourceMap getSourceMap() {
    return sourceMap;
  }

  /**
   * Warnings in reading order, each "regel N: Dutch text | line N: English text"; empty for a text
   * in the canonical layout.
   */
  public List<String> getWarnings() {
    return warnings;
  }
}
