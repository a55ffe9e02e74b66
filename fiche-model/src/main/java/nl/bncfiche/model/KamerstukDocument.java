package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.constraints.GeldigDocument;
import org.immutables.value.Value;

/**
 * A published unit: the Kamerstuk header (official publication only), the cover letter, and one or
 * more fiches. A published Kamerstuk holds exactly one fiche; a draft batch may hold several.
 */
@Value.Immutable
@GeldigDocument
@JsonSerialize(as = ImmutableKamerstukDocument.class)
@JsonDeserialize(as = ImmutableKamerstukDocument.class)
public interface KamerstukDocument {
  /** The header lines, present in the official publication only. */
  Optional<KamerstukKop> getKop();

  /** The cover letter. */
  Optional<Aanbiedingsbrief> getBrief();

  /** The fiches, in order. */
  List<Fiche> getFiches();

  /** A document of just these fiches, without header or letter. */
  static KamerstukDocument of(Fiche... fiches) {
    return builder().addFiches(fiches).build();
  }

  /** A new builder. */
  static ImmutableKamerstukDocument.Builder builder() {
    return ImmutableKamerstukDocument.builder();
  }
}
