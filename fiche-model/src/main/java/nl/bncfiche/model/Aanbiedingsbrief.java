package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cover letter that goes with a batch of fiches: the announcement ("… ontvangt u hierbij 10
 * fiches …"), further sentences, the list of fiches and the signatory.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAanbiedingsbrief.class)
@JsonDeserialize(as = ImmutableAanbiedingsbrief.class)
public interface Aanbiedingsbrief {
  /**
   * The announcing sentence exactly as written; when absent, renderers write the standard sentence
   * for {@link #getAangekondigdAantal()}.
   */
  Optional<String> getAankondiging();

  /** The number of fiches the letter announces. */
  Optional<Integer> getAangekondigdAantal();

  /** That number as written: "10", "twee", "een". */
  Optional<String> getAantalZoalsGeschreven();

  /** Sentences after the announcement, before the list, as written. */
  List<String> getAanvullendeZinnen();

  /** The list of fiches in the batch. */
  List<BriefVermelding> getVermeldingen();

  /** The signatory's role as written: "De Minister van Buitenlandse Zaken". */
  Optional<String> getOndertekenaarFunctie();

  /** The signatory's name: "D.M. van Weel". */
  Optional<String> getOndertekenaarNaam();

  /** A new builder. */
  static ImmutableAanbiedingsbrief.Builder builder() {
    return ImmutableAanbiedingsbrief.builder();
  }
}
