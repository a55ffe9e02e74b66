package nl.bncfiche.rendering.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Unicode NFC in time linear in the text, for every reader and writer of this module.
 *
 * <p>{@link Normalizer} puts a run of combining marks into canonical order by insertion, which
 * takes time quadratic in the run's length: a base letter followed by 40,000 marks of two
 * alternating classes takes seconds, and the input limits allow runs a thousand times longer. No
 * text needs such a run (Unicode's Stream-Safe Text Format, UAX #15, allows at most 30 combining
 * marks in a row), so a run of more than {@link #MAX_MARKS} marks is left as written, together with
 * the character it follows, and only the text around it is normalised. Everything else is exactly
 * {@link Normalizer.Form#NFC}.
 *
 * <p>{@link #normalize} is idempotent also with such runs: a second pass finds the same runs and
 * leaves the rest, which is NFC already, as it is. Stateless and thread-safe.
 */
public final class Nfc {
  /** The most combining marks in a row that are normalised: UAX #15's stream-safe bound. */
  public static final int MAX_MARKS = 30;

  private static final long[] NONE = {};

  private Nfc() {}

  /**
   * {@code s} in NFC, but for runs of more than {@link #MAX_MARKS} combining marks and the
   * character before each, which are left as written; {@code s} itself when nothing changes.
   */
  public static String normalize(String s) {
    int first = firstBeyondLatin(s);
    if (first == s.length()) {
      return s;
    }
    long[] runs = longRuns(s, first);
    if (runs.length == 0) {
      return Normalizer.isNormalized(s, Normalizer.Form.NFC)
          ? s
          : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    StringBuilder sb = new StringBuilder(s.length());
    int at = 0;
    boolean changed = false;
    for (long run : runs) {
      int from = (int) (run >>> 32);
      int to = (int) run;
      String gap = s.substring(at, from);
      String normal = Normalizer.normalize(gap, Normalizer.Form.NFC);
      changed |= !normal.equals(gap);
      sb.append(normal).append(s, from, to);
      at = to;
    }
    String tail = s.substring(at);
    String normal = Normalizer.normalize(tail, Normalizer.Form.NFC);
    changed |= !normal.equals(tail);
    return changed ? sb.append(normal).toString() : s;
  }

  /** Whether {@link #normalize} leaves {@code s} as it is. */
  public static boolean isNormalized(CharSequence s) {
    int first = firstBeyondLatin(s);
    if (first == s.length()) {
      return true;
    }
    long[] runs = longRuns(s, first);
    int at = 0;
    for (long run : runs) {
      int from = (int) (run >>> 32);
      if (!Normalizer.isNormalized(s.subSequence(at, from), Normalizer.Form.NFC)) {
        return false;
      }
      at = (int) run;
    }
    return Normalizer.isNormalized(
        at == 0 ? s : s.subSequence(at, s.length()), Normalizer.Form.NFC);
  }

  /** The index of the first character from U+0300 on: text before it is NFC by itself. */
  private static int firstBeyondLatin(CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n && s.charAt(i) < 0x300) {
      i++;
    }
    return i;
  }

  /**
   * The runs of more than {@link #MAX_MARKS} combining marks, each with the character before it, as
   * {@code from << 32 | to}, in order; none start before {@code first}'s character. Every character
   * whose decomposition starts with a character of a non-zero combining class is a combining mark
   * (general category Mn, Mc or Me), so no run that makes normalising slow is missed.
   */
  private static long[] longRuns(CharSequence s, int first) {
    long[] runs = NONE;
    int count = 0;
    int n = s.length();
    int base = Math.max(0, first - 1);
    int marks = 0;
    int runStart = -1;
    int i = first;
    while (i <= n) {
      int cp = i < n ? Character.codePointAt(s, i) : -1;
      if (cp >= 0 && isMark(cp)) {
        if (marks++ == 0) {
          runStart = i;
        }
      } else {
        if (marks > MAX_MARKS) {
          int from = runStart == 0 ? 0 : base;
          if (count == runs.length) {
            runs = Arrays.copyOf(runs, Math.max(4, count * 2));
          }
          runs[count++] = (long) from << 32 | i;
        }
        marks = 0;
        base = i;
      }
      i += cp >= 0x10000 ? 2 : 1;
    }
    return count == runs.length ? runs : Arrays.copyOf(runs, count);
  }

  private static boolean isMark(int cp) {
    if (cp < 0x300) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
