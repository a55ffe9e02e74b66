package nl.bncfiche.model.io;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * An input with more bytes than a reader takes, refused before it was read entirely. Thrown by
 * {@link Utf8Input}; the readers' own exceptions carry it as their cause.
 */
public final class InputTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final long size;

  /**
   * An input over {@code limit} bytes.
   *
   * @param size its size in bytes when it was known before reading, else -1
   */
  public InputTooLargeException(long limit, long size) {
    super(
        size < 0
            ? "more than " + limit + " bytes"
            : size + " bytes, at most " + limit + " allowed");
    this.limit = limit;
    this.size = size;
  }

  /** The most bytes the reader takes. */
  public long getLimit() {
    return limit;
  }

  /**
   * The input's size in bytes, when its file said so before reading; empty when only reading found
   * out (a stream, a device such as {@code /dev/zero}, a file that grew).
   */
  public OptionalLong getSize() {
    return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
  }
}
