package nl.bncfiche.validation.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;

/**
 * What one validation run needs besides the document: profile, clock, severity overrides, whether
 * issues below ERROR are wanted, and what the timing rules know beyond the document. Immutable.
 */
public final class Settings {
  /** The zone in which "today" is decided: fiches are Dutch documents. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final Profile profile;
  private final Clock clock;
  private final Map<String, Optional<Severity>> overrides;
  private final boolean allSeverities;
  private final Timing timing;

  /** Settings; {@code overrides} maps a rule id to its severity, or to empty when switched off. */
  public Settings(
      Profile profile,
      Clock clock,
      Map<String, Optional<Severity>> overrides,
      boolean allSeverities) {
    this(profile, clock, overrides, allSeverities, Timing.DEFAULT);
  }

  /** Settings with what the timing rules know beyond the document. */
  public Settings(
      Profile profile,
      Clock clock,
      Map<String, Optional<Severity>> overrides,
      boolean allSeverities,
      Timing timing) {
    this.profile = profile;
    this.clock = clock;
    this.overrides = Collections.unmodifiableMap(new HashMap<>(overrides));
    this.allSeverities = allSeverities;
    this.timing = timing;
  }

  /** What a plain Jakarta validator uses: DEFINITIEF, the system clock, errors only. */
  public static Settings forPlainJakarta() {
    return new Settings(Profile.DEFINITIEF, Clock.system(ZONE), Map.of(), false);
  }

  /** This run's settings with another profile. */
  public Settings withProfile(Profile p) {
    return new Settings(p, clock, overrides, allSeverities, timing);
  }

  /** The profile. */
  public Profile profile() {
    return profile;
  }

  /** The summer recess, the term and the dates the caller gave the timing rules. */
  public Timing timing() {
    return timing;
  }

  /** The clock for "not in the future". */
  public Clock clock() {
    return clock;
  }

  /** The effective severity of a rule, or empty when it is switched off. */
  public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
    Optional<Severity> o = overrides.get(ruleId);
    return o != null ? o : Optional.of(defaultSeverity);
  }

  /** Whether the caller set the severity of the rule, or switched it off. */
  public boolean isOverridden(String ruleId) {
    return overrides.containsKey(ruleId);
  }

  /** Whether issues of severity WARNING and INFO are reported too. */
  public boolean allSeverities() {
    return allSeverities;
  }
}
