package nl.bncfiche.rendering.text.internal.read;

/**
 * One line of the input, cleaned for reading: Word bookmarks removed, Unicode NFC, white space
 * stripped at both ends; with its 1-based line number and the column where its text starts.
 */
public final class Line {
  /** The cleaned text; empty for a blank line. */
  public final String tekst;
  /** The line number, from 1. */
  public final int nummer;
  /** The column of the text's first character, from 1. */
  public final int kolom;

  /** Whether the line was escaped with a backslash: plain text, never structure. */
  public final boolean letterlijk;

  /**
   * Whether the text may hold a "[" (a footnote body or reference); false when it certainly holds
   * none, which the line scanner knows for free and which spares looking for them.
   */
  final boolean haak;

  Line(String tekst, int nummer, int kolom) {
    this(tekst, nummer, kolom, false, true);
  }

  Line(String tekst, int nummer, int kolom, boolean letterlijk, boolean haak) {
    this.tekst = tekst;
    this.nummer = nummer;
    this.kolom = kolom;
    this.letterlijk = letterlijk;
    this.haak = haak;
  }

  /** This line without its escape, as literal text. */
  Line letterlijk() {
    return new Line(tekst.substring(1), nummer, kolom + 1, true, haak);
  }

  /** Whether the line holds no text. */
  public boolean isLeeg() {
    return tekst.isEmpty();
  }

  /** This line with a part of its text, {@code tekst}, starting {@code offset} characters further. */
  Line met(String tekst, int offset) {
    return new Line(tekst, nummer, kolom + offset, letterlijk, haak);
  }
}
