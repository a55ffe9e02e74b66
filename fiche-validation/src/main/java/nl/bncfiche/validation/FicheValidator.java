package nl.bncfiche.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.Timing;
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
    Timing timing = new Timing(b.recesses, b.threeWeekTerm, b.delayLetter, b.firstCouncil);
    for (Profile p : Profile.values()) {
      settings.put(p, new Settings(p, b.clock, overrides, true, timing));
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
    private final Map<Integer, Timing.Recess> recesses = new HashMap<>();
    private boolean threeWeekTerm;
    private String delayLetter;
    private LocalDate firstCouncil;

    private Builder() {}

    /**
     * The EU institutions' summer recess of one year, which the terms do not count (BNC-T-001,
     * BNC-T-002). Without it, a year's recess is the four weeks from the Monday of ISO week 31 to
     * the Sunday of week 34, the weeks the European Parliament's calendar keeps free.
     *
     * @throws IllegalArgumentException when the days are not in one year, {@code lastDay} lies
     *     before {@code firstDay}, or the recess is longer than ten weeks
     * @throws NullPointerException when an argument is null
     */
    public Builder summerRecess(LocalDate firstDay, LocalDate lastDay) {
      Objects.requireNonNull(firstDay, "firstDay");
      Objects.requireNonNull(lastDay, "lastDay");
      if (firstDay.getYear() != lastDay.getYear()
          || lastDay.isBefore(firstDay)
          || ChronoUnit.DAYS.between(firstDay, lastDay) >= 70) {
        throw new IllegalArgumentException(
            "a summer recess is at most ten weeks within one year: " + firstDay + " to " + lastDay);
      }
      recesses.put(firstDay.getYear(), new Timing.Recess(firstDay, lastDay));
      return this;
    }

    /**
     * Applies the three-week term to every fiche validated, as for the packages of the multiannual
     * financial framework (MFK): BNC-T-002 instead of BNC-T-001. A fiche whose title starts with
     * "MFK –" is under that term without this call.
     */
    public Builder threeWeekTerm() {
      this.threeWeekTerm = true;
      return this;
    }

    /**
     * A delay letter ("Uitstel toezending BNC-fiches") explains why the fiches are late: a late
     * fiche is then an INFO instead of a WARNING (BNC-T-001, BNC-T-002), naming the letter.
     *
     * @param reference how the letter is known, such as "Kamerstuk 22 112, nr. 4183"
     * @throws IllegalArgumentException when {@code reference} is blank or over 200 characters
     * @throws NullPointerException when {@code reference} is null
     */
    public Builder delayLetter(String reference) {
      Objects.requireNonNull(reference, "reference");
      if (reference.isBlank() || reference.length() > 200) {
        throw new IllegalArgumentException("a delay letter reference has 1 to 200 characters");
      }
      this.delayLetter = reference.strip();
      return this;
    }

    /**
     * The date of the first discussion of the proposal in the Council: a fiche whose letter is not
     * dated before it is reported (BNC-T-003).
     *
     * @throws NullPointerException when {@code date} is null
     */
    public Builder firstCouncilDiscussion(LocalDate date) {
      this.firstCouncil = Objects.requireNonNull(date, "date");
      return this;
    }

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
