package nl.bncfiche.testing.internal;

import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;

/** A hand-written, complete legislative fiche (template 2025) on an invented regulation. */
public final class VoorbeeldWetgeving {
  /** The fiche's title, also its entry in the cover letter. */
  public static final String TITEL = "Verordening over uitwisselbare laadpassen";

  private VoorbeeldWetgeving() {}

  /** The fiche. */
  public static Fiche fiche() {
    CommissieDocument com =
        CommissieDocument.of(CommissieDocument.Type.COM, 2026, 74)
            .withSuffix(CommissieDocument.Suffix.FINAL);
    return Fiche.builder()
        .titel(TITEL)
        .sjabloon(Sjabloon.WETGEVING)
        .generatie(Generatie.G2025)
        .soort(VoorstelSoort.VERORDENING)
        .algemeneGegevens(
            AlgemeneGegevens.builder()
                .addTitel(
                    "Proposal for a Regulation of the European Parliament and of the Council on "
                        + "interoperable charging cards for electric vehicles")
                .datumOntvangst(Parsed.of(NederlandseDatum.of("18 februari 2026")))
                .addCommissieDocument(Parsed.of(com))
                .addEurLex(EurLexVerwijzing.of(CelexNummer.voorbereidendeHandeling(com, "PC")))
                .impactAssessment(ImpactAssessment.of("SWD(2026) 30"))
                .behandelingstrajectRaad("Raad Vervoer, Telecommunicatie en Energie")
                .eerstverantwoordelijkMinisterie(
                    Ministeries.of(
                        "Ministerie van Infrastructuur en Waterstaat",
                        "Ministerie van Economische Zaken"))
                .addRechtsbasis("Artikel 114 VWEU")
                .besluitvormingsprocedureRaad("Gekwalificeerde meerderheid")
                .rolEuropeesParlement("Medebeslissing")
                .addProcedure(Parsed.of(ProcedureNummer.of(2026, 31, "COD")))
                .build())
        .essentie(
            EssentieVoorstel.builder()
                .inhoud(
                    Tekst.of(
                        Alinea.builder()
                            .addInhoud(
                                TekstRun.of(
                                    "Wie een elektrische auto rijdt, heeft in de Unie vaak meerdere "
                                        + "laadpassen en apps nodig. De Commissie stelt voor dat elke openbare laadpaal "
                                        + "vanaf 2029 iedere laadpas uit de Unie accepteert."))
                            .addInhoud(VoetnootVerwijzing.of(1))
                            .addInhoud(
                                TekstRun.of(
                                    " Exploitanten moeten hun tarieven vooraf per kilowattuur tonen "
                                        + "en mogen geen toeslag rekenen voor een pas van een andere aanbieder."))
                            .build(),
                        Alinea.of(
                            "Een Europees register houdt bij welke aanbieders laadpassen uitgeven. "
                                + "Nationale toezichthouders controleren de naleving en kunnen boetes opleggen.")))
                .impactAssessment(
                    Tekst.of(
                        "De effectbeoordeling vergelijkt drie opties: niets doen, een vrijwillige afspraak met de "
                            + "sector en een verplichting. De Commissie kiest voor de verplichting, omdat alleen "
                            + "die de versnippering binnen vijf jaar oplost. De Raad voor Regelgevingstoetsing gaf "
                            + "een positief advies."))
                .build())
        .nederlandsePositie(
            NederlandsePositie.builder()
                .essentieBeleid(
                    Tekst.of(
                        "Nederland heeft een van de dichtste laadnetten van Europa. Het kabinet wil dat laden "
                            + "eenvoudig, betaalbaar en transparant is, en heeft met gemeenten afgesproken dat "
                            + "nieuwe openbare laadpalen betaling met een bankpas mogelijk maken."))
                .beoordeling(
                    Tekst.of(
                        Alinea.builder()
                            .addInhoud(
                                TekstRun.of(
                                    "Het kabinet steunt het voorstel. Het sluit aan bij het "
                                        + "Nederlandse beleid en maakt reizen met een elektrische auto door de Unie "
                                        + "eenvoudiger."))
                            .addInhoud(VoetnootVerwijzing.of(2))
                            .build(),
                        Alinea.of(
                            "Het kabinet zet zich ervoor in dat bestaande laadpalen niet vervroegd "
                                + "hoeven te worden vervangen, en dat de verplichting ook betaling met een bankpas "
                                + "als gelijkwaardig alternatief erkent.")))
                .krachtenveld(
                    Tekst.of(
                        "De meeste lidstaten steunen het doel. Enkele lidstaten met een klein laadnet vrezen hoge "
                            + "kosten voor exploitanten. In het Europees Parlement ligt het voorstel bij de "
                            + "commissie TRAN; de rapporteur wil de termijn met een jaar vervroegen."))
                .build())
        .grondhouding(
            Grondhouding.builder()
                .bevoegdheid(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "Het voorstel is gebaseerd op artikel 114 VWEU. Het regelt de werking van de interne markt "
                            + "voor laaddiensten; op dit terrein heeft de Unie een gedeelde bevoegdheid."))
                .subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "Automobilisten laden over de grens en aanbieders werken in meerdere lidstaten. Nationale "
                            + "regels zouden de versnippering juist vergroten; een lidstaat kan de acceptatie van "
                            + "buitenlandse passen niet alleen regelen."))
                .proportionaliteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "De verplichting is geschikt om de versnippering op te lossen en gaat niet verder dan "
                            + "nodig, omdat zij alleen voor openbare laadpalen geldt en bestaande palen tot 2031 "
                            + "de tijd krijgen."))
                .financieleGevolgen(
                    GrondhoudingOnderdeel.of(
                        "Het register kost de EU-begroting naar schatting € 4 miljoen, te dekken binnen het "
                            + "meerjarig financieel kader 2021-2027. Gevolgen voor de rijksbegroting, onder meer "
                            + "voor het toezicht, worden opgevangen op de begroting van het verantwoordelijke "
                            + "ministerie volgens de regels van de budgetdiscipline."))
                .regeldruk(
                    GrondhoudingOnderdeel.of(
                        "Exploitanten maken eenmalige kosten voor de aanpassing van hun systemen. Voor "
                            + "automobilisten nemen de lasten af.",
                        "Een open markt voor laaddiensten versterkt de concurrentie. Geopolitiek ziet het "
                            + "kabinet geen bijzondere gevolgen."))
                .build())
        .consequenties(
            Consequenties.builder()
                .regelgeving(
                    Tekst.of(
                        "De Wet laadinfrastructuur moet worden aangepast om de sancties en "
                            + "de aanwijzing van de toezichthouder te regelen."))
                .delegatie(
                    Tekst.of(
                        "De Commissie mag de technische eisen aan laadpassen bij gedelegeerde "
                            + "handeling bijwerken. Het kabinet vindt dat passend."))
                .implementatietermijn(
                    Tekst.of(
                        "De verordening geldt achttien maanden na de inwerkingtreding. "
                            + "Het kabinet acht dat haalbaar voor nieuwe laadpalen."))
                .evaluatie(
                    Tekst.of(
                        "De Commissie evalueert de verordening vijf jaar na de toepassingsdatum. "
                            + "Het kabinet steunt dat."))
                .uitvoerbaarheid(
                    Tekst.of(
                        "Het register wordt door de Commissie beheerd; voor Nederland "
                            + "verwacht het kabinet weinig uitvoeringslasten."))
                .handhaafbaarheid(
                    Tekst.of(
                        "Het kabinet verwacht dat de Autoriteit Consument en Markt het "
                            + "toezicht op zich kan nemen."))
                .build())
        .ontwikkelingslanden(Tekst.of("Het voorstel heeft geen gevolgen voor ontwikkelingslanden."))
        .addVoetnoten(
            Voetnoot.of(1, "Zie de effectbeoordeling bij het voorstel, SWD(2026) 30, p. 12."),
            Voetnoot.of(2, "Kamerstuk 31 305, nr. 480."))
        .build();
  }
}
