package nl.bncfiche.rendering.text;

/**
 * A place in a read input: line and column of a text, both counted from 1; or, for a document read
 * from Word (.docx), the paragraph ("alinea 57") and, inside a footnote, the footnote's number
 * ("voetnoot 3").
 *
 * <p>Columns count UTF-16 characters of the line as read (after a byte-order mark was removed). A
 * paragraph position has {@link #getLine()} equal to its paragraph and column 1, so that callers
 * that only know lines and columns still point at the right place.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourcePosition {
  private final int line;
  private final int column;
  private final int paragraph;
  private final int footnote;

  private SourcePosition(int line, int column, int paragraph, int footnote) {
    this.line = line;
    this.column = column;
    this.paragraph = paragraph;
    this.footnote = footnote;
  }

  /**
   * The position at {@code line} and {@code column} of a text.
   *
   * @throws IllegalArgumentException when either is below 1
   */
  public static SourcePosition of(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
    return new SourcePosition(line, column, 0, 0);
  }

  /**
   * The position of the document's {@code paragraph}-th paragraph (from 1, in document order, empty
   * paragraphs and those in tables included).
   *
   * @throws IllegalArgumentException when {@code paragraph} is below 1
   */
  public static SourcePosition ofParagraph(int paragraph) {
    if (paragraph < 1) {
      throw new IllegalArgumentException("paragraphs count from 1: " + paragraph);
    }
    return new SourcePosition(paragraph, 1, paragraph, 0);
  }

  /**
   * The position of the footnote numbered {@code footnote}, referred to from the document's {@code
   * paragraph}-th paragraph.
   *
   * @throws IllegalArgumentException when either is below 1
   */
  public static SourcePosition ofFootnote(int footnote, int paragraph) {
    if (footnote < 1 || paragraph < 1) {
      throw new IllegalArgumentException(
          "footnotes and paragraphs count from 1: " + footnote + ", " + paragraph);
    }
    return new SourcePosition(paragraph, 1, paragraph, footnote);
  }

  /** The line, from 1; for a paragraph position, the paragraph. */
  public int getLine() {
    return line;
  }

  /** The column, from 1; 1 for a paragraph position. */
  public int getColumn() {
    return column;
  }

  /** Whether this names a paragraph (of a Word document) rather than a line and column. */
  public boolean isParagraph() {
    return paragraph > 0;
  }

  /** The paragraph, from 1; 0 when this is a line and column of a text. */
  public int getParagraph() {
    return paragraph;
  }

  /** The number of the footnote this is in; 0 when it is in no footnote. */
  public int getFootnote() {
    return footnote;
  }

  /** In Dutch: "regel 37, kolom 1", "alinea 57", or "voetnoot 3 (alinea 57)". */
  public String describeNl() {
    if (footnote > 0) {
      return "voetnoot " + footnote + " (alinea " + paragraph + ")";
    }
    if (paragraph > 0) {
      return "alinea " + paragraph;
    }
    return "regel " + line + ", kolom " + column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition p
        && p.line == line
        && p.column == column
        && p.paragraph == paragraph
        && p.footnote == footnote;
  }

  @Override
  public int hashCode() {
    int h = line * 31 + column;
    return paragraph == 0 ? h : h * 31 + footnote;
  }

  /** "line 37, column 1", "paragraph 57", or "footnote 3 (paragraph 57)". */
  @Override
  public String toString() {
    if (footnote > 0) {
      return "footnote " + footnote + " (paragraph " + paragraph + ")";
    }
    if (paragraph > 0) {
      return "paragraph " + paragraph;
    }
    return "line " + line + ", column " + column;
  }
}
