package nl.bncfiche.model.io;

import java.io.IOException;
import java.util.Locale;

/**
 * Input that is not UTF-8: where its first malformed byte stands, as a byte offset and as the line
 * and column after the text before it, and the byte's value. Thrown by {@link Utf8Input}; the
 * readers' own exceptions carry it as their cause.
 */
public final class MalformedUtf8Exception extends IOException {
  private static final long serialVersionUID = 1L;

  private final long offset;
  private final int value;
  private final int line;
  private final int column;

  /**
   * The byte {@code value} (0 to 255) at {@code offset} from the start of the input, on {@code
   * line} and at {@code column} (both from 1, counted as {@code SourcePosition} counts them).
   */
  public MalformedUtf8Exception(long offset, int value, int line, int column) {
    super(
        String.format(
            Locale.ROOT,
            "not UTF-8: byte 0x%02X at offset %d (line %d, column %d)",
            value,
            offset,
            line,
            column));
    this.offset = offset;
    this.value = value;
    this.line = line;
    this.column = column;
  }

  /** The byte's offset from the start of the input, a byte-order mark included. */
  public long getOffset() {
    return offset;
  }

  /** The byte's value, 0 to 255. */
  public int getValue() {
    return value;
  }

  /** The line the byte is on, from 1. */
  public int getLine() {
    return line;
  }

  /** The byte's column, from 1: the UTF-16 characters before it on its line, plus one. */
  public int getColumn() {
    return column;
  }
}
