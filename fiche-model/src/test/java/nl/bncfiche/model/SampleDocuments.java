package nl.bncfiche.model;

import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;

/** Hand-made documents on invented proposals, every part filled, for the model's own tests. */
public final class SampleDocuments {
  private SampleDocuments() {}

  /** A complete legislative fiche in a published Kamerstuk, with header, letter and footnotes. */
  public static KamerstukDocument volledig() {
    Fiche fiche =
        Fiche.builder()
            .titel("Verordening proefregels voor digitale vrachtbrieven")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .soort(VoorstelSoort.VERORDENING)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitels(
                        "Proposal for a Regulation on trial rules for digital consignment notes")
                    .datumOntvangst(Parsed.parse("3 maart 2026", NederlandseDatum::parse))
                    .addCommissieDocumenten(
                        Parsed.parse("COM(2026) 118 final", CommissieDocument::parse))
                    .addEurLex(EurLexVerwijzing.of("EUR-Lex - 52026PC0118 - NL - EUR-Lex"))
                    .impactAssessment(ImpactAssessment.of("SWD(2026) 40"))
                    .behandelingstrajectRaad("Raad Vervoer, Telecommunicatie en Energie")
                    .eerstverantwoordelijkMinisterie(
                        Ministeries.of(
                            "Ministerie van Infrastructuur en Waterstaat",
                            "het Ministerie van Economische Zaken"))
                    .addRechtsbasis("Artikel 91, lid 1, VWEU")
                    .besluitvormingsprocedureRaad("Gekwalificeerde meerderheid")
                    .rolEuropeesParlement("Medebeslissing")
                    .addProcedures(Parsed.parse("2026/0051(COD)", ProcedureNummer::parse))
                    .addOverigeOnderdelen(
                        Onderdeel.builder().label("Opmerking").tekst(Tekst.of("Geen.")).build())
                    .build())
            .essentie(
                EssentieVoorstel.builder()
                    .inhoud(
                        Tekst.of(
                            Alinea.builder()
                                .addInhoud(TekstRun.of("De Commissie stelt proefregels voor."))
                                .addInhoud(VoetnootVerwijzing.of(1))
                                .addInhoud(TekstRun.of(" Zij wil papier uitfaseren."))
                                .build(),
                            Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of("eerste punt")),
                            Alinea.of(AlineaSoort.TUSSENKOP, TekstRun.of("Achtergrond"))))
                    .impactAssessment(Tekst.of("Het effectrapport is zorgvuldig."))
                    .build())
            .nederlandsePositie(
                NederlandsePositie.builder()
                    .essentieBeleid(Tekst.of("Nederland digitaliseert vrachtdocumenten al."))
                    .beoordeling(Tekst.of("Het kabinet steunt het voorstel."))
                    .krachtenveld(Tekst.of("De meeste lidstaten zijn positief."))
                    .build())
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(
                        GrondhoudingOnderdeel.of(Oordeel.POSITIEF, "Gedeelde bevoegdheid."))
                    .subsidiariteit(
                        GrondhoudingOnderdeel.of(Oordeel.POSITIEF, "Grensoverschrijdend."))
                    .proportionaliteit(
                        GrondhoudingOnderdeel.of(
                            Oordeel.POSITIEF_MET_KANTTEKENINGEN, "Grotendeels."))
                    .financieleGevolgen(
                        GrondhoudingOnderdeel.of("Geen gevolgen voor de begroting."))
                    .regeldruk(GrondhoudingOnderdeel.of("Minder regeldruk."))
                    .build())
            .consequenties(
                Consequenties.builder()
                    .regelgeving(Tekst.of("Geen wetswijziging nodig."))
                    .delegatie(Tekst.of("Geen."))
                    .implementatietermijn(Tekst.of("Twee jaar."))
                    .evaluatie(Tekst.of("Na vijf jaar."))
                    .uitvoerbaarheid(Tekst.of("Goed uitvoerbaar."))
                    .handhaafbaarheid(Tekst.of("Goed handhaafbaar."))
                    .build())
            .ontwikkelingslanden(Tekst.of("Geen implicaties."))
            .addOverigeSecties(Sectie.builder().kop("7. Overig").tekst(Tekst.of("Niets.")).build())
            .addVoetnoten(Voetnoot.of(1, "Zie de website van de Commissie."))
            .build();
    return KamerstukDocument.builder()
        .kop(
            KamerstukKop.builder()
                .dossier("22 112")
                .dossierTitel(
                    "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie")
                .nummer("5001")
                .afzender("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
                .geadresseerde("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
                .plaats("Den Haag")
                .datum(Parsed.parse("10 april 2026", NederlandseDatum::parse))
                .build())
        .brief(
            Aanbiedingsbrief.builder()
                .aangekondigdAantal(2)
                .aantalZoalsGeschreven("twee")
                .addAanvullendeZinnen("Een fiche volgt later.")
                .addVermeldingen(
                    BriefVermelding.builder()
                        .markering("Fiche -")
                        .titel("Verordening proefregels voor digitale vrachtbrieven")
                        .build(),
                    BriefVermelding.builder()
                        .markering("Fiche -")
                        .voorvoegsel("MFK")
                        .titel("Mededeling over een begrotingsinstrument")
                        .referentie(
                            Parsed.parse("Kamerstuk 22 112, nr. 5002", KamerstukReferentie::parse))
                        .build())
                .ondertekenaarFunctie("De Minister van Buitenlandse Zaken")
                .ondertekenaarNaam("A.B. de Vries")
                .build())
        .addFiches(fiche)
        .build();
  }
}
