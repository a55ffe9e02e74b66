package nl.bncfiche.rendering.text.internal.grammar;

import java.util.Optional;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;

/**
 * The canonical marker line {@code [fiche: sjabloon=WETGEVING generatie=G2013 soort=PAKKET]} that
 * the writer adds under a fiche's title when its headings alone would not tell these values ("-"
 * for none). Real fiches never carry it; the reader then detects the values with {@link
 * LayoutEvidence}.
 *
 * @param sjabloon the fiche's template
 * @param generatie the fiche's generation
 * @param soort the fiche's kind of proposal
 */
public record MarkerLine(
    Optional<Sjabloon> sjabloon, Optional<Generatie> generatie, Optional<VoorstelSoort> soort) {
  /** How the marker line starts. */
  public static final String BEGIN = "[fiche:";

  /** The line. */
  public String text() {
    return BEGIN
        + " sjabloon="
        + sjabloon.map(Enum::name).orElse("-")
        + " generatie="
        + generatie.map(Enum::name).orElse("-")
        + " soort="
        + soort.map(Enum::name).orElse("-")
        + "]";
  }

  /** The values of a marker line; empty when {@code line} is not a well-formed marker line. */
  public static Optional<MarkerLine> parse(String line) {
    if (!line.startsWith(BEGIN) || !line.endsWith("]") || line.length() > 200) {
      return Optional.empty();
    }
    // null until the line gives the value
    Optional<Sjabloon> sjabloon = null;
    Optional<Generatie> generatie = null;
    Optional<VoorstelSoort> soort = null;
    for (String part : line.substring(BEGIN.length(), line.length() - 1).strip().split(" ")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        return Optional.empty();
      }
      String value = part.substring(eq + 1);
      boolean none = value.equals("-");
      try {
        switch (part.substring(0, eq)) {
          case "sjabloon" ->
              sjabloon = none ? Optional.empty() : Optional.of(Sjabloon.valueOf(value));
          case "generatie" ->
              generatie = none ? Optional.empty() : Optional.of(Generatie.valueOf(value));
          case "soort" ->
              soort = none ? Optional.empty() : Optional.of(VoorstelSoort.valueOf(value));
          default -> {
            return Optional.empty();
          }
        }
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return sjabloon != null && generatie != null && soort != null
        ? Optional.of(new MarkerLine(sjabloon, generatie, soort))
        : Optional.empty();
  }
}
