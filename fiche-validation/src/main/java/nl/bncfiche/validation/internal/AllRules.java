package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.validation.rules.CharacterRules;
import nl.bncfiche.validation.rules.CompletenessRules;
import nl.bncfiche.validation.rules.ConsistencyRules;
import nl.bncfiche.validation.rules.CoverLetterRules;
import nl.bncfiche.validation.rules.FootnoteRules;
import nl.bncfiche.validation.rules.FormatRules;
import nl.bncfiche.validation.rules.PlausibilityRules;
import nl.bncfiche.validation.rules.TimingRules;

/** Every rule of the catalogue, and the one engine that runs them. */
public final class AllRules {
  /** The engine of all rules; stateless and shared. */
  public static final RuleEngine ENGINE = new RuleEngine(list());

  private AllRules() {}

  private static List<Rule> list() {
    List<Rule> all = new ArrayList<>();
    all.addAll(CompletenessRules.rules());
    all.addAll(FormatRules.rules());
    all.addAll(CharacterRules.rules());
    all.addAll(ConsistencyRules.rules());
    all.addAll(FootnoteRules.rules());
    all.addAll(CoverLetterRules.rules());
    all.addAll(TimingRules.rules());
    all.addAll(PlausibilityRules.rules());
    all.add(RuleEngine.INTERNAL_ERROR_RULE);
    return all;
  }
}
