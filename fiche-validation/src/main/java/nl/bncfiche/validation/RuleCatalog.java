package nl.bncfiche.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.rules.AllRules;

/**
 * The catalogue of every rule the validator knows, in id order per family (V, F, C, N, B, T, P, R,
 * X; family R is reported by the readers, not by the validator), and the ids that were retired. Ids
 * are stable and never reused; a rule that is retired keeps its id out of use.
 *
 * <p>Thread-safe; the lists are unmodifiable.
 */
public final class RuleCatalog {
  private static final List<RuleDescription> RULES = build();
  private static final List<RetiredRule> RETIRED = List.copyOf(AllRules.RETIRED);

  private RuleCatalog() {}

  private static List<RuleDescription> build() {
    List<RuleDescription> list = new ArrayList<>();
    for (Rule r : AllRules.ENGINE.rules().values()) {
      list.add(r.description());
    }
    return Collections.unmodifiableList(list);
  }

  /** Every rule. */
  public static List<RuleDescription> rules() {
    return RULES;
  }

  /** The ids that are no longer in use, each with the id that took its place. */
  public static List<RetiredRule> retired() {
    return RETIRED;
  }

  /** The retired id {@code id}, or empty when it is not retired. */
  public static Optional<RetiredRule> retired(String id) {
    for (RetiredRule r : RETIRED) {
      if (r.getId().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The rule with this id, or empty when there is none. */
  public static Optional<RuleDescription> rule(String id) {
    for (RuleDescription r : RULES) {
      if (r.getId().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
