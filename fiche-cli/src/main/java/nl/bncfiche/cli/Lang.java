package nl.bncfiche.cli;

import java.util.Locale;

/** The language of messages: Dutch (default) or English. */
enum Lang {
  NL,
  EN;

  boolean dutch() {
    return this == NL;
  }

  /**
   * The language {@code args} ask for with {@code --lang}, read before they are parsed: a usage
   * error, and a failure before a command runs, are reported in it too. Dutch unless the last
   * {@code --lang} says {@code en}.
   */
  static Lang requested(String[] args) {
    Lang lang = NL;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null) {
        lang = value.toLowerCase(Locale.ROOT).equals("en") ? EN : NL;
      }
    }
    return lang;
  }
}
