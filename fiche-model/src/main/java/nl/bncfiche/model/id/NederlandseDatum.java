package nl.bncfiche.model.id;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as written in a fiche: a full date ({@code 4 december 2025}) or a month only ({@code juni
 * 2018}), kept as such.
 *
 * <p>Immutable and thread-safe; equal when both are the same full date or both the same month-only
 * date. The canonical form is Dutch, in lower case with the month written out, independent of any
 * {@link java.util.Locale}. {@link #parse} also accepts capitalised and abbreviated months ({@code
 * 4 dec. 2025}, {@code sept}), a leading zero, a leading {@code d.d.}, a trailing period and ISO
 * forms ({@code 2025-12-04}, {@code 2018-06}); {@link #of(CharSequence)} accepts only the canonical
 * form. Both throw {@link IdentifierParseException} for bad text or impossible dates and reject
 * text longer than 200 characters before reading it.
 *
 * <p>Order: by month; within one month, the month-only date comes before every full date of that
 * month (as if it were day 0). This order is consistent with {@link #equals}.
 */
public final class NederlandseDatum implements Comparable<NederlandseDatum> {
  private static final String ID = "Dutch date";
  private static final String[] MONTHS = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december"
  };
  // Accepted abbreviations, per month; full names are accepted too.
  private static final String[][] ABBREVIATIONS = {
    {"jan"},
    {"feb", "febr"},
    {"mrt", "maa"},
    {"apr"},
    {},
    {"jun"},
    {"jul"},
    {"aug"},
    {"sep", "sept"},
    {"okt", "oct"},
    {"nov"},
    {"dec"}
  };

  private final YearMonth yearMonth;
  private final LocalDate date;

  private NederlandseDatum(YearMonth yearMonth, LocalDate date) {
    this.yearMonth = yearMonth;
    this.date = date;
  }

  /**
   * A full date.
   *
   * @throws IllegalArgumentException when the year does not have four digits
   * @throws NullPointerException when {@code date} is null
   */
  public static NederlandseDatum of(LocalDate date) {
    checkYear(date.getYear());
    return new NederlandseDatum(YearMonth.from(date), date);
  }

  /**
   * {@code date} as the value of a date field ({@code datumOntvangst(NederlandseDatum.parsed(d))}):
   * short for {@code Parsed.of(NederlandseDatum.of(date))}.
   *
   * @throws IllegalArgumentException when the year does not have four digits
   * @throws NullPointerException when {@code date} is null
   */
  public static Parsed<NederlandseDatum> parsed(LocalDate date) {
    return Parsed.of(of(date));
  }

  /**
   * {@code text} as the value of a date field: parsed when it is a date, else kept as written with
   * the reason, for the validator to report. Short for {@code Parsed.parse(text,
   * NederlandseDatum::parse)}.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static Parsed<NederlandseDatum> parsed(CharSequence text) {
    return Parsed.parse(text, NederlandseDatum::parse);
  }

  /**
   * A month-only date.
   *
   * @throws IllegalArgumentException when the year does not have four digits
   * @throws NullPointerException when {@code yearMonth} is null
   */
  public static NederlandseDatum of(YearMonth yearMonth) {
    checkYear(yearMonth.getYear());
    return new NederlandseDatum(yearMonth, null);
  }

  private static void checkYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
  }

  /**
   * Reads a date in any form seen in fiches, or in ISO form.
   *
   * @throws IdentifierParseException when {@code text} is not a date, names an impossible day (the
   *     position is the day's), or is longer than 200 characters
   * @throws NullPointerException when {@code text} is null
   */
  public static NederlandseDatum parse(CharSequence text) {
    IdScanner s = IdScanner.bounded(text, ID, IdScanner.SINGLE_LIMIT);
    s.skipSpaces();
    if (s.acceptIgnoreCase("d.d.")) {
      s.skipSpaces();
    }
    NederlandseDatum result;
    if (s.countDigits(4) == 4 && IdScanner.isDash(s.peek(4))) {
      result = iso(s);
    } else {
      int dayStart = s.pos;
      int day = 0;
      boolean hasDay = IdScanner.isDigit(s.peek());
      if (hasDay) {
        day = s.number(2, "a day of at most two digits");
        if (!s.skipSpaces()) {
          throw s.fail("a space");
        }
      }
      int month = month(s, hasDay ? "a month name" : "a day or a month name");
      s.accept('.');
      if (!s.skipSpaces()) {
        throw s.fail("a space");
      }
      int year = s.year("a four-digit year");
      YearMonth ym = YearMonth.of(year, month);
      result = new NederlandseDatum(ym, hasDay ? checkedDay(s, dayStart, ym, day) : null);
    }
    s.expectEndWithOptionalPeriod("the end");
    return result;
  }

  private static NederlandseDatum iso(IdScanner s) {
    int year = s.year("a four-digit year");
    s.pos++;
    int monthStart = s.pos;
    if (s.countDigits(2) != 2) {
      throw s.failAt(s.pos + s.countDigits(2), "a two-digit month");
    }
    int month = s.number(2, "a two-digit month");
    if (month < 1 || month > 12) {
      throw s.failAt(monthStart, "a month from 01 to 12");
    }
    YearMonth ym = YearMonth.of(year, month);
    if (!IdScanner.isDash(s.peek())) {
      return new NederlandseDatum(ym, null);
    }
    s.pos++;
    int dayStart = s.pos;
    if (s.countDigits(2) != 2) {
      throw s.failAt(s.pos + s.countDigits(2), "a two-digit day");
    }
    int day = s.number(2, "a two-digit day");
    return new NederlandseDatum(ym, checkedDay(s, dayStart, ym, day));
  }

  private static LocalDate checkedDay(IdScanner s, int dayStart, YearMonth ym, int day) {
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw s.failAt(
          dayStart,
          "a day from 1 to "
              + ym.lengthOfMonth()
              + " in "
              + MONTHS[ym.getMonthValue() - 1]
              + " "
              + ym.getYear());
    }
    return ym.atDay(day);
  }

  /** Reads a month name or abbreviation, in any case; returns 1 to 12. */
  private static int month(IdScanner s, String expected) {
    int start = s.pos;
    int n = s.countLetters(9);
    if (n >= 3 && n <= 9) {
      for (int m = 0; m < 12; m++) {
        if (matches(s, start, n, MONTHS[m])) {
          s.pos += n;
          return m + 1;
        }
        for (String abbreviation : ABBREVIATIONS[m]) {
          if (matches(s, start, n, abbreviation)) {
            s.pos += n;
            return m + 1;
          }
        }
      }
    }
    throw s.fail(expected);
  }

  private static boolean matches(IdScanner s, int start, int n, String word) {
    return word.length() == n && s.startsWithIgnoreCase(start, word);
  }

  /**
   * Reads only the canonical form, exactly as {@link #toString()} writes it.
   *
   * @throws IdentifierParseException when {@code text} is not in canonical form; the position is
   *     the first character that differs
   * @throws NullPointerException when {@code text} is null
   */
  public static NederlandseDatum of(CharSequence text) {
    return IdScanner.requireCanonical(text, parse(text), ID);
  }

  /** The full date; empty for a month-only date. */
  public Optional<LocalDate> getDate() {
    return Optional.ofNullable(date);
  }

  /** The month, for full and month-only dates alike. */
  public YearMonth getYearMonth() {
    return yearMonth;
  }

  /** Whether only the month is known, as in {@code juni 2018}. */
  public boolean isMonthOnly() {
    return date == null;
  }

  /** The ISO 8601 form: {@code 2025-12-04}, or {@code 2018-06} for a month-only date. */
  public String toIso() {
    return date != null ? date.toString() : yearMonth.toString();
  }

  /** Compares by month, then puts a month-only date before the full dates of its month. */
  @Override
  public int compareTo(NederlandseDatum other) {
    int c = yearMonth.compareTo(other.yearMonth);
    if (c != 0) {
      return c;
    }
    int day = date == null ? 0 : date.getDayOfMonth();
    int otherDay = other.date == null ? 0 : other.date.getDayOfMonth();
    return Integer.compare(day, otherDay);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof NederlandseDatum d)) {
      return false;
    }

    return yearMonth.equals(d.yearMonth) && Objects.equals(date, d.date);
  }

  @Override
  public int hashCode() {
    return Objects.hash(yearMonth, date);
  }

  /** The canonical Dutch form: {@code 4 december 2025}, or {@code juni 2018} for a month only. */
  @Override
  public String toString() {
    String month = MONTHS[yearMonth.getMonthValue() - 1] + " " + yearMonth.getYear();
    return date == null ? month : date.getDayOfMonth() + " " + month;
  }
}
