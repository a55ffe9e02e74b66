package nl.bncfiche.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating a document: its issues in a deterministic order (by path in document
 * order, then by rule id).
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {
  private final List<Issue> issues;

  /**
   * A report of these issues, in the given order.
   *
   * @throws NullPointerException when the list or an element is null
   */
  public ValidationReport(List<Issue> issues) {
    List<Issue> copy = new ArrayList<>(issues.size());
    for (Issue i : issues) {
      copy.add(Objects.requireNonNull(i, "issue"));
    }
    this.issues = Collections.unmodifiableList(copy);
  }

  /** All issues; unmodifiable. */
  public List<Issue> issues() {
    return issues;
  }

  /** The issues of one severity, in report order; unmodifiable. */
  public List<Issue> issues(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    List<Issue> result = new ArrayList<>();
    for (Issue i : issues) {
      if (i.getSeverity() == severity) {
        result.add(i);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /** Whether there is no issue of severity {@link Severity#ERROR}. */
  public boolean isValid() {
    for (Issue i : issues) {
      if (i.getSeverity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** Whether some issue has this rule id. */
  public boolean hasIssue(String ruleId) {
    for (Issue i : issues) {
      if (i.getRuleId().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport validationReport && issues.equals(validationReport.issues);
  }

  @Override
  public int hashCode() {
    return issues.hashCode();
  }

  /**
   * A summary line ("valid, 2 issues" or "invalid, 3 issues") followed by every issue, one per
   * line, separated by {@code \n}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(isValid() ? "valid" : "invalid")
        .append(", ")
        .append(issues.size())
        .append(issues.size() == 1 ? " issue" : " issues");
    for (Issue i : issues) {
      sb.append('\n').append(i);
    }
    return sb.toString();
  }
}
