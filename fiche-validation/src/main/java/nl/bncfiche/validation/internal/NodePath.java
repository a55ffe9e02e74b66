package nl.bncfiche.validation.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable path into the document's JSON: field names and list indices.
 *
 * <p>Kept as a parent and a last segment: the rules make a path for every node they look at and
 * report an issue for few, so appending is one small object and the list of segments is built only
 * when asked for.
 */
public final class NodePath {
  private static final NodePath ROOT = new NodePath(null, null, 0);
  private final NodePath parent;
  private final Object segment;
  private final int size;

  /** The segments, built on first use; a benign race, since every thread builds an equal list. */
  private List<Object> segments;

  private NodePath(NodePath parent, Object segment, int size) {
    this.parent = parent;
    this.segment = segment;
    this.size = size;
  }

  /** The whole document. */
  public static NodePath root() {
    return ROOT;
  }

  /** The path of fiche {@code index} of the document. */
  public static NodePath fiche(int index) {
    return ROOT.field("fiches").index(index);
  }

  /** This path followed by a field. */
  public NodePath field(String name) {
    return append(name);
  }

  /** This path followed by several fields. */
  public NodePath fields(String... names) {
    NodePath p = this;
    for (String n : names) {
      p = p.append(n);
    }
    return p;
  }

  /** This path followed by a list index. */
  public NodePath index(int i) {
    return append(i);
  }

  private NodePath append(Object segment) {
    return new NodePath(this, segment, size + 1);
  }

  /** The segments; unmodifiable. */
  public List<Object> segments() {
    List<Object> s = segments;
    if (s == null) {
      Object[] a = new Object[size];
      NodePath p = this;
      for (int i = size - 1; i >= 0; i--) {
        a[i] = p.segment;
        p = p.parent;
      }
      s = size == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(a));
      segments = s;
    }
    return s;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments()) {
      sb.append('/').append(s);
    }
    return sb.toString();
  }
}
