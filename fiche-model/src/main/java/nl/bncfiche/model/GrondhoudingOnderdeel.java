package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One item of the grondhouding: the cabinet's verdict, where it gives one, and the reasoning.
 *
 * <p>The stance sentence ("De grondhouding van het kabinet is positief.") is represented by {@link
 * #getOordeel()}, not repeated in {@link #getTekst()}; a stance sentence whose verdict is not an
 * {@link Oordeel} stays in the text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrondhoudingOnderdeel.class)
@JsonDeserialize(as = ImmutableGrondhoudingOnderdeel.class)
public interface GrondhoudingOnderdeel {
  /** The verdict of the stance sentence; empty when the item has none. */
  java.util.Optional<Oordeel> getOordeel();

  /** The reasoning after the stance sentence. */
  @Value.Default
  default Tekst getTekst() {
    return Tekst.leeg();
  }

  /** An item with a verdict and plain paragraphs. */
  static GrondhoudingOnderdeel of(Oordeel oordeel, String... alineas) {
    return builder().oordeel(oordeel).tekst(Tekst.of(alineas)).build();
  }

  /** An item without a verdict (as 4d and 4e usually are). */
  static GrondhoudingOnderdeel of(String... alineas) {
    return builder().tekst(Tekst.of(alineas)).build();
  }

  /** A new builder. */
  static ImmutableGrondhoudingOnderdeel.Builder builder() {
    return ImmutableGrondhoudingOnderdeel.builder();
  }
}
