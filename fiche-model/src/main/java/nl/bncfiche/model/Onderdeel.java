package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** An item the template does not know, kept with its label as written so that nothing is lost. */
@Value.Immutable
@JsonSerialize(as = ImmutableOnderdeel.class)
@JsonDeserialize(as = ImmutableOnderdeel.class)
public interface Onderdeel {
  /** The label as written, without item letter. */
  @Value.Default
  default String getLabel() {
    return "";
  }

  /** The content. */
  @Value.Default
  default Tekst getTekst() {
    return Tekst.leeg();
  }

  /** A new builder. */
  static ImmutableOnderdeel.Builder builder() {
    return ImmutableOnderdeel.builder();
  }
}
