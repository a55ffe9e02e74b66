package nl.bncfiche.rendering.text;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each part of a read document stood in its text, by JSON pointer: the pointers are those of
 * {@code FicheJson}, relative to the document ({@code /fiches/0/algemeneGegevens/datumOntvangst},
 * {@code /brief/vermeldingen/3}, {@code /fiches/0/essentie/inhoud/alineas/2}). The model itself holds
 * no positions; a validation issue's path is joined to this table to say "line 37".
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());
  private final Map<String, SourcePosition> positions;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = Collections.unmodifiableMap(new TreeMap<>(positions));
  }

  /**
   * A table of the given positions.
   *
   * @throws NullPointerException when the map, a key or a value is null
   */
  public static SourceMap of(Map<String, SourcePosition> positions) {
    positions.forEach((k, v) -> {
      Objects.requireNonNull(k, "pointer");
      Objects.requireNonNull(v, "position");
    });
    return new SourceMap(positions);
  }

  /** The table without positions, for documents that were not read from text. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * The position of the node at {@code jsonPointer}, or of its nearest ancestor with a recorded
   * position ({@code /fiches/0/grondhouding/bevoegdheid/oordeel} falls back to the item's label line);
   * empty when neither it nor any ancestor was read from text.
   *
   * @throws NullPointerException when {@code jsonPointer} is null
   */
  public Optional<SourcePosition> positionOf(String jsonPointer) {
    String p = Objects.requireNonNull(jsonPointer, "jsonPointer");
    while (true) {
      SourcePosition at = positions.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0 || p.isEmpty()) {
        return Optional.empty();
      }
      p = p.substring(0, slash);
    }
  }

  /** Every recorded pointer and its position, sorted by pointer. */
  public Map<String, SourcePosition> asMap() {
    return positions;
  }
}
