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
 * joined and the table built only when {@link #posities()} is asked for. Most reads never look a
 * position up, and joining a pointer per paragraph was a noticeable part of reading.
 */
public final class ReadReport {
  private String[] eerste;
  private String[] tweede;
  /** The index that ends the pointer, or -1. */
  private int[] index;
  private int[] regel;
  private int[] kolom;
  private int aantal;
  private final List<String> waarschuwingen = new ArrayList<>();

  /** A record with room for {@code capaciteit} positions before it grows. */
  public ReadReport(int capaciteit) {
    int n = Math.max(capaciteit, 8);
    eerste = new String[n];
    tweede = new String[n];
    index = new int[n];
    regel = new int[n];
    kolom = new int[n];
  }

  /** Records where the node at {@code pointer} starts; the first record wins. */
  public void positie(String pointer, Line regel) {
    voegToe(pointer, null, -1, regel);
  }

  /** As {@link #positie(String, Line)} for the pointer {@code eerste + tweede}. */
  public void positie(String eerste, String tweede, Line regel) {
    voegToe(eerste, tweede, -1, regel);
  }

  /** As {@link #positie(String, Line)} for the pointer {@code eerste + tweede + index}. */
  public void positie(String eerste, String tweede, int index, Line regel) {
    voegToe(eerste, tweede, index, regel);
  }

  private void voegToe(String a, String b, int i, Line r) {
    if (r == null) {
      return;
    }
    if (aantal == eerste.length) {
      int n = aantal * 2;
      eerste = Arrays.copyOf(eerste, n);
      tweede = Arrays.copyOf(tweede, n);
      index = Arrays.copyOf(index, n);
      regel = Arrays.copyOf(regel, n);
      kolom = Arrays.copyOf(kolom, n);
    }
    eerste[aantal] = a;
    tweede[aantal] = b;
    index[aantal] = i;
    regel[aantal] = r.nummer;
    kolom[aantal] = r.kolom;
    aantal++;
  }

  /** Records a warning about {@code regel}, in Dutch and English. */
  public void waarschuw(Line regel, String nl, String en) {
    waarschuwingen.add("regel " + regel.nummer + ": " + nl + " | line " + regel.nummer + ": " + en);
  }

  /** The positions recorded, by pointer: a new map on every call, built from the records. */
  public Map<String, SourcePosition> posities() {
    Map<String, SourcePosition> m = new HashMap<>(Math.max(16, aantal * 4 / 3 + 1));
    for (int k = 0; k < aantal; k++) {
      String b = tweede[k];
      String pointer = b == null ? eerste[k] : index[k] < 0 ? eerste[k] + b : eerste[k] + b + index[k];
      m.putIfAbsent(pointer, SourcePosition.of(regel[k], Math.max(1, kolom[k])));
    }
    return m;
  }

  /** The warnings recorded, in order. */
  public List<String> waarschuwingen() {
    return waarschuwingen;
  }
}
