package nl.bncfiche.validation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.rules.AllRules;

/**
 * Validates fiches against the rule catalogue and reports every issue with its rule id, severity,
 * JSON-pointer path and Dutch and English message.
 *
 * <p>Build one with {@link #create()} or {@link #builder()} and share it: it is immutable and
 * thread-safe, and creating one is cheap. It runs the rules itself, without starting a Bean
 * Validation provider; the same rules stand on the model as constraint annotations
 * ({@code @GeldigDocument}, {@code @GeldigeFiche}), so a Jakarta {@code Validator} of the user's
 * own (Hibernate Validator with this library's constraint validators) applies them too.
 *
 * <p>Validation never throws for any model value: a rule that fails becomes an issue of {@code
 * BNC-X-000} naming the rule, and the other rules still run.
 */
public final class FicheValidator {
  /** The settings of each profile, made once: a validation only reads them. */
  private final Map<Profile, Settings> settings = new EnumMap<>(Profile.class);

  private FicheValidator(Builder b) {
    Map<String, Optional<Severity>> overrides = Map.copyOf(b.overrides);
    for (Profile p : Profile.values()) {
      settings.put(p, new Settings(p, b.clock, overrides, true));
    }
  }

  /** A validator with default severities and the system clock (in the zone Europe/Amsterdam). */
  public static FicheValidator create() {
    return builder().build();
  }

  /** A builder for a validator with its own clock or severities. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a document (header, cover letter, fiches) under {@code profile}.
   *
   * @throws NullPointerException when an argument is null
   */
  public ValidationReport validate(KamerstukDocument document, Profile profile) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(profile, "profile");
    // The engine directly, not through Hibernate Validator: the report is the engine's issues
    // either way, and a provider's start-up and per-call context were most of a small fiche's cost.
    List<Issue> issues = AllRules.ENGINE.run(document, settings.get(profile));
    return new ValidationReport(issues);
  }

  /**
   * Validates one fiche under {@code profile}, as the only fiche of a document without header or
   * letter: issue paths start with {@code /fiches/0}.
   *
   * @throws NullPointerException when an argument is null
   */
  public ValidationReport validate(Fiche fiche, Profile profile) {
    Objects.requireNonNull(fiche, "fiche");
    return validate(KamerstukDocument.of(fiche), profile);
  }

  /** Builds a {@link FicheValidator}; not thread-safe, use it on one thread. */
  public static final class Builder {
    private Clock clock = Clock.system(Settings.ZONE);
    private final Map<String, Optional<Severity>> overrides = new HashMap<>();

    private Builder() {}

    /**
     * The clock that decides "today" for the rule that a received date must not lie in the future.
     *
     * @throws NullPointerException when {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Reports rule {@code ruleId} with {@code severity} instead of its default, in every
     * circumstance (a milder severity the catalogue names for the rule no longer applies), and
     * switches it on again after {@link #disable}.
     *
     * @throws IllegalArgumentException when the catalogue has no rule {@code ruleId}, or the id is
     *     retired (the message names its successor)
     * @throws NullPointerException when an argument is null
     */
    public Builder severity(String ruleId, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      overrides.put(known(ruleId), Optional.of(severity));
      return this;
    }

    /**
     * Switches rule {@code ruleId} off.
     *
     * @throws IllegalArgumentException when the catalogue has no rule {@code ruleId}, or the id is
     *     retired (the message names its successor)
     * @throws NullPointerException when {@code ruleId} is null
     */
    public Builder disable(String ruleId) {
      overrides.put(known(ruleId), Optional.empty());
      return this;
    }

    private static String known(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      Optional<RetiredRule> retired = RuleCatalog.retired(ruleId);
      if (retired.isPresent()) {
        throw new IllegalArgumentException(
            "rule "
                + ruleId
                + " is retired; its successor is "
                + retired.get().getReplacedBy()
                + " (see docs/rules.md)");
      }
      if (RuleCatalog.rule(ruleId).isEmpty()) {
        throw new IllegalArgumentException("no rule with id " + ruleId + " in the catalogue");
      }
      return ruleId;
    }

    /** The validator. */
    public FicheValidator build() {
      return new FicheValidator(this);
    }
  }
}
