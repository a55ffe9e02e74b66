package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Section 2, "Essentie voorstel": the content of the proposal and, in legislative fiches, the
 * Commission's impact assessment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEssentieVoorstel.class)
@JsonDeserialize(as = ImmutableEssentieVoorstel.class)
public interface EssentieVoorstel {
  /** 2a, "Inhoud voorstel", or the whole section where it has no items. */
  @Value.Default
  default Tekst getInhoud() {
    return Tekst.leeg();
  }

  /** 2b, "Impact assessment Commissie"; empty where the section has no such item. */
  Optional<Tekst> getImpactAssessment();

  /**
   * Whether the section is split into lettered items ("a) Inhoud voorstel"); true whenever {@link
   * #getImpactAssessment()} is present.
   */
  @Value.Default
  default boolean isOnderverdeeld() {
    return getImpactAssessment().isPresent();
  }

  /** A new builder. */
  static ImmutableEssentieVoorstel.Builder builder() {
    return ImmutableEssentieVoorstel.builder();
  }
}
