package nl.bncfiche.model.id;

/**
 * Reads one kind of value from text; the lenient {@code parse} method of every identifier type
 * fits.
 *
 * @param <T> the value read
 */
@FunctionalInterface
public interface Parser<T> {
  /**
   * Reads {@code text}.
   *
   * @throws IdentifierParseException when the text is not a valid value
   */
  T parse(CharSequence text);
}
