package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import nl.bncfiche.model.constraints.GeldigeIdentificatie;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;
import org.immutables.value.Value;

/**
 * One entry of the cover letter's list of fiches: "Fiche - MFK – &lt;title&gt; (Kamerstuk 22 112,
 * nr. 4239)." In a published Kamerstuk the entry of its own fiche has no reference.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBriefVermelding.class)
@JsonDeserialize(as = ImmutableBriefVermelding.class)
public interface BriefVermelding {
  /** The marker before the title as written, without trailing space: "Fiche -", "Fiche:", "3.". */
  Optional<String> getMarkering();

  /** A prefix of the title such as "MFK" (written "MFK – " or "[MFK] "). */
  Optional<String> getVoorvoegsel();

  /** The title as the letter gives it; it may differ from the fiche's own heading. */
  @Value.Default
  default String getTitel() {
    return "";
  }

  /** The Kamerstuk of this fiche, absent for the fiche the Kamerstuk itself contains. */
  Optional<@GeldigeIdentificatie Parsed<KamerstukReferentie>> getReferentie();

  /** A new builder. */
  static ImmutableBriefVermelding.Builder builder() {
    return ImmutableBriefVermelding.builder();
  }
}
