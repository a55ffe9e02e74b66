package nl.bncfiche.rendering.text.internal.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.Labels;

/**
 * The writer's questions about labels at the start of a line, answered on a character array in one
 * pass: the normal forms of every label variant ({@link Labels#genormaliseerd}) in one trie, so
 * that a line is compared with all of them at once.
 */
final class LabelTrie {
  /**
   * Children of node {@code i}: {@code edgeChar}/{@code edgeNode} from {@code first[i]}, {@code
   * count[i]} of them.
   */
  private static final int[] FIRST;

  private static final int[] COUNT;
  private static final char[] EDGE_CHAR;
  private static final int[] EDGE_NODE;

  /** Whether a normal form ends at the node. */
  private static final boolean[] END;

  /** The children of the root by character (the first characters of normal forms), -1 for none. */
  private static final int[] ROOT = new int[256];

  static {
    // A trie of maps first, then flattened into arrays in breadth-first order.
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<Boolean> ends = new ArrayList<>();
    children.add(new TreeMap<>());
    ends.add(false);
    for (Veld v : Veld.values()) {
      for (String norm : Labels.genormaliseerd(v)) {
        if (norm.isEmpty() || norm.charAt(0) == ' ' || norm.charAt(norm.length() - 1) == ' ') {
          throw new IllegalStateException(
              "label normal form empty or not stripped: '" + norm + "'");
        }
        int node = 0;
        for (int i = 0; i < norm.length(); i++) {
          Integer next = children.get(node).get(norm.charAt(i));
          if (next == null) {
            next = children.size();
            children.add(new TreeMap<>());
            ends.add(false);
            children.get(node).put(norm.charAt(i), next);
          }
          node = next;
        }
        ends.set(node, true);
      }
    }
    int nodes = children.size();
    FIRST = new int[nodes];
    COUNT = new int[nodes];
    END = new boolean[nodes];
    int edges = 0;
    for (TreeMap<Character, Integer> c : children) {
      edges += c.size();
    }
    EDGE_CHAR = new char[edges];
    EDGE_NODE = new int[edges];
    int e = 0;
    for (int i = 0; i < nodes; i++) {
      FIRST[i] = e;
      COUNT[i] = children.get(i).size();
      END[i] = ends.get(i);
      for (var entry : children.get(i).entrySet()) {
        EDGE_CHAR[e] = entry.getKey();
        EDGE_NODE[e] = entry.getValue();
        e++;
      }
    }
    java.util.Arrays.fill(ROOT, -1);
    for (var entry : children.get(0).entrySet()) {
      if (entry.getKey() >= ROOT.length) {
        throw new IllegalStateException(
            "label normal form starting beyond Latin-1: " + entry.getKey());
      }
      ROOT[entry.getKey()] = entry.getValue();
    }
  }

  private LabelTrie() {}

  /**
   * False when the line {@code b[off, off + n)} certainly neither starts with a label ({@link
   * #startsWithLabel}) nor normalises to one ({@link #mayBeLabel}): read as far as it holds
   * printable ASCII with single spaces between (which both tests see alike: lower case, a space as
   * a space), the trie ends before any label's end. The common paragraph is so ruled out in a few
   * characters.
   */
  static boolean mayHoldLabel(char[] b, int off, int n) {
    int end = off + Math.min(n, MAX_QUICK);
    int node = 0;
    for (int i = off; i < end; i++) {
      char c = b[i];
      if (c == ' ') {
        if (i == off || i + 1 >= end || b[i + 1] <= ' ' || b[i + 1] >= 0x7f) {
          return true;
        }
      } else if (c < ' ' || c >= 0x7f) {
        return true;
      } else {
        c = lowerAscii(c);
      }
      node = child(node, c);
      if (node < 0) {
        return false;
      }
      if (END[node]) {
        return true;
      }
    }
    return true;
  }

  /** How far {@link #mayHoldLabel} reads: past every label's normal form. */
  private static final int MAX_QUICK = 256;

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int child(int node, char c) {
    if (node == 0) {
      return c < ROOT.length ? ROOT[c] : -1;
    }
    for (int e = FIRST[node], end = e + COUNT[node]; e < end; e++) {
      if (EDGE_CHAR[e] == c) {
        return EDGE_NODE[e];
      }
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  /**
   * Whether the first {@code limit} characters of {@code b[off, off + n)}, lower case with each run
   * of spaces, tabs and no-break spaces as one space and none before the first other character,
   * start with a label's normal form followed by their end, by a character other than a space, or
   * by " :". The same answer as asking each normal form in turn ({@code EscapingTest} compares
   * them).
   */
  static boolean startsWithLabel(char[] b, int off, int n, int limit) {
    int end = off + Math.min(n, limit);
    int node = 0;
    boolean space = false;
    boolean started = false;
    for (int i = off; i < end; i++) {
      char c = b[i];
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && started) {
        // Normal forms never end with a space, so no label ends here.
        node = child(node, ' ');
        if (node < 0) {
          return false;
        }
      }
      node = child(node, Character.toLowerCase(c));
      if (node < 0) {
        return false;
      }
      started = true;
      space = false;
      if (END[node] && labelEndsAt(b, i + 1, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a label whose last character is just before {@code from} ends there: the characters
   * end, or the next is no space, or the spaces are followed by a colon.
   */
  private static boolean labelEndsAt(char[] b, int from, int end) {
    if (from == end || !isSpace(b[from])) {
      return true;
    }
    int i = from;
    while (i < end && isSpace(b[i])) {
      i++;
    }
    return i == end || Character.toLowerCase(b[i]) == ':';
  }

  /**
   * False when {@code b[off, off + n)} certainly does not normalise ({@link Labels#normaliseer}) to
   * a label's normal form. Normalising strips white space, makes each run of ASCII white space and
   * no-break spaces one space, lower-cases, and removes colons, periods and white space at the end;
   * so the normal form, when it is a label's, is a path from the root of the trie to a label's end,
   * and what follows it in the line so transformed is colons, periods and white space only. This
   * follows that path and returns false as soon as it cannot be so.
   */
  static boolean mayBeLabel(char[] b, int off, int n) {
    int i = off;
    int end = off + n;
    while (i < end && Character.isWhitespace(b[i])) {
      i++;
    }
    int node = 0;
    // The deepest label end on the path, and the depth after the last character that normalising
    // could not remove at the end; a label's end at or beyond the latter is needed.
    int labelEnd = -1;
    int needed = 0;
    int depth = 0;
    boolean run = false;
    for (; i < end; i++) {
      char c = b[i];
      char x;
      if (c == '\u00a0'
          || c == ' '
          || c == '\t'
          || c == '\n'
          || c == '\u000b'
          || c == '\f'
          || c == '\r') {
        if (run) {
          continue;
        }
        run = true;
        x = ' ';
      } else {
        run = false;
        x = Character.toLowerCase(c);
      }
      depth++;
      boolean tail = x == ':' || x == '.' || Character.isWhitespace(x);
      if (!tail) {
        needed = depth;
      }
      if (node >= 0) {
        node = child(node, x);
        if (node >= 0 && END[node]) {
          labelEnd = depth;
        }
      }
      if (node < 0 && needed > labelEnd) {
        return false;
      }
    }
    return labelEnd >= 0 && labelEnd >= needed;
  }
}
