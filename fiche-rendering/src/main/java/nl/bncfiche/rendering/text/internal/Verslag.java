package nl.bncfiche.rendering.text.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.rendering.text.SourcePosition;

/** What reading records beside the model: positions by JSON pointer, and warnings. */
public final class Verslag {
  private final Map<String, SourcePosition> posities = new LinkedHashMap<>();
  private final List<String> waarschuwingen = new ArrayList<>();

  /** Records where the node at {@code pointer} starts; the first record wins. */
  public void positie(String pointer, Regel regel) {
    if (regel != null) {
      posities.putIfAbsent(pointer, SourcePosition.of(regel.nummer, Math.max(1, regel.kolom)));
    }
  }

  /** Records a warning about {@code regel}, in Dutch and English. */
  public void waarschuw(Regel regel, String nl, String en) {
    waarschuwingen.add("regel " + regel.nummer + ": " + nl + " | line " + regel.nummer + ": " + en);
  }

  /** The positions recorded. */
  public Map<String, SourcePosition> posities() {
    return posities;
  }

  /** The warnings recorded, in order. */
  public List<String> waarschuwingen() {
    return waarschuwingen;
  }
}
