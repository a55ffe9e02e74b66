package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;

/** read(write(f)) equals f, and writing is idempotent, for hand-made and random documents. */
class RoundTripTest {
  static void assertRoundTrip(KamerstukDocument doc) {
    String text = TextWriter.create().write(doc);
    ReadResult read = TextReader.create().read(text);
    FicheJson json = FicheJson.create();
    assertThat(json.write(read.getDocument())).as(text).isEqualTo(json.write(doc));
    assertThat(read.getDocument()).isEqualTo(doc);
    // A letter without fiche says so; anything else in canonical text is where it belongs.
    assertThat(read.getFindings())
        .as(text)
        .extracting(ReadFinding::getRuleId)
        .isEqualTo(doc.getFiches().isEmpty() ? List.of(ReadFinding.NO_FICHE) : List.of());
    assertThat(TextWriter.create().write(read.getDocument())).isEqualTo(text);
  }

  private static Fiche sample() {
    return SampleDocuments.volledig().getFiches().get(0);
  }

  @Test
  void theSampleDocumentReadsBackEqual() {
    assertRoundTrip(SampleDocuments.volledig());
  }

  @Test
  void everyGenerationAndTemplate() {
    for (Generatie g : Generatie.values()) {
      for (Sjabloon s : Sjabloon.values()) {
        Fiche f = ImmutableFiche.copyOf(sample()).withGeneratie(g).withSjabloon(s);
        assertRoundTrip(KamerstukDocument.of(f));
        Fiche financieel =
            ImmutableFiche.copyOf(f)
                .withFinancieleGevolgen(
                    FinancieleGevolgen.builder().euBegroting(Tekst.of("Geen.")).build());
        assertRoundTrip(KamerstukDocument.of(financieel));
      }
    }
  }

  @Test
  void partialFiches() {
    Fiche full = sample();
    assertRoundTrip(KamerstukDocument.of(Fiche.builder().titel("Alleen een titel").build()));
    assertRoundTrip(
        KamerstukDocument.of(
            Fiche.builder()
                .titel(full.getTitel())
                .algemeneGegevens(full.getAlgemeneGegevens())
                .build()));
    assertRoundTrip(
        KamerstukDocument.of(
            Fiche.builder()
                .titel("Leeg deel een")
                .algemeneGegevens(AlgemeneGegevens.builder().build())
                .build()));
    assertRoundTrip(
        KamerstukDocument.of(
            ImmutableFiche.copyOf(full)
                .withGrondhouding(java.util.Optional.empty())
                .withConsequenties(java.util.Optional.empty())
                .withOntwikkelingslanden(java.util.Optional.empty())
                .withOverigeSecties(List.of())));
    assertRoundTrip(
        KamerstukDocument.builder().from(SampleDocuments.volledig()).fiches(List.of()).build());
    Fiche unparsed =
        ImmutableFiche.copyOf(full)
            .withAlgemeneGegevens(
                AlgemeneGegevens.builder()
                    .datumOntvangst(Parsed.parse("31 februari 2025", NederlandseDatum::parse))
                    .build());
    assertRoundTrip(KamerstukDocument.of(unparsed));
  }

  @Test
  void listItemsSubHeadingsFootnotesAndUnknownParts() {
    Tekst t =
        Tekst.of(
            Alinea.of(AlineaSoort.TUSSENKOP, TekstRun.of("Achtergrond")),
            Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of("a) geen item maar een punt")),
            Alinea.of(AlineaSoort.ALINEA, TekstRun.of("Bevoegdheid")),
            Alinea.of(
                AlineaSoort.ALINEA,
                TekstRun.of("Zie"),
                VoetnootVerwijzing.of(4),
                TekstRun.of(" en verder."),
                VoetnootVerwijzing.of(5)),
            Alinea.of(AlineaSoort.ALINEA, VoetnootVerwijzing.of(4)));
    Fiche f =
        ImmutableFiche.copyOf(sample())
            .withEssentie(EssentieVoorstel.builder().inhoud(t).build())
            .withGrondhouding(
                Grondhouding.builder()
                    .bevoegdheid(GrondhoudingOnderdeel.builder().oordeel(Oordeel.NEGATIEF).build())
                    .subsidiariteit(GrondhoudingOnderdeel.of(Oordeel.KRITISCH))
                    .proportionaliteit(
                        GrondhoudingOnderdeel.builder()
                            .oordeel(Oordeel.NEUTRAAL)
                            .tekst(Tekst.of(Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of("punt"))))
                            .build())
                    .financieleGevolgen(
                        GrondhoudingOnderdeel.of(
                            "De grondhouding van het kabinet is gematigd. Rest."))
                    .build())
            .withOverigeSecties(
                Sectie.builder().kop("8. Bijlage").tekst(Tekst.of("Eén.", "Twee.")).build(),
                Sectie.builder().kop("9. Nog een").build())
            .withVoetnoten(
                Voetnoot.of(4, "Vier."),
                Voetnoot.builder().nummer(5).tekst(Tekst.of("Vijf a.", "Vijf b.")).build(),
                Voetnoot.of(12, "Nergens naar verwezen."));
    f =
        ImmutableFiche.copyOf(f)
            .withAlgemeneGegevens(
                AlgemeneGegevens.builder()
                    .from(f.getAlgemeneGegevens().orElseThrow())
                    .addOverigeOnderdeel(Onderdeel.builder().label("Nog iets").build())
                    .build());
    assertRoundTrip(KamerstukDocument.of(f));
    for (Generatie g : Generatie.values()) {
      assertRoundTrip(KamerstukDocument.of(ImmutableFiche.copyOf(f).withGeneratie(g)));
    }
    // An unknown verdict word stays in the text.
    Fiche read =
        TextReader.create().read(TextWriter.create().write(f)).getDocument().getFiches().get(0);
    assertThat(
            read.getGrondhouding().orElseThrow().getFinancieleGevolgen().orElseThrow().getOordeel())
        .isEmpty();
  }

  @Test
  void templateGenerationAndKindWithoutEvidenceUseTheMarkerLine() {
    Fiche f =
        Fiche.builder()
            .titel("Kaal")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2013)
            .soort(VoorstelSoort.PAKKET)
            .essentie(EssentieVoorstel.builder().build())
            .build();
    String text = TextWriter.create().write(f);
    assertThat(text).contains("[fiche: sjabloon=WETGEVING generatie=G2013 soort=PAKKET]");
    assertRoundTrip(KamerstukDocument.of(f));
    // The complete sample shows its values through its headings: no marker.
    assertThat(TextWriter.create().write(SampleDocuments.volledig())).doesNotContain("[fiche:");
  }

  @Test
  void randomDocumentsReadBackEqual() {
    long base = 20260129L;
    for (int i = 0; i < 250; i++) {
      long seed = base + i;
      KamerstukDocument doc = new RandomDocuments(seed).document();
      try {
        assertRoundTrip(doc);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }
}
