package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Severity;

/** Collects the issues one rule reports during one run, with the rule's effective severity. */
public final class Findings {
  private final Rule rule;
  private final Severity severity;
  private final Settings settings;
  private final List<Issue> issues;

  Findings(Rule rule, Severity severity, Settings settings, List<Issue> issues) {
    this.rule = rule;
    this.severity = severity;
    this.settings = settings;
    this.issues = issues;
  }

  /** The run's settings (profile, clock). */
  public Settings settings() {
    return settings;
  }

  /** Reports a finding at {@code path}; the arguments fill the rule's message templates. */
  public void report(NodePath path, String... arguments) {
    List<String> args = new ArrayList<>(Arrays.asList(arguments));
    issues.add(
        new Issue(
            rule.id(),
            severity,
            path.segments(),
            Messages.format(rule.messageNl(), args),
            Messages.format(rule.messageEn(), args),
            args));
  }
}
