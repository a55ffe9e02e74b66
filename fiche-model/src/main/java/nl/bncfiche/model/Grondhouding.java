package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cabinet's basic stance (section 4 from 2025; sections 4 and 5 before): items a–e.
 *
 * <p>In the 2013–2024 generation, items a–c come from "Beoordeling bevoegdheid, subsidiariteit en
 * proportionaliteit" and the financial consequences live in {@link FinancieleGevolgen}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrondhouding.class)
@JsonDeserialize(as = ImmutableGrondhouding.class)
public interface Grondhouding {
  /** 4a, "Bevoegdheid". */
  Optional<GrondhoudingOnderdeel> getBevoegdheid();

  /** 4b, "Subsidiariteit". */
  Optional<GrondhoudingOnderdeel> getSubsidiariteit();

  /** 4c, "Proportionaliteit". */
  Optional<GrondhoudingOnderdeel> getProportionaliteit();

  /** 4d, "Financiële gevolgen" (generation 2025). */
  Optional<GrondhoudingOnderdeel> getFinancieleGevolgen();

  /**
   * 4e, "Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten" (generation 2025).
   */
  Optional<GrondhoudingOnderdeel> getRegeldruk();

  /** A new builder. */
  static ImmutableGrondhouding.Builder builder() {
    return ImmutableGrondhouding.builder();
  }
}
