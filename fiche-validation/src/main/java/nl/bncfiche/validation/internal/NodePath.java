package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable path into the document's JSON: field names and list indices. */
public final class NodePath {
  private static final NodePath ROOT = new NodePath(List.of());
  private final List<Object> segments;

  private NodePath(List<Object> segments) {
    this.segments = segments;
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
    List<Object> s = new ArrayList<>(segments.size() + 1);
    s.addAll(segments);
    s.add(segment);
    return new NodePath(Collections.unmodifiableList(s));
  }

  /** The segments; unmodifiable. */
  public List<Object> segments() {
    return segments;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(s);
    }
    return sb.toString();
  }
}
