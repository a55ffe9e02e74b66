package nl.bncfiche.testing;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Severity;
import org.assertj.core.api.AbstractAssert;

/**
 * Narrows an expected issue down by path and severity; returned by {@link FicheAssert#hasIssue}.
 * {@link #and()} goes back to the document's assertions.
 */
public class IssueAssert extends AbstractAssert<IssueAssert, List<Issue>> {
  private final FicheAssert parent;
  private final String ruleId;
  private final List<Issue> all;

  IssueAssert(FicheAssert parent, String ruleId, List<Issue> matching, List<Issue> all) {
    super(List.copyOf(matching), IssueAssert.class);
    this.parent = parent;
    this.ruleId = ruleId;
    this.all = all;
  }

  /** Passes when one of the issues of the rule is at the JSON pointer {@code pointer}. */
  public IssueAssert at(String pointer) {
    List<Issue> kept = new ArrayList<>();
    for (Issue i : actual) {
      if (i.getPointer().equals(pointer)) {
        kept.add(i);
      }
    }
    if (kept.isEmpty()) {
      failWithMessage(
          "Expected issue %s at %s, but it is at %s; all issues:%n%s",
          ruleId, pointer, pointers(actual), Listing.of(all));
    }
    return new IssueAssert(parent, ruleId, kept, all);
  }

  /** Passes when one of the issues of the rule (at the path, if given) has {@code severity}. */
  public IssueAssert withSeverity(Severity severity) {
    List<Issue> kept = new ArrayList<>();
    for (Issue i : actual) {
      if (i.getSeverity() == severity) {
        kept.add(i);
      }
    }
    if (kept.isEmpty()) {
      failWithMessage(
          "Expected issue %s with severity %s; all issues:%n%s", ruleId, severity, Listing.of(all));
    }
    return new IssueAssert(parent, ruleId, kept, all);
  }

  /** Back to the document's assertions. */
  public FicheAssert and() {
    return parent;
  }

  private static List<String> pointers(List<Issue> issues) {
    List<String> p = new ArrayList<>();
    for (Issue i : issues) {
      p.add(i.getPointer());
    }
    return p;
  }
}
