package nl.bncfiche.validation;

import jakarta.validation.ValidationException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.internal.Bootstrap;
import nl.bncfiche.validation.internal.RuleEngine;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.ValidationRun;

/**
 * Validates fiches against the rule catalogue and reports every issue with its rule id, severity,
 * JSON-pointer path and Dutch and English message.
 *
 * <p>Build one with {@link #create()} or {@link #builder()} and share it: it is immutable and
 * thread-safe, and creating one is cheap (the Hibernate Validator factory behind it is built once per
 * class loader). The rules run through the constraint annotations of the model
 * ({@code @GeldigDocument}), so a Jakarta {@code Validator} of the user's own applies the same rules.
 *
 * <p>Validation never throws for any model value: a rule that fails becomes an issue of
 * {@code BNC-X-000} naming the rule, and the other rules still run.
 */
public final class FicheValidator {
  private final Clock clock;
  private final Map<String, Optional<Severity>> overrides;

  private FicheValidator(Builder b) {
    this.clock = b.clock;
    this.overrides = Map.copyOf(b.overrides);
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
    ValidationRun run = new ValidationRun(new Settings(profile, clock, overrides, true));
    try {
      Bootstrap.factory().usingContext().constraintValidatorPayload(run).getValidator().validate(document);
    } catch (ValidationException | StackOverflowError e) {
      // The rules catch their own failures; this is the provider failing around them.
      Optional<Severity> s = run.settings().severity(RuleEngine.INTERNAL_ERROR, Severity.ERROR);
      s.ifPresent(sev -> run.issues().add(0, new Issue(RuleEngine.INTERNAL_ERROR, sev, List.of(),
          "Interne fout in de validatie (" + e.getClass().getName() + ").",
          "Internal error in validation (" + e.getClass().getName() + ").",
          List.of("validator", e.getClass().getName()))));
    }
    // The engine sorted the issues; a provider failure has the root path and comes first anyway.
    return new ValidationReport(run.issues());
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
     * Reports rule {@code ruleId} with {@code severity} instead of its default (and switches it on
     * again after {@link #disable}).
     *
     * @throws IllegalArgumentException when the catalogue has no rule {@code ruleId}
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
     * @throws IllegalArgumentException when the catalogue has no rule {@code ruleId}
     * @throws NullPointerException when {@code ruleId} is null
     */
    public Builder disable(String ruleId) {
      overrides.put(known(ruleId), Optional.empty());
      return this;
    }

    private static String known(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
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
