package nl.bncfiche.validation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the timing rules know beyond the document, as the caller set it on the validator: the EU
 * institutions' summer recess per year, whether the three-week term applies, a delay letter, and
 * the date of the first Council discussion. Immutable.
 */
public final class Timing {
  /** No setting: the default recess, the six-week term, no delay letter, no Council date. */
  public static final Timing DEFAULT = new Timing(Map.of(), false, null, null);

  /** The default recess runs from the Monday of ISO week 31 for this many days. */
  public static final int RECESS_DAYS = 28;

  /** The first and last day of a summer recess, both counted as recess. */
  public record Recess(LocalDate first, LocalDate last) {}

  private final Map<Integer, Recess> recesses;
  private final boolean threeWeeks;
  private final String delayLetter;
  private final LocalDate firstCouncil;

  /** The settings; {@code delayLetter} and {@code firstCouncil} may be null. */
  public Timing(
      Map<Integer, Recess> recesses,
      boolean threeWeeks,
      String delayLetter,
      LocalDate firstCouncil) {
    this.recesses = Collections.unmodifiableMap(new HashMap<>(recesses));
    this.threeWeeks = threeWeeks;
    this.delayLetter = delayLetter;
    this.firstCouncil = firstCouncil;
  }

  /**
   * The default summer recess of {@code year}: the four weeks from the Monday of ISO week 31 (27
   * July to 2 August) to the Sunday of week 34. The European Parliament's calendar keeps these
   * weeks free (2008: 28 July to 24 August; 2023: 31 July to 27 August), and Council and Commission
   * pause in the same weeks.
   */
  public static Recess defaultRecess(int year) {
    LocalDate first =
        LocalDate.of(year, 7, 15)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 31)
            .with(DayOfWeek.MONDAY);
    return new Recess(first, first.plusDays(RECESS_DAYS - 1));
  }

  /** The recess of {@code year}: the caller's, else {@link #defaultRecess}. */
  public Recess recess(int year) {
    Recess r = recesses.get(year);
    return r != null ? r : defaultRecess(year);
  }

  /** Whether the caller marked the fiches for the three-week term (an MFK package). */
  public boolean threeWeeks() {
    return threeWeeks;
  }

  /** The delay letter the caller named, if any. */
  public Optional<String> delayLetter() {
    return Optional.ofNullable(delayLetter);
  }

  /** The date of the first Council discussion, if the caller gave it. */
  public Optional<LocalDate> firstCouncil() {
    return Optional.ofNullable(firstCouncil);
  }

  /**
   * The days after {@code from} up to and including {@code to}, without the days of the summer
   * recess of each year in between; 0 when {@code to} is not after {@code from}.
   */
  public long countedDays(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(from, to);
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      Recess r = recess(year);
      LocalDate lo = from.plusDays(1).isAfter(r.first()) ? from.plusDays(1) : r.first();
      LocalDate hi = to.isBefore(r.last()) ? to : r.last();
      if (!hi.isBefore(lo)) {
        days -= ChronoUnit.DAYS.between(lo, hi) + 1;
      }
    }
    return days;
  }
}
