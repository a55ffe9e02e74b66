package nl.bncfiche.validation;

import java.util.Objects;

/**
 * One entry of the rule catalogue: id, default severity, the profile from which it applies, the
 * version that introduced it, and its normative description in Dutch (MOET / MAG NIET) and English
 * (MUST / MUST NOT).
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

  /**
   * A catalogue entry.
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

  /** Whether the rule applies under {@code active}. */
  public boolean appliesTo(Profile active) {
    return profile == Profile.CONCEPT || active == Profile.DEFINITIEF;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RuleDescription)) {
      return false;
    }
    RuleDescription r = (RuleDescription) o;
    return id.equals(r.id)
        && defaultSeverity == r.defaultSeverity
        && profile == r.profile
        && since.equals(r.since)
        && descriptionNl.equals(r.descriptionNl)
        && descriptionEn.equals(r.descriptionEn);
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
