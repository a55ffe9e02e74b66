package nl.bncfiche.testing;

import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.testing.internal.LetterAssembler;
import nl.bncfiche.testing.internal.VoorbeeldMededeling;
import nl.bncfiche.testing.internal.VoorbeeldWetgeving;

/**
 * Two complete, valid sample fiches on invented proposals (template 2025), each in its published
 * Kamerstuk with header and cover letter: one batch of three fiches, Kamerstukken 22 112, nrs. 4411
 * to 4413, of which these are nrs. 4412 and 4413.
 *
 * <p>The texts are written for this project. Every call returns a new, equal value; values are
 * immutable and thread-safe.
 */
public final class VoorbeeldFiches {
  private static final String ANDERE_TITEL = "Aanbeveling van de Raad over stages voor jongeren";

  private VoorbeeldFiches() {}

  /** A Mededeling fiche on an invented action plan, as Kamerstuk 22 112, nr. 4412. */
  public static KamerstukDocument mededeling() {
    return document(VoorbeeldMededeling.fiche(), 4412);
  }

  /** A legislative fiche on an invented regulation, as Kamerstuk 22 112, nr. 4413. */
  public static KamerstukDocument wetgeving() {
    return document(VoorbeeldWetgeving.fiche(), 4413);
  }

  private static KamerstukDocument document(Fiche fiche, int nummer) {
    String[] titels = {ANDERE_TITEL, VoorbeeldMededeling.TITEL, VoorbeeldWetgeving.TITEL};
    var brief =
        Aanbiedingsbrief.builder()
            .aangekondigdAantal(3)
            .aantalZoalsGeschreven("drie")
            .ondertekenaarFunctie("De Minister van Buitenlandse Zaken")
            .ondertekenaarNaam("H.J. van Oosterhout");
    for (int i = 0; i < titels.length; i++) {
      var v = BriefVermelding.builder().markering("Fiche:").titel(titels[i]);
      if (4411 + i != nummer) {
        v.referentie(Parsed.of(KamerstukReferentie.of(22112, Integer.toString(4411 + i))));
      }
      brief.addVermelding(v.build());
    }
    KamerstukKop kop =
        KamerstukKop.builder()
            .dossier(LetterAssembler.DOSSIER)
            .dossierTitel(LetterAssembler.DOSSIER_TITEL)
            .nummer(Integer.toString(nummer))
            .afzender("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
            .geadresseerde(LetterAssembler.GEADRESSEERDE)
            .plaats("Den Haag")
            .datum(Parsed.of(NederlandseDatum.of("13 maart 2026")))
            .build();
    return KamerstukDocument.builder().kop(kop).brief(brief.build()).addFiche(fiche).build();
  }
}
