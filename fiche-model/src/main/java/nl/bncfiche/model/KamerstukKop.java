package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import nl.bncfiche.model.constraints.GeldigeDatum;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.immutables.value.Value;

/**
 * The header lines of an officially published Kamerstuk: dossier, number, sender, addressee, place
 * and date. Word exports of a fiche have none.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKamerstukKop.class)
@JsonDeserialize(as = ImmutableKamerstukKop.class)
public interface KamerstukKop {
  /** The dossier number as written: "22 112". */
  Optional<String> getDossier();

  /** The dossier's title: "Nieuwe Commissievoorstellen en initiatieven van de lidstaten …". */
  Optional<String> getDossierTitel();

  /** The Kamerstuk's number: digits ("4243") or, in the Eerste Kamer, letters ("GX"). */
  Optional<String> getNummer();

  /** The sender line: "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN". */
  Optional<String> getAfzender();

  /** The addressee line: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal". */
  Optional<String> getGeadresseerde();

  /** The place of the date line: "Den Haag". */
  Optional<String> getPlaats();

  /** The date of the date line. */
  Optional<@GeldigeDatum Parsed<NederlandseDatum>> getDatum();

  /** A new builder. */
  static ImmutableKamerstukKop.Builder builder() {
    return ImmutableKamerstukKop.builder();
  }
}
