package nl.bncfiche.docx.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;

/**
 * The list labels of a document, computed as Word computes them, since a .docx stores none: per
 * abstract numbering and level, a counter from {@code w:start}, restarted by a {@code
 * w:startOverride} the first time its {@code w:num} is used and by the use of a higher level
 * (unless {@code w:lvlRestart} says otherwise), formatted by {@code w:numFmt} into {@code
 * w:lvlText} ({@code "%1)"}). Numbering linked through a numbering style ({@code w:numStyleLink})
 * is followed; a cycle there is refused. Not thread-safe: one instance per read.
 */
final class Numbering {
  private static final int LEVELS = 9;

  private record Level(int start, String format, String text, int restart, boolean noSuffix) {
    static final Level NONE = new Level(0, "none", "", -1, false);
  }

  private static final class Abstract {
    final Level[] levels = new Level[LEVELS];
    String numStyleLink;
  }

  private static final class Num {
    int abstractId = -1;
    final Level[] levels = new Level[LEVELS];
    final int[] startOverride = filled(Integer.MIN_VALUE);
    boolean used;
  }

  private static final class State {
    final int[] value = new int[LEVELS];
    final boolean[] started = new boolean[LEVELS];
    final int[] pendingStart = filled(Integer.MIN_VALUE);
  }

  private final Map<Integer, Abstract> abstracts = new HashMap<>();
  private final Map<Integer, Num> nums = new HashMap<>();
  private final Map<Integer, State> states = new HashMap<>();
  private final Styles styles;

  private Numbering(Styles styles) {
    this.styles = styles;
  }

  static Numbering read(byte[] part, Styles styles, int maxDepth) {
    Numbering n = new Numbering(styles);
    if (part != null) {
      n.parse(part, maxDepth);
    }
    return n;
  }

  private static int[] filled(int v) {
    int[] a = new int[LEVELS];
    java.util.Arrays.fill(a, v);
    return a;
  }

  private void parse(byte[] part, int maxDepth) {
    try (Xml x = Xml.open(part, "numbering.xml", maxDepth)) {
      while (x.hasNext()) {
        if (x.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (x.isW("abstractNum")) {
          int id = Numbers.parse(x.attr("abstractNumId"), Integer.MIN_VALUE);
          Abstract a = readAbstract(x);
          if (id != Integer.MIN_VALUE) {
            abstracts.putIfAbsent(id, a);
          }
        } else if (x.isW("num")) {
          int id = Numbers.parse(x.attr("numId"), Integer.MIN_VALUE);
          Num n = readNum(x);
          if (id != Integer.MIN_VALUE) {
            nums.putIfAbsent(id, n);
          }
        }
      }
    }
  }

  private static Abstract readAbstract(Xml x) {
    Abstract a = new Abstract();
    int depth = x.depth();
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && x.depth() < depth) {
        return a;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.isW("numStyleLink")) {
        a.numStyleLink = x.attr("val");
      } else if (x.isW("lvl")) {
        int ilvl = Numbers.parse(x.attr("ilvl"), -1);
        Level l = readLevel(x);
        if (ilvl >= 0 && ilvl < LEVELS && a.levels[ilvl] == null) {
          a.levels[ilvl] = l;
        }
      }
    }
  }

  private static Num readNum(Xml x) {
    Num n = new Num();
    int depth = x.depth();
    int override = -1;
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && x.depth() < depth) {
        return n;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.isW("abstractNumId")) {
        n.abstractId = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("lvlOverride")) {
        override = Numbers.parse(x.attr("ilvl"), -1);
      } else if (x.isW("startOverride") && override >= 0 && override < LEVELS) {
        n.startOverride[override] = Numbers.parse(x.attr("val"), 0);
      } else if (x.isW("lvl") && override >= 0 && override < LEVELS) {
        n.levels[override] = readLevel(x);
      }
    }
  }

  private static Level readLevel(Xml x) {
    int depth = x.depth();
    int start = 0;
    String format = "decimal";
    String text = null;
    int restart = -1;
    boolean noSuffix = false;
    while (true) {
      int ev = x.next();
      if (ev == XMLStreamConstants.END_ELEMENT && x.depth() < depth) {
        return new Level(start, format, text, restart, noSuffix);
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (x.isW("start")) {
        start = Numbers.parse(x.attr("val"), 0);
      } else if (x.isW("numFmt")) {
        String f = x.attr("val");
        format = f == null ? "decimal" : f;
      } else if (x.isW("lvlText")) {
        text = x.attr("val");
      } else if (x.isW("lvlRestart")) {
        restart = Numbers.parse(x.attr("val"), -1);
      } else if (x.isW("suff")) {
        noSuffix = "nothing".equals(x.attr("val"));
      } else if (x.isW("pPr") || x.isW("rPr")) {
        x.skipElement();
      }
    }
  }

  /**
   * The label of the next paragraph numbered {@code numId} at level {@code ilvl}, with the space
   * that separates it from the text ("a) "); empty when the paragraph has no label.
   */
  String next(int numId, int ilvl) {
    if (numId <= 0 || ilvl < 0 || ilvl >= LEVELS) {
      return "";
    }
    Num num = nums.get(numId);
    if (num == null) {
      return "";
    }
    int absId = abstractOf(num);
    Abstract abs = abstracts.get(absId);
    if (abs == null) {
      return "";
    }
    State st = states.computeIfAbsent(absId, k -> new State());
    if (!num.used) {
      num.used = true;
      for (int l = 0; l < LEVELS; l++) {
        if (num.startOverride[l] != Integer.MIN_VALUE) {
          st.started[l] = false;
          st.pendingStart[l] = num.startOverride[l];
        }
      }
    }
    Level level = level(num, abs, ilvl);
    if (st.started[ilvl]) {
      st.value[ilvl]++;
    } else {
      st.started[ilvl] = true;
      st.value[ilvl] =
          st.pendingStart[ilvl] != Integer.MIN_VALUE ? st.pendingStart[ilvl] : level.start();
      st.pendingStart[ilvl] = Integer.MIN_VALUE;
    }
    for (int l = ilvl + 1; l < LEVELS; l++) {
      int r = level(num, abs, l).restart();
      if (r != 0 && (r < 0 || ilvl <= r - 1)) {
        st.started[l] = false;
      }
    }
    String label = label(num, abs, st, level);
    if (label.isEmpty()) {
      return "";
    }
    return level.noSuffix() ? label : label + " ";
  }

  private static Level level(Num num, Abstract abs, int l) {
    Level lv = num.levels[l] != null ? num.levels[l] : abs.levels[l];
    return lv != null ? lv : Level.NONE;
  }

  private static String label(Num num, Abstract abs, State st, Level level) {
    if ("bullet".equals(level.format())) {
      return "•";
    }
    if ("none".equals(level.format()) || level.text() == null) {
      return level.text() == null ? "" : level.text().replaceAll("%[1-9]", "");
    }
    String t = level.text();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
        int l = t.charAt(i + 1) - '1';
        Level lv = level(num, abs, l);
        int v = st.started[l] ? st.value[l] : lv.start();
        sb.append(format(v, lv.format()));
        i++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  static String format(int v, String format) {
    return switch (format) {
      case "lowerLetter" -> letters(v, 'a');
      case "upperLetter" -> letters(v, 'A');
      case "lowerRoman" -> roman(v).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> roman(v);
      case "decimalZero" -> v >= 0 && v < 10 ? "0" + v : Integer.toString(v);
      case "none", "bullet" -> "";
      default -> Integer.toString(v);
    };
  }

  /** Word's letters: a … z, then aa … zz, aaa …. */
  private static String letters(int v, char a) {
    if (v < 1) {
      return Integer.toString(v);
    }
    int times = (v - 1) / 26 + 1;
    if (times > 10) {
      return Integer.toString(v);
    }
    return String.valueOf((char) (a + (v - 1) % 26)).repeat(times);
  }

  private static String roman(int v) {
    if (v < 1 || v > 3999) {
      return Integer.toString(v);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int rest = v;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        sb.append(symbols[i]);
        rest -= values[i];
      }
    }
    return sb.toString();
  }

  /** The abstract numbering of {@code num}, through numbering styles, with a cycle check. */
  private int abstractOf(Num num) {
    Set<Integer> seen = new HashSet<>();
    int absId = num.abstractId;
    while (true) {
      Abstract a = abstracts.get(absId);
      if (a == null || a.numStyleLink == null) {
        return absId;
      }
      if (!seen.add(absId)) {
        throw DocxFailure.badPart(
            "numbering.xml",
            "de nummeringen verwijzen in een kring naar elkaar (w:numStyleLink)",
            "its numberings refer to each other in a cycle (w:numStyleLink)",
            null);
      }
      int linked = styles.numIdOfStyle(a.numStyleLink);
      Num n = nums.get(linked);
      if (n == null) {
        return absId;
      }
      absId = n.abstractId;
    }
  }
}
