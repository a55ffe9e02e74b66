package nl.bncfiche.testing;

import java.util.List;
import nl.bncfiche.validation.Issue;

/** Lists issues for a failure message: rule, severity, path and Dutch message, one per line. */
final class Listing {
  private Listing() {}

  static String of(List<Issue> issues) {
    if (issues.isEmpty()) {
      return "  (no issues)";
    }
    StringBuilder sb = new StringBuilder();
    for (Issue i : issues) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("  ")
          .append(i.getRuleId())
          .append(' ')
          .append(i.getSeverity())
          .append(' ')
          .append(i.getPointer().isEmpty() ? "/" : i.getPointer())
          .append(": ")
          .append(i.getMessageNl());
    }
    return sb.toString();
  }
}
