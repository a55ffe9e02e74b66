package nl.bncfiche.model.id;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The number of a European Commission document, such as {@code COM(2025) 743 final}.
 *
 * <p>Immutable and thread-safe; equal by type, year, number, suffix and corrigendum. The canonical
 * form is {@code TYPE(YEAR) NUMBER[ final| definitief][/CORRIGENDUM]}. {@link #parse} accepts every
 * form seen in fiches ({@code COM (2015) 341 final}, {@code COM/2008/778 definitief}, {@code
 * COM:2025:501:FIN}, lower case, a trailing period); {@link #of(CharSequence)} accepts only the
 * canonical form. Both throw {@link IdentifierParseException} for bad text and reject text longer
 * than 200 characters before reading it.
 */
public final class CommissieDocument {
  private static final String ID = "Commission document";
  private static final int MAX_NUMBER = 999_999_999;
  private static final String TYPE_EXPECTED = "a document type (COM, JOIN, SWD, SEC or C)";
  // Longest first, so that COM is not read as C.
  private static final Type[] BY_LENGTH = {Type.JOIN, Type.COM, Type.SWD, Type.SEC, Type.C};

  /** The series of a Commission document; the constant's name is its written form. */
  public enum Type {
    /** Proposals and communications of the Commission. */
    COM,
    /** Joint communications of the Commission and the High Representative. */
    JOIN,
    /** Staff working documents, including impact assessments. */
    SWD,
    /** Secretariat-General documents (impact assessments before 2012). */
    SEC,
    /** Commission decisions and recommendations adopted by the Commission itself. */
    C
  }

  /**
   * The word after the number: none, {@code final} (current) or {@code definitief} (until 2012).
   */
  public enum Suffix {
    /** No suffix, as in {@code COM(2025) 744}. */
    NONE(""),
    /** {@code final}, also written {@code FIN} in EUR-Lex identifiers. */
    FINAL("final"),
    /** {@code definitief}, the Dutch form used until about 2012. */
    DEFINITIEF("definitief");

    private final String word;

    Suffix(String word) {
      this.word = word;
    }
  }

  private final Type type;
  private final int year;
  private final int number;
  private final Suffix suffix;
  private final int corrigendum;

  private CommissieDocument(Type type, int year, int number, Suffix suffix, int corrigendum) {
    this.type = Objects.requireNonNull(type, "type");
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must have four digits: " + year);
    }
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("number must be from 1 to 999999999: " + number);
    }
    this.suffix = Objects.requireNonNull(suffix, "suffix");
    if (corrigendum < 0 || corrigendum > 999) {
      throw new IllegalArgumentException("corrigendum must be 0 (none) to 999: " + corrigendum);
    }
    this.year = year;
    this.number = number;
    this.corrigendum = corrigendum;
  }

  /**
   * A document without suffix or corrigendum, such as {@code COM(2025) 744}.
   *
   * @throws IllegalArgumentException when the year does not have four digits or the number is not
   *     from 1 to 999999999
   * @throws NullPointerException when {@code type} is null
   */
  public static CommissieDocument of(Type type, int year, int number) {
    return new CommissieDocument(type, year, number, Suffix.NONE, 0);
  }

  /**
   * This document with {@code suffix} instead of its own.
   *
   * @throws NullPointerException when {@code suffix} is null
   */
  public CommissieDocument withSuffix(Suffix suffix) {
    return new CommissieDocument(type, year, number, suffix, corrigendum);
  }

  /**
   * This document with corrigendum {@code corrigendum} ({@code final/2} is 2; 0 means none).
   *
   * @throws IllegalArgumentException when {@code corrigendum} is negative or above 999
   */
  public CommissieDocument withCorrigendum(int corrigendum) {
    return new CommissieDocument(type, year, number, suffix, corrigendum);
  }

  /**
   * {@code text} as the value of a field of Commission documents ({@code
   * addCommissieDocument(CommissieDocument.parsed("COM(2026) 120 final"))}): parsed when it is a
   * document number, else kept as written with the reason, for the validator to report. Short for
   * {@code Parsed.parse(text, CommissieDocument::parse)}.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static Parsed<CommissieDocument> parsed(CharSequence text) {
    return Parsed.parse(text, CommissieDocument::parse);
  }

  /**
   * Reads a document number in any form seen in fiches.
   *
   * @throws IdentifierParseException when {@code text} is not a document number or is longer than
   *     200 characters
   * @throws NullPointerException when {@code text} is null
   */
  public static CommissieDocument parse(CharSequence text) {
    IdScanner s = IdScanner.bounded(text, ID, IdScanner.SINGLE_LIMIT);
    s.skipSpaces();
    CommissieDocument doc = read(s, null);
    s.expectEndWithOptionalPeriod(
        doc.suffix == Suffix.NONE && doc.corrigendum == 0
            ? "'final', 'definitief' or the end"
            : "the end");
    return doc;
  }

  /**
   * Reads only the canonical form, exactly as {@link #toString()} writes it.
   *
   * @throws IdentifierParseException when {@code text} is not in canonical form; the position is
   *     the first character that differs
   * @throws NullPointerException when {@code text} is null
   */
  public static CommissieDocument of(CharSequence text) {
    return IdScanner.requireCanonical(text, parse(text), ID);
  }

  /**
   * Reads a list such as {@code SWD(2023) 289, 290, 291 en SEC (2023) 305}: a bare number shares
   * the type and year of the document before it.
   *
   * <p>Separators are {@code ,}, {@code ;}, {@code en} and {@code and}; a final period is allowed.
   *
   * @return the documents in written order, never empty
   * @throws IdentifierParseException when an entry is not a document number, a list starts with a
   *     bare number, or {@code text} is longer than 2000 characters
   * @throws NullPointerException when {@code text} is null
   */
  public static List<CommissieDocument> parseList(CharSequence text) {
    IdScanner s = IdScanner.bounded(text, ID, IdScanner.LIST_LIMIT);
    List<CommissieDocument> result = new ArrayList<>();
    s.skipSpaces();
    CommissieDocument previous = null;
    while (true) {
      previous = read(s, previous);
      result.add(previous);
      int before = s.pos;
      if (!separator(s)) {
        s.pos = before;
        s.expectEndWithOptionalPeriod("',', ';', 'en', 'and' or the end");
        return List.copyOf(result);
      }
    }
  }

  /**
   * Finds every document number in free text, such as a title, a URL or an item of a fiche.
   *
   * <p>Never throws for any text; runs in time linear in its length. Bare numbers after a document
   * ({@code SWD(2023) 289, 290}) are found as in {@link #parseList} when a separator, punctuation
   * or the end follows them, not a word ({@code COM(2025) 501 en 2 andere} finds one document). A
   * type must not be glued to a digit or letter before it, except an upper-case type after a
   * lower-case letter, as in a label glued to its value ({@code Nr. CommissiedocumentCOM(2024)
   * 26}).
   *
   * @return the distinct documents in order of first appearance; empty when there are none
   * @throws NullPointerException when {@code text} is null
   */
  public static List<CommissieDocument> findAll(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Set<CommissieDocument> found = new LinkedHashSet<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!startsType(text.charAt(i)) || !boundaryBefore(text, i)) {
        i++;
        continue;
      }
      IdScanner s = IdScanner.searching(text, ID, i);
      Type candidate = typeAt(s);
      if (candidate == null || glued(text, i) && !upperCase(text, i, candidate.name().length())) {
        i++;
        continue;
      }
      try {
        CommissieDocument previous = read(s, null);
        found.add(previous);
        int after = s.pos;
        while (separator(s) && IdScanner.isDigit(s.peek())) {
          previous = read(s, previous);
          if (!endsEntry(s)) {
            break;
          }
          found.add(previous);
          after = s.pos;
        }
        i = Math.max(after, i + 1);
      } catch (IdentifierParseException e) {
        i++;
      }
    }
    return List.copyOf(found);
  }

  /**
   * Whether a type may start with {@code c}: the first letter of COM, C, JOIN, SWD or SEC in either
   * case. Most letters of a text start none, and are passed over without a scanner.
   */
  private static boolean startsType(char c) {
    char u = IdScanner.toUpper(c);
    return u == 'C' || u == 'J' || u == 'S';
  }

  // A label glued to its value ("Nr. CommissiedocumentCOM(2024) 26") is a real rendering: an
  // upper-case type may follow a lower-case letter; nothing else may be glued before a type.
  private static boolean boundaryBefore(CharSequence text, int i) {
    if (i == 0) {
      return true;
    }
    char c = text.charAt(i - 1);
    return !IdScanner.isLetterOrDigit(c) || (c >= 'a' && c <= 'z');
  }

  private static boolean glued(CharSequence text, int i) {
    return i > 0 && IdScanner.isLetter(text.charAt(i - 1));
  }

  private static boolean upperCase(CharSequence text, int from, int length) {
    for (int j = from; j < from + length; j++) {
      if (text.charAt(j) < 'A' || text.charAt(j) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Reads one entry at the cursor; a bare number is allowed when {@code previous} is not null. */
  private static CommissieDocument read(IdScanner s, CommissieDocument previous) {
    Type type;
    int year;
    if (previous != null && IdScanner.isDigit(s.peek())) {
      type = previous.type;
      year = previous.year;
    } else {
      int typeStart = s.pos;
      type = typeAt(s);
      if (type == null) {
        throw s.fail(previous == null ? TYPE_EXPECTED : TYPE_EXPECTED + " or a number");
      }
      s.pos = typeStart + type.name().length();
      s.skipSpaces();
      char open = s.peek();
      if (open != '(' && open != '/' && open != ':') {
        throw s.fail("'(', '/' or ':'");
      }
      s.pos++;
      s.skipSpaces();
      year = s.year("a four-digit year");
      s.skipSpaces();
      char close = open == '(' ? ')' : open;
      s.expect(close, "'" + close + "'");
      s.skipSpaces();
    }
    int numberStart = s.pos;
    int number = s.number(9, "a document number");
    if (number == 0) {
      throw s.failAt(numberStart, "a document number from 1");
    }
    Suffix suffix = suffix(s);
    int corrigendum = 0;
    if (s.peek() == '/' && IdScanner.isDigit(s.peek(1))) {
      s.pos++;
      int corrStart = s.pos;
      corrigendum = s.number(3, "a corrigendum number");
      if (corrigendum == 0) {
        throw s.failAt(corrStart, "a corrigendum number from 1");
      }
    }
    return new CommissieDocument(type, year, number, suffix, corrigendum);
  }

  /** The type written at the cursor, without moving it; null when there is none. */
  private static Type typeAt(IdScanner s) {
    for (Type t : BY_LENGTH) {
      if (s.startsWithIgnoreCase(s.pos, t.name())) {
        return t;
      }
    }
    return null;
  }

  /** Reads an optional suffix word ({@code final}, {@code FIN}, {@code definitief}). */
  private static Suffix suffix(IdScanner s) {
    int before = s.pos;
    s.skipSpaces();
    s.accept(':');
    int start = s.pos;
    int n = s.countLetters(10);
    Suffix suffix = Suffix.NONE;
    if (n == 3 && s.startsWithIgnoreCase(start, "fin")
        || n == 5 && s.startsWithIgnoreCase(start, "final")) {
      suffix = Suffix.FINAL;
    } else if (n == 10 && s.startsWithIgnoreCase(start, "definitief")) {
      suffix = Suffix.DEFINITIEF;
    }
    s.pos = suffix == Suffix.NONE ? before : start + n;
    return suffix;
  }

  /**
   * Whether the cursor ends a bare number in free text: a separator, punctuation or the end
   * follows, not a word ("COM(2025) 501 en 2 andere" is not document 2). Leaves the cursor where it
   * was.
   */
  private static boolean endsEntry(IdScanner s) {
    int at = s.pos;
    boolean ends = separator(s);
    s.pos = at;
    s.skipSpaces();
    ends = ends || s.atEnd() || !IdScanner.isLetterOrDigit(s.peek());
    s.pos = at;
    return ends;
  }

  /**
   * Consumes a list separator and the spaces around it; false (cursor moved) when there is none.
   */
  private static boolean separator(IdScanner s) {
    boolean spaced = s.skipSpaces();
    if (s.accept(',') || s.accept(';')) {
      s.skipSpaces();
      return true;
    }
    if (spaced && (s.acceptIgnoreCase("en") || s.acceptIgnoreCase("and"))) {
      return s.skipSpaces();
    }
    return false;
  }

  /** The series, such as {@link Type#COM}. */
  public Type getType() {
    return type;
  }

  /** The four-digit year. */
  public int getYear() {
    return year;
  }

  /** The number within the year's series, from 1 to 999999999. */
  public int getNumber() {
    return number;
  }

  /** The word after the number; {@link Suffix#NONE} when there is none. */
  public Suffix getSuffix() {
    return suffix;
  }

  /** The corrigendum ({@code final/2} gives 2); 0 when there is none. */
  public int getCorrigendum() {
    return corrigendum;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CommissieDocument d)) {
      return false;
    }

    return type == d.type
        && year == d.year
        && number == d.number
        && suffix == d.suffix
        && corrigendum == d.corrigendum;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, year, number, suffix, corrigendum);
  }

  /** The canonical form, such as {@code COM(2025) 743 final} or {@code COM(2025) 502 final/2}. */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(24)
            .append(type.name())
            .append('(')
            .append(year)
            .append(") ")
            .append(number);
    if (suffix != Suffix.NONE) {
      b.append(' ').append(suffix.word);
    }
    if (corrigendum != 0) {
      b.append('/').append(corrigendum);
    }
    return b.toString();
  }
}
