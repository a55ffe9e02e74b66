package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Severity;

/** Collects the issues one rule reports during one run, with the rule's effective severity. */
public final class Findings {
  private final Rule rule;
  private final Severity severity;
  private final Settings settings;
  private final List<Issue> issues;
  private final Map<Function<?, ?>, Map<Object, Object>> memo;

  Findings(
      Rule rule,
      Severity severity,
      Settings settings,
      List<Issue> issues,
      Map<Function<?, ?>, Map<Object, Object>> memo) {
    this.rule = rule;
    this.severity = severity;
    this.settings = settings;
    this.issues = issues;
    this.memo = memo;
  }

  /**
   * {@code function} of {@code key}, computed once per validation run and shared by the run's rules
   * (two rules read the same stance sentences, for example). Keys are compared by identity, so the
   * model's parts can be keys; {@code function} must be a constant, and pure.
   */
  @SuppressWarnings("unchecked")
  public <K, V> V memo(Function<K, V> function, K key) {
    Map<Object, Object> results = memo.computeIfAbsent(function, f -> new IdentityHashMap<>());
    Object value = results.get(key);
    if (value == null) {
      value = function.apply(key);
      results.put(key, value);
    }
    return (V) value;
  }

  /** The run's settings (profile, clock). */
  public Settings settings() {
    return settings;
  }

  /** Reports a finding at {@code path}; the arguments fill the rule's message templates. */
  public void report(NodePath path, String... arguments) {
    add(severity, path, arguments);
  }

  /**
   * Reports a finding at {@code path} with the rule's reduced severity (see {@link Rule#reduced}),
   * in the circumstances that its catalogue entry describes; a severity the caller set for the rule
   * holds here too.
   */
  public void reportReduced(NodePath path, String... arguments) {
    add(reduced(), path, arguments);
  }

  /** {@link #reportReduced} when {@code reduced}, else {@link #report}. */
  public void report(boolean reduced, NodePath path, String... arguments) {
    if (reduced) {
      reportReduced(path, arguments);
    } else {
      report(path, arguments);
    }
  }

  /**
   * Reports a finding at {@code path} with the rule's reduced severity (as {@link #reportReduced})
   * and its alternative message ({@link Rule#alternative}).
   */
  public void reportAlternative(NodePath path, String... arguments) {
    add(reduced(), path, rule.alternativeNl(), rule.alternativeEn(), arguments);
  }

  /** The rule's reduced severity; a severity the caller set for the rule holds here too. */
  private Severity reduced() {
    if (!settings.isOverridden(rule.id()) && rule.description().getReduction().isPresent()) {
      return rule.description().getReduction().get().getSeverity();
    }
    return severity;
  }

  private void add(Severity s, NodePath path, String... arguments) {
    add(s, path, rule.messageNl(), rule.messageEn(), arguments);
  }

  private void add(Severity s, NodePath path, String nl, String en, String... arguments) {
    // A run for errors only (a plain Jakarta validator) drops the reduced findings.
    if (s != Severity.ERROR && !settings.allSeverities()) {
      return;
    }
    List<String> args = new ArrayList<>(Arrays.asList(arguments));
    issues.add(
        new Issue(
            rule.id(),
            s,
            path.segments(),
            Messages.format(nl, args),
            Messages.format(en, args),
            args));
  }
}
