package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatcher;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that the reader cuts or joins where a rendering did, written so that it reads back as it
 * was: a dossier title, a sender or an addressee holding what the reader takes for another header
 * field on a one-line header ("nr. 12", "Aan de …", a closing place and date), and the first line
 * of an item whose label the template does not know that, joined to that label, makes a label the
 * template does know; also a name or heading that the reader takes for something else where the
 * writer puts it (a signer's name that opens a fiche, a section's heading that names an item).
 * Found by the fuzzer (a canonical text that was no fixed point).
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
   * A sender and an addressee holding what the reader cuts off a one-line header ("Aan de …", a
   * closing place and date, pasted in without a space too): the reader takes such a line whole when
   * the field it would cut off is taken already, which in the writer's order (sender, addressee,
   * date) it is not.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSenderOrAddresseeThatReadsAsMoreHeaderFieldsReadsBackAsWritten(long seed) {
    Random r = new Random(seed);
    ImmutableKamerstukKop.Builder kop = KamerstukKop.builder();
    if (r.nextBoolean()) {
      kop.dossier("22 112").dossierTitel(DOSSIER_TITEL);
    }
    String afzender = pasted(r, "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN");
    if (r.nextBoolean()) {
      kop.nummer(Integer.toString(100 + r.nextInt(4000))).afzender(afzender);
    } else if (r.nextBoolean()) {
      kop.afzender(afzender);
    }
    if (r.nextInt(4) > 0) {
      kop.geadresseerde(pasted(r, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"));
    }
    if (r.nextBoolean()) {
      kop.plaats("Den Haag").datum(Parsed.parse("7 juli 2022", NederlandseDatum::parse));
    }
    RoundTripTest.assertRoundTrip(
        KamerstukDocument.builder().kop(kop.build()).addFiche(fiche()).build());
  }

  /** {@code line} with header fields pasted in after some of its words, or at its end. */
  private static String pasted(Random r, String line) {
    String[] words = line.split(" ");
    StringBuilder out = new StringBuilder(words[0]);
    String[] pastes = {
      " Aan de Kamer", " Den Haag, 4 juni 2021", "Den Haag, 31 mei 2020", " Zwolle, 12"
    };
    for (int i = 1; i < words.length; i++) {
      out.append(' ').append(words[i]);
      if (i > 1 && r.nextInt(5) == 0) {
        out.append(pastes[r.nextInt(pastes.length)]);
      }
    }
    if (r.nextBoolean()) {
      out.append(CLOSINGS[r.nextInt(CLOSINGS.length)]);
    }
    return out.toString();
  }

  /**
   * A header whose lines came in another order than the writer's, so that the reader took a line
   * whole that it cuts in the writer's order: its canonical text is a fixed point.
   */
  @Test
  void aHeaderReadInAnotherOrderHasAFixedPointCanonicalText() {
    String[] lines = {
      "Nr. 61 BRIEF VAN DE MINISTER VAN FINANCIËN Den Haag, 2 mei 2024",
      "Aan de Voorzitter van de Tweede Kamer Den Haag, 2 mei 2024",
      "Aan de Voorzitter Aan de leden",
      "Den Haag, 2 mei 2024",
      "BRIEF VAN DE STAATSSECRETARIS Aan de Kamer",
    };
    for (int first = 0; first < lines.length; first++) {
      for (int second = 0; second < lines.length; second++) {
        if (second == first) {
          continue;
        }
        for (int third = 0; third < lines.length; third++) {
          if (third == first || third == second) {
            continue;
          }
          String text =
              lines[first]
                  + "\n"
                  + lines[second]
                  + "\n"
                  + lines[third]
                  + "\n\nFiche: Havens\n\n2. Essentie voorstel\n\nDe Commissie wil schonere"
                  + " havens.\n";
          String once = TextWriter.create().write(TextReader.create().read(text).getDocument());
          String twice = TextWriter.create().write(TextReader.create().read(once).getDocument());
          assertThat(twice).as("from:%n%s", text).isEqualTo(once);
        }
      }
    }
  }

  @Test
  void aSenderTheReaderWouldCutIsWrittenOverTwoLines() {
    KamerstukDocument d =
        KamerstukDocument.builder()
            .kop(
                KamerstukKop.builder()
                    .nummer("61")
                    .afzender("BRIEF VAN DE MINISTER Den Haag, 2 mei 2024")
                    .geadresseerde("Aan de Voorzitter Aan de leden")
                    .plaats("Den Haag")
                    .datum(Parsed.parse("3 mei 2024", NederlandseDatum::parse))
                    .build())
            .addFiche(fiche())
            .build();
    assertThat(TextWriter.create().write(d))
        .startsWith(
            "Nr. 61 BRIEF\n\\VAN DE MINISTER Den Haag, 2 mei 2024\nAan de Voorzitter\n\\Aan de"
                + " leden\nDen Haag, 3 mei 2024\n");
    RoundTripTest.assertRoundTrip(d);
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

  /**
   * A section the template does not know, under a numbered heading "N. Label" that names an item of
   * the known section numbered N: the reader takes it for a section's heading where it read it
   * (after the section before), and for that item right after section N. Every item label of every
   * section of the full sample fiche.
   */
  @Test
  void anUnknownHeadingThatNamesAnItemOfItsSectionReadsBackAsASection() {
    Fiche full = SampleDocuments.volledig().getFiches().get(0);
    Map<Integer, Veld> numbered = new HashMap<>();
    for (String line : TextWriter.create().write(full).split("\n")) {
      LinePrefix p = LinePrefix.of(line);
      Veld sectie = LineClassifier.section(p);
      if (sectie != null && p.number() > 0) {
        numbered.put(p.number(), sectie);
      }
    }
    int tested = 0;
    for (Map.Entry<Integer, Veld> e : numbered.entrySet()) {
      for (Veld item : e.getValue().getItems()) {
        for (String label : item.getLabelteksten()) {
          String kop = e.getKey() + ". " + label;
          LinePrefix p = LinePrefix.of(kop);
          Veld before = numbered.get(e.getKey() - 1);
          if (LineClassifier.section(p) != null
              || !LineClassifier.isUnknownHeading(p, 0, true)
              || before == null
              || LineClassifier.readsAsNumberedItem(p, before)) {
            // Not under this rule, or read as an item on either side, or with no section before
            // (the reader reads no numbered heading of a section it does not know there).
            continue;
          }
          Fiche f =
              ImmutableFiche.copyOf(full)
                  .withOverigeSecties(
                      Sectie.builder().kop(kop).tekst(Tekst.of("Een eigen alinea.")).build());
          RoundTripTest.assertRoundTrip(KamerstukDocument.of(f));
          tested++;
        }
      }
    }
    assertThat(tested).isGreaterThan(10);
  }

  /**
   * A numbered heading that names an item of section 1, read as a section of its own because it
   * came after one ("1. Rechtsbasis" after section 1's heading met again, or after another such
   * section): section 1 would take it for its item both before and after it, so another section
   * goes first. The canonical text is a fixed point and keeps the heading a section's.
   */
  @Test
  void anUnknownHeadingThatNamesAnItemOfSection1FollowsAnotherSection() {
    String start =
        "Fiche: Havens\n\n1. Algemene gegevens\n\na) Titel voorstel\nMededeling over havens\n";
    String end = "\n2. Essentie voorstel\n\nDe Commissie wil schonere havens.\n";
    String again = "\n1. Algemene gegevens\n\nDezelfde kop een tweede keer.\n";
    String item = "\n1. Rechtsbasis\n\nEen eigen hoofdstuk.\n";
    String other = "\n1. Bijlage bij het voorstel\n\nNog een eigen hoofdstuk.\n";
    for (String text :
        List.of(
            start + again + item + end,
            start + again + item + other + end,
            // section 1 the only known one: the others go last
            start + again + item)) {
      String once = TextWriter.create().write(TextReader.create().read(text).getDocument());
      KamerstukDocument read = TextReader.create().read(once).getDocument();
      assertThat(TextWriter.create().write(read)).as(text).isEqualTo(once);
      Fiche f = read.getFiches().get(0);
      assertThat(f.getOverigeSecties()).extracting(Sectie::getKop).contains("1. Rechtsbasis");
      assertThat(f.getAlgemeneGegevens().orElseThrow().getRechtsbasis()).isEmpty();
    }
  }

  /**
   * A value of the 2007 generation written on its label's line ("Prelex: …") that was read with
   * white space before it, from an escaped line of its own: written stripped, as the reader reads
   * it back.
   */
  @Test
  void aValueOnItsLabelsLineIsWrittenStripped() {
    String text =
        "Fiche: Havens\n\n1. Algemene gegevens\n\nVoorstel: Voorstel voor een richtlijn over"
            + " havens\n\nDatum Commissiedocument: 3 maart 2008\n\nPrelex:\n\\   "
            + " https://eur-lex.europa.eu/x\n\n2. Essentie voorstel\n\nInhoud voorstel:\nDe"
            + " Commissie wil schonere havens.\n";
    String once = TextWriter.create().write(TextReader.create().read(text).getDocument());
    assertThat(once).contains("\nPrelex: https://eur-lex.europa.eu/x\n");
    assertThat(TextWriter.create().write(TextReader.create().read(once).getDocument()))
        .isEqualTo(once);
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
