package nl.bncfiche.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import nl.bncfiche.docx.internal.DocxPackage;
import nl.bncfiche.docx.internal.Limits;
import nl.bncfiche.docx.internal.LineStream;
import nl.bncfiche.docx.internal.ZipParts;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.rendering.text.TextReader;

/**
 * Reads a fiche from a Word document (.docx) into the same {@link ReadResult} as {@link
 * TextReader}: the document, a source map whose positions name the paragraph ("alinea 57") and, in
 * a footnote, the footnote ("voetnoot 3"), and the reader's findings.
 *
 * <p>It reads Word's own structure: headings by style name ("heading 1", whatever the localised
 * style id, such as "Kop1") or outline level; list labels computed from the numbering (decimal,
 * letters, roman numerals, bullets; {@code %1)}; start and restart overrides; numbering inherited
 * through the style); footnotes at their reference; hyperlinks and fields as their text; tables row
 * by row. Tracked changes are read as accepted and comments are left out, each with a finding. The
 * fiche itself is then recognised by the text reader's grammar, so that a .docx and its text read
 * alike.
 *
 * <p>Hostile files are bounded (see {@link Builder}): file size, zip entries, inflated bytes per
 * entry and in all, compression ratio, XML depth; duplicate entry names, DTDs and cycles of styles
 * or numbering are refused, as are macro-enabled documents (.docm) and OLE containers (a legacy
 * .doc or an encrypted document). Every refusal is a {@link FicheReadException} with a Dutch and
 * English message.
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 */
public final class DocxReader {
  /** The default bound on the file's size: 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  /** The default bound on the number of zip entries (as Apache POI's). */
  public static final int DEFAULT_MAX_ENTRIES = 1000;

  /** The default bound on one entry's inflated size: 64 MiB. */
  public static final long DEFAULT_MAX_ENTRY_BYTES = 64L << 20;

  /** The default bound on all entries' inflated size: 128 MiB. */
  public static final long DEFAULT_MAX_TOTAL_BYTES = 128L << 20;

  /**
   * The default bound on an entry's compression ratio (as Apache POI's minimum inflate ratio 0.01);
   * entries that inflate to 100 KiB or less are exempt.
   */
  public static final int DEFAULT_MAX_RATIO = 100;

  /** The default bound on the XML's element depth. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  private final Limits limits;

  private DocxReader(Limits limits) {
    this.limits = limits;
  }

  /** A reader with the default bounds. */
  public static DocxReader create() {
    return new Builder().build();
  }

  /** A builder for a reader with other bounds. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocxReader}; not thread-safe. Every bound must be positive. */
  public static final class Builder {
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private int maxEntries = DEFAULT_MAX_ENTRIES;
    private long maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES;
    private long maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES;
    private int maxRatio = DEFAULT_MAX_RATIO;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxInputChars = TextReader.DEFAULT_MAX_INPUT_CHARS;

    private Builder() {}

    /** The most bytes a .docx file may have. */
    public Builder maxFileBytes(long max) {
      this.maxFileBytes = positive(max, "maxFileBytes");
      return this;
    }

    /** The most entries its zip may have. */
    public Builder maxEntries(int max) {
      this.maxEntries = (int) positive(max, "maxEntries");
      return this;
    }

    /** The most bytes one entry may inflate to. */
    public Builder maxEntryBytes(long max) {
      this.maxEntryBytes = positive(max, "maxEntryBytes");
      return this;
    }

    /** The most bytes all entries together may inflate to. */
    public Builder maxTotalBytes(long max) {
      this.maxTotalBytes = positive(max, "maxTotalBytes");
      return this;
    }

    /** The highest compression ratio of an entry over 100 KiB inflated. */
    public Builder maxCompressionRatio(int max) {
      this.maxRatio = (int) positive(max, "maxCompressionRatio");
      return this;
    }

    /** The deepest nesting of XML elements. */
    public Builder maxDepth(int max) {
      this.maxDepth = (int) positive(max, "maxDepth");
      return this;
    }

    /** The most characters of text the document may hold, as {@link TextReader}'s bound. */
    public Builder maxInputChars(int max) {
      this.maxInputChars = (int) positive(max, "maxInputChars");
      return this;
    }

    private static long positive(long v, String name) {
      if (v < 1) {
        throw new IllegalArgumentException(name + " must be positive: " + v);
      }
      return v;
    }

    /** The reader. */
    public DocxReader build() {
      return new DocxReader(
          new Limits(
              maxFileBytes,
              maxEntries,
              maxEntryBytes,
              maxTotalBytes,
              maxRatio,
              maxDepth,
              maxInputChars));
    }
  }

  /**
   * Reads the .docx file at {@code file}; a file larger than the bound is refused unread.
   *
   * @throws FicheReadException when the file is no readable .docx, breaks a bound, or holds no
   *     fiche
   * @throws UncheckedIOException when reading fails
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      if (Files.isRegularFile(file) && Files.size(file) > limits.maxFileBytes()) {
        throw ZipParts.tooLarge(limits);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a .docx from {@code in}, which is not closed; reading stops past the size bound.
   *
   * @throws FicheReadException as {@link #read(Path)}
   * @throws UncheckedIOException when reading fails
   */
  public ReadResult read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return read(ZipParts.readAll(in, limits));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the .docx in {@code docx}.
   *
   * @throws FicheReadException as {@link #read(Path)}
   */
  public ReadResult read(byte[] docx) {
    Objects.requireNonNull(docx, "docx");
    if (docx.length > limits.maxFileBytes()) {
      throw ZipParts.tooLarge(limits);
    }
    LineStream lines = LineStream.of(DocxPackage.read(docx, limits));
    ReadResult text;
    try {
      text = TextReader.builder().maxInputChars(limits.maxInputChars()).build().read(lines.text());
    } catch (FicheReadException e) {
      int p = e.getLine() > 0 ? lines.paragraphOf(e.getLine()) : 0;
      throw new FicheReadException(p, p > 0 ? 1 : 0, e.getMessageNl(), e.getMessageEn(), e);
    }
    List<ReadFinding> findings = new ArrayList<>();
    for (ReadFinding f : text.getFindings()) {
      findings.add(f.at(lines.positionOf(f.getPosition().getLine())));
    }
    findings.addAll(lines.findings());
    // Remapped on the first look-up only, as the text reader's own table is built: most reads never
    // look a position up. The remapping holds the line origins, not the text.
    UnaryOperator<SourcePosition> toParagraphs = lines.positions();
    return new ReadResult(text.getDocument(), text.getSourceMap().remapped(toParagraphs), findings);
  }
}
