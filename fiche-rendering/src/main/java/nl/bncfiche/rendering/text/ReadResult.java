package nl.bncfiche.rendering.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.bncfiche.model.KamerstukDocument;

/**
 * What a reader read: the document, where its parts stood, and its findings (rule family {@code
 * BNC-R}): text it could not place in the template (kept in an "overige" part, never dropped), a
 * title taken from elsewhere, a Word revision read as accepted.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadResult {
  private final KamerstukDocument document;
  private final SourceMap sourceMap;
  private final List<ReadFinding> findings;

  /**
   * A result of the given parts.
   *
   * @throws NullPointerException when an argument or a finding is null
   */
  public ReadResult(KamerstukDocument document, SourceMap sourceMap, List<ReadFinding> findings) {
    this.document = Objects.requireNonNull(document, "document");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.findings = List.copyOf(findings);
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

  /** The reader's findings in reading order; empty for a text in the canonical layout. */
  public List<ReadFinding> getFindings() {
    return findings;
  }

  /**
   * The findings as one line each, "regel N: Dutch text | line N: English text" ({@link
   * ReadFinding#toString()}).
   */
  public List<String> getWarnings() {
    List<String> lines = new ArrayList<>(findings.size());
    for (ReadFinding f : findings) {
      lines.add(f.toString());
    }
    return Collections.unmodifiableList(lines);
  }
}
