package nl.bncfiche.validation.internal.jakarta;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.id.ParseError;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Messages;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.rules.AllRules;

/** Issues of the field-level constraints, whose paths are relative to the field. */
final class FieldIssues {
  private FieldIssues() {}

  /** The issue of rule {@code ruleId} for an unparsed value, at the field itself. */
  static Issue unparsed(String ruleId, Parsed<?> value) {
    Rule rule = AllRules.ENGINE.rules().get(ruleId);
    ParseError e = value.getError().get();
    List<String> args =
        new ArrayList<>(
            List.of(value.getText(), Integer.toString(e.getPosition()), e.getExpected()));
    return new Issue(
        ruleId,
        Severity.ERROR,
        List.of(),
        Messages.format(rule.messageNl(), args),
        Messages.format(rule.messageEn(), args),
        args);
  }
}
