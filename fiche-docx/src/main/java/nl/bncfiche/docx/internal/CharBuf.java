package nl.bncfiche.docx.internal;

import java.util.Arrays;

/**
 * A growable run of characters, appended to without a check per character: the paragraphs' text as
 * the parser hands it over (its own character array), copied in blocks, and the lines made of it.
 * Unlike a {@link StringBuilder}, it keeps one way of storing its characters (a {@code char[]})
 * whatever they are, and copies blocks as blocks. Not thread-safe.
 */
final class CharBuf {
  private char[] chars;
  private int length;

  CharBuf(int capacity) {
    this.chars = new char[Math.max(16, capacity)];
  }

  int length() {
    return length;
  }

  /** The characters; valid up to {@link #length()}, until the next append. */
  char[] chars() {
    return chars;
  }

  CharBuf append(char c) {
    if (length == chars.length) {
      grow(1);
    }
    chars[length++] = c;
    return this;
  }

  void append(char[] from, int offset, int count) {
    if (count > chars.length - length) {
      grow(count);
    }
    System.arraycopy(from, offset, chars, length, count);
    length += count;
  }

  /** Appends the bytes {@code [from, to)}, each an ASCII character, widened as a block. */
  void appendAscii(byte[] bytes, int from, int to) {
    int count = to - from;
    if (count > chars.length - length) {
      grow(count);
    }
    char[] c = chars;
    int n = length;
    for (int i = from; i < to; i++) {
      c[n++] = (char) bytes[i];
    }
    length = n;
  }

  /** Appends the character {@code cp}, as a surrogate pair where it is beyond U+FFFF. */
  void appendCodePoint(int cp) {
    if (cp < 0x10000) {
      append((char) cp);
    } else {
      append(Character.highSurrogate(cp));
      append(Character.lowSurrogate(cp));
    }
  }

  void append(CharBuf other) {
    append(other.chars, 0, other.length);
  }

  CharBuf append(String s) {
    int count = s.length();
    if (count > chars.length - length) {
      grow(count);
    }
    s.getChars(0, count, chars, length);
    length += count;
    return this;
  }

  CharBuf append(int i) {
    return append(Integer.toString(i));
  }

  void clear() {
    length = 0;
  }

  /** Takes back what was appended after the first {@code length} characters. */
  void truncate(int length) {
    if (length < 0 || length > this.length) {
      throw new IndexOutOfBoundsException(length);
    }
    this.length = length;
  }

  /** The characters from {@code start} to {@code end} as a string. */
  String substring(int start, int end) {
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  private void grow(int more) {
    long wanted = Math.max((long) length + more, chars.length + (chars.length >> 1));
    if ((long) length + more > Integer.MAX_VALUE - 8) {
      throw new OutOfMemoryError("text too large");
    }
    chars = Arrays.copyOf(chars, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
  }
}
