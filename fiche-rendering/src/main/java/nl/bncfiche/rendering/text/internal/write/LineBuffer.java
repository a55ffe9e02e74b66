package nl.bncfiche.rendering.text.internal.write;

import java.lang.ref.SoftReference;
import java.nio.CharBuffer;
import java.util.Arrays;
import nl.bncfiche.model.UnsafeCharacters;
import nl.bncfiche.rendering.internal.Nfc;
import nl.bncfiche.rendering.text.internal.grammar.Escaping;
import nl.bncfiche.rendering.text.internal.grammar.InertCharacters;
import nl.bncfiche.rendering.text.internal.grammar.LineEndHyphen;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * The canonical text as it is written: one growing character array that lines are written into
 * directly, each finished by {@link #end()}, which strips its trailing white space, writes its
 * unsafe characters as U+FFFD and notes whether it may not be NFC. No string per line, no second
 * copy.
 *
 * <p>Blank lines follow the writer's rules: at most one in a row from {@link #blank()}, none at the
 * start, none at the end of the text. An empty line written with {@link #begin()} and {@link
 * #end()} is kept as it is, except in {@link #collapsing(boolean) collapsing} mode, where it counts
 * as a {@link #blank()} (the content of a fiche).
 *
 * <p>Not thread-safe; one per text written. The array is kept per thread between texts (softly, up
 * to {@link #KEPT_CAPACITY} characters), as Jackson keeps its buffers, so that a short text neither
 * zeroes nor grows an array of its own. A text beyond that leaves only its length: the thread's
 * next text starts at that size instead of growing to it again from {@link #START_CAPACITY} (one
 * large text after another is what a batch or a server writes); a text far smaller than that
 * forgets it.
 */
public final class LineBuffer {
  /** The largest array kept for the next text of the thread: 2 MB. */
  static final int KEPT_CAPACITY = 1 << 20;

  private static final int START_CAPACITY = 8_192;

  /** The largest size a text starts at from the length of the one before: 64 MB. */
  static final int MAX_START = 1 << 25;

  /** What the thread keeps of its last text. */
  private static final class Kept {
    /** Its array, up to {@link #KEPT_CAPACITY}; null while a text is written, so never shared. */
    SoftReference<char[]> array;

    /** Its length, where that was beyond {@link #KEPT_CAPACITY}; else 0. */
    int largeLength;
  }

  private static final ThreadLocal<Kept> KEPT = ThreadLocal.withInitial(Kept::new);

  private final Kept kept = KEPT.get();

  /** The reference {@link #buf} came from, to keep it again without a new one. */
  private final SoftReference<char[]> keptArray;

  private char[] buf;
  private int len;

  /** Where the line being written starts. */
  private int start;

  /** Where the line's characters to check start: after a marking of the writer's own. */
  private int checkFrom;

  /** Whether the line's line breaks are to be spaces: see {@link #begin(boolean)}. */
  private boolean raw;

  /** {@link #normalise} before the line, to return to when it is taken back. */
  private boolean normaliseBefore;

  /** Whether any line was written. */
  private boolean any;

  /** Whether the last line written is empty. */
  private boolean lastEmpty;

  private boolean collapsing;

  /** Whether some line may not be NFC, so that the whole text is normalised. */
  private boolean normalise;

  /** Whether the next {@link #blank()} writes nothing: see {@link #joinNext()}. */
  private boolean joinNext;

  /** Where the line's own footnote references start: the "[" that {@link #escapeInline} keeps. */
  private int[] references = new int[4];

  private int referenceCount;

  /** An empty buffer, with the array of the thread's last text when there is one. */
  public LineBuffer() {
    keptArray = kept.array;
    char[] b = keptArray == null ? null : keptArray.get();
    kept.array = null;
    if (b == null) {
      // an eighth more than the last large text, so that one a little longer fits too
      int large = kept.largeLength;
      b = new char[large > 0 ? Math.min(MAX_START, large + (large >> 3)) : START_CAPACITY];
    }
    buf = b;
  }

  /** From now on an empty line counts as a {@link #blank()} ({@code true}) or as a line. */
  public void collapsing(boolean on) {
    collapsing = on;
  }

  /** A blank line, unless nothing was written yet or the last line is empty. */
  public void blank() {
    if (joinNext) {
      joinNext = false;
      return;
    }
    if (any && !lastEmpty) {
      room(1);
      buf[len++] = '\n';
      lastEmpty = true;
    }
  }

  /**
   * The next {@link #blank()} writes nothing: the line written last must not stand alone between
   * blank lines (a bare number there is a page number to the reader).
   */
  public void joinNext() {
    joinNext = true;
  }

  /** Starts a line. */
  public void begin() {
    begin(false);
  }

  /**
   * Starts a line; with {@code raw}, one whose text is appended as it is although its line breaks
   * are to be spaces: {@link #end()} then takes the line back and returns false when a line break
   * is left in it, for the caller to write it again with {@link #appendOneLine}. Line breaks at
   * either end are stripped either way, so only one inside the line tells; that is rare, so the
   * runs are not searched for line breaks beforehand.
   */
  public void begin(boolean raw) {
    start = len;
    checkFrom = len;
    referenceCount = 0;
    this.raw = raw;
    normaliseBefore = normalise;
  }

  /**
   * Appends a marking of the writer's own at the start of the line ({@link Syntax#OPSOMMING},
   * {@link Syntax#TUSSENKOP}): safe, NFC, and ending with a space, after which no character
   * composes with it, so that {@link #end()} need not check it.
   */
  public void appendMarking(String marking) {
    append(marking);
    checkFrom = len;
  }

  /**
   * The number of characters written; a position for {@link #strip}, {@link #escape}, {@link
   * #insertLine}.
   */
  public int length() {
    return len;
  }

  /**
   * Appends {@code s} as it is; {@link #end()} deals with its line breaks and unsafe characters.
   */
  public void append(String s) {
    int n = s.length();
    room(n);
    s.getChars(0, n, buf, len);
    len += n;
  }

  /** Appends {@code c}. */
  public void append(char c) {
    room(1);
    buf[len++] = c;
  }

  /** Appends {@code i} in decimal. */
  public void append(int i) {
    if (i < 0) {
      append(Integer.toString(i));
      return;
    }
    int digits = 1;
    for (int p = 10; digits < 10 && i >= p; p *= 10) {
      digits++;
    }
    room(digits);
    for (int k = len + digits - 1; k >= len; k--) {
      buf[k] = (char) ('0' + i % 10);
      i /= 10;
    }
    len += digits;
  }

  /** Appends the footnote reference "[footnoteRef:N]" to footnote {@code number}. */
  public void appendReference(int number) {
    if (referenceCount == references.length) {
      references = Arrays.copyOf(references, referenceCount * 2);
    }
    references[referenceCount++] = len;
    append(Syntax.FOOTNOTE_REF);
    append(number);
    append(']');
  }

  /** Appends {@code s} with each of its line breaks (CR LF, LF, CR) as one space. */
  public void appendOneLine(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      append(s);
    } else {
      append(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }
  }

  /**
   * Removes leading and trailing white space ({@link String#strip()}) from what was written since
   * {@code from}.
   */
  public void strip(int from) {
    int end = len;
    while (end > from && Character.isWhitespace(buf[end - 1])) {
      end--;
    }
    int begin = from;
    while (begin < end && Character.isWhitespace(buf[begin])) {
      begin++;
    }
    if (begin > from) {
      System.arraycopy(buf, begin, buf, from, end - begin);
    }
    len = from + end - begin;
  }

  /**
   * Escapes the inline syntax in the text of a paragraph or footnote written since {@code from}: a
   * "[" that would start a footnote reference or body ({@link Syntax#startsInlineSyntax}), but for
   * the references of {@link #appendReference}, becomes "\\[", and a backslash before a backslash
   * or "[" becomes two, so that the reader takes each for the character it is.
   */
  public void escapeInline(int from) {
    char[] escaped = Escaping.inline(buf, from, len, references, referenceCount);
    if (escaped != null) {
      room(escaped.length - (len - from));
      System.arraycopy(escaped, 0, buf, from, escaped.length);
      len = from + escaped.length;
    }
  }

  /**
   * Puts {@link Syntax#ESCAPE} before what was written since {@code from} when the reader would
   * take it for structure ({@link Escaping#isNeeded}).
   */
  public void escape(int from) {
    escape(from, false);
  }

  /** Whether {@link #escape(int)} would escape what was written since {@code from}. */
  public boolean isEscapeNeeded(int from) {
    return Escaping.isNeeded(buf, from, len - from);
  }

  /** Takes the line begun back: nothing of it is written. */
  public void takeBack() {
    len = start;
    normalise = normaliseBefore;
  }

  /**
   * {@link #escape(int)}, also when {@code force}: a line that would be structure only where it
   * stands (a stance sentence at the start of a grondhouding item, a footnote body in a value).
   */
  public void escape(int from, boolean force) {
    int n = len - from;
    if ((force || continuesBrokenWord(from)) && n > 0 || Escaping.isNeeded(buf, from, n)) {
      room(1);
      System.arraycopy(buf, from, buf, from + 1, n);
      buf[from] = Syntax.ESCAPE;
      len++;
    }
  }

  /**
   * Whether the reader would take the line begun at {@code from} for the rest of a word hyphenated
   * at the end of the line before (see the reader's {@code Dehyphenation}): that line ends in a
   * lower-case letter and a hyphen, and this one starts with a lower-case word other than a
   * conjunction ({@link LineEndHyphen}).
   */
  private boolean continuesBrokenWord(int from) {
    if (from != start || start < 3 || buf[start - 1] != '\n' || buf[start - 2] != '-') {
      return false;
    }
    CharSequence text = CharBuffer.wrap(buf, 0, len);
    return LineEndHyphen.endsBroken(text, start - 1)
        && LineEndHyphen.continuesWord(text, from, len);
  }

  /** What was written of the line begun since {@code from}. */
  public String since(int from) {
    return new String(buf, from, len - from);
  }

  /** The last line ended, without its line feed; empty when there is none. */
  public String lastLine() {
    if (len == 0 || buf[len - 1] != '\n') {
      return "";
    }
    int from = len - 1;
    while (from > 0 && buf[from - 1] != '\n') {
      from--;
    }
    return new String(buf, from, len - 1 - from);
  }

  /** Whether the line begun at {@code from} starts with a lower-case letter. */
  public boolean startsLowerCase(int from) {
    return from < len && Character.isLowerCase(buf[from]);
  }

  /** Writes {@code line} as a line of its own. */
  public void line(String line) {
    begin();
    append(line);
    end();
  }

  /**
   * Finishes the line begun: strips its trailing white space, writes control characters other than
   * tab and lone surrogates (the reader refuses them as "not text"), line breaks and bidirectional
   * embeddings, overrides and isolates (they reorder what an editor shows) as U+FFFD, as the HTML
   * and Markdown writers do, and ends it with a line feed.
   *
   * <p>The text is NFC when each of its lines is: a line break neither composes nor reorders, so
   * normalising never crosses one. Text below U+0300 is NFC already, so only a line with a later
   * character is checked. A line with a character replaced is rare: then the whole text is
   * normalised rather than the line checked.
   *
   * @return false when a line begun {@link #begin(boolean) raw} holds a line break: the line is
   *     taken back, nothing of it written
   */
  public boolean end() {
    return end(true);
  }

  /**
   * {@link #end()}, or without the check of its characters ({@code check} false) for a line the
   * writer knows to be safe and NFC (never one begun raw).
   */
  public boolean end(boolean check) {
    int end = len;
    while (end > start && Character.isWhitespace(buf[end - 1])) {
      end--;
    }
    len = end;
    if (end == start) {
      if (collapsing) {
        blank();
        return true;
      }
    } else if (check && checkFrom < end && !scan(checkFrom, end)) {
      len = start;
      normalise = normaliseBefore;
      return false;
    }
    room(1);
    buf[len++] = '\n';
    any = true;
    lastEmpty = end == start;
    return true;
  }

  /**
   * Writes the unsafe characters of {@code b[from, to)} as U+FFFD, and notes whether the text may
   * not be NFC. Printable ASCII, the bulk of a fiche, is skipped in a tight loop.
   *
   * @return false, at once, at a line break in a line begun raw
   */
  private boolean scan(int from, int to) {
    char[] b = buf;
    boolean beyond = false;
    int i = from;
    while (true) {
      while (i < to && (char) (b[i] - 0x20) < 0x5f) {
        i++;
      }
      if (i >= to) {
        break;
      }
      char c = b[i++];
      if (c >= 0xa0 && c < 0x300 || c == '\t' || InertCharacters.isInert(c)) {
        continue;
      }
      if (raw && (c == '\n' || c == '\r')) {
        return false;
      }
      if (UnsafeCharacters.isUnsafe(c) || c == '\n' || c == '\r') {
        b[i - 1] = UnsafeCharacters.REPLACEMENT;
        normalise = true;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i < to && Character.isLowSurrogate(b[i])) {
          i++;
          beyond = true;
        } else {
          // Half a pair is no character: the reader refuses it, and UTF-8 cannot hold it.
          b[i - 1] = UnsafeCharacters.REPLACEMENT;
          normalise = true;
        }
      } else if (c >= 0x300) {
        beyond = true;
      }
    }
    if (beyond && !normalise && !Nfc.isNormalized(CharBuffer.wrap(b, from, to - from))) {
      normalise = true;
    }
    return true;
  }

  /**
   * Inserts {@code line}, which needs no checks, as a line of its own at {@code at}, a line's
   * start.
   */
  public void insertLine(int at, String line) {
    int n = line.length() + 1;
    room(n);
    System.arraycopy(buf, at, buf, at + n, len - at);
    line.getChars(0, n - 1, buf, at);
    buf[at + n - 1] = '\n';
    len += n;
  }

  /**
   * The text: the lines written, without blank lines at the end, in NFC. The buffer is done with
   * then; its array goes to the thread's next text.
   */
  public String text() {
    int end = len;
    // Every line ends with a line feed and holds none, so an empty line is a line feed at the start
    // or after another.
    while (end > 0 && (end == 1 || buf[end - 2] == '\n')) {
      end--;
    }
    String text = new String(buf, 0, end);
    if (buf.length <= KEPT_CAPACITY) {
      kept.array =
          keptArray != null && keptArray.get() == buf ? keptArray : new SoftReference<>(buf);
    }
    kept.largeLength =
        len > KEPT_CAPACITY ? len : len < kept.largeLength / 4 ? 0 : kept.largeLength;
    buf = null;
    if (text.indexOf(Syntax.BOOKMARK) >= 0) {
      // The reader removes Word's bookmarks from every line, before anything else: one in the text
      // is kept by a backslash right before it. Rare, so looked for once, in the whole text.
      text = text.replace(Syntax.BOOKMARK, Syntax.ESCAPE + Syntax.BOOKMARK);
    }
    return normalise ? Nfc.normalize(text) : text;
  }

  /** The array's size now: what the buffer starts at, before anything is written. */
  int capacity() {
    return buf.length;
  }

  private void room(int n) {
    if (len + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
    }
  }
}
