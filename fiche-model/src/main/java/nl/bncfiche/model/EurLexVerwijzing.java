package nl.bncfiche.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import org.immutables.value.Value;

/**
 * Item 1d, "EUR-Lex": a link text or address as written ("EUR-Lex - 52025DC0743 - EN - EUR-Lex", a
 * URL, a Council-register URL), with the CELEX number or Commission document it names, where it
 * names one. Only the text is stored; the identifiers are read from it.
 */
@Value.Immutable
public interface EurLexVerwijzing {
  /** The link text or address exactly as written. */
  @Value.Parameter
  @JsonValue
  String getTekst();

  /** The first CELEX number in the text, if any. */
  @Value.Lazy
  default Optional<CelexNummer> getCelex() {
    return CelexNummer.find(getTekst());
  }

  /** The Commission document the text names ("COM:2025:501:FIN"), if any. */
  @Value.Lazy
  default Optional<CommissieDocument> getCommissieDocument() {
    List<CommissieDocument> found = CommissieDocument.findAll(getTekst());
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** A reference with the given text. */
  @JsonCreator
  static EurLexVerwijzing of(String tekst) {
    return ImmutableEurLexVerwijzing.of(tekst);
  }

  /** The conventional link text for a CELEX number: "EUR-Lex - 52025DC0743 - EN - EUR-Lex". */
  static EurLexVerwijzing of(CelexNummer celex) {
    return of("EUR-Lex - " + celex + " - NL - EUR-Lex");
  }
}
