package nl.bncfiche.model;

import org.immutables.value.Value;

/** A reference to a footnote by its number, where the text shows a superscript number. */
@Value.Immutable
public interface VoetnootVerwijzing extends Inline {
  /** The footnote's number; positive. */
  @Value.Parameter
  int getNummer();

  /** A reference to footnote {@code nummer}. */
  static VoetnootVerwijzing of(int nummer) {
    return ImmutableVoetnootVerwijzing.of(nummer);
  }

  /** Structural invariant: footnote numbers are positive. */
  @Value.Check
  default void check() {
    if (getNummer() < 1) {
      throw new IllegalArgumentException("footnote number must be positive: " + getNummer());
    }
  }
}
