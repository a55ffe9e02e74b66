package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that the reader cuts or joins where a rendering did, written so that it reads back as it
 * was: a dossier title holding what the reader takes for another header field on a one-line header
 * ("nr. 12", "Aan de …", a closing place and date), and the first line of an item whose label the
 * template does not know that, joined to that label, makes a label the template does know. Found by
 * the fuzzer (a canonical text that was no fixed point).
 */
class CutAndJoinRoundTripTest {
  private static final String DOSSIER_TITEL =
      "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie";

  /** What a one-line header holds after the dossier: each a cut of {@code HeaderLines.fields}. */
  private static final String[] CUTS = {
    " nr. 17", " Nr. 230", " nr. 5 en 6", " (nr. 71)", " Aan de ", " Aan de orde"
  };

  private static final String[] CLOSINGS = {
    " Den Haag, 4 juni 2021", " Zwolle, 12", " Utrecht, 3 maart 2020", "Den Haag, 9 mei 2019"
  };

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDossierTitleThatReadsAsMoreHeaderFieldsReadsBackAsWritten(long seed) {
    Random r = new Random(seed);
    String[] words = DOSSIER_TITEL.split(" ");
    StringBuilder titel = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      titel.append(i == 0 ? "" : " ").append(words[i]);
      if (r.nextInt(4) == 0) {
        titel.append(CUTS[r.nextInt(CUTS.length)].stripTrailing());
      }
    }
    if (r.nextBoolean()) {
      titel.append(CLOSINGS[r.nextInt(CLOSINGS.length)]);
    }
    ImmutableKamerstukKop.Builder kop =
        KamerstukKop.builder().dossier("22 112").dossierTitel(titel.toString());
    if (r.nextBoolean()) {
      kop.nummer(Integer.toString(100 + r.nextInt(4000)))
          .afzender("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN");
    }
    if (r.nextBoolean()) {
      kop.geadresseerde("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
    }
    if (r.nextBoolean()) {
      kop.plaats("Den Haag").datum(Parsed.parse("7 juli 2022", NederlandseDatum::parse));
    }
    RoundTripTest.assertRoundTrip(
        KamerstukDocument.builder().kop(kop.build()).addFiche(fiche()).build());
  }

  @Test
  void aDossierTitleWithAKamerstukNumberIsWrittenOverTwoLines() {
    KamerstukDocument d =
        KamerstukDocument.builder()
            .kop(
                KamerstukKop.builder()
                    .dossier("22 112")
                    .dossierTitel(DOSSIER_TITEL + " (Kamerstuk 22 112, nr. 17)")
                    .build())
            .addFiche(fiche())
            .build();
    String text = TextWriter.create().write(d);
    assertThat(text)
        .startsWith(
            "22 112 Nieuwe\n\\Commissievoorstellen en initiatieven van de lidstaten van de"
                + " Europese Unie (Kamerstuk 22 112, nr. 17)\n");
    RoundTripTest.assertRoundTrip(d);
  }

  @Test
  void aDossierTitleTheReaderDoesNotCutStaysOnOneLine() {
    KamerstukDocument d =
        KamerstukDocument.builder()
            .kop(KamerstukKop.builder().dossier("22 112").dossierTitel(DOSSIER_TITEL).build())
            .addFiche(fiche())
            .build();
    assertThat(TextWriter.create().write(d)).startsWith("22 112 " + DOSSIER_TITEL + "\n\n");
  }

  /**
   * Every label of section 1 that the template knows, split at each space: an unknown item labelled
   * with the words before, its first paragraph the words after.
   */
  @Test
  void anUnknownItemWhoseFirstLineCompletesAKnownLabelReadsBack() {
    List<String[]> splits = new ArrayList<>();
    for (Veld item : Veld.ALGEMENE_GEGEVENS.getItems()) {
      for (String label : item.getLabelteksten()) {
        for (int at = label.indexOf(' '); at > 0; at = label.indexOf(' ', at + 1)) {
          String head = label.substring(0, at);
          if (LabelMatcher.item(Veld.ALGEMENE_GEGEVENS, head) == null
              && LabelMatcher.section(head) == null) {
            splits.add(new String[] {head, label.substring(at + 1)});
          }
        }
      }
    }
    assertThat(splits).hasSizeGreaterThan(20);
    for (String[] split : splits) {
      Fiche f =
          Fiche.builder()
              .from(fiche())
              .algemeneGegevens(
                  AlgemeneGegevens.builder()
                      .addTitel("Een voorstel over havens")
                      .addOverigeOnderdelen(
                          Onderdeel.builder()
                              .label(split[0])
                              .tekst(Tekst.of(split[1], "Een tweede alinea."))
                              .build())
                      .build())
              .build();
      RoundTripTest.assertRoundTrip(KamerstukDocument.builder().addFiche(f).build());
    }
  }

  /**
   * A signer's name that opens a fiche without a title line where it stands (a section's heading, a
   * label of section 1): every heading and label of the template, numbered or lettered or not.
   */
  @Test
  void aSignersNameThatOpensAFicheIsWrittenOnTheRolesLine() {
    List<String> names = new ArrayList<>();
    for (Veld sectie : Veld.secties()) {
      names.add((sectie.getPositie() + 1) + ". " + sectie.getLabel());
    }
    for (Veld item : Veld.ALGEMENE_GEGEVENS.getItems()) {
      names.add(item.getLetter() + ") " + item.getLabel());
      names.add(item.getLabel());
    }
    for (String naam : names) {
      // Last in the text (a letter sent without its fiches), and before a fiche's title line.
      for (List<Fiche> fiches : List.of(List.<Fiche>of(), List.of(fiche()))) {
        KamerstukDocument d =
            KamerstukDocument.builder()
                .brief(
                    Aanbiedingsbrief.builder()
                        .aangekondigdAantal(1)
                        .aantalZoalsGeschreven("1")
                        .ondertekenaarFunctie("De Minister van Buitenlandse Zaken")
                        .ondertekenaarNaam(naam)
                        .build())
                .fiches(fiches)
                .build();
        RoundTripTest.assertRoundTrip(d);
      }
    }
  }

  private static Fiche fiche() {
    return Fiche.builder()
        .titel("Havens")
        .essentie(
            EssentieVoorstel.builder()
                .inhoud(Tekst.of("De Commissie wil schonere havens."))
                .build())
        .build();
  }
}
