package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.fixture.Corpus;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import org.junit.jupiter.api.Test;

/**
 * Every truncated real excerpt of the corpus reads without exception, to the expected header,
 * letter and section-1 values; what the cut-off leaves is kept, and writing what was read is
 * idempotent.
 */
class ExcerptReadTest {
  private static ReadResult read(String name) {
    ReadResult r =
        TextReader.create().read(Corpus.require().resolve("real-excerpts").resolve(name));
    String written = TextWriter.create().write(r.getDocument());
    ReadResult again = TextReader.create().read(written);
    assertThat(again.getDocument()).isEqualTo(r.getDocument());
    assertThat(TextWriter.create().write(again.getDocument())).isEqualTo(written);
    return r;
  }

  private static Fiche fiche(ReadResult r) {
    assertThat(r.getDocument().getFiches()).hasSize(1);
    return r.getDocument().getFiches().get(0);
  }

  private static AlgemeneGegevens ag(ReadResult r) {
    return fiche(r).getAlgemeneGegevens().orElseThrow();
  }

  private static Parsed<NederlandseDatum> datum(String s) {
    return Parsed.parse(s, NederlandseDatum::parse);
  }

  private static Parsed<CommissieDocument> com(String s) {
    return Parsed.parse(s, CommissieDocument::parse);
  }

  private static Optional<String> celex(EurLexVerwijzing e) {
    return e.getCelex().map(CelexNummer::toString);
  }

  @Test
  void wordPreviewWithoutLettersOrNumbers() {
    ReadResult r = read("01-2026-co2-hdv-verordening.txt");
    KamerstukDocument doc = r.getDocument();
    assertThat(doc.getKop()).isEmpty();
    assertThat(doc.getBrief()).isEmpty();
    Fiche f = fiche(r);
    assertThat(f.getTitel())
        .isEqualTo("Wijzigingsvoorstel Verordening CO2-emissienormen zware bedrijfsvoertuigen");
    assertThat(f.getSjabloon()).contains(Sjabloon.WETGEVING);
    assertThat(f.getGeneratie()).contains(Generatie.G2025);
    assertThat(f.getSoort()).contains(VoorstelSoort.VERORDENING);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getDatumOntvangst()).contains(datum("16 december 2025"));
    assertThat(ag.getCommissieDocumenten()).containsExactly(com("COM(2025) 784"));
    assertThat(celex(ag.getEurLex().get(0))).contains("52025PC0784");
    assertThat(ag.getImpactAssessment().orElseThrow().isNietOpgesteld()).isTrue();
    assertThat(ag.getRechtsbasis()).containsExactly("Art. 192 VWEU");
    assertThat(ag.getRolEuropeesParlement()).contains("Medebeslissing");
    // The cut-off paragraph of 2a is kept as far as it goes.
    assertThat(f.getEssentie().orElseThrow().getInhoud().getAlineas()).hasSize(1);
    assertThat(f.getEssentie().orElseThrow().isOnderverdeeld()).isTrue();
  }

  @Test
  void packageFicheWithWrappedLinesAndMultipleValues() {
    ReadResult r = read("05-2025-omnibus-iv-smallmidcaps-pakket.txt");
    KamerstukKop kop = r.getDocument().getKop().orElseThrow();
    assertThat(kop.getNummer()).contains("4085");
    assertThat(kop.getDatum()).contains(datum("20 juni 2025"));
    Aanbiedingsbrief brief = r.getDocument().getBrief().orElseThrow();
    assertThat(brief.getAangekondigdAantal()).contains(2);
    assertThat(brief.getVermeldingen()).hasSize(2);
    assertThat(brief.getVermeldingen().get(0).getTitel())
        .endsWith("aanvullende vereenvoudigingsmaatregelen");
    assertThat(brief.getVermeldingen().get(1).getReferentie())
        .contains(Parsed.of(KamerstukReferentie.of(22112, "4086")));
    assertThat(brief.getOndertekenaarNaam()).contains("C.C.J. Veldkamp");
    Fiche f = fiche(r);
    assertThat(f.getTitel())
        .startsWith("Omnibus IV – Wijziging")
        .endsWith("vereenvoudigingsmaatregelen");
    assertThat(f.getSoort()).contains(VoorstelSoort.PAKKET);
    assertThat(f.getSjabloon()).contains(Sjabloon.WETGEVING);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getTitels()).hasSize(3);
    assertThat(ag.getTitels().get(0)).startsWith("COM(2025) 501").endsWith("(EU) 2024/573");
    assertThat(ag.getCommissieDocumenten())
        .containsExactly(com("COM(2025) 501"), com("COM(2025) 502"), com("C(2025) 3500"));
    assertThat(ag.getEurLex()).hasSize(3);
    assertThat(celex(ag.getEurLex().get(2))).contains("32025H1099");
    assertThat(ag.getImpactAssessment().orElseThrow().getDocumenten())
        .containsExactly(CommissieDocument.parse("SWD(2025) 501"));
    // The last item is cut off inside its label: it is kept, with what is there.
    assertThat(ag.getOverigeOnderdelen()).hasSize(1);
    assertThat(ag.getOverigeOnderdelen().get(0).getLabel()).isEqualTo("Eerstverantwoor");
  }

  @Test
  void officialPublicationWithBulletItemsAndHeader() {
    ReadResult r = read("08-2023-gehandicaptenkaart-richtlijn.txt");
    KamerstukKop kop = r.getDocument().getKop().orElseThrow();
    assertThat(kop.getDossier()).contains("22 112");
    assertThat(kop.getNummer()).contains("3791");
    assertThat(kop.getPlaats()).contains("Den Haag");
    assertThat(kop.getDatum()).contains(datum("29 september 2023"));
    Aanbiedingsbrief brief = r.getDocument().getBrief().orElseThrow();
    assertThat(brief.getAangekondigdAantal()).contains(2);
    assertThat(brief.getVermeldingen())
        .extracting(v -> v.getReferentie().isPresent())
        .containsExactly(true, false);
    assertThat(brief.getOndertekenaarFunctie()).contains("De Minister van Buitenlandse Zaken");
    assertThat(brief.getOndertekenaarNaam()).contains("H.G.J. Bruins Slot");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.WETGEVING);
    assertThat(f.getGeneratie()).contains(Generatie.G2013);
    assertThat(f.getSoort()).contains(VoorstelSoort.RICHTLIJN);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getDatumOntvangst()).contains(datum("6 september 2023"));
    assertThat(ag.getCommissieDocumenten()).containsExactly(com("COM(2023) 512"));
    assertThat(ag.getImpactAssessment().orElseThrow().getDocumenten()).hasSize(4);
    assertThat(ag.getEerstverantwoordelijkMinisterie().orElseThrow().getMedeverantwoordelijken())
        .hasSize(1);
    assertThat(ag.getBesluitvormingsprocedureRaad()).contains("Gekwalificeerde meerderheid");
    assertThat(
            r.getSourceMap().positionOf("/fiches/0/algemeneGegevens/datumOntvangst").orElseThrow())
        .isEqualTo(SourcePosition.of(27, 5));
  }

  @Test
  void jointCommunicationWithAFurtherSentence() {
    ReadResult r = read("09-2023-economische-veiligheidsstrategie-join.txt");
    Aanbiedingsbrief brief = r.getDocument().getBrief().orElseThrow();
    assertThat(brief.getAangekondigdAantal()).contains(5);
    assertThat(brief.getAankondiging()).isEmpty();
    assertThat(brief.getAanvullendeZinnen()).hasSize(1);
    assertThat(brief.getAanvullendeZinnen().get(0)).startsWith("Met BNC-fiche 1");
    assertThat(brief.getVermeldingen()).hasSize(5);
    assertThat(brief.getVermeldingen().get(0).getTitel()).endsWith("2021–2027.");
    assertThat(brief.getOndertekenaarNaam()).contains("W.B. Hoekstra");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.MEDEDELING);
    assertThat(f.getSoort()).contains(VoorstelSoort.GEZAMENLIJKE_MEDEDELING);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getCommissieDocumenten()).containsExactly(com("JOIN(2023) 20"));
    assertThat(celex(ag.getEurLex().get(0))).contains("52023JC0020");
    assertThat(ag.getTitels().get(0)).startsWith("Gezamenlijke mededeling");
    // The heading cut off after "2. Essen" is unknown: kept as a section of its own.
    assertThat(f.getOverigeSecties()).extracting(s -> s.getKop()).containsExactly("2. Essen");
  }

  @Test
  void the2008LayoutWithLabelAndValueOnOneLine() {
    ReadResult r = read("18-2008-energielabelling-richtlijn.txt");
    KamerstukKop kop = r.getDocument().getKop().orElseThrow();
    assertThat(kop.getDossier()).contains("22 112");
    assertThat(kop.getDossierTitel())
        .hasValueSatisfying(t -> assertThat(t).startsWith("Nieuwe Commissievoorstellen"));
    assertThat(kop.getNummer()).contains("755");
    assertThat(kop.getAfzender()).contains("BRIEF VAN DE STAATSSECRETARIS VAN BUITENLANDSE ZAKEN");
    Aanbiedingsbrief brief = r.getDocument().getBrief().orElseThrow();
    assertThat(brief.getAangekondigdAantal()).contains(10);
    assertThat(brief.getAantalZoalsGeschreven()).contains("tien");
    assertThat(brief.getAankondiging())
        .hasValueSatisfying(a -> assertThat(a).contains("heb ik de eer"));
    List<BriefVermelding> v = brief.getVermeldingen();
    assertThat(v).hasSize(10);
    assertThat(v.get(0).getMarkering()).contains("1.");
    assertThat(v.get(1).getReferentie()).isEmpty();
    assertThat(v.get(1).getTitel()).isEqualTo("Richtlijn Inzake Energielabelling");
    assertThat(brief.getOndertekenaarFunctie())
        .contains("De staatssecretaris van Buitenlandse Zaken");
    assertThat(brief.getOndertekenaarNaam()).contains("F. C. G. M. Timmermans");
    Fiche f = fiche(r);
    assertThat(f.getGeneratie()).contains(Generatie.G2007);
    assertThat(f.getSoort()).contains(VoorstelSoort.RICHTLIJN);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getTitels()).hasSize(1);
    assertThat(ag.getDatumOntvangst()).contains(datum("13 november 2008"));
    assertThat(ag.getCommissieDocumenten()).containsExactly(com("COM/2008/778 definitief"));
    assertThat(ag.getProcedures()).containsExactly(Parsed.of(ProcedureNummer.of(2008, 222, "COD")));
    assertThat(ag.getEurLex()).hasSize(2);
    // The cut-off URL is kept as written.
    assertThat(ag.getImpactAssessment().orElseThrow().getTekst()).endsWith("http://ec.europa.e");
  }

  @Test
  void aLabelGluedToItsValue() {
    ReadResult r = read("20-2024-raadsaanbeveling-onderzoeksveiligheid.txt");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.MEDEDELING);
    assertThat(f.getGeneratie()).contains(Generatie.G2013);
    assertThat(f.getSoort()).contains(VoorstelSoort.AANBEVELING);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getCommissieDocumenten()).containsExactly(com("COM(2024) 26"));
    assertThat(ag.getDatumOntvangst()).contains(datum("24 januari 2024"));
    assertThat(celex(ag.getEurLex().get(0))).contains("52024DC0026");
    assertThat(ag.getEerstverantwoordelijkMinisterie()).isPresent();
    assertThat(r.getDocument().getBrief().orElseThrow().getVermeldingen()).hasSize(5);
    assertThat(r.getDocument().getKop().orElseThrow().getDatum()).contains(datum("1 maart 2024"));
  }

  @Test
  void aCouncilDecisionWithConsultation() {
    ReadResult r = read("21-2021-raadsbesluit-noodmaatregelen-belarus-grens.txt");
    Aanbiedingsbrief brief = r.getDocument().getBrief().orElseThrow();
    assertThat(brief.getAangekondigdAantal()).contains(1);
    assertThat(brief.getOndertekenaarNaam()).contains("H.P.M. Knapen");
    Fiche f = fiche(r);
    assertThat(f.getSjabloon()).contains(Sjabloon.WETGEVING);
    assertThat(f.getSoort()).contains(VoorstelSoort.BESLUIT);
    AlgemeneGegevens ag = ag(r);
    assertThat(ag.getCommissieDocumenten()).containsExactly(com("COM(2021) 752 final"));
    assertThat(celex(ag.getEurLex().get(0))).contains("52021PC0752");
    assertThat(ag.getImpactAssessment().orElseThrow().isNietOpgesteld()).isTrue();
    assertThat(ag.getRechtsbasis()).containsExactly("Artikel 78(3) VWEU");
    assertThat(ag.getRolEuropeesParlement()).contains("Raadpleging");
    assertThat(f.getEssentie().orElseThrow().getInhoud().getAlineas()).hasSize(1);
  }
}
