package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final List<String> warnings = new ArrayList<>();

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

  /** Records a warning about {@code at}, in Dutch and English. */
  void warn(Line at, String nl, String en) {
    warnings.add("regel " + at.number() + ": " + nl + " | line " + at.number() + ": " + en);
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

  /** The warnings recorded, in order. */
  public List<String> warnings() {
    return warnings;
  }
}
