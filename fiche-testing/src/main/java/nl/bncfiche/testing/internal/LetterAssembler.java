package nl.bncfiche.testing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Telwoorden;

/**
 * Wraps a drawn fiche in a published Kamerstuk: header lines and a cover letter whose batch numbers
 * are consecutive, with the Kamerstuk's own number as the one entry without a reference. Not
 * thread-safe.
 */
public final class LetterAssembler {
  /** The dossier of all fiches. */
  public static final String DOSSIER = "22 112";

  /** The dossier's title. */
  public static final String DOSSIER_TITEL =
      "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie";

  /** The addressee line. */
  public static final String GEADRESSEERDE =
      "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal";

  private final Dice dice;
  private final FicheAssembler fiches;

  /** An assembler drawing from {@code dice}; {@code fiches} draws the other titles of the batch. */
  public LetterAssembler(Dice dice, FicheAssembler fiches) {
    this.dice = dice;
    this.fiches = fiches;
  }

  /** The published Kamerstuk holding {@code concept}'s fiche. */
  public KamerstukDocument document(FicheAssembler.Concept concept) {
    return document(concept, 1);
  }

  /**
   * The published Kamerstuk holding {@code concept}'s fiche, its letter listing at least {@code
   * minimumVermeldingen} fiches (at most 12); the draws are those of {@link #document}.
   */
  public KamerstukDocument document(FicheAssembler.Concept concept, int minimumVermeldingen) {
    Fiche fiche = concept.fiche();
    LocalDate datum = Voorstel.briefdatum(dice, concept.ontvangen());
    int nummer = kamerstukNummer(datum);
    int aantal =
        Math.max(
            minimumVermeldingen, dice.chance(15) ? 1 : dice.between(2, dice.chance(20) ? 12 : 6));
    int eigenPlaats = dice.between(0, aantal - 1);
    boolean staatssecretaris = dice.chance(20);
    String functie = staatssecretaris ? "Staatssecretaris" : "Minister";
    String markering = dice.pick("Fiche -", "Fiche:", "Fiche –");

    List<BriefVermelding> vermeldingen = new ArrayList<>();
    List<String> gebruikt = new ArrayList<>();
    gebruikt.add(fiche.getTitel());
    for (int i = 0; i < aantal; i++) {
      var b = BriefVermelding.builder().markering(markering);
      if (i == eigenPlaats) {
        b.titel(fiche.getTitel());
      } else {
        String titel;
        do {
          titel = fiches.andereTitel(dice.pick(Sjabloon.values()), Generatie.G2025);
        } while (gebruikt.contains(titel));
        gebruikt.add(titel);
        b.titel(titel);
        if (dice.chance(5)) {
          b.voorvoegsel("MFK");
        }
        b.referentie(
            Parsed.of(KamerstukReferentie.of(22112, Integer.toString(nummer - eigenPlaats + i))));
      }
      vermeldingen.add(b.build());
    }
    var brief =
        Aanbiedingsbrief.builder()
            .aangekondigdAantal(aantal)
            .aantalZoalsGeschreven(
                dice.chance(50) ? Integer.toString(aantal) : Telwoorden.woord(aantal).orElseThrow())
            .addAllVermeldingen(vermeldingen)
            .ondertekenaarFunctie("De " + functie + " van Buitenlandse Zaken")
            .ondertekenaarNaam(
                dice.pick(Woorden.INITIALEN)
                    + (dice.chance(50) ? dice.pick(Woorden.INITIALEN) : "")
                    + " "
                    + dice.pick(Woorden.ACHTERNAMEN));
    if (dice.chance(15)) {
      brief.addAanvullendeZin(
          "Een fiche over een ander voorstel uit dezelfde periode ontvangt u zo spoedig mogelijk.");
    }
    KamerstukKop kop =
        KamerstukKop.builder()
            .dossier(DOSSIER)
            .dossierTitel(DOSSIER_TITEL)
            .nummer(Integer.toString(nummer))
            .afzender(
                staatssecretaris
                    ? "BRIEF VAN DE STAATSSECRETARIS VAN BUITENLANDSE ZAKEN"
                    : "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
            .geadresseerde(GEADRESSEERDE)
            .plaats("Den Haag")
            .datum(Parsed.of(NederlandseDatum.of(datum)))
            .build();
    return KamerstukDocument.builder().kop(kop).brief(brief.build()).addFiche(fiche).build();
  }

  /** A plausible number in dossier 22 112 for a letter of {@code datum}: about 200 a year. */
  private int kamerstukNummer(LocalDate datum) {
    return 480
        + (datum.getYear() - 2007) * 195
        + datum.getDayOfYear() * 195 / 366
        + dice.between(0, 12);
  }
}
