package nl.bncfiche.model.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a Kamerstuk (parliamentary paper), such as {@code Kamerstuk 22 112, nr. 4239}.
 *
 * <p>Immutable and thread-safe; equal by dossier number, sub-number and number. The canonical form
 * is {@code Kamerstuk <dossier>, nr. <number>}, where the dossier groups its digits by three with a
 * space and adds a sub-number with a hyphen when it is numeric ({@code 21 501-20}) or with a space
 * when it is letters only ({@code 36 200 V}). {@link #parse} also accepts the forms {@code 22112,
 * nr. 1998}, {@code Kamerstuk 22112-4030}, {@code kst-22112-3791}, {@code Kamerstukken II 2023/24,
 * 22 112, nr. 3791}, surrounding parentheses and a trailing period; {@link #of(CharSequence)}
 * accepts only the canonical form. Both throw {@link IdentifierParseException} for bad text and
 * reject text longer than 200 characters before reading it.
 */
public final class KamerstukReferentie {
  private static final String ID = "Kamerstuk reference";
  private static final int MAX_PART = 10;

  private final int dossierNummer;
  private final String ondernummer;
  private final String nummer;

  private KamerstukReferentie(int dossierNummer, String ondernummer, String nummer) {
    this.dossierNummer = dossierNummer;
    this.ondernummer = ondernummer;
    this.nummer = nummer;
  }

  /**
   * A reference without sub-number, such as {@code of(22112, "4239")}.
   *
   * @throws IllegalArgumentException when {@code dossier} is not from 1 to 999999 or {@code nummer}
   *     is not one to ten ASCII letters and digits
   * @throws NullPointerException when {@code nummer} is null
   */
  public static KamerstukReferentie of(int dossier, String nummer) {
    return of(dossier, null, nummer);
  }

  /**
   * A reference with an optional sub-number, such as {@code of(21501, "20", "1742")}.
   *
   * <p>Letters in {@code ondernummer} and {@code nummer} are kept in upper case ({@code "gx"}
   * becomes {@code GX}).
   *
   * @param ondernummer the sub-number, such as {@code "20"} or {@code "V"}; null for none
   * @throws IllegalArgumentException when {@code dossier} is not from 1 to 999999, or a number is
   *     not one to ten ASCII letters and digits
   * @throws NullPointerException when {@code nummer} is null
   */
  public static KamerstukReferentie of(int dossier, String ondernummer, String nummer) {
    Objects.requireNonNull(nummer, "nummer");
    if (dossier < 1 || dossier > 999_999) {
      throw new IllegalArgumentException("dossier must be from 1 to 999999: " + dossier);
    }
    if (!isPart(nummer) || ondernummer != null && !isPart(ondernummer)) {
      throw new IllegalArgumentException("a number must be one to ten ASCII letters and digits");
    }
    return new KamerstukReferentie(
        dossier,
        ondernummer == null ? null : IdScanner.upper(ondernummer),
        IdScanner.upper(nummer));
  }

  private static boolean isPart(String s) {
    if (s.isEmpty() || s.length() > MAX_PART) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!IdScanner.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a Kamerstuk reference in any form seen in fiches and cover letters.
   *
   * @throws IdentifierParseException when {@code text} is not a Kamerstuk reference or is longer
   *     than 200 characters
   * @throws NullPointerException when {@code text} is null
   */
  public static KamerstukReferentie parse(CharSequence text) {
    IdScanner s = IdScanner.bounded(text, ID, IdScanner.SINGLE_LIMIT);
    s.skipSpaces();
    boolean parenthesised = s.accept('(');
    s.skipSpaces();
    if (s.startsWithIgnoreCase(s.pos, "kst") && IdScanner.isDash(s.peek(3))) {
      s.pos += 4;
    } else if (s.acceptIgnoreCase("kamerstukken") || s.acceptIgnoreCase("kamerstuk")) {
      if (!s.skipSpaces()) {
        throw s.fail("a space");
      }
      chamberAndYear(s);
    }
    int dossier = dossier(s);
    // Up to two hyphenated parts: 22112-4030 (number) or 21501-20-1742 (sub-number, number).
    String[] parts = new String[2];
    int count = 0;
    int secondDash = -1;
    while (count < 2 && IdScanner.isDash(s.peek())) {
      if (count == 1) {
        secondDash = s.pos;
      }
      s.pos++;
      parts[count] = part(s, count == 0 ? "a sub-number or number" : "a number");
      count++;
    }
    String ondernummer = null;
    if (count == 0) {
      ondernummer = lettersOndernummer(s);
    }
    int beforeNr = s.pos;
    s.skipSpaces();
    boolean comma = s.accept(',');
    s.skipSpaces();
    String nummer;
    if (s.acceptIgnoreCase("nr")) {
      if (count == 2) {
        throw s.failAt(secondDash, "', nr.'");
      }
      s.accept('.');
      s.skipSpaces();
      nummer = part(s, "a number");
      if (count == 1) {
        ondernummer = parts[0];
      }
    } else if (comma) {
      throw s.fail("'nr.'");
    } else if (count == 0) {
      throw s.failAt(beforeNr, ondernummer == null ? "', nr.' or '-'" : "', nr.'");
    } else {
      s.pos = beforeNr;
      nummer = parts[count - 1];
      ondernummer = count == 2 ? parts[0] : null;
    }
    s.skipSpaces();
    if (parenthesised) {
      s.accept('.');
      s.skipSpaces();
      s.expect(')', "')'");
    }
    s.expectEndWithOptionalPeriod(parenthesised ? "the end" : "'.' or the end");
    return new KamerstukReferentie(dossier, ondernummer, nummer);
  }

  /** Skips an optional chamber ({@code I}, {@code II}) and session year ({@code 2023/24,}). */
  private static void chamberAndYear(IdScanner s) {
    int start = s.pos;
    if (!(s.acceptIgnoreCase("II") || s.acceptIgnoreCase("I")) || !s.skipSpaces()) {
      s.pos = start;
      return;
    }
    int afterChamber = s.pos;
    if (s.countDigits(4) == 4 && (s.peek(4) == '/' || IdScanner.isDash(s.peek(4)))) {
      s.pos += 5;
      int n = s.countDigits(4);
      if (n == 2 || n == 4) {
        s.pos += n;
        s.skipSpaces();
        if (s.accept(',')) {
          s.skipSpaces();
          if (IdScanner.isDigit(s.peek())) {
            return;
          }
        }
      }
    }
    s.pos = afterChamber;
  }

  /** Reads a dossier number, written plain ({@code 22112}) or grouped by three ({@code 22 112}). */
  private static int dossier(IdScanner s) {
    int start = s.pos;
    int n = s.countDigits(6);
    if (n == 0) {
      throw s.fail("a dossier number");
    }
    if (n > 6) {
      throw s.failAt(start + 6, "a dossier number of at most six digits");
    }
    int value = s.number(6, "a dossier number");
    int digits = n;
    while (n <= 3 && digits <= 3 && IdScanner.isSpace(s.peek()) && threeDigitsAt(s, 1)) {
      s.pos++;
      value = value * 1000 + s.number(3, "three digits");
      digits += 3;
      n = 3;
    }
    if (value == 0) {
      throw s.failAt(start, "a dossier number from 1");
    }
    return value;
  }

  private static boolean threeDigitsAt(IdScanner s, int offset) {
    return IdScanner.isDigit(s.peek(offset))
        && IdScanner.isDigit(s.peek(offset + 1))
        && IdScanner.isDigit(s.peek(offset + 2))
        && !IdScanner.isDigit(s.peek(offset + 3));
  }

  /** Reads a sub-number written as upper-case letters after a space ({@code 36 200 V}), or null. */
  private static String lettersOndernummer(IdScanner s) {
    if (!IdScanner.isSpace(s.peek())) {
      return null;
    }
    int start = s.pos + 1;
    int n = 0;
    while (n <= MAX_PART
        && start + n < s.end
        && s.text.charAt(start + n) >= 'A'
        && s.text.charAt(start + n) <= 'Z') {
      n++;
    }
    char after = start + n < s.end ? s.text.charAt(start + n) : '\0';
    if (n == 0
        || n > MAX_PART
        || IdScanner.isLetterOrDigit(after)
        || n == 2 && s.startsWithIgnoreCase(start, "NR") && after != ',') {
      return null;
    }
    s.pos = start + n;
    return s.slice(start, start + n);
  }

  /** Reads one to ten ASCII letters and digits, upper-cased. */
  private static String part(IdScanner s, String expected) {
    int start = s.pos;
    int n = 0;
    while (n <= MAX_PART && IdScanner.isLetterOrDigit(s.peek(n))) {
      n++;
    }
    if (n == 0) {
      throw s.fail(expected);
    }
    if (n > MAX_PART) {
      throw s.failAt(start + MAX_PART, "at most " + MAX_PART + " letters and digits");
    }
    s.pos += n;
    return IdScanner.upper(s.slice(start, start + n));
  }

  /**
   * Reads only the canonical form, exactly as {@link #toString()} writes it.
   *
   * @throws IdentifierParseException when {@code text} is not in canonical form; the position is
   *     the first character that differs
   * @throws NullPointerException when {@code text} is null
   */
  public static KamerstukReferentie of(CharSequence text) {
    return IdScanner.requireCanonical(text, parse(text), ID);
  }

  /** The dossier number as a value: 22112 for {@code 22 112}. */
  public int getDossierNumber() {
    return dossierNummer;
  }

  /** The sub-number of the dossier, such as {@code "20"} in {@code 21 501-20}; empty when none. */
  public Optional<String> getSubNumber() {
    return Optional.ofNullable(ondernummer);
  }

  /**
   * The number within the dossier: digits ({@code "4239"}) or Eerste Kamer letters ({@code "GX"}).
   */
  public String getNumber() {
    return nummer;
  }

  /**
   * The dossier number as a value.
   *
   * @deprecated an identifier's parts are named in English like those of the other identifiers; use
   *     {@link #getDossierNumber()}.
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public int getDossierNummer() {
    return getDossierNumber();
  }

  /**
   * The sub-number of the dossier.
   *
   * @deprecated use {@link #getSubNumber()}.
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public Optional<String> getOndernummer() {
    return getSubNumber();
  }

  /**
   * The number within the dossier.
   *
   * @deprecated use {@link #getNumber()}.
   */
  @Deprecated(since = "0.1.0", forRemoval = true)
  public String getNummer() {
    return getNumber();
  }

  /** The dossier in canonical form: {@code 22 112}, {@code 21 501-20} or {@code 36 200 V}. */
  public String getDossier() {
    String digits = Integer.toString(dossierNummer);
    StringBuilder b = new StringBuilder(16);
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      b.append(' ').append(digits, i, i + 3);
    }
    if (ondernummer != null) {
      b.append(lettersOnly(ondernummer) ? ' ' : '-').append(ondernummer);
    }
    return b.toString();
  }

  private static boolean lettersOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!IdScanner.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof KamerstukReferentie k)) {
      return false;
    }

    return dossierNummer == k.dossierNummer
        && nummer.equals(k.nummer)
        && Objects.equals(ondernummer, k.ondernummer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dossierNummer, ondernummer, nummer);
  }

  /** The canonical form, such as {@code Kamerstuk 22 112, nr. 4239}. */
  @Override
  public String toString() {
    return "Kamerstuk " + getDossier() + ", nr. " + nummer;
  }
}
