package nl.bncfiche.validation.internal.jakarta;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.List;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.rules.AllRules;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Turns issues into Jakarta constraint violations: the template is a constant (the rule id and its
 * English catalogue description), the property path follows the issue's path, and the whole {@link
 * Issue} rides along as Hibernate Validator's dynamic payload. No validated value ever enters a
 * template.
 */
public final class Violations {
  private Violations() {}

  /**
   * Validates {@code document} with every rule, as violations for a Jakarta validator (the
   * library's own {@code FicheValidator} runs the engine directly), the first {@code skip} path
   * segments left out of the property path.
   */
  public static boolean validate(
      KamerstukDocument document, ConstraintValidatorContext context, int skip) {
    List<Issue> issues = AllRules.ENGINE.run(document, Settings.forPlainJakarta());
    report(issues, context, skip);
    return issues.isEmpty();
  }

  /** Reports each issue as a violation. */
  public static void report(List<Issue> issues, ConstraintValidatorContext context, int skip) {
    if (issues.isEmpty()) {
      return;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext h =
        context.unwrap(HibernateConstraintValidatorContext.class);
    for (Issue issue : issues) {
      h.withDynamicPayload(issue);
      add(
          h.buildConstraintViolationWithTemplate(template(issue.getRuleId())),
          issue.getPath(),
          skip);
    }
  }

  /** The constant template of a rule: its id and English description. */
  public static String template(String ruleId) {
    Rule r = AllRules.ENGINE.rules().get(ruleId);
    return ruleId + ": " + (r == null ? "" : r.description().getDescriptionEn());
  }

  private static void add(ConstraintViolationBuilder b, List<Object> path, int skip) {
    Object current = b;
    Integer pending = null;
    for (int i = skip; i < path.size(); i++) {
      Object segment = path.get(i);
      if (segment instanceof Integer index) {
        pending = index;
        continue;
      }
      NodeBuilderCustomizableContext node = property(current, (String) segment);
      current = pending == null ? node : node.inIterable().atIndex(pending);
      pending = null;
    }
    if (pending != null) {
      LeafNodeBuilderCustomizableContext leaf = bean(current);
      leaf.inIterable().atIndex(pending).addConstraintViolation();
      return;
    }
    if (current instanceof ConstraintViolationBuilder) {
      ((ConstraintViolationBuilder) current).addConstraintViolation();
    } else if (current instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) current).addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) current).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext property(Object current, String name) {
    if (current instanceof ConstraintViolationBuilder constraintViolationBuilder) {
      return constraintViolationBuilder.addPropertyNode(name);
    }
    if (current instanceof NodeBuilderCustomizableContext nodeBuilderCustomizableContext) {
      return nodeBuilderCustomizableContext.addPropertyNode(name);
    }
    if (current instanceof NodeContextBuilder nodeContextBuilder) {
      return nodeContextBuilder.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) current).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext bean(Object current) {
    if (current instanceof ConstraintViolationBuilder constraintViolationBuilder) {
      return constraintViolationBuilder.addBeanNode();
    }
    if (current instanceof NodeBuilderCustomizableContext nodeBuilderCustomizableContext) {
      return nodeBuilderCustomizableContext.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) current).addBeanNode();
  }
}
