package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 3, "Nederlandse positie ten aanzien van het voorstel": items a–c. An absent item is
 * empty.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNederlandsePositie.class)
@JsonDeserialize(as = ImmutableNederlandsePositie.class)
public interface NederlandsePositie {
  /** 3a, "Essentie Nederlands beleid op dit terrein". */
  Optional<Tekst> getEssentieBeleid();

  /** 3b, "Beoordeling + inzet ten aanzien van dit voorstel". */
  Optional<Tekst> getBeoordeling();

  /** 3c, "Eerste inschatting van krachtenveld". */
  Optional<Tekst> getKrachtenveld();

  /** A new builder. */
  static ImmutableNederlandsePositie.Builder builder() {
    return ImmutableNederlandsePositie.builder();
  }
}
