package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The section on legal, implementation and enforcement consequences of a legislative fiche
 * ("Wettelijke, uitvoerings- en/of handhavingsconsequenties"): items a–f.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConsequenties.class)
@JsonDeserialize(as = ImmutableConsequenties.class)
public interface Consequenties {
  /** a, consequences for national and local regulation and sanction policy. */
  Optional<Tekst> getRegelgeving();

  /** b, delegated and implementing powers. */
  Optional<Tekst> getDelegatie();

  /** c, proposed transposition term or entry into force, with comment on feasibility. */
  Optional<Tekst> getImplementatietermijn();

  /** d, desirability of an evaluation or sunset clause. */
  Optional<Tekst> getEvaluatie();

  /** e, "Uitvoerbaarheid". */
  Optional<Tekst> getUitvoerbaarheid();

  /** f, "Handhaafbaarheid". */
  Optional<Tekst> getHandhaafbaarheid();

  /** A new builder. */
  static ImmutableConsequenties.Builder builder() {
    return ImmutableConsequenties.builder();
  }
}
