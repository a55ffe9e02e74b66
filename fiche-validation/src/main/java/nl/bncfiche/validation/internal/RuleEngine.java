package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;

/**
 * Runs rules over a document. A rule that throws becomes one BNC-X-000 issue naming the rule; the
 * other rules still run. Immutable and thread-safe (the rules are stateless).
 */
public final class RuleEngine {
  /** The id of the internal-error rule. */
  public static final String INTERNAL_ERROR = "BNC-X-000";

  /** The internal-error rule; its check is never run. */
  public static final Rule INTERNAL_ERROR_RULE =
      Rule.of(
              INTERNAL_ERROR,
              Severity.ERROR,
              Profile.CONCEPT,
              "Elke regel MOET zonder interne fout kunnen worden uitgevoerd; faalt een regel, dan wordt dat"
                  + " als deze melding gerapporteerd en lopen de andere regels door.",
              "Every rule MUST run without an internal error; a rule that fails is reported as this issue"
                  + " and the other rules still run.",
              "Interne fout in regel {0} ({1}); de overige regels zijn wel uitgevoerd.",
              "Internal error in rule {0} ({1}); the other rules did run.",
              (d, out) -> {})
          .source("project convention");

  private final Map<String, Rule> rules;

  /** An engine for these rules, run in this order. */
  public RuleEngine(List<Rule> rules) {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : rules) {
      if (m.put(r.id(), r) != null) {
        throw new IllegalArgumentException("duplicate rule id " + r.id());
      }
    }
    this.rules = Collections.unmodifiableMap(m);
  }

  /** The rules by id, in run order. */
  public Map<String, Rule> rules() {
    return rules;
  }

  /** All issues of the rules that apply under {@code settings}, in report order. */
  public List<Issue> run(KamerstukDocument document, Settings settings) {
    List<Issue> issues = new ArrayList<>();
    Map<Function<?, ?>, Map<Object, Object>> memo = new IdentityHashMap<>();
    for (Rule rule : rules.values()) {
      if (!rule.description().appliesTo(settings.profile())) {
        continue;
      }
      Optional<Severity> severity =
          settings.severity(rule.id(), rule.description().getDefaultSeverity());
      if (severity.isEmpty() || !wanted(severity.get(), settings)) {
        continue;
      }
      try {
        rule.check().run(document, new Findings(rule, severity.get(), settings, issues, memo));
      } catch (RuntimeException | StackOverflowError e) {
        internalError(rule.id(), e, settings, issues);
      }
    }
    issues.sort(IssueOrder.INSTANCE);
    return issues;
  }

  private static boolean wanted(Severity s, Settings settings) {
    return settings.allSeverities() || s == Severity.ERROR;
  }

  private static void internalError(
      String ruleId, Throwable e, Settings settings, List<Issue> issues) {
    Optional<Severity> severity = settings.severity(INTERNAL_ERROR, Severity.ERROR);
    if (severity.isPresent() && wanted(severity.get(), settings)) {
      // Only the exception's class, never its message: a message may quote fiche text.
      new Findings(INTERNAL_ERROR_RULE, severity.get(), settings, issues, new IdentityHashMap<>())
          .report(NodePath.root(), ruleId, e.getClass().getName());
    }
  }
}
