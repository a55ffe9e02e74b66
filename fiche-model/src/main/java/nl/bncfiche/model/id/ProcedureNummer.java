package nl.bncfiche.model.id;

import java.util.Objects;

/**
 * The number of an interinstitutional procedure in the European Parliament's Legislative
 * Observatory, such as {@code 2025/0131(COD)}.
 *
 * <p>Immutable and thread-safe; equal by year, number and type. The canonical form is {@code
 * YEAR/NNNN(TYPE)} with the number zero-padded to four digits. {@link #parse} also accepts a space
 * before the type, a lower-case type, fewer digits and the old forms {@code (COD 2008/0222)} and
 * {@code COD 2008/0222}; {@link #of(CharSequence)} accepts only the canonical form. Both throw
 * {@link IdentifierParseException} for bad text and reject text longer than 200 characters before
 * reading it.
 */
public final class ProcedureNummer {
  private static final String ID = "procedure number";
  private static final String TYPE_EXPECTED = "a three-letter procedure type such as COD";

  private final int year;
  private final int number;
  private final String type;

  private ProcedureNummer(int year, int number, String type) {
    this.year = year;
    this.number = number;
    this.type = type;
  }

  /**
   * A procedure number from its components, such as {@code of(2025, 131, "COD")}.
   *
   * @param number from 1 to 9999
   * @param type three ASCII letters, in any case; kept in upper case
   * @throws IllegalArgumentException when a component is out of range
   * @throws NullPointerException when {@code type} is null
   */
  public static ProcedureNummer of(int year, int number, String type) {
    Objects.requireNonNull(type, "type");
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (number < 1 || number > 9999) {
      throw new IllegalArgumentException("number must be from 1 to 9999: " + number);
    }
    if (type.length() != 3
        || !IdScanner.isLetter(type.charAt(0))
        || !IdScanner.isLetter(type.charAt(1))
        || !IdScanner.isLetter(type.charAt(2))) {
      throw new IllegalArgumentException("type must be three ASCII letters");
    }
    return new ProcedureNummer(year, number, IdScanner.upper(type));
  }

  /**
   * {@code text} as the value of a procedure field: parsed when it is a procedure number, else kept
   * as written with the reason. Short for {@code Parsed.parse(text, ProcedureNummer::parse)}.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static Parsed<ProcedureNummer> parsed(CharSequence text) {
    return Parsed.parse(text, ProcedureNummer::parse);
  }

  /**
   * Reads a procedure number in any form seen in fiches.
   *
   * @throws IdentifierParseException when {@code text} is not a procedure number or is longer than
   *     200 characters
   * @throws NullPointerException when {@code text} is null
   */
  public static ProcedureNummer parse(CharSequence text) {
    IdScanner s = IdScanner.bounded(text, ID, IdScanner.SINGLE_LIMIT);
    s.skipSpaces();
    boolean parenthesised = s.accept('(');
    s.skipSpaces();
    String type = null;
    if (IdScanner.isLetter(s.peek())) {
      // old form: the type comes first
      type = type(s);
      if (!s.skipSpaces()) {
        throw s.fail("a space");
      }
    } else if (parenthesised) {
      throw s.fail(TYPE_EXPECTED);
    }
    int year = s.year("a four-digit year");
    s.skipSpaces();
    s.expect('/', "'/'");
    s.skipSpaces();
    int numberStart = s.pos;
    int number = s.number(4, "a procedure number");
    if (number == 0) {
      throw s.failAt(numberStart, "a procedure number from 1");
    }
    s.skipSpaces();
    if (parenthesised) {
      s.expect(')', "')'");
    } else if (type == null) {
      s.expect('(', "'('");
      s.skipSpaces();
      type = type(s);
      s.skipSpaces();
      s.expect(')', "')'");
    }
    s.expectEndWithOptionalPeriod("the end");
    return new ProcedureNummer(year, number, type);
  }

  private static String type(IdScanner s) {
    int start = s.pos;
    int n = s.countLetters(3);
    if (n < 3) {
      throw s.failAt(start + n, TYPE_EXPECTED);
    }
    if (n > 3) {
      throw s.failAt(start + 3, "a three-letter procedure type");
    }
    s.pos += 3;
    return IdScanner.upper(s.slice(start, start + 3));
  }

  /**
   * Reads only the canonical form, exactly as {@link #toString()} writes it.
   *
   * @throws IdentifierParseException when {@code text} is not in canonical form; the position is
   *     the first character that differs
   * @throws NullPointerException when {@code text} is null
   */
  public static ProcedureNummer of(CharSequence text) {
    return IdScanner.requireCanonical(text, parse(text), ID);
  }

  /** The four-digit year in which the procedure started. */
  public int getYear() {
    return year;
  }

  /** The number within the year, from 1 to 9999. */
  public int getNumber() {
    return number;
  }

  /**
   * The procedure type in upper case, such as {@code COD}, {@code CNS}, {@code APP} or {@code NLE}.
   */
  public String getType() {
    return type;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProcedureNummer p)) {
      return false;
    }

    return year == p.year && number == p.number && type.equals(p.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, number, type);
  }

  /** The canonical form, such as {@code 2025/0131(COD)}. */
  @Override
  public String toString() {
    String digits = Integer.toString(number);
    return year + "/" + "0000".substring(digits.length()) + digits + "(" + type + ")";
  }
}
