package nl.bncfiche.server.report;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.ValidationReport;

/**
 * {@code validate --format json}: every file with its issues. Only what the output shows is kept
 * per file, never the document or its positions, so that a batch runs in a flat heap.
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

  /** One issue as the JSON output shows it; no position when neither it nor a parent has one. */
  public record IssueResult(
      String rule, String severity, String path, SourcePosition position, String message) {}

  /** The JSON output of {@code results}, with a final line end. */
  public static String write(List<FileResult> results) {
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
          g.writeEndObject();
        });
  }
}
