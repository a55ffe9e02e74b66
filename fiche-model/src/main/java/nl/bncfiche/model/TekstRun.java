package nl.bncfiche.model;

import org.immutables.value.Value;

/** A run of plain text inside a paragraph, exactly as written (no markup). */
@Value.Immutable
public interface TekstRun extends Inline {
  /** The text; may contain any character, markup included, which renderers escape. */
  @Value.Parameter
  String getTekst();

  /** A run of {@code tekst}. */
  static TekstRun of(String tekst) {
    return ImmutableTekstRun.of(tekst);
  }
}
