package nl.bncfiche.model.id;

import java.util.Objects;
import java.util.Optional;

/**
 * A CELEX number, EUR-Lex's identifier of a legal or preparatory act, such as {@code 52025DC0743}.
 *
 * <p>Immutable and thread-safe; equal by sector, year, document type, number and corrigendum. The
 * canonical form is upper case, with the number zero-padded to at least four digits and an optional
 * corrigendum such as {@code R(01)}: {@code 52025PC0502R(01)}. {@link #parse} also accepts lower
 * case, a {@code CELEX:} or URL-encoded {@code CELEX%3A} prefix, fewer digits and surrounding
 * spaces; {@link #of(CharSequence)} accepts only the canonical form. Both throw {@link
 * IdentifierParseException} for bad text and reject text longer than 200 characters before reading
 * it.
 */
public final class CelexNummer {
  private static final String ID = "CELEX number";
  private static final int MAX_NUMBER_DIGITS = 6;

  private final char sector;
  private final int year;
  private final String documentType;
  private final int number;
  private final String corrigendum;

  private CelexNummer(char sector, int year, String documentType, int number, String corrigendum) {
    this.sector = sector;
    this.year = year;
    this.documentType = documentType;
    this.number = number;
    this.corrigendum = corrigendum;
  }

  /**
   * A CELEX number from its components, such as {@code of('5', 2025, "DC", 743)} for {@code
   * 52025DC0743}.
   *
   * @param sector {@code '0'} to {@code '9'}, {@code 'C'} or {@code 'E'}
   * @param documentType one or two upper-case ASCII letters
   * @param number from 0 to 999999
   * @throws IllegalArgumentException when a component is out of range
   * @throws NullPointerException when {@code documentType} is null
   */
  public static CelexNummer of(char sector, int year, String documentType, int number) {
    return create(sector, year, documentType, number, null);
  }

  /**
   * This CELEX number with corrigendum {@code corrigendum} ({@code 1} gives {@code R(01)}), or none
   * for 0.
   *
   * @throws IllegalArgumentException when {@code corrigendum} is not from 0 to 99
   */
  public CelexNummer withCorrigendum(int corrigendum) {
    if (corrigendum < 0 || corrigendum > 99) {
      throw new IllegalArgumentException("corrigendum must be from 0 to 99: " + corrigendum);
    }
    return new CelexNummer(
        sector,
        year,
        documentType,
        number,
        corrigendum == 0 ? null : "R(" + (corrigendum < 10 ? "0" : "") + corrigendum + ")");
  }

  private static CelexNummer create(char sector, int year, String type, int number, String corr) {
    Objects.requireNonNull(type, "documentType");
    if (!isSector(sector)) {
      throw new IllegalArgumentException("sector must be 0-9, C or E: " + sector);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (!isDocumentType(type)) {
      throw new IllegalArgumentException("document type must be one or two upper-case letters");
    }
    if (number < 0 || number > 999_999) {
      throw new IllegalArgumentException("number must be from 0 to 999999: " + number);
    }
    return new CelexNummer(sector, year, type, number, corr);
  }

  /**
   * The CELEX number of the preparatory act (sector 5) for a Commission document, so that a
   * validator can compare a fiche's items 1c and 1d: {@code COM(2025) 743} with {@code "DC"} gives
   * {@code 52025DC0743}.
   *
   * <p>The caller chooses the type: {@code PC} for a legislative proposal, {@code DC} for a
   * communication, {@code JC} for JOIN, {@code SC} for SWD and SEC. A corrigendum {@code final/N}
   * becomes {@code R(N-1)}, so {@code COM(2025) 502 final/2} gives {@code 52025PC0502R(01)}.
   *
   * @throws IllegalArgumentException when {@code doc} is a {@code C} document (adopted acts are
   *     numbered differently in EUR-Lex), its number has more than six digits or its corrigendum is
   *     above 100, or {@code documentType} is not one or two upper-case letters
   * @throws NullPointerException when an argument is null
   */
  public static CelexNummer voorbereidendeHandeling(CommissieDocument doc, String documentType) {
    Objects.requireNonNull(doc, "doc");
    if (doc.getType() == CommissieDocument.Type.C) {
      throw new IllegalArgumentException("a C document has no sector-5 CELEX number");
    }
    if (doc.getNumber() > 999_999) {
      throw new IllegalArgumentException("number too large for a CELEX number: " + doc.getNumber());
    }
    int corrigendum = doc.getCorrigendum();
    if (corrigendum > 100) {
      throw new IllegalArgumentException(
          "corrigendum too large for a CELEX number: " + corrigendum);
    }
    CelexNummer celex = create('5', doc.getYear(), documentType, doc.getNumber(), null);
    return corrigendum > 1 ? celex.withCorrigendum(corrigendum - 1) : celex;
  }

  /**
   * Reads a CELEX number, with or without a {@code CELEX:} prefix, in any case.
   *
   * @throws IdentifierParseException when {@code text} is not a CELEX number or is longer than 200
   *     characters
   * @throws NullPointerException when {@code text} is null
   */
  public static CelexNummer parse(CharSequence text) {
    IdScanner s = IdScanner.bounded(text, ID, IdScanner.SINGLE_LIMIT);
    s.skipSpaces();
    if (s.acceptIgnoreCase("CELEX")) {
      s.skipSpaces();
      if (!s.accept(':') && !s.acceptIgnoreCase("%3A")) {
        throw s.fail("':'");
      }
      s.skipSpaces();
    }
    CelexNummer celex = read(s);
    s.skipSpaces();
    if (!s.atEnd()) {
      throw s.fail(
          celex.corrigendum == null
              ? "a digit, a corrigendum such as R(01) or the end"
              : "the end");
    }
    return celex;
  }

  /**
   * Reads only the canonical form, exactly as {@link #toString()} writes it.
   *
   * @throws IdentifierParseException when {@code text} is not in canonical form; the position is
   *     the first character that differs
   * @throws NullPointerException when {@code text} is null
   */
  public static CelexNummer of(CharSequence text) {
    return IdScanner.requireCanonical(text, parse(text), ID);
  }

  /**
   * Finds the first CELEX number in link text or a URL, such as {@code EUR-Lex - 52025DC0743 - EN -
   * EUR-Lex} or {@code ...?uri=CELEX%3A52023JC0020}.
   *
   * <p>Never throws for any text; runs in time linear in its length. A number glued to a letter or
   * digit on either side is not a match (except after an encoded {@code %3A}), so a longer run of
   * digits or a Council-register reference such as {@code CONSIL:ST_12755_2023_INIT} gives nothing.
   *
   * @return the first CELEX number, or empty
   * @throws NullPointerException when {@code text} is null
   */
  public static Optional<CelexNummer> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      if (!isSector(IdScanner.toUpper(text.charAt(i))) || !boundaryBefore(text, i)) {
        continue;
      }
      IdScanner s = IdScanner.searching(text, ID, i);
      s.pos++;
      if (s.countDigits(4) < 4) {
        continue;
      }
      s.pos = i;
      try {
        CelexNummer celex = read(s);
        if (!IdScanner.isLetterOrDigit(s.peek())) {
          return Optional.of(celex);
        }
      } catch (IdentifierParseException e) {
        // not a CELEX number here; keep looking
      }
    }
    return Optional.empty();
  }

  private static boolean boundaryBefore(CharSequence text, int i) {
    if (i == 0 || !IdScanner.isLetterOrDigit(text.charAt(i - 1))) {
      return true;
    }
    return i >= 3
        && text.charAt(i - 3) == '%'
        && text.charAt(i - 2) == '3'
        && IdScanner.toUpper(text.charAt(i - 1)) == 'A';
  }

  /** Reads sector, year, type, number and an optional corrigendum at the cursor. */
  private static CelexNummer read(IdScanner s) {
    char sector = IdScanner.toUpper(s.peek());
    if (!isSector(sector)) {
      throw s.fail("a sector (0-9, C or E)");
    }
    s.pos++;
    int year = s.year("a four-digit year");
    int typeStart = s.pos;
    int letters = s.countLetters(2);
    if (letters == 0) {
      throw s.fail("a document type such as DC or PC");
    }
    if (letters > 2) {
      throw s.failAt(typeStart + 2, "a number");
    }
    String type = IdScanner.upper(s.slice(typeStart, typeStart + letters));
    s.pos += letters;
    int number = s.number(MAX_NUMBER_DIGITS, "a number");
    String corrigendum = null;
    if (IdScanner.toUpper(s.peek()) == 'R' && s.peek(1) == '(') {
      int start = s.pos;
      s.pos += 2;
      if (s.countDigits(2) != 2) {
        throw s.failAt(s.pos + s.countDigits(2), "a two-digit corrigendum number");
      }
      s.pos += 2;
      s.expect(')', "')'");
      corrigendum = "R" + s.slice(start + 1, s.pos);
    }
    return new CelexNummer(sector, year, type, number, corrigendum);
  }

  private static boolean isSector(char c) {
    return IdScanner.isDigit(c) || c == 'C' || c == 'E';
  }

  private static boolean isDocumentType(String type) {
    if (type.isEmpty() || type.length() > 2) {
      return false;
    }
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** The sector: {@code '5'} for preparatory acts, {@code '3'} for adopted acts, and so on. */
  public char getSector() {
    return sector;
  }

  /** The four-digit year. */
  public int getYear() {
    return year;
  }

  /** The document type in upper case, such as {@code DC}, {@code PC}, {@code H} or {@code R}. */
  public String getDocumentType() {
    return documentType;
  }

  /** The number as written in the canonical form, zero-padded to four digits: {@code "0743"}. */
  public String getNumber() {
    String digits = Integer.toString(number);
    return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
  }

  /** The number as a value: 743 for {@code 0743}. */
  public int getNumberValue() {
    return number;
  }

  /** The corrigendum in upper case, such as {@code R(01)}; empty when there is none. */
  public Optional<String> getCorrigendum() {
    return Optional.ofNullable(corrigendum);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CelexNummer c)) {
      return false;
    }

    return sector == c.sector
        && year == c.year
        && number == c.number
        && documentType.equals(c.documentType)
        && Objects.equals(corrigendum, c.corrigendum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sector, year, documentType, number, corrigendum);
  }

  /** The canonical form, such as {@code 52025DC0743} or {@code 52025PC0502R(01)}. */
  @Override
  public String toString() {
    return sector
        + Integer.toString(year)
        + documentType
        + getNumber()
        + (corrigendum == null ? "" : corrigendum);
  }
}
