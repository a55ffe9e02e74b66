package nl.bncfiche.rendering.text;

/**
 * A place in a read text: line and column, both counted from 1. Columns count UTF-16 characters of
 * the line as read (after a byte-order mark was removed).
 *
 * <p>Immutable and thread-safe.
 */
public final class SourcePosition {
  private final int line;
  private final int column;

  private SourcePosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * The position at {@code line} and {@code column}.
   *
   * @throws IllegalArgumentException when either is below 1
   */
  public static SourcePosition of(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
    return new SourcePosition(line, column);
  }

  /** The line, from 1. */
  public int getLine() {
    return line;
  }

  /** The column, from 1. */
  public int getColumn() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition sourcePosition
        && sourcePosition.line == line
        && sourcePosition.column == column;
  }

  @Override
  public int hashCode() {
    return line * 31 + column;
  }

  /** "line 37, column 1". */
  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
