package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** One paragraph, list item or sub-heading: runs of text with footnote references between them. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlinea.class)
@JsonDeserialize(as = ImmutableAlinea.class)
public interface Alinea {
  /** What the paragraph is; {@link AlineaSoort#ALINEA} unless set. */
  @Value.Default
  default AlineaSoort getSoort() {
    return AlineaSoort.ALINEA;
  }

  /** The paragraph's content in reading order. */
  List<Inline> getInhoud();

  /** A paragraph of plain text without footnote references. */
  static Alinea of(String tekst) {
    return builder().addInhoud(TekstRun.of(tekst)).build();
  }

  /** A paragraph of the given kind. */
  static Alinea of(AlineaSoort soort, Inline... inhoud) {
    return builder().soort(soort).addInhoud(inhoud).build();
  }

  /** A new builder. */
  static ImmutableAlinea.Builder builder() {
    return ImmutableAlinea.builder();
  }

  /** The paragraph's text without footnote references. */
  default String platteTekst() {
    List<Inline> inhoud = getInhoud();
    // Most paragraphs are one run: its text as is, no copy (validation asks for this often).
    if (inhoud.size() == 1 && inhoud.get(0) instanceof TekstRun) {
      return ((TekstRun) inhoud.get(0)).getTekst();
    }
    StringBuilder sb = new StringBuilder();
    for (Inline i : inhoud) {
      if (i instanceof TekstRun tekstRun) {
        sb.append(tekstRun.getTekst());
      }
    }
    return sb.toString();
  }
}
