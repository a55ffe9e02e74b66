package nl.bncfiche.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The cabinet's verdict in a grondhouding item, as in "De grondhouding van het kabinet is positief."
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
   * The verdict a word or phrase names, ignoring case and surrounding white space and a final period;
   * empty when it names none.
   */
  public static Optional<Oordeel> vanTekst(String woorden) {
    String w = woorden.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
}
