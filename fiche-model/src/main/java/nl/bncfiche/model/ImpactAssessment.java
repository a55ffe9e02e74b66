package nl.bncfiche.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.id.CommissieDocument;
import org.immutables.value.Value;

/**
 * Item 1e, "Nr. impact assessment Commissie en Opinie": the documents ("SWD(2023) 289, 290, 291 en
 * SEC (2023) 305") and/or a text such as "Niet opgesteld.". Only the text is stored; the documents
 * are read from it. Lines are separated by {@code \n}.
 */
@Value.Immutable
public interface ImpactAssessment {
  /** The item's text exactly as written. */
  @Value.Parameter
  @JsonValue
  String getTekst();

  /** The Commission documents the text names, in order. */
  @Value.Lazy
  default List<CommissieDocument> getDocumenten() {
    return CommissieDocument.findAll(getTekst());
  }

  /**
   * Whether the text says that no impact assessment was made ("Niet opgesteld.", "Geen", "N.v.t.")
   * and names no document.
   */
  @Value.Lazy
  default boolean isNietOpgesteld() {
    String t = getTekst().strip().toLowerCase(Locale.ROOT);
    return getDocumenten().isEmpty()
        && (t.startsWith("niet opgesteld")
            || t.startsWith("geen")
            || t.startsWith("n.v.t")
            || t.startsWith("nvt")
            || t.startsWith("niet van toepassing"));
  }

  /** An item with the given text. */
  @JsonCreator
  static ImpactAssessment of(String tekst) {
    return ImmutableImpactAssessment.of(tekst);
  }

  /** The item for a fiche whose proposal had no impact assessment: "Niet opgesteld.". */
  static ImpactAssessment nietOpgesteld() {
    return of("Niet opgesteld.");
  }
}
