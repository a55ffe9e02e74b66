package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.validation.Issue;

/**
 * One call of {@code FicheValidator.validate}: its settings and the list the constraint validator
 * fills. Passed as Hibernate Validator's constraint-validator payload of a validator made for this call
 * only, so concurrent calls never share it.
 */
public final class ValidationRun {
  private final Settings settings;
  private final List<Issue> issues = new ArrayList<>();

  /** A run with these settings. */
  public ValidationRun(Settings settings) {
    this.settings = settings;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }

  /** The issues found so far, in report order once the run is over. */
  public List<Issue> issues() {
    return issues;
  }
}
