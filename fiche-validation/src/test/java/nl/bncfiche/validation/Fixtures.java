package nl.bncfiche.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;

/** Invented, valid documents for the validator's tests, and helpers to break them. */
public final class Fixtures {
  /** "Today" in the tests: 1 June 2026, noon UTC. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** A validator on {@link #CLOCK}. */
  public static FicheValidator validator() {
    return FicheValidator.builder().clock(CLOCK).build();
  }

  /** A complete legislative fiche (2025 generation) in a published Kamerstuk; no issue at all. */
  public static KamerstukDocument geldig() {
    Fiche fiche =
        Fiche.builder()
            .titel("Verordening over proefvelden voor waterstofveerboten")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .soort(VoorstelSoort.VERORDENING)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitel("Proposal for a Regulation on test areas for hydrogen ferries")
                    .datumOntvangst(Parsed.parse("16 maart 2026", NederlandseDatum::parse))
                    .addCommissieDocument(
                        Parsed.parse("COM(2026) 120 final", CommissieDocument::parse))
                    .addEurLex(EurLexVerwijzing.of("EUR-Lex - 52026PC0120 - NL - EUR-Lex"))
                    .impactAssessment(ImpactAssessment.of("SWD(2026) 61"))
                    .behandelingstrajectRaad("Raad Vervoer, Telecommunicatie en Energie")
                    .eerstverantwoordelijkMinisterie(
                        Ministeries.of(
                            "Ministerie van Infrastructuur en Waterstaat (IenW)",
                            "Ministerie van Economische Zaken (EZ)"))
                    .addRechtsbasis("Artikel 100, lid 2, VWEU")
                    .besluitvormingsprocedureRaad("Gekwalificeerde meerderheid")
                    .rolEuropeesParlement("Medebeslissing")
                    .addProcedure(Parsed.parse("2026/0060(COD)", ProcedureNummer::parse))
                    .build())
            .essentie(
                EssentieVoorstel.builder()
                    .inhoud(
                        Tekst.of(
                            Alinea.builder()
                                .addInhoud(
                                    TekstRun.of(
                                        "De Commissie wil proefvelden voor veerboten op waterstof."))
                                .addInhoud(VoetnootVerwijzing.of(3))
                                .build(),
                            Alinea.of("Lidstaten wijzen de velden zelf aan.")))
                    .impactAssessment(Tekst.of("Het effectrapport weegt drie opties."))
                    .build())
            .nederlandsePositie(
                NederlandsePositie.builder()
                    .essentieBeleid(Tekst.of("Nederland test al emissieloze veerboten."))
                    .beoordeling(Tekst.of("Het kabinet verwelkomt het voorstel."))
                    .krachtenveld(Tekst.of("De kustlidstaten steunen het voorstel."))
                    .build())
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(GrondhoudingOnderdeel.of(Oordeel.POSITIEF, "Het gaat om vervoer."))
                    .subsidiariteit(
                        GrondhoudingOnderdeel.builder()
                            .oordeel(Oordeel.POSITIEF)
                            .tekst(
                                Tekst.of(
                                    Alinea.builder()
                                        .addInhoud(
                                            TekstRun.of("Veerdiensten zijn grensoverschrijdend."))
                                        .addInhoud(VoetnootVerwijzing.of(4))
                                        .build()))
                            .build())
                    .proportionaliteit(
                        GrondhoudingOnderdeel.of(Oordeel.NEUTRAAL, "Het voorstel is beperkt."))
                    .financieleGevolgen(
                        GrondhoudingOnderdeel.of("Geen gevolgen voor de rijksbegroting."))
                    .regeldruk(GrondhoudingOnderdeel.of("De regeldruk stijgt nauwelijks."))
                    .build())
            .consequenties(
                Consequenties.builder()
                    .regelgeving(Tekst.of("De Scheepvaartwet hoeft niet te worden gewijzigd."))
                    .delegatie(Tekst.of("Een uitvoeringsbevoegdheid voor de aanwijzing."))
                    .implementatietermijn(
                        Tekst.of("Inwerkingtreding na twintig dagen is haalbaar."))
                    .evaluatie(Tekst.of("Evaluatie na vijf jaar is wenselijk."))
                    .uitvoerbaarheid(Tekst.of("Goed uitvoerbaar."))
                    .handhaafbaarheid(Tekst.of("Goed handhaafbaar."))
                    .build())
            .ontwikkelingslanden(Tekst.of("Geen implicaties."))
            .addVoetnoten(
                Voetnoot.of(3, "Zie de aankondiging van de Commissie."),
                Voetnoot.of(4, "Zie het verdrag."))
            .build();
    return KamerstukDocument.builder()
        .kop(
            KamerstukKop.builder()
                .dossier("22 112")
                .dossierTitel(
                    "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie")
                .nummer("5101")
                .afzender("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
                .geadresseerde("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
                .plaats("Den Haag")
                .datum(Parsed.parse("20 april 2026", NederlandseDatum::parse))
                .build())
        .brief(
            Aanbiedingsbrief.builder()
                .aangekondigdAantal(3)
                .aantalZoalsGeschreven("drie")
                .addVermeldingen(
                    BriefVermelding.builder()
                        .markering("Fiche -")
                        .titel("Verordening proefvelden waterstofveerboten")
                        .build(),
                    BriefVermelding.builder()
                        .markering("Fiche -")
                        .titel("Mededeling over binnenhavens")
                        .referentie(
                            Parsed.parse("Kamerstuk 22 112, nr. 5100", KamerstukReferentie::parse))
                        .build(),
                    BriefVermelding.builder()
                        .markering("Fiche -")
                        .titel("Richtlijn over loodsdiensten")
                        .referentie(
                            Parsed.parse("Kamerstuk 22 112, nr. 5102", KamerstukReferentie::parse))
                        .build())
                .ondertekenaarFunctie("De Minister van Buitenlandse Zaken")
                .ondertekenaarNaam("C.D. Jansen")
                .build())
        .addFiche(fiche)
        .build();
  }

  /** A complete communication fiche (2025 generation) without header or letter. */
  public static KamerstukDocument mededeling() {
    Fiche f = geldig().getFiches().get(0);
    ImmutableFiche m =
        ImmutableFiche.copyOf(f)
            .withTitel("Mededeling over schone binnenhavens")
            .withSjabloon(Sjabloon.MEDEDELING)
            .withSoort(VoorstelSoort.MEDEDELING)
            .withConsequenties(Optional.empty())
            .withOntwikkelingslanden(Optional.empty())
            .withAlgemeneGegevens(
                ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().get())
                    .withEurLex(EurLexVerwijzing.of("EUR-Lex - 52026DC0120 - NL - EUR-Lex"))
                    .withRechtsbasis(List.of())
                    .withBesluitvormingsprocedureRaad(Optional.empty())
                    .withRolEuropeesParlement(Optional.empty())
                    .withProcedures(List.of()));
    return KamerstukDocument.of(m);
  }

  /**
   * The document as a draft: its header without the number a published Kamerstuk has, so that what
   * it lacks under DEFINITIEF is an ERROR.
   */
  public static KamerstukDocument ontwerp(KamerstukDocument d) {
    return kop(d, k -> k.withNummer(Optional.empty()));
  }

  /** The document with fiche 0 changed. */
  public static KamerstukDocument fiche(KamerstukDocument d, UnaryOperator<ImmutableFiche> change) {
    List<Fiche> fiches = new ArrayList<>(d.getFiches());
    fiches.set(0, change.apply(ImmutableFiche.copyOf(fiches.get(0))));
    return ImmutableKamerstukDocument.copyOf(d).withFiches(fiches);
  }

  /** The document with section 1 of fiche 0 changed. */
  public static KamerstukDocument algemeen(
      KamerstukDocument d, UnaryOperator<ImmutableAlgemeneGegevens> change) {
    return fiche(
        d,
        f ->
            f.withAlgemeneGegevens(
                change.apply(ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().get()))));
  }

  /** The document with section 4 of fiche 0 changed. */
  public static KamerstukDocument grondhouding(
      KamerstukDocument d, UnaryOperator<ImmutableGrondhouding> change) {
    return fiche(
        d,
        f ->
            f.withGrondhouding(
                change.apply(ImmutableGrondhouding.copyOf(f.getGrondhouding().get()))));
  }

  /** The document with the letter changed. */
  public static KamerstukDocument brief(
      KamerstukDocument d, UnaryOperator<ImmutableAanbiedingsbrief> change) {
    return ImmutableKamerstukDocument.copyOf(d)
        .withBrief(change.apply(ImmutableAanbiedingsbrief.copyOf(d.getBrief().get())));
  }

  /** The document with the header changed; a document without header gets a standard one first. */
  public static KamerstukDocument kop(
      KamerstukDocument d, UnaryOperator<ImmutableKamerstukKop> change) {
    KamerstukKop kop = d.getKop().orElse(KamerstukKop.builder().dossier("22 112").build());
    return ImmutableKamerstukDocument.copyOf(d)
        .withKop(change.apply(ImmutableKamerstukKop.copyOf(kop)));
  }
}
