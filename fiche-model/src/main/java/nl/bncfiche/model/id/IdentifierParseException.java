package nl.bncfiche.model.id;

import java.util.Objects;

/**
 * Thrown when a text is not a valid identifier or Dutch date. Carries a {@link ParseError} with the
 * character position and what was expected there.
 */
public final class IdentifierParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ParseError error;

  /** An exception for {@code error}. */
  public IdentifierParseException(ParseError error) {
    super(Objects.requireNonNull(error, "error").getMessage());
    this.error = error;
  }

  /**
   * Shorthand for {@code new IdentifierParseException(ParseError.of(identifier, position,
   * expected))}.
   */
  public IdentifierParseException(String identifier, int position, String expected) {
    this(ParseError.of(identifier, position, expected));
  }

  /** Where and why parsing failed. */
  public ParseError getError() {
    return error;
  }
}
