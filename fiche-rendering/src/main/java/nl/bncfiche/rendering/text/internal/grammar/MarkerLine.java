package nl.bncfiche.rendering.text.internal.grammar;

import java.util.Optional;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;

/**
 * The canonical marker line {@code [fiche: sjabloon=WETGEVING generatie=G2013 soort=PAKKET]} that the
 * writer adds under a fiche's title when its headings alone would not tell these values ("-" for
 * none). Real fiches never carry it; the reader then detects the values with {@link LayoutEvidence}.
 */
public final class MarkerLine {
  /** How the marker line starts. */
  public static final String BEGIN = "[fiche:";

  private MarkerLine() {}

  /** The marker line for the given values. */
  public static String write(Optional<Sjabloon> sjabloon, Optional<Generatie> generatie, Optional<VoorstelSoort> soort) {
    return BEGIN + " sjabloon=" + sjabloon.map(Enum::name).orElse("-") + " generatie="
        + generatie.map(Enum::name).orElse("-") + " soort=" + soort.map(Enum::name).orElse("-") + "]";
  }

  /** The values of a marker line; null when {@code line} is not a well-formed marker. */
  public static Object[] read(String line) {
    if (!line.startsWith(BEGIN) || !line.endsWith("]") || line.length() > 200) {
      return null;
    }
    Object[] result = new Object[3];
    for (String part : line.substring(BEGIN.length(), line.length() - 1).strip().split(" ")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        return null;
      }
      String key = part.substring(0, eq);
      String value = part.substring(eq + 1);
      try {
        switch (key) {
          case "sjabloon":
            result[0] = value.equals("-") ? Optional.empty() : Optional.of(Sjabloon.valueOf(value));
            break;
          case "generatie":
            result[1] = value.equals("-") ? Optional.empty() : Optional.of(Generatie.valueOf(value));
            break;
          case "soort":
            result[2] = value.equals("-") ? Optional.empty() : Optional.of(VoorstelSoort.valueOf(value));
            break;
          default:
            return null;
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return result[0] != null && result[1] != null && result[2] != null ? result : null;
  }
}
