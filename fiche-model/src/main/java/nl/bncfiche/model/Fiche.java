package nl.bncfiche.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.bncfiche.model.constraints.GeldigeFiche;
import org.immutables.value.Value;

/**
 * One BNC-fiche: the cabinet's assessment of one Commission proposal or communication (or of a
 * package), in the sections of its template.
 *
 * <p>Every part may be absent, so a draft or a truncated real fiche is a {@code Fiche} too; the
 * validator reports what a fiche ready to send lacks. Sections after section 4 are present only in
 * the templates that have them. Content under headings the template does not know is in {@link
 * #getOverigeSecties()}.
 */
@Value.Immutable
@GeldigeFiche
@JsonSerialize(as = ImmutableFiche.class)
@JsonDeserialize(as = ImmutableFiche.class)
public interface Fiche {
  /** The fiche's own title, after "Fiche: "; empty when unknown. */
  @Value.Default
  default String getTitel() {
    return "";
  }

  /** The template: communication or legislative proposal. */
  Optional<Sjabloon> getSjabloon();

  /** The generation of the template. */
  Optional<Generatie> getGeneratie();

  /** The kind of Commission document, where known. */
  Optional<VoorstelSoort> getSoort();

  /**
   * Which of template and generation a reader presumed because the text did not show them (no
   * heading or label of one template or generation; the generation from the year of item 1b alone);
   * empty when both are stated or shown. Rules that depend on the template report at most a WARNING
   * for a fiche whose template or generation is presumed.
   */
  Set<Kenmerk> getVermoed();

  /** Section 1, "Algemene gegevens". */
  Optional<AlgemeneGegevens> getAlgemeneGegevens();

  /** Section 2, "Essentie voorstel". */
  Optional<EssentieVoorstel> getEssentie();

  /** Section 3, "Nederlandse positie ten aanzien van het voorstel". */
  Optional<NederlandsePositie> getNederlandsePositie();

  /**
   * Section 4 (and, before 2025, the assessment of competence, subsidiarity and proportionality).
   */
  Optional<Grondhouding> getGrondhouding();

  /** Section 5 of the 2013–2024 generation: financial consequences and regulatory burden. */
  Optional<FinancieleGevolgen> getFinancieleGevolgen();

  /** The legal, implementation and enforcement consequences of a legislative fiche. */
  Optional<Consequenties> getConsequenties();

  /** "Implicaties voor ontwikkelingslanden". */
  Optional<Tekst> getOntwikkelingslanden();

  /** Sections under headings the template does not know, in order, kept verbatim. */
  List<Sectie> getOverigeSecties();

  /** The footnotes, in the order of their numbers. */
  List<Voetnoot> getVoetnoten();

  /**
   * The date the Commission document was received (item 1b) as a {@code LocalDate}; empty when
   * section 1 or the item is absent, does not parse, or names a month only. Not an attribute of the
   * value.
   */
  default Optional<LocalDate> ontvangenOp() {
    return getAlgemeneGegevens().flatMap(AlgemeneGegevens::ontvangenOp);
  }

  /** A new builder. */
  static ImmutableFiche.Builder builder() {
    return ImmutableFiche.builder();
  }
}
