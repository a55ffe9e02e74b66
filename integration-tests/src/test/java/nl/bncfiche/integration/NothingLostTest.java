package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost: writing then reading keeps every paragraph, footnote and unknown section as a
 * value; a line the reader cannot place ends up somewhere in the model, with a warning where it
 * lies outside any text.
 */
class NothingLostTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String[] STRAY = {
    "zwerfregel",
    "kwispel",
    "plomp",
    "sprokkel",
    "dwarrel",
    "knotwilg",
    "gonzen",
    "fluister",
    "kantelen",
    "mergel"
  };

  private final TextReader reader = TextReader.create();
  private final TextWriter writer = TextWriter.create();

  @Test
  void writingThenReadingKeepsEveryTextValue() {
    long seed = 5_150L;
    FicheGenerator gen = FicheGenerator.withSeed(seed);
    for (int i = 0; i < 60; i++) {
      KamerstukDocument doc = withUnknownSection(gen.validDocument(), i);
      List<String> before = strings(doc);
      KamerstukDocument after = reader.read(writer.write(doc)).getDocument();
      List<String> left = new ArrayList<>(strings(after));
      for (String s : before) {
        assertThat(left.remove(s)).as("seed %d document %d: value lost: %s", seed, i, s).isTrue();
      }
    }
  }

  @Test
  void strayLinesEndUpInTheModel() {
    long seed = 5_151L;
    Random random = new Random(seed);
    FicheGenerator gen = FicheGenerator.withSeed(seed);
    int warnedOutsideText = 0;
    for (int i = 0; i < 60; i++) {
      KamerstukDocument doc = gen.validDocument();
      List<String> lines = new ArrayList<>(Arrays.asList(writer.write(doc).split("\n", -1)));
      List<String> inserted = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(4); k++) {
        String stray = strayLine(random, i, k);
        lines.add(1 + random.nextInt(lines.size() - 1), stray);
        inserted.add(stray);
      }
      // And one right under the heading of section 1, where no free text belongs.
      int section1 = lines.indexOf("1. Algemene gegevens");
      String underHeading = strayLine(random, i, 9);
      lines.add(section1 + 1, "");
      lines.add(section1 + 2, underHeading);
      inserted.add(underHeading);
      ReadResult r = reader.read(String.join("\n", lines));
      Set<String> words = ReaderOracle.words(String.join(" ", strings(r.getDocument())));
      for (String stray : inserted) {
        assertThat(words)
            .as("seed %d document %d: words of %s", seed, i, stray)
            .containsAll(ReaderOracle.words(stray));
      }
      if (r.getWarnings().stream().anyMatch(w -> w.startsWith("regel " + (section1 + 3) + ":"))) {
        warnedOutsideText++;
      }
    }
    assertThat(warnedOutsideText)
        .as("seed %d: stray lines under section 1's heading that were warned about", seed)
        .isEqualTo(60);
  }

  private static String strayLine(Random random, int doc, int k) {
    StringBuilder sb = new StringBuilder("Zwerfregel" + doc + "x" + k);
    for (int w = 0; w < 2 + random.nextInt(6); w++) {
      sb.append(' ').append(STRAY[random.nextInt(STRAY.length)]);
    }
    return sb.append('.').toString();
  }

  private static KamerstukDocument withUnknownSection(KamerstukDocument doc, int i) {
    ImmutableFiche f =
        ImmutableFiche.copyOf(doc.getFiches().get(0))
            .withOverigeSecties(
                Sectie.builder()
                    .kop("Aanvullende overwegingen " + i)
                    .tekst(
                        Tekst.of(
                            "Een extra alinea die in geen sjabloon past.",
                            "Nog een alinea nummer " + i + "."))
                    .build());
    return KamerstukDocument.builder().from(doc).fiches(List.of(f)).build();
  }

  /**
   * Every string value of the document's JSON form: texts, footnotes, headings, values as written.
   */
  static List<String> strings(KamerstukDocument doc) {
    List<String> out = new ArrayList<>();
    try {
      collect(TREE.readTree(FicheJson.create().write(doc)), out);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> collect(child, out));
  }
}
