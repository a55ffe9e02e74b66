package nl.bncfiche.model.id;

import java.util.Objects;

/**
 * Why a text is not a valid identifier: the zero-based character position where reading stopped and
 * what was expected there.
 *
 * <p>Immutable and thread-safe. The text itself is not part of the value, so a confidential title
 * never travels inside an error.
 */
public final class ParseError {
  private final String identifier;
  private final int position;
  private final String expected;

  private ParseError(String identifier, int position, String expected) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.position = position;
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * An error at {@code position} of a text that was read as {@code identifier}.
   *
   * @param identifier what was being read, in English ("Commission document", "CELEX number")
   * @param position zero-based character index; the text's length when the text ended too early
   * @param expected what would have been valid there, in English ("a four-digit year")
   */
  public static ParseError of(String identifier, int position, String expected) {
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative: " + position);
    }
    return new ParseError(identifier, position, expected);
  }

  /** What was being read, such as "Commission document". */
  public String getIdentifier() {
    return identifier;
  }

  /** Zero-based character position where reading stopped. */
  public int getPosition() {
    return position;
  }

  /** What was expected at {@link #getPosition()}. */
  public String getExpected() {
    return expected;
  }

  /** One line: {@code "<identifier>: expected <expected> at position <n>"}. */
  public String getMessage() {
    return identifier + ": expected " + expected + " at position " + position;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParseError parseError
        && parseError.position == position
        && parseError.identifier.equals(identifier)
        && parseError.expected.equals(expected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(identifier, position, expected);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
