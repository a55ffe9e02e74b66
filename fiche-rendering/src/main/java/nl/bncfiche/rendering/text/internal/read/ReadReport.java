package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.SourcePosition;

/**
 * What reading records beside the model: positions by JSON pointer, and warnings.
 *
 * <p>A position is recorded as the parts of its pointer and a line and column; the pointers are
 * joined and the table built only when {@link #positions()} is asked for, since most reads never
 * look a position up.
 */
public final class ReadReport {
  private String[] first;
  private String[] second;

  /** The index that ends the pointer, or -1. */
  private int[] index;

  private int[] line;
  private int[] column;
  private int count;
  private final List<ReadFinding> findings = new ArrayList<>();

  /** A report with room for {@code capacity} positions before it grows. */
  ReadReport(int capacity) {
    int n = Math.max(capacity, 8);
    first = new String[n];
    second = new String[n];
    index = new int[n];
    line = new int[n];
    column = new int[n];
  }

  /** Records where the node at {@code pointer} starts; the first record wins. */
  void position(String pointer, Line at) {
    add(pointer, null, -1, at);
  }

  /** As {@link #position(String, Line)} for the pointer {@code first + second}. */
  void position(String first, String second, Line at) {
    add(first, second, -1, at);
  }

  /** As {@link #position(String, Line)} for the pointer {@code first + second + index}. */
  void position(String first, String second, int index, Line at) {
    add(first, second, index, at);
  }

  private void add(String a, String b, int i, Line at) {
    if (at == null) {
      return;
    }
    if (count == first.length) {
      int n = count * 2;
      first = Arrays.copyOf(first, n);
      second = Arrays.copyOf(second, n);
      index = Arrays.copyOf(index, n);
      line = Arrays.copyOf(line, n);
      column = Arrays.copyOf(column, n);
    }
    first[count] = a;
    second[count] = b;
    index[count] = i;
    line[count] = at.number();
    column[count] = at.column();
    count++;
  }

  /**
   * Records finding {@code ruleId} (a {@link ReadFinding} constant) at {@code at} about the part at
   * {@code pointer}, in Dutch and English; the part's position is {@code at} unless it has one.
   */
  void warn(Line at, String ruleId, String pointer, String nl, String en) {
    findings.add(
        new ReadFinding(
            ruleId, SourcePosition.of(at.number(), Math.max(1, at.column())), pointer, nl, en));
    if (!pointer.isEmpty()) {
      position(pointer, at);
    }
  }

  /** The positions recorded, by pointer: a new map on every call, built from the records. */
  public Map<String, SourcePosition> positions() {
    Map<String, SourcePosition> m = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
    for (int k = 0; k < count; k++) {
      String b = second[k];
      String pointer = b == null ? first[k] : index[k] < 0 ? first[k] + b : first[k] + b + index[k];
      m.putIfAbsent(pointer, SourcePosition.of(line[k], Math.max(1, column[k])));
    }
    return m;
  }

  /** The findings recorded, in order. */
  public List<ReadFinding> findings() {
    return findings;
  }
}
