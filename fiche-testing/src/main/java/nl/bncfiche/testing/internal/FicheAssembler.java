package nl.bncfiche.testing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.model.sjabloon.Indeling;
import nl.bncfiche.model.sjabloon.Rubriek;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * Draws one complete fiche of a given template and generation, section by section as its layout
 * ({@link Indeling}) has them: section 1 here, the titles and dates in {@link Voorstel}, the free
 * text through {@link ProseWriter}. Not thread-safe.
 */
public final class FicheAssembler {
  /** A drawn fiche and the date its Commission document was received, for the cover letter. */
  public record Concept(Fiche fiche, LocalDate ontvangen) {}

  private final Dice dice;

  /** An assembler drawing from {@code dice}. */
  public FicheAssembler(Dice dice) {
    this.dice = dice;
  }

  /**
   * A complete fiche: every section and item of its template's layout ({@link Indeling}) filled in;
   * {@code tekens} is the approximate number of characters of free text, or 0 for a fiche of
   * ordinary length.
   */
  public Concept fiche(Sjabloon sjabloon, Generatie generatie, long tekens) {
    Voorstel v = Voorstel.draw(dice, sjabloon, generatie);
    Indeling indeling = Indeling.van(sjabloon, generatie);
    int items = 0;
    for (Rubriek sectie : indeling.getSecties()) {
      items +=
          sectie.getItems().isEmpty()
              ? proza(sectie.getVeld(), generatie)
              : sectie.getItems().stream().mapToInt(i -> proza(i.getVeld(), generatie)).sum();
    }
    int eerste = dice.chance(70) ? 1 : dice.between(2, 40);
    ProseWriter w =
        new ProseWriter(
            dice,
            new ProseWriter.Context(v.instrument, v.onderwerp, v.domein, v.ontvangen.getYear()),
            // Section 1 and the titles take about 1,200 characters of the requested size.
            eerste,
            tekens > 0 ? Math.max(500, tekens - 1_200) : 0,
            items);
    boolean kritisch = dice.chance(20);

    var fiche =
        Fiche.builder().titel(v.titel).sjabloon(sjabloon).generatie(generatie).soort(v.soort);
    for (Rubriek sectie : indeling.getSecties()) {
      switch (sectie.getVeld()) {
        case ALGEMENE_GEGEVENS -> fiche.algemeneGegevens(algemeneGegevens(v, generatie));
        case ESSENTIE -> {
          var essentie =
              EssentieVoorstel.builder()
                  .inhoud(
                      w.item(
                          Zinnen.ESSENTIE_OPENING,
                          Zinnen.ESSENTIE,
                          Zinnen.ESSENTIE_LIJST_INLEIDING,
                          Zinnen.ESSENTIE_LIJST,
                          true));
          if (indeling.rubriek(Veld.IMPACT_ASSESSMENT_ESSENTIE).isPresent()) {
            essentie.impactAssessment(
                w.item(
                    v.effectbeoordeling
                        ? Zinnen.EFFECTBEOORDELING
                        : Zinnen.GEEN_EFFECTBEOORDELING));
          }
          fiche.essentie(essentie.build());
        }
        case POSITIE ->
            fiche.nederlandsePositie(
                NederlandsePositie.builder()
                    .essentieBeleid(w.item(Zinnen.BELEID))
                    .beoordeling(
                        w.item(
                            kritisch ? Zinnen.BEOORDELING_KRITISCH : Zinnen.BEOORDELING_POSITIEF,
                            Zinnen.BEOORDELING,
                            Zinnen.INZET_LIJST_INLEIDING,
                            Zinnen.INZET_LIJST,
                            false))
                    .krachtenveld(w.item(Zinnen.KRACHTENVELD))
                    .build());
        case GRONDHOUDING -> fiche.grondhouding(grondhouding(w, sectie, generatie, kritisch));
        case FINANCIEEL ->
            fiche.financieleGevolgen(
                FinancieleGevolgen.builder()
                    .euBegroting(w.item(Zinnen.EU_BEGROTING))
                    .rijksoverheid(w.item(Zinnen.RIJKSOVERHEID))
                    .bedrijfslevenEnBurger(w.item(Zinnen.REGELDRUK))
                    .concurrentiekracht(w.item(Zinnen.CONCURRENTIE))
                    .build());
        case CONSEQUENTIES ->
            fiche.consequenties(
                Consequenties.builder()
                    .regelgeving(w.item(Zinnen.REGELGEVING))
                    .delegatie(w.item(Zinnen.DELEGATIE))
                    .implementatietermijn(w.item(Zinnen.TERMIJN))
                    .evaluatie(w.item(Zinnen.EVALUATIE))
                    .uitvoerbaarheid(w.item(Zinnen.UITVOERBAARHEID))
                    .handhaafbaarheid(w.item(Zinnen.HANDHAAFBAARHEID))
                    .build());
        case ONTWIKKELINGSLANDEN -> fiche.ontwikkelingslanden(w.item(Zinnen.ONTWIKKELINGSLANDEN));
        default -> throw new IllegalStateException("no text for section " + sectie);
      }
    }
    fiche.voetnoten(w.voetnoten());
    return new Concept(fiche.build(), v.ontvangen);
  }

  /**
   * How many items of prose {@link #fiche} writes for {@code veld} (a section of text only counts
   * as one item): the count divides the requested size over the fiche.
   */
  private static int proza(Veld veld, Generatie generatie) {
    if (veld == Veld.ALGEMENE_GEGEVENS || veld.getSectie().orElse(null) == Veld.ALGEMENE_GEGEVENS) {
      return 0; // values, not prose
    }
    return switch (veld) {
      case FINANCIELE_GEVOLGEN -> 2; // EU budget and national finances
      case REGELDRUK ->
          generatie == Generatie.G2025 ? 3 : 2; // burden, competitiveness (, geopolitics)
      default -> 1;
    };
  }

  /** The grondhouding items of {@code sectie}, each with a verdict where the template asks one. */
  private Grondhouding grondhouding(
      ProseWriter w, Rubriek sectie, Generatie generatie, boolean kritisch) {
    var gh = Grondhouding.builder();
    for (Rubriek item : sectie.getItems()) {
      switch (item.getVeld()) {
        case BEVOEGDHEID ->
            gh.bevoegdheid(
                onderdeel(
                    w,
                    bevoegdheidOordeel(kritisch),
                    Zinnen.BEVOEGDHEID_POSITIEF,
                    Zinnen.BEVOEGDHEID_KRITISCH));
        case SUBSIDIARITEIT ->
            gh.subsidiariteit(
                onderdeel(
                    w,
                    subsidiariteitOordeel(kritisch),
                    Zinnen.SUBSIDIARITEIT_POSITIEF,
                    Zinnen.SUBSIDIARITEIT_KRITISCH));
        case PROPORTIONALITEIT ->
            gh.proportionaliteit(
                onderdeel(
                    w,
                    proportionaliteitOordeel(kritisch),
                    Zinnen.PROPORTIONALITEIT_POSITIEF,
                    Zinnen.PROPORTIONALITEIT_KRITISCH));
        case FINANCIELE_GEVOLGEN ->
            gh.financieleGevolgen(
                GrondhoudingOnderdeel.builder()
                    .tekst(samen(w.item(Zinnen.EU_BEGROTING), w.item(Zinnen.RIJKSOVERHEID)))
                    .build());
        case REGELDRUK -> {
          Tekst regeldruk = samen(w.item(Zinnen.REGELDRUK), w.item(Zinnen.CONCURRENTIE));
          if (generatie == Generatie.G2025) {
            regeldruk = samen(regeldruk, w.item(Zinnen.GEOPOLITIEK));
          }
          gh.regeldruk(GrondhoudingOnderdeel.builder().tekst(regeldruk).build());
        }
        default -> throw new IllegalStateException("no text for item " + item);
      }
    }
    return gh.build();
  }

  /** A title for another fiche of the same batch, for the cover letter. */
  public String andereTitel(Sjabloon sjabloon, Generatie generatie) {
    return Voorstel.draw(dice, sjabloon, generatie).titel;
  }

  private AlgemeneGegevens algemeneGegevens(Voorstel v, Generatie generatie) {
    var b =
        AlgemeneGegevens.builder()
            .addAllTitels(v.engelseTitels)
            .datumOntvangst(Parsed.of(NederlandseDatum.of(v.ontvangen)));
    String celexType =
        v.sjabloon == Sjabloon.WETGEVING
            ? "PC"
            : v.soort == VoorstelSoort.GEZAMENLIJKE_MEDEDELING ? "JC" : "DC";
    for (CommissieDocument doc : v.documenten) {
      CommissieDocument written =
          doc.withSuffix(
              generatie == Generatie.G2007
                  ? CommissieDocument.Suffix.DEFINITIEF
                  : dice.chance(85)
                      ? CommissieDocument.Suffix.FINAL
                      : CommissieDocument.Suffix.NONE);
      b.addCommissieDocument(Parsed.of(written));
      b.addEurLex(EurLexVerwijzing.of(CelexNummer.voorbereidendeHandeling(doc, celexType)));
    }
    int jaar = v.ontvangen.getYear();
    b.impactAssessment(
        v.effectbeoordeling
            ? ImpactAssessment.of("SWD(" + jaar + ") " + dice.between(1, 480))
            : ImpactAssessment.nietOpgesteld());
    b.behandelingstrajectRaad(v.domein.raad());
    List<String> partners = new ArrayList<>();
    if (dice.chance(40)) {
      List<String> anderen = new ArrayList<>(Woorden.MINISTERIES);
      anderen.remove(v.domein.ministerie());
      partners = dice.pickDistinct(anderen, dice.chance(70) ? 1 : 2);
    }
    // The ministries by their names of the fiche's year; two that then had one name, once.
    String eerste = Woorden.ministerieIn(v.domein.ministerie(), jaar);
    List<String> toen = new ArrayList<>();
    for (String partner : partners) {
      String naam = Woorden.ministerieIn(partner, jaar);
      if (!naam.equals(eerste) && !toen.contains(naam)) {
        toen.add(naam);
      }
    }
    b.eerstverantwoordelijkMinisterie(Ministeries.of(eerste, toen.toArray(new String[0])));
    if (v.sjabloon == Sjabloon.WETGEVING) {
      for (int i = 0;
          i < (v.documenten.size() > 1 && dice.chance(60) ? v.documenten.size() : 1);
          i++) {
        b.addRechtsbasis(v.rechtsbasis);
      }
      b.besluitvormingsprocedureRaad(v.unanimiteit ? "Unanimiteit" : "Gekwalificeerde meerderheid");
      b.rolEuropeesParlement(v.rolEp);
      if (generatie != Generatie.G2007 && dice.chance(40)) {
        String type =
            v.rolEp.equals("Medebeslissing")
                ? "COD"
                : v.rolEp.equals("Raadpleging") ? "CNS" : "NLE";
        b.addProcedure(Parsed.of(ProcedureNummer.of(jaar, dice.between(10, 380), type)));
      }
    }
    return b.build();
  }

  private GrondhoudingOnderdeel onderdeel(
      ProseWriter w, Oordeel oordeel, List<String> positief, List<String> kritisch) {
    boolean neg =
        oordeel == Oordeel.KRITISCH
            || oordeel == Oordeel.NEGATIEF
            || oordeel == Oordeel.NEGATIEF_MET_KANTTEKENINGEN;
    Tekst tekst = w.item(neg ? kritisch : positief);
    if (oordeel == Oordeel.POSITIEF_MET_KANTTEKENINGEN) {
      tekst = samen(tekst, Tekst.of(w.fill(dice.pick(Zinnen.KANTTEKENING))));
    }
    return GrondhoudingOnderdeel.builder().oordeel(oordeel).tekst(tekst).build();
  }

  private Oordeel bevoegdheidOordeel(boolean kritisch) {
    int r = dice.between(1, 100);
    if (!kritisch) {
      return r <= 90 ? Oordeel.POSITIEF : Oordeel.POSITIEF_MET_KANTTEKENINGEN;
    }
    return r <= 60
        ? Oordeel.POSITIEF
        : r <= 85 ? Oordeel.POSITIEF_MET_KANTTEKENINGEN : Oordeel.KRITISCH;
  }

  private Oordeel subsidiariteitOordeel(boolean kritisch) {
    int r = dice.between(1, 100);
    if (!kritisch) {
      return r <= 70
          ? Oordeel.POSITIEF
          : r <= 90 ? Oordeel.POSITIEF_MET_KANTTEKENINGEN : Oordeel.NEUTRAAL;
    }
    return r <= 40
        ? Oordeel.KRITISCH
        : r <= 70
            ? Oordeel.NEGATIEF_MET_KANTTEKENINGEN
            : r <= 85 ? Oordeel.NEGATIEF : Oordeel.POSITIEF;
  }

  private Oordeel proportionaliteitOordeel(boolean kritisch) {
    int r = dice.between(1, 100);
    if (!kritisch) {
      return r <= 50
          ? Oordeel.POSITIEF
          : r <= 90 ? Oordeel.POSITIEF_MET_KANTTEKENINGEN : Oordeel.NEUTRAAL;
    }
    return r <= 40
        ? Oordeel.NEGATIEF
        : r <= 75 ? Oordeel.KRITISCH : Oordeel.NEGATIEF_MET_KANTTEKENINGEN;
  }

  /** The paragraphs of {@code a} followed by those of {@code b}. */
  private static Tekst samen(Tekst a, Tekst b) {
    return Tekst.builder().addAllAlineas(a.getAlineas()).addAllAlineas(b.getAlineas()).build();
  }
}
