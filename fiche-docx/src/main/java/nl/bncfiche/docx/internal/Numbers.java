package nl.bncfiche.docx.internal;

/** Lenient integers of attribute values: what does not parse is the default. */
final class Numbers {
  private Numbers() {}

  static int parse(String s, int otherwise) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return otherwise;
    }
    int v = 0;
    int i = 0;
    boolean negative = s.charAt(0) == '-';
    if (negative) {
      i = 1;
      if (s.length() == 1) {
        return otherwise;
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return otherwise;
      }
      v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
  }
}
