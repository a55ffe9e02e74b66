package nl.bncfiche.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.validation.RetiredRule;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.RuleEngine;

/**
 * Every rule of the catalogue, and the one engine that runs them. It lives with the rule families,
 * not with the engine, so that the engine knows no rule and the dependencies point one way.
 */
public final class AllRules {
  /** The engine of all rules; stateless and shared. */
  public static final RuleEngine ENGINE = new RuleEngine(list());

  /**
   * The retired ids, each with the id that took its place: a rule whose requirement changed keeps
   * its old id out of use.
   */
  public static final List<RetiredRule> RETIRED =
      List.of(
          new RetiredRule(
              "BNC-B-004",
              CoverLetterRules.UITSCHIETER,
              "Eiste opeenvolgende nummers; echte reeksen slaan nummers over die naar andere stukken"
                  + " gingen. BNC-B-006 meldt nu een nummer ver van de reeks (een tikfout), BNC-B-007"
                  + " een nummer dat dubbel voorkomt.",
              "Required consecutive numbers; real batches skip numbers that went to other documents."
                  + " BNC-B-006 now reports a number far from the batch (a typo), BNC-B-007 a number"
                  + " that occurs twice."));

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
    all.addAll(ReaderRules.rules());
    all.add(RuleEngine.INTERNAL_ERROR_RULE);
    return all;
  }
}
