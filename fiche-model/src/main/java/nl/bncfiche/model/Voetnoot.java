package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A footnote: its number and its text. */
@Value.Immutable
@JsonSerialize(as = ImmutableVoetnoot.class)
@JsonDeserialize(as = ImmutableVoetnoot.class)
public interface Voetnoot {
  /** The number as the text shows it; positive. Exported fiches often start above 1. */
  int getNummer();

  /** The footnote's text. */
  @Value.Default
  default Tekst getTekst() {
    return Tekst.leeg();
  }

  /** A footnote of one plain paragraph. */
  static Voetnoot of(int nummer, String tekst) {
    return builder().nummer(nummer).tekst(Tekst.of(tekst)).build();
  }

  /** A new builder. */
  static ImmutableVoetnoot.Builder builder() {
    return ImmutableVoetnoot.builder();
  }

  /** Structural invariant: footnote numbers are positive. */
  @Value.Check
  default void check() {
    if (getNummer() < 1) {
      throw new IllegalArgumentException("footnote number must be positive: " + getNummer());
    }
  }
}
