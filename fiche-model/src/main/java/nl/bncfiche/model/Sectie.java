package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A section under a heading the template does not know, kept verbatim so that nothing is lost. */
@Value.Immutable
@JsonSerialize(as = ImmutableSectie.class)
@JsonDeserialize(as = ImmutableSectie.class)
public interface Sectie {
  /** The heading as written, its number included ("7. Overige punten"). */
  @Value.Default
  default String getKop() {
    return "";
  }

  /** The content. */
  @Value.Default
  default Tekst getTekst() {
    return Tekst.leeg();
  }

  /** A new builder. */
  static ImmutableSectie.Builder builder() {
    return ImmutableSectie.builder();
  }
}
