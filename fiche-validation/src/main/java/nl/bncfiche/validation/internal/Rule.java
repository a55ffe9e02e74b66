package nl.bncfiche.validation.internal;

import java.util.Objects;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.RuleDescription;
import nl.bncfiche.validation.Severity;

/**
 * One rule: its catalogue entry, its constant message templates in Dutch and English (placeholders
 * {@code {0}}…, filled by {@link Messages}), and the check. Immutable: {@link #source} and {@link
 * #reduced} return a changed copy.
 */
public final class Rule {
  /** The library version of the first catalogue. */
  public static final String SINCE = "0.1.0";

  /** The check of a rule: reports each finding to {@code out}. */
  @FunctionalInterface
  public interface Check {
    /** Checks {@code document}; may throw on a bug, which the engine turns into BNC-X-000. */
    void run(KamerstukDocument document, Findings out);
  }

  private final RuleDescription description;
  private final String messageNl;
  private final String messageEn;
  private final Check check;
  private final String alternativeNl;
  private final String alternativeEn;

  private Rule(RuleDescription description, String messageNl, String messageEn, Check check) {
    this(description, messageNl, messageEn, check, null, null);
  }

  private Rule(
      RuleDescription description,
      String messageNl,
      String messageEn,
      Check check,
      String alternativeNl,
      String alternativeEn) {
    this.description = description;
    this.messageNl = messageNl;
    this.messageEn = messageEn;
    this.check = check;
    this.alternativeNl = alternativeNl;
    this.alternativeEn = alternativeEn;
  }

  /**
   * This rule with a second pair of message templates, for the findings it reports with {@link
   * Findings#reportAlternative} (with the same arguments).
   */
  public Rule alternative(String nl, String en) {
    return new Rule(
        description,
        messageNl,
        messageEn,
        check,
        Objects.requireNonNull(nl),
        Objects.requireNonNull(en));
  }

  /** A rule: catalogue entry fields, message templates, check. */
  public static Rule of(
      String id,
      Severity severity,
      Profile profile,
      String descriptionNl,
      String descriptionEn,
      String messageNl,
      String messageEn,
      Check check) {
    return new Rule(
        new RuleDescription(id, severity, profile, SINCE, descriptionNl, descriptionEn),
        Objects.requireNonNull(messageNl),
        Objects.requireNonNull(messageEn),
        Objects.requireNonNull(check));
  }

  /** This rule with the source it rests on (a Kamerstuk, an Aanwijzing, "project convention"). */
  public Rule source(String source) {
    RuleDescription d = description;
    return new Rule(
        new RuleDescription(
            d.getId(),
            d.getDefaultSeverity(),
            d.getProfile(),
            d.getSince(),
            d.getDescriptionNl(),
            d.getDescriptionEn(),
            source,
            d.getReduction().orElse(null),
            d.getRequiredSetting().orElse(null)),
        messageNl,
        messageEn,
        check,
        alternativeNl,
        alternativeEn);
  }

  /**
   * This rule with a milder severity for the findings it reports with {@link
   * Findings#reportReduced}, in the circumstances described (Dutch and English).
   */
  public Rule reduced(Severity severity, String whenNl, String whenEn) {
    RuleDescription d = description;
    return new Rule(
        new RuleDescription(
            d.getId(),
            d.getDefaultSeverity(),
            d.getProfile(),
            d.getSince(),
            d.getDescriptionNl(),
            d.getDescriptionEn(),
            d.getSource(),
            new RuleDescription.Reduction(severity, whenNl, whenEn),
            d.getRequiredSetting().orElse(null)),
        messageNl,
        messageEn,
        check,
        alternativeNl,
        alternativeEn);
  }

  /**
   * This rule, which reports only when the validator has the setting of builder method {@code
   * setting}.
   */
  public Rule requires(String setting) {
    RuleDescription d = description;
    return new Rule(
        new RuleDescription(
            d.getId(),
            d.getDefaultSeverity(),
            d.getProfile(),
            d.getSince(),
            d.getDescriptionNl(),
            d.getDescriptionEn(),
            d.getSource(),
            d.getReduction().orElse(null),
            setting),
        messageNl,
        messageEn,
        check,
        alternativeNl,
        alternativeEn);
  }

  /** The catalogue entry. */
  public RuleDescription description() {
    return description;
  }

  /** The rule id. */
  public String id() {
    return description.getId();
  }

  /** The Dutch message template. */
  public String messageNl() {
    return messageNl;
  }

  /** The English message template. */
  public String messageEn() {
    return messageEn;
  }

  /** The alternative Dutch message template; the usual one when the rule has none. */
  public String alternativeNl() {
    return alternativeNl != null ? alternativeNl : messageNl;
  }

  /** The alternative English message template; the usual one when the rule has none. */
  public String alternativeEn() {
    return alternativeEn != null ? alternativeEn : messageEn;
  }

  /** The check. */
  public Check check() {
    return check;
  }
}
