package nl.bncfiche.rendering.text.internal.grammar;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;

/**
 * The canonical marker line {@code [fiche: sjabloon=WETGEVING generatie=G2013 soort=PAKKET]} that
 * the writer adds under a fiche's title when its headings alone would not tell these values ("-"
 * for none), with {@code vermoed=SJABLOON,GENERATIE} at the end when some of them are presumed.
 * Real fiches never carry it; the reader then detects the values with {@link LayoutEvidence}.
 *
 * @param sjabloon the fiche's template
 * @param generatie the fiche's generation
 * @param soort the fiche's kind of proposal
 * @param vermoed which of template and generation are presumed
 */
public record MarkerLine(
    Optional<Sjabloon> sjabloon,
    Optional<Generatie> generatie,
    Optional<VoorstelSoort> soort,
    Set<Kenmerk> vermoed) {
  /** Copies {@code vermoed}. */
  public MarkerLine {
    vermoed = vermoed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(vermoed));
  }

  /** The marker line of {@code fiche}'s values. */
  public static MarkerLine of(Fiche fiche) {
    return new MarkerLine(
        fiche.getSjabloon(), fiche.getGeneratie(), fiche.getSoort(), fiche.getVermoed());
  }

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
        + vermoedPart()
        + "]";
  }

  private String vermoedPart() {
    if (vermoed.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" vermoed=");
    // in the enum's order, whatever the set's
    for (Kenmerk k : Kenmerk.values()) {
      if (vermoed.contains(k)) {
        b.append(b.length() > " vermoed=".length() ? "," : "").append(k.name());
      }
    }
    return b.toString();
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
    Set<Kenmerk> vermoed = EnumSet.noneOf(Kenmerk.class);
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
          case "vermoed" -> {
            for (String k : value.split(",", -1)) {
              vermoed.add(Kenmerk.valueOf(k));
            }
          }
          default -> {
            return Optional.empty();
          }
        }
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return sjabloon != null && generatie != null && soort != null
        ? Optional.of(new MarkerLine(sjabloon, generatie, soort, vermoed))
        : Optional.empty();
  }
}
