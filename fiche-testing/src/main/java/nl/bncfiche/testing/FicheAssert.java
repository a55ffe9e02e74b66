package nl.bncfiche.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.internal.Origins;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.ValidationReport;
import org.assertj.core.api.AbstractAssert;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on a fiche document: validity under a profile, expected issues, and its canonical
 * text. Obtain one with {@link FicheAssertions#assertThat}.
 *
 * <p>Validation runs once per assertion object, with the profile in force ({@link
 * Profile#DEFINITIEF} unless {@link #usingProfile} says otherwise) and a validator shared by all
 * assertions, so thousands of assertions in a suite cost little. A failure message lists every
 * issue: rule, severity, path and Dutch message.
 */
public class FicheAssert extends AbstractAssert<FicheAssert, KamerstukDocument> {
  private FicheValidator validator = Shared.VALIDATOR;
  private Profile profile = Profile.DEFINITIEF;
  private ValidationReport report;

  /** Assertions on {@code actual}; prefer {@link FicheAssertions#assertThat}. */
  public FicheAssert(KamerstukDocument actual) {
    super(actual, FicheAssert.class);
  }

  /** Validates with {@code profile} from here on (default {@link Profile#DEFINITIEF}). */
  public FicheAssert usingProfile(Profile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.report = null;
    return myself;
  }

  /** Validates with {@code validator} from here on, for example one with tuned severities. */
  public FicheAssert usingValidator(FicheValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.report = null;
    return myself;
  }

  /** The report of the profile in force; validates once. */
  public ValidationReport report() {
    isNotNull();
    if (report == null) {
      report = validator.validate(actual, profile);
    }
    return report;
  }

  /** Fails with the message, followed by the generator call that made the document, if one did. */
  @Override
  protected void failWithMessage(String errorMessage, Object... arguments) {
    Optional<String> origin = Origins.of(actual);
    if (origin.isEmpty() && actual != null && actual.getFiches().size() == 1) {
      origin = Origins.of(actual.getFiches().get(0));
    }
    if (origin.isEmpty()) {
      super.failWithMessage(errorMessage, arguments);
    } else {
      Object[] args = Arrays.copyOf(arguments, arguments.length + 1);
      args[arguments.length] = origin.get();
      super.failWithMessage(errorMessage + "%nReproduce with %s", args);
    }
  }

  /**
   * Passes when the document has no ERROR issue under the profile in force ({@link
   * Profile#DEFINITIEF} unless {@link #usingProfile} set another).
   */
  public FicheAssert isValid() {
    return valid(profile, report());
  }

  /**
   * Passes when the document has no ERROR issue under {@code profile}, for this assertion only: the
   * profile in force for the assertions that follow in the chain stays what it was.
   */
  public FicheAssert isValidFor(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return valid(profile, profile == this.profile ? report() : validator.validate(actual, profile));
  }

  private FicheAssert valid(Profile profile, ValidationReport report) {
    isNotNull();
    if (!report.isValid()) {
      failWithMessage(
          "Expected the fiche to be valid (%s), but it has %d error(s):%n%s",
          profile, report.issues(Severity.ERROR).size(), Listing.of(report.issues()));
    }
    return myself;
  }

  /** Passes when the document has at least one ERROR issue under the profile in force. */
  public FicheAssert isInvalid() {
    if (report().isValid()) {
      failWithMessage(
          "Expected the fiche to be invalid (%s), but it has no error:%n%s",
          profile, Listing.of(report().issues()));
    }
    return myself;
  }

  /**
   * Passes when the report has an issue of {@code ruleId}; narrow it down with the returned {@link
   * IssueAssert}'s {@code at} and {@code withSeverity}.
   */
  public IssueAssert hasIssue(String ruleId) {
    List<Issue> matching = new ArrayList<>();
    for (Issue i : report().issues()) {
      if (i.getRuleId().equals(ruleId)) {
        matching.add(i);
      }
    }
    if (matching.isEmpty()) {
      failWithMessage(
          "Expected an issue %s (%s), but the fiche has:%n%s",
          ruleId, profile, Listing.of(report().issues()));
    }
    return new IssueAssert(this, ruleId, matching, report().issues());
  }

  /** Passes when the report has no issue of {@code ruleId}. */
  public FicheAssert doesNotHaveIssue(String ruleId) {
    if (report().hasIssue(ruleId)) {
      failWithMessage(
          "Expected no issue %s (%s), but the fiche has:%n%s",
          ruleId, profile, Listing.of(report().issues()));
    }
    return myself;
  }

  /** Passes when every issue's rule is one of {@code ruleIds} (each may occur several times). */
  public FicheAssert hasOnlyIssues(String... ruleIds) {
    TreeSet<String> allowed = new TreeSet<>(Arrays.asList(ruleIds));
    List<Issue> unexpected = new ArrayList<>();
    for (Issue i : report().issues()) {
      if (!allowed.contains(i.getRuleId())) {
        unexpected.add(i);
      }
    }
    if (!unexpected.isEmpty()) {
      failWithMessage(
          "Expected only issues %s (%s), but also found:%n%s",
          allowed, profile, Listing.of(unexpected));
    }
    return myself;
  }

  /** Passes when no issue has {@code severity} or a higher one (ERROR is highest). */
  public FicheAssert hasNoIssuesAtOrAbove(Severity severity) {
    List<Issue> found = new ArrayList<>();
    for (Issue i : report().issues()) {
      if (i.getSeverity().compareTo(severity) <= 0) {
        found.add(i);
      }
    }
    if (!found.isEmpty()) {
      failWithMessage(
          "Expected no issue at or above %s (%s), but found:%n%s",
          severity, profile, Listing.of(found));
    }
    return myself;
  }

  /** Passes when the document has no issue at all under the profile in force. */
  public FicheAssert hasNoIssues() {
    if (!report().issues().isEmpty()) {
      failWithMessage(
          "Expected no issues (%s), but found:%n%s", profile, Listing.of(report().issues()));
    }
    return myself;
  }

  /**
   * Passes when the canonical text of the document equals {@code expected}. On failure an {@code
   * AssertionFailedError} carries both texts, which IDEs show as a diff.
   */
  public FicheAssert rendersAs(String expected) {
    isNotNull();
    String written = TextWriter.create().write(actual);
    if (!written.equals(expected)) {
      throw new AssertionFailedError(
          "The canonical text differs from the expected text", expected, written);
    }
    return myself;
  }

  /** Passes when the canonical text equals the UTF-8 content of {@code expectedFile}. */
  public FicheAssert rendersAs(Path expectedFile) {
    try {
      return rendersAs(Files.readString(expectedFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + expectedFile, e);
    }
  }
}
