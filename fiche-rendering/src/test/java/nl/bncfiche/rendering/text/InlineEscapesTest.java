package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import org.junit.jupiter.api.Test;

/**
 * Text that looks like the canonical text's own syntax stays text: footnote references and bodies
 * inside a paragraph or footnote, Word bookmarks anywhere, backslashes, a stance sentence that is
 * no verdict. Each reads back to the document written, and is written as the format specifies.
 */
class InlineEscapesTest {
  private static final TextWriter WRITER = TextWriter.create();
  private static final TextReader READER = TextReader.create();

  private static Fiche essentie(Alinea... alineas) {
    return Fiche.builder()
        .titel("Proef")
        .sjabloon(Sjabloon.WETGEVING)
        .generatie(Generatie.G2025)
        .essentie(EssentieVoorstel.builder().inhoud(Tekst.of(alineas)).build())
        .build();
  }

  private static String roundTrip(Fiche f) {
    String text = WRITER.write(f);
    ReadResult read = READER.read(text);
    assertThat(read.getDocument()).as(text).isEqualTo(KamerstukDocument.of(f));
    assertThat(read.getWarnings()).as(text).isEmpty();
    assertThat(WRITER.write(read.getDocument())).isEqualTo(text);
    return text;
  }

  @Test
  void aFootnoteBodyInsideAParagraphIsText() {
    // Was read as the word "Zie" and footnote 3 "x", the rest lost.
    String text = roundTrip(essentie(Alinea.of("Zie [3: x ] hier.")));
    assertThat(text).contains("\nZie \\[3: x ] hier.\n");
  }

  @Test
  void aReferenceWrittenAsTextIsNoReference() {
    String text =
        roundTrip(
            essentie(
                Alinea.of("Een [footnoteRef:7] letterlijk."),
                Alinea.builder()
                    .addInhoud(TekstRun.of("Echt"), VoetnootVerwijzing.of(7))
                    .addInhoud(TekstRun.of(" en [footnoteRef:7]."))
                    .build()));
    assertThat(text).contains("Een \\[footnoteRef:7] letterlijk.");
    assertThat(text).contains("Echt[footnoteRef:7] en \\[footnoteRef:7].");
  }

  @Test
  void aFootnoteCannotForgeAnother() {
    Fiche f =
        Fiche.builder()
            .from(
                essentie(
                    Alinea.builder()
                        .addInhoud(TekstRun.of("Zie"), VoetnootVerwijzing.of(1))
                        .build()))
            .addVoetnoot(Voetnoot.of(1, "noot ] [99: vervalste voetnoot ]"))
            .build();
    String text = roundTrip(f);
    assertThat(text).contains("[1:  noot ] \\[99: vervalste voetnoot ] ]");
    // With a line break in it, the footnote reads back with a space there, and still alone.
    Fiche broken =
        Fiche.builder()
            .from(f)
            .voetnoten(List.of(Voetnoot.of(1, "noot ]\n[99: vervalste voetnoot ]")))
            .build();
    assertThat(READER.read(WRITER.write(broken)).getDocument()).isEqualTo(KamerstukDocument.of(f));
  }

  @Test
  void backslashesBeforeBracketsAndReferencesStayBackslashes() {
    roundTrip(
        essentie(
            Alinea.of("a\\"),
            Alinea.of("\\\\"),
            Alinea.of("\\[3: x ]"),
            Alinea.of("x \\\\[footnoteRef:2] \\[ \\x"),
            Alinea.builder()
                .addInhoud(TekstRun.of("voor\\"), VoetnootVerwijzing.of(2))
                .addInhoud(TekstRun.of("\\"))
                .build(),
            Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of("\\[footnoteRef:1] punt")),
            Alinea.of(AlineaSoort.TUSSENKOP, TekstRun.of("[12: kop")),
            Alinea.of("[footnoteRef:1]"),
            Alinea.of("[1:")));
  }

  @Test
  void aWordBookmarkAsTextIsKeptInEveryField() {
    String b = "[bookmark: _Toc1]";
    Fiche f =
        Fiche.builder()
            .from(essentie(Alinea.of("Zie " + b + " hier."), Alinea.of(b), Alinea.of("\\" + b)))
            .titel("Titel " + b)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitel(b + " voorstel")
                    .addEurLex(EurLexVerwijzing.of("x" + b))
                    .build())
            .addVoetnoot(Voetnoot.of(4, "noot " + b))
            .build();
    String text = roundTrip(f);
    assertThat(text).contains("Titel \\[bookmark: _Toc1]");
  }

  @Test
  void aFootnoteBodyInAValueIsText() {
    Fiche f =
        Fiche.builder()
            .titel("Waarden")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .algemeneGegevens(
                AlgemeneGegevens.builder()
                    .addTitel("Zie [3: x ] hier")
                    .addRechtsbasis("Artikel 1 [12: noot")
                    .behandelingstrajectRaad("Raad [4:")
                    .build())
            .build();
    String text = roundTrip(f);
    assertThat(text).contains("\n\\Zie [3: x ] hier\n");
  }

  @Test
  void aStanceSentenceWithoutVerdictStaysText() {
    String zin = "De grondhouding van het kabinet is positief. Verder.";
    Fiche f =
        Fiche.builder()
            .titel("Grondhouding")
            .sjabloon(Sjabloon.WETGEVING)
            .generatie(Generatie.G2025)
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(GrondhoudingOnderdeel.of(zin))
                    .subsidiariteit(
                        GrondhoudingOnderdeel.builder()
                            .oordeel(Oordeel.NEGATIEF)
                            .tekst(Tekst.of(zin))
                            .build())
                    // Joined, the stance sentence and "Zie:" would need an escape: two paragraphs.
                    .proportionaliteit(
                        GrondhoudingOnderdeel.builder()
                            .oordeel(Oordeel.POSITIEF)
                            .tekst(Tekst.of("Zie:"))
                            .build())
                    .build())
            .build();
    String text = roundTrip(f);
    assertThat(text).contains("\n\\" + zin + "\n");
    assertThat(text).contains("De grondhouding van het kabinet is positief.\n\n\\Zie:\n");
  }
}
