package nl.bncfiche.server.report;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.ValidationReport;

/**
 * {@code validate --format json}: every file with its issues, the inputs that could not be used,
 * and the totals. Only what the output shows is kept per file, never the document or its positions,
 * so that a batch runs in a flat heap.
 */
public final class JsonReport {
  private JsonReport() {}

  /** What the JSON output shows of one file. */
  public record FileResult(String file, boolean valid, List<IssueResult> issues) {
    /** The result of checking the file {@code name}. */
    public static FileResult of(String name, Checked checked, boolean dutch) {
      List<IssueResult> issues = new ArrayList<>();
      ValidationReport report = checked.report();
      for (Issue issue : report.issues()) {
        issues.add(
            new IssueResult(
                issue.getRuleId(),
                issue.getSeverity().name(),
                issue.getPointer(),
                checked.positionOf(issue).orElse(null),
                dutch ? issue.getMessageNl() : issue.getMessageEn()));
      }
      return new FileResult(name, report.isValid(), issues);
    }
  }

  /**
   * An input that could not be used: its name, and the line the command line prints for it on
   * standard error (the name, the place if any, and why).
   */
  public record UnusableInput(String file, String message) {}

  /** One issue as the JSON output shows it; no position when neither it nor a parent has one. */
  public record IssueResult(
      String rule, String severity, String path, SourcePosition position, String message) {}

  /** The JSON output of {@code results} (all inputs could be used), with a final line end. */
  public static String write(List<FileResult> results) {
    return write(results, List.of());
  }

  /** The JSON output of {@code results} and of the inputs that could not be used. */
  public static String write(List<FileResult> results, List<UnusableInput> unusable) {
    int errors = 0;
    int warnings = 0;
    int valid = 0;
    for (FileResult r : results) {
      valid += r.valid() ? 1 : 0;
      for (IssueResult i : r.issues()) {
        errors += i.severity().equals("ERROR") ? 1 : 0;
        warnings += i.severity().equals("WARNING") ? 1 : 0;
      }
    }
    int[] totals = {results.size(), valid, unusable.size(), errors, warnings};
    return JsonOutput.write(
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("files");
          for (FileResult r : results) {
            g.writeStartObject();
            g.writeStringField("file", r.file());
            g.writeBooleanField("valid", r.valid());
            g.writeArrayFieldStart("issues");
            for (IssueResult issue : r.issues()) {
              g.writeStartObject();
              g.writeStringField("rule", issue.rule());
              g.writeStringField("severity", issue.severity());
              g.writeStringField("path", issue.path());
              if (issue.position() != null) {
                g.writeNumberField("line", issue.position().getLine());
                g.writeNumberField("column", issue.position().getColumn());
                if (issue.position().isParagraph()) {
                  g.writeNumberField("paragraph", issue.position().getParagraph());
                }
                if (issue.position().getFootnote() > 0) {
                  g.writeNumberField("footnote", issue.position().getFootnote());
                }
              }
              g.writeStringField("message", issue.message());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("unusable");
          for (UnusableInput u : unusable) {
            g.writeStartObject();
            g.writeStringField("file", u.file());
            g.writeStringField("message", u.message());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeObjectFieldStart("totals");
          g.writeNumberField("checked", totals[0]);
          g.writeNumberField("valid", totals[1]);
          g.writeNumberField("unusable", totals[2]);
          g.writeNumberField("errors", totals[3]);
          g.writeNumberField("warnings", totals[4]);
          g.writeEndObject();
          g.writeEndObject();
        });
  }
}
