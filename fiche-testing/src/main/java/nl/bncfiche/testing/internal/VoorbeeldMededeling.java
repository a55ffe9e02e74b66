package nl.bncfiche.testing.internal;

import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
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

/** A hand-written, complete Mededeling fiche (template 2025) on an invented action plan. */
public final class VoorbeeldMededeling {
  /** The fiche's title, also its entry in the cover letter. */
  public static final String TITEL = "Actieplan voor schone binnenhavens";

  private VoorbeeldMededeling() {}

  /** The fiche. */
  public static Fiche fiche() {
    CommissieDocument com =
        CommissieDocument.of(CommissieDocument.Type.COM, 2026, 61)
            .withSuffix(CommissieDocument.Suffix.FINAL);
    return Fiche.builder()
        .titel(TITEL)
        .sjabloon(Sjabloon.MEDEDELING)
        .generatie(Generatie.G2025)
        .soort(VoorstelSoort.MEDEDELING)
        .algemeneGegevens(
            AlgemeneGegevens.builder()
                .addTitel(
                    "Communication from the Commission to the European Parliament, the Council, the "
                        + "European Economic and Social Committee and the Committee of the Regions: "
                        + "An action plan for clean inland ports")
                .datumOntvangst(Parsed.of(NederlandseDatum.of("12 februari 2026")))
                .addCommissieDocument(Parsed.of(com))
                .addEurLex(EurLexVerwijzing.of(CelexNummer.voorbereidendeHandeling(com, "DC")))
                .impactAssessment(ImpactAssessment.nietOpgesteld())
                .behandelingstrajectRaad("Raad Milieu")
                .eerstverantwoordelijkMinisterie(
                    Ministeries.of(
                        "Ministerie van Infrastructuur en Waterstaat",
                        "Ministerie van Klimaat en Groene Groei"))
                .build())
        .essentie(
            EssentieVoorstel.builder()
                .inhoud(
                    Tekst.of(
                        Alinea.of(AlineaSoort.TUSSENKOP, TekstRun.of("Achtergrond")),
                        Alinea.of(
                            AlineaSoort.ALINEA,
                            TekstRun.of(
                                "In de Unie liggen ruim driehonderd binnenhavens die samen een groot deel "
                                    + "van het goederenvervoer over water afhandelen. Volgens de Commissie stoten "
                                    + "afmerende schepen en havenkranen daar nog veel fijnstof en stikstof uit, vlak "
                                    + "bij woonwijken."),
                            VoetnootVerwijzing.of(1),
                            TekstRun.of(
                                " Met dit actieplan wil zij de uitstoot in binnenhavens tot 2035 halveren.")),
                        Alinea.of(AlineaSoort.TUSSENKOP, TekstRun.of("Maatregelen")),
                        Alinea.of("Het actieplan noemt vier sporen:"),
                        Alinea.of(
                            AlineaSoort.OPSOMMING,
                            TekstRun.of("walstroom aan alle openbare ligplaatsen;")),
                        Alinea.of(
                            AlineaSoort.OPSOMMING,
                            TekstRun.of("elektrische of waterstofaangedreven havenkranen;")),
                        Alinea.of(
                            AlineaSoort.OPSOMMING,
                            TekstRun.of(
                                "een gezamenlijke norm voor het meten van de luchtkwaliteit;")),
                        Alinea.of(
                            AlineaSoort.OPSOMMING,
                            TekstRun.of("voorrang bij subsidies voor havens die samenwerken.")),
                        Alinea.of(
                            "De Commissie kondigt geen nieuwe wetgeving aan. Zij wil in 2028 bezien of de "
                                + "vrijwillige aanpak voldoende oplevert.")))
                .build())
        .nederlandsePositie(
            NederlandsePositie.builder()
                .essentieBeleid(
                    Tekst.of(
                        Alinea.of(
                            AlineaSoort.ALINEA,
                            TekstRun.of(
                                "Nederland heeft met zijn rivieren en kanalen een van de dichtste netten van "
                                    + "binnenhavens in Europa. Het kabinet werkt sinds 2023 met provincies en "
                                    + "havenbedrijven aan een programma voor walstroom en schone havenlogistiek."),
                            VoetnootVerwijzing.of(2))))
                .beoordeling(
                    Tekst.of(
                        "Het kabinet verwelkomt het actieplan. Schone binnenhavens dragen bij aan een gezonde "
                            + "leefomgeving en aan een sterke positie van de binnenvaart ten opzichte van de weg.",
                        "Het kabinet zet zich ervoor in dat de Europese meetnorm aansluit bij de methode die "
                            + "Nederland al gebruikt, zodat havenbeheerders niet twee keer hoeven te meten. Ook "
                            + "vraagt het kabinet de Commissie om kleine havens niet te benadelen bij de verdeling "
                            + "van subsidies."))
                .krachtenveld(
                    Tekst.of(
                        "Lidstaten met veel binnenvaart, zoals de landen aan de Rijn en de Donau, reageren positief. "
                            + "Lidstaten zonder binnenhavens tonen weinig belangstelling. Het Europees Parlement "
                            + "heeft nog geen standpunt bepaald."))
                .build())
        .grondhouding(
            Grondhouding.builder()
                .bevoegdheid(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "Het actieplan raakt aan milieu en vervoer; op beide terreinen heeft de Unie een gedeelde "
                            + "bevoegdheid, op grond van artikel 191 en artikel 91 VWEU."))
                .subsidiariteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF,
                        "Schepen varen van haven naar haven over de grenzen heen. Zonder gezamenlijke afspraken "
                            + "over walstroom en meetmethoden kan een lidstaat de uitstoot van schepen uit andere "
                            + "landen niet goed beperken; daarom is een Europese aanpak nodig."))
                .proportionaliteit(
                    GrondhoudingOnderdeel.of(
                        Oordeel.POSITIEF_MET_KANTTEKENINGEN,
                        "Het actieplan is geschikt om de uitstoot te verminderen en gaat niet verder dan nodig, "
                            + "omdat het op vrijwillige maatregelen steunt. Wel vindt het kabinet het doel voor "
                            + "2035 ambitieus voor kleine havens."))
                .financieleGevolgen(
                    GrondhoudingOnderdeel.of(
                        "Het actieplan heeft geen directe gevolgen voor de EU-begroting; de subsidies komen uit "
                            + "bestaande programma's van het meerjarig financieel kader 2021-2027. Mogelijke "
                            + "gevolgen voor de rijksbegroting worden volgens de regels van de budgetdiscipline "
                            + "opgevangen op de begroting van het verantwoordelijke ministerie."))
                .regeldruk(
                    GrondhoudingOnderdeel.of(
                        "Het actieplan leidt niet tot nieuwe verplichtingen en dus niet tot extra regeldruk.",
                        "Schone havens kunnen de concurrentiekracht van de binnenvaart versterken. Geopolitiek "
                            + "vermindert minder gebruik van fossiele brandstof de afhankelijkheid van landen "
                            + "buiten de Unie."))
                .build())
        .addVoetnoten(
            Voetnoot.of(1, "Zie de bijlage bij het actieplan, tabel 2."),
            Voetnoot.of(2, "Kamerstuk 22 112, nr. 3950."))
        .build();
  }
}
