package nl.bncfiche.rendering.internal;

/** Line handling every writer shares. */
public final class Regels {
  private Regels() {}

  /** Removes spaces and tabs at the end of every line; {@code \n} separates lines. */
  public static String stripTrailing(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int start = 0;
    while (start <= s.length()) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? s.length() : nl;
      int e = end;
      while (e > start && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) {
        e--;
      }
      out.append(s, start, e);
      if (nl < 0) {
        break;
      }
      out.append('\n');
      start = nl + 1;
    }
    return out.toString();
  }
}
