package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.constraints.GeldigeDatum;
import nl.bncfiche.model.constraints.GeldigeIdentificatie;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import org.immutables.value.Value;

/**
 * Section 1, "Algemene gegevens": items a–g of every fiche and h–j of a legislative one. Items that
 * name documents are lists, because a package fiche covers several; an absent item is empty.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAlgemeneGegevens.class)
@JsonDeserialize(as = ImmutableAlgemeneGegevens.class)
public interface AlgemeneGegevens {
  /** 1a, "Titel voorstel": one title per document, often in English, as written. */
  List<String> getTitels();

  /** 1b, "Datum ontvangst Commissiedocument"; a month-only date is kept as such. */
  Optional<@GeldigeDatum Parsed<NederlandseDatum>> getDatumOntvangst();

  /** 1c, "Nr. Commissiedocument": one entry per document. */
  List<@GeldigeIdentificatie Parsed<CommissieDocument>> getCommissieDocumenten();

  /** 1d, "EUR-Lex": one link per document. */
  List<EurLexVerwijzing> getEurLex();

  /** 1e, "Nr. impact assessment Commissie en Opinie". */
  Optional<ImpactAssessment> getImpactAssessment();

  /** 1f, "Behandelingstraject Raad": the Council formation, as written. */
  Optional<String> getBehandelingstrajectRaad();

  /** 1g, "Eerstverantwoordelijk ministerie": the lead ministry and its partners. */
  Optional<Ministeries> getEerstverantwoordelijkMinisterie();

  /** 1h, "Rechtsbasis": one line per proposal in a package (legislative fiches). */
  List<String> getRechtsbasis();

  /** 1i, "Besluitvormingsprocedure Raad": the Council voting rule (legislative fiches). */
  Optional<String> getBesluitvormingsprocedureRaad();

  /** 1j, "Rol Europees Parlement" (legislative fiches). */
  Optional<String> getRolEuropeesParlement();

  /** Interinstitutional procedure numbers where the fiche names them ("(COD 2008/0222)"). */
  List<@GeldigeIdentificatie Parsed<ProcedureNummer>> getProcedures();

  /** Items of section 1 that the template does not know, kept as written. */
  List<Onderdeel> getOverigeOnderdelen();

  /**
   * 1b as a {@code LocalDate}: empty when the item is absent, does not parse, or names a month
   * only. Not an attribute of the value (Immutables and JSON leave it out).
   */
  default Optional<LocalDate> ontvangenOp() {
    return getDatumOntvangst().flatMap(Parsed::getValue).flatMap(NederlandseDatum::getDate);
  }

  /** A new builder. */
  static ImmutableAlgemeneGegevens.Builder builder() {
    return ImmutableAlgemeneGegevens.builder();
  }
}
