package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** The free text of a section or item: paragraphs in order. Empty when nothing was written. */
@Value.Immutable
@JsonSerialize(as = ImmutableTekst.class)
@JsonDeserialize(as = ImmutableTekst.class)
public interface Tekst {
  /** The paragraphs in reading order. */
  List<Alinea> getAlineas();

  /** A text of plain paragraphs, one per argument. */
  static Tekst of(String... alineas) {
    ImmutableTekst.Builder b = builder();
    for (String a : alineas) {
      b.addAlinea(Alinea.of(a));
    }
    return b.build();
  }

  /** A text of the given paragraphs. */
  static Tekst of(Alinea... alineas) {
    return builder().addAlineas(alineas).build();
  }

  /** The empty text. */
  static Tekst leeg() {
    return builder().build();
  }

  /** A new builder. */
  static ImmutableTekst.Builder builder() {
    return ImmutableTekst.builder();
  }

  /** Whether any paragraph holds a character other than white space. */
  default boolean heeftInhoud() {
    // Run by run, without joining them: the joined text is blank exactly when every run is.
    for (Alinea a : getAlineas()) {
      for (Inline i : a.getInhoud()) {
        if (i instanceof TekstRun tekstRun && !tekstRun.getTekst().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The numbers of all footnote references, in reading order. */
  default List<Integer> voetnootNummers() {
    List<Integer> nummers = new ArrayList<>();
    for (Alinea a : getAlineas()) {
      for (Inline i : a.getInhoud()) {
        if (i instanceof VoetnootVerwijzing voetnootVerwijzing) {
          nummers.add(voetnootVerwijzing.getNummer());
        }
      }
    }
    return nummers;
  }

  /** The paragraphs' text without footnote references, separated by a blank line. */
  default String platteTekst() {
    StringBuilder sb = new StringBuilder();
    for (Alinea a : getAlineas()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(a.platteTekst());
    }
    return sb.toString();
  }
}
