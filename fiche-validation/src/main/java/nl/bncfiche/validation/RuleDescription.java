package nl.bncfiche.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the rule catalogue: id, default severity, the profile from which it applies, the
 * version that introduced it, its normative description in Dutch (MOET / MAG NIET) and English
 * (MUST / MUST NOT), the source it rests on, and the milder severity it reports with in stated
 * circumstances, if any.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleDescription {
  private final String id;
  private final Severity defaultSeverity;
  private final Profile profile;
  private final String since;
  private final String descriptionNl;
  private final String descriptionEn;
  private final String source;
  private final Reduction reduction;
  private final String requiredSetting;

  /**
   * A milder severity with which a rule reports in stated circumstances (a completeness rule in a
   * published Kamerstuk, a late fiche with a delay letter). An explicit severity for the rule (
   * {@code FicheValidator.builder().severity(id, …)}) holds in every circumstance.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Reduction {
    private final Severity severity;
    private final String whenNl;
    private final String whenEn;

    /**
     * A reduction to {@code severity} in the circumstances described.
     *
     * @throws NullPointerException when an argument is null
     */
    public Reduction(Severity severity, String whenNl, String whenEn) {
      this.severity = Objects.requireNonNull(severity, "severity");
      this.whenNl = Objects.requireNonNull(whenNl, "whenNl");
      this.whenEn = Objects.requireNonNull(whenEn, "whenEn");
    }

    /** The milder severity. */
    public Severity getSeverity() {
      return severity;
    }

    /** When it applies, in Dutch: "in een gepubliceerd Kamerstuk". */
    public String getWhenNl() {
      return whenNl;
    }

    /** When it applies, in English: "in a published Kamerstuk". */
    public String getWhenEn() {
      return whenEn;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Reduction r
          && severity == r.severity
          && whenNl.equals(r.whenNl)
          && whenEn.equals(r.whenEn);
    }

    @Override
    public int hashCode() {
      return Objects.hash(severity, whenNl, whenEn);
    }

    /** The severity and the English circumstance: {@code WARNING in a published Kamerstuk}. */
    @Override
    public String toString() {
      return severity + " " + whenEn;
    }
  }

  /**
   * A catalogue entry without a source or a reduction.
   *
   * @throws NullPointerException when an argument is null
   */
  public RuleDescription(
      String id,
      Severity defaultSeverity,
      Profile profile,
      String since,
      String descriptionNl,
      String descriptionEn) {
    this.id = Objects.requireNonNull(id, "id");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.since = Objects.requireNonNull(since, "since");
    this.descriptionNl = Objects.requireNonNull(descriptionNl, "descriptionNl");
    this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
    this.source = "";
    this.reduction = null;
    this.requiredSetting = null;
  }

  /**
   * A catalogue entry.
   *
   * @param source what the rule rests on: a Kamerstuk, an Aanwijzing, a treaty article, or "project
   *     convention"
   * @param reduction the milder severity in stated circumstances; null for none
   * @throws NullPointerException when an argument other than {@code reduction} is null
   */
  public RuleDescription(
      String id,
      Severity defaultSeverity,
      Profile profile,
      String since,
      String descriptionNl,
      String descriptionEn,
      String source,
      Reduction reduction) {
    this(
        id, defaultSeverity, profile, since, descriptionNl, descriptionEn, source, reduction, null);
  }

  /**
   * A catalogue entry of a rule that applies only when the validator is given a setting.
   *
   * @param requiredSetting the {@code FicheValidator.Builder} method the rule needs, such as
   *     "firstCouncilDiscussion"; null when it needs none
   * @throws NullPointerException when an argument other than {@code reduction} and {@code
   *     requiredSetting} is null
   */
  public RuleDescription(
      String id,
      Severity defaultSeverity,
      Profile profile,
      String since,
      String descriptionNl,
      String descriptionEn,
      String source,
      Reduction reduction,
      String requiredSetting) {
    this.id = Objects.requireNonNull(id, "id");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.since = Objects.requireNonNull(since, "since");
    this.descriptionNl = Objects.requireNonNull(descriptionNl, "descriptionNl");
    this.descriptionEn = Objects.requireNonNull(descriptionEn, "descriptionEn");
    this.source = Objects.requireNonNull(source, "source");
    this.reduction = reduction;
    this.requiredSetting = requiredSetting;
  }

  /** The stable id: {@code BNC-<family>-<three digits>}. */
  public String getId() {
    return id;
  }

  /** The severity unless the validator is told otherwise. */
  public Severity getDefaultSeverity() {
    return defaultSeverity;
  }

  /** The profile from which the rule applies: CONCEPT means both profiles. */
  public Profile getProfile() {
    return profile;
  }

  /** The library version that introduced the rule. */
  public String getSince() {
    return since;
  }

  /** The rule in Dutch, in normative wording (MOET / MAG NIET). */
  public String getDescriptionNl() {
    return descriptionNl;
  }

  /** The rule in English, in normative wording (MUST / MUST NOT). */
  public String getDescriptionEn() {
    return descriptionEn;
  }

  /**
   * What the rule rests on: a Kamerstuk ("Kamerstuk 22 112, nr. 1366"), an Aanwijzing voor de
   * regelgeving, a treaty article, or "project convention"; empty when not given.
   */
  public String getSource() {
    return source;
  }

  /** The milder severity with which the rule reports in stated circumstances, if any. */
  public Optional<Reduction> getReduction() {
    return Optional.ofNullable(reduction);
  }

  /**
   * The validator setting without which the rule never reports, named by its {@code
   * FicheValidator.Builder} method ("firstCouncilDiscussion"); empty for the rules that read the
   * document alone. No document breaks such a rule under a validator without the setting.
   */
  public Optional<String> getRequiredSetting() {
    return Optional.ofNullable(requiredSetting);
  }

  /** Whether the rule applies under {@code active}. */
  public boolean appliesTo(Profile active) {
    return profile == Profile.CONCEPT || active == Profile.DEFINITIEF;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleDescription r)) {
      return false;
    }

    return id.equals(r.id)
        && defaultSeverity == r.defaultSeverity
        && profile == r.profile
        && since.equals(r.since)
        && descriptionNl.equals(r.descriptionNl)
        && descriptionEn.equals(r.descriptionEn)
        && source.equals(r.source)
        && Objects.equals(reduction, r.reduction)
        && Objects.equals(requiredSetting, r.requiredSetting);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The id, severity and profile: {@code BNC-V-003 ERROR DEFINITIEF}. */
  @Override
  public String toString() {
    return id + " " + defaultSeverity + " " + profile;
  }
}
