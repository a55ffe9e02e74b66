package nl.bncfiche.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The cabinet's verdict in a grondhouding item, as in "De grondhouding van het kabinet is
 * positief."
 */
public enum Oordeel {
  /** "positief". */
  POSITIEF("positief"),
  /** "positief met kanttekeningen". */
  POSITIEF_MET_KANTTEKENINGEN("positief met kanttekeningen"),
  /** "neutraal". */
  NEUTRAAL("neutraal"),
  /** "kritisch". */
  KRITISCH("kritisch"),
  /** "negatief met kanttekeningen". */
  NEGATIEF_MET_KANTTEKENINGEN("negatief met kanttekeningen"),
  /** "negatief". */
  NEGATIEF("negatief");

  private final String tekst;

  Oordeel(String tekst) {
    this.tekst = tekst;
  }

  /** The verdict as the fiche writes it, in lower case: "positief met kanttekeningen". */
  public String getTekst() {
    return tekst;
  }

  /**
   * The verdict a word or phrase names, ignoring case and surrounding white space and a final
   * period; empty when it names none.
   */
  public static Optional<Oordeel> vanTekst(String woorden) {
    String w = collapseSpaces(woorden.strip()).toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1).strip();
    }
    for (Oordeel o : values()) {
      if (o.tekst.equals(w)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Every run of ASCII white space (a regex's {@code \s}) as one space: a scanner, since readers
   * and validators call {@link #vanTekst} for every stance sentence and a regex compiled per call
   * was much of that cost.
   */
  private static String collapseSpaces(String s) {
    StringBuilder sb = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isAsciiSpace(c)) {
        int end = i + 1;
        while (end < n && isAsciiSpace(s.charAt(end))) {
          end++;
        }
        if (c != ' ' || end > i + 1) {
          if (sb == null) {
            sb = new StringBuilder(n).append(s, 0, i);
          }
          sb.append(' ');
          i = end - 1;
          continue;
        }
      }
      if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
