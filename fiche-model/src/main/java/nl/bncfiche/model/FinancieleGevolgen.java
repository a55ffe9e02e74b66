package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 5 of the 2013–2024 generation: "Financiële gevolgen, gevolgen voor regeldruk en
 * administratieve lasten" (later "… en concurrentiekracht", "… geopolitieke aspecten").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinancieleGevolgen.class)
@JsonDeserialize(as = ImmutableFinancieleGevolgen.class)
public interface FinancieleGevolgen {
  /** 5a, "Consequenties EU-begroting". */
  Optional<Tekst> getEuBegroting();

  /** 5b, "Financiële consequenties (incl. personele) voor rijksoverheid en/of medeoverheden". */
  Optional<Tekst> getRijksoverheid();

  /** 5c, financial consequences and regulatory burden for business and citizens. */
  Optional<Tekst> getBedrijfslevenEnBurger();

  /** 5d, "Gevolgen voor concurrentiekracht". */
  Optional<Tekst> getConcurrentiekracht();

  /** 5e, geopolitical aspects, in the fiches that have the item. */
  Optional<Tekst> getGeopolitiek();

  /** A new builder. */
  static ImmutableFinancieleGevolgen.Builder builder() {
    return ImmutableFinancieleGevolgen.builder();
  }
}
