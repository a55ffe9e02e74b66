package nl.bncfiche.rendering.internal;

/** Line handling every writer shares. */
public final class Regels {
  private Regels() {}

  /** Removes spaces and tabs at the end of every line; {@code \n} separates lines. */
  public static String stripTrailing(String s) {
    StringBuilder sb = new StringBuilder(s);
    stripTrailing(sb, 0);
    return sb.toString();
  }

  /**
   * Removes spaces and tabs at the end of every line of {@code sb} from {@code from} on, in place:
   * no copy of a text that may be the whole document. {@code from} must be the start of a line.
   */
  public static void stripTrailing(StringBuilder sb, int from) {
    int length = sb.length();
    int read = from;
    int write = from;
    while (true) {
      int nl = read;
      while (nl < length && sb.charAt(nl) != '\n') {
        nl++;
      }
      int end = nl;
      while (end > read && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\t')) {
        end--;
      }
      if (write == read) {
        write = end;
      } else {
        for (int i = read; i < end; i++) {
          sb.setCharAt(write++, sb.charAt(i));
        }
      }
      if (nl == length) {
        break;
      }
      sb.setCharAt(write++, '\n');
      read = nl + 1;
    }
    sb.setLength(write);
  }
}
