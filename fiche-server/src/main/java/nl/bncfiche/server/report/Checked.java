package nl.bncfiche.server.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.SourceMap;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.ValidationReport;

/**
 * One input checked: the reader's findings (rule family {@code BNC-R}) followed by the validator's
 * issues, as one report, and where each issue stood in the input. The command line and the server
 * check every input through this class, so that both show the same findings.
 *
 * <p>Immutable.
 */
public final class Checked {
  private final ValidationReport report;
  private final Map<Issue, SourcePosition> read;
  private final SourceMap positions;

  private Checked(ValidationReport report, Map<Issue, SourcePosition> read, SourceMap positions) {
    this.report = report;
    this.read = read;
    this.positions = positions;
  }

  /** {@code content} validated by {@code validator} under {@code profile}. */
  public static Checked of(FicheContent content, FicheValidator validator, Profile profile) {
    ValidationReport validated = validator.validate(content.document(), profile);
    Map<Issue, SourcePosition> read = new IdentityHashMap<>();
    List<Issue> all = new ArrayList<>();
    for (ReadFinding f : content.findings()) {
      Issue issue = issue(f);
      read.put(issue, f.getPosition());
      all.add(issue);
    }
    all.addAll(validated.issues());
    List<String> pointers = new ArrayList<>();
    for (Issue issue : validated.issues()) {
      pointers.add(issue.getPointer());
    }
    ValidationReport report = read.isEmpty() ? validated : new ValidationReport(all);
    return new Checked(report, read, content.positions(pointers));
  }

  /** The reader's findings, then the validator's issues. */
  public ValidationReport report() {
    return report;
  }

  /**
   * Where {@code issue} stood: a reader finding's own position, else that of its part (or the
   * nearest ancestor that has one).
   */
  public Optional<SourcePosition> positionOf(Issue issue) {
    SourcePosition at = read.get(issue);
    return at != null ? Optional.of(at) : positions.positionOf(issue.getPointer());
  }

  /** {@code finding} as an issue of its catalogue rule, with the rule's default severity. */
  static Issue issue(ReadFinding finding) {
    Severity severity =
        RuleCatalog.rule(finding.getRuleId())
            .map(RuleDescription::getDefaultSeverity)
            .orElse(Severity.WARNING);
    return new Issue(
        finding.getRuleId(),
        severity,
        segments(finding.getPointer()),
        finding.getMessageNl(),
        finding.getMessageEn(),
        List.of());
  }

  /** The segments of a JSON pointer: indices as integers, names unescaped. */
  static List<Object> segments(String pointer) {
    List<Object> path = new ArrayList<>();
    if (pointer.isEmpty()) {
      return path;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      if (!s.isEmpty() && s.length() < 10 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
        path.add(Integer.parseInt(s));
      } else {
        path.add(s.replace("~1", "/").replace("~0", "~"));
      }
    }
    return path;
  }
}
