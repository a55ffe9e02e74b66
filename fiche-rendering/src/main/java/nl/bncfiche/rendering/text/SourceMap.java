package nl.bncfiche.rendering.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Where each part of a read document stood in its text, by JSON pointer: the pointers are those of
 * {@code FicheJson}, relative to the document ({@code /fiches/0/algemeneGegevens/datumOntvangst},
 * {@code /brief/vermeldingen/3}, {@code /fiches/0/essentie/inhoud/alineas/2}). The model itself
 * holds no positions; a validation issue's path is joined to this table to say "line 37".
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  /**
   * For look-ups; never modified once set. A read's table is built on the first look-up from what
   * {@link #source} records, since most reads never look a position up and the table costs a
   * pointer string per paragraph. A benign race: every thread builds an equal map, published
   * through this volatile field.
   */
  private volatile Map<String, SourcePosition> positions;

  /**
   * Builds {@link #positions} when it is not set; what it reads is complete before construction.
   */
  private final Supplier<Map<String, SourcePosition>> source;

  /**
   * The same, sorted by pointer, built on the first {@link #asMap()}, since most callers only look
   * positions up. A benign race: every thread builds an equal unmodifiable map.
   */
  private Map<String, SourcePosition> sorted;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
    this.source = null;
  }

  private SourceMap(Supplier<Map<String, SourcePosition>> source) {
    this.source = source;
  }

  /**
   * A table of the given positions.
   *
   * @throws NullPointerException when the map, a key or a value is null
   */
  public static SourceMap of(Map<String, SourcePosition> positions) {
    checked(positions);
    return new SourceMap(new HashMap<>(positions));
  }

  /**
   * A table of the positions {@code source} returns, asked for on the first look-up; the map is
   * taken over, not copied. The source must return a new map of the same positions on every call.
   */
  static SourceMap lazy(Supplier<Map<String, SourcePosition>> source) {
    return new SourceMap(Objects.requireNonNull(source, "source"));
  }

  /**
   * This table with every position replaced by what {@code remap} makes of it, for a reader of
   * another format that reads through {@link TextReader} and names positions in its own terms (a
   * paragraph of a Word document for a line of its text). Like this table, the new one is built on
   * its first look-up, and not at all when nothing is looked up; {@code remap} must then return an
   * equal position for an equal one, and never null.
   *
   * @throws NullPointerException when {@code remap} is null
   */
  public SourceMap remapped(UnaryOperator<SourcePosition> remap) {
    Objects.requireNonNull(remap, "remap");
    return lazy(
        () -> {
          Map<String, SourcePosition> m = positions;
          Map<String, SourcePosition> out = m != null ? new HashMap<>(m) : source.get();
          out.replaceAll((pointer, at) -> remap.apply(at));
          return out;
        });
  }

  private Map<String, SourcePosition> positions() {
    Map<String, SourcePosition> m = positions;
    if (m == null) {
      m = source.get();
      checked(m);
      positions = m;
    }
    return m;
  }

  private static void checked(Map<String, SourcePosition> positions) {
    positions.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "pointer");
          Objects.requireNonNull(v, "position");
        });
  }

  /** The table without positions, for documents that were not read from text. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * The position of the node at {@code jsonPointer}, or of its nearest ancestor with a recorded
   * position ({@code /fiches/0/grondhouding/bevoegdheid/oordeel} falls back to the item's label
   * line); empty when neither it nor any ancestor was read from text.
   *
   * @throws NullPointerException when {@code jsonPointer} is null
   */
  public Optional<SourcePosition> positionOf(String jsonPointer) {
    String p = Objects.requireNonNull(jsonPointer, "jsonPointer");
    while (true) {
      SourcePosition at = positions().get(p);
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
    Map<String, SourcePosition> m = sorted;
    if (m == null) {
      m = Collections.unmodifiableMap(new TreeMap<>(positions()));
      sorted = m;
    }
    return m;
  }
}
