package nl.bncfiche.model.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A field that holds an identifier or date: either its parsed value, or, when the text does not
 * parse, the text as written together with the reason. A fiche with a malformed COM number or an
 * impossible date is still a fiche; reporting the bad value is the validator's job.
 *
 * <p>Invariant: an unparsed {@code Parsed} only exists for text that its parser rejects, so equal
 * text always gives equal values. Equality: parsed values by value, unparsed ones by their text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the identifier type
 */
public final class Parsed<T> {
  private static final String SOFT_HYPHEN = "\u00ad";

  private final T value;
  private final String text;
  private final ParseError error;

  private Parsed(T value, String text, ParseError error) {
    this.value = value;
    this.text = text;
    this.error = error;
  }

  /** A parsed value; its text is the value's canonical {@code toString()}. */
  public static <T> Parsed<T> of(T value) {
    Objects.requireNonNull(value, "value");
    return new Parsed<>(value, value.toString(), null);
  }

  /**
   * Parses {@code text} with {@code parser}; keeps the trimmed text and the error when it does not
   * parse. Never throws for bad text. Soft hyphens (U+00AD), which Word puts into long words and
   * which no reader sees, do not stop a value from parsing ("COM(2025) 7\u00ad43", "12
   * fe\u00adbruari 2026"); an error still points into the text as written.
   */
  public static <T> Parsed<T> parse(CharSequence text, Parser<T> parser) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(parser, "parser");
    String trimmed = text.toString().strip();
    try {
      return of(parser.parse(trimmed));
    } catch (IdentifierParseException e) {
      if (trimmed.indexOf(SOFT_HYPHEN) >= 0) {
        try {
          return of(parser.parse(trimmed.replace(SOFT_HYPHEN, "")));
        } catch (IdentifierParseException ignored) {
          // the error of the text as written is the one to report
        }
      }
      return new Parsed<>(null, trimmed, e.getError());
    }
  }

  /** The parsed value, or empty when the text did not parse. */
  public Optional<T> getValue() {
    return Optional.ofNullable(value);
  }

  /** Whether the text parsed. */
  public boolean isParsed() {
    return value != null;
  }

  /** The canonical text of the value, or the text as written when it did not parse. */
  public String getText() {
    return text;
  }

  /** Why the text did not parse; empty when it did. */
  public Optional<ParseError> getError() {
    return Optional.ofNullable(error);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Parsed)) {
      return false;
    }
    Parsed<?> other = (Parsed<?>) o;
    return value != null
        ? value.equals(other.value)
        : other.value == null && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return value != null ? value.hashCode() : text.hashCode();
  }

  @Override
  public String toString() {
    return value != null ? text : "unparsed(" + text + ")";
  }
}
