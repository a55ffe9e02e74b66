package nl.bncfiche.integration.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical text escapes every syntax of its own: generated documents with {@link
 * HostileStrings} in every field that holds free text read back from their canonical text to the
 * same document, {@code read(text(d)) == d}, and their text is then written again unchanged; with
 * line breaks inside those strings, they read back with a space for each line break, nothing more
 * changed and nothing forged.
 *
 * <p>The fields: the fiche's title, every paragraph's text (sections, items, unknown sections and
 * items, footnotes), the values of section 1 that are kept as written (titles of a fiche that is no
 * package, date, EUR-Lex references, legal bases, impact assessment, Council, ministry, decision
 * procedure, role of the Parliament), and the cover letter's further sentences. Not: headings and
 * labels of unknown parts, the header, the letter's listed fiches, announcement and signature, and
 * the Commission documents; their form is their structure (a dossier number and a title on one
 * line, "Label: value"), so not every string can stand in them.
 */
class HostileStringsRoundTripTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final FicheJson JSON = FicheJson.create();
  private static final TextWriter WRITER = TextWriter.create();
  private static final TextReader READER = TextReader.create();

  /** The JSON pointers of the fields a hostile string is put in. */
  private static final Pattern FREE =
      Pattern.compile(
          "/fiches/\\d+/titel"
              + "|/fiches/\\d+/.*/alineas/\\d+/inhoud/\\d+"
              + "|/fiches/\\d+/algemeneGegevens/(titels|eurLex|rechtsbasis)/\\d+"
              + "|/fiches/\\d+/algemeneGegevens/(datumOntvangst|impactAssessment"
              + "|behandelingstrajectRaad|eerstverantwoordelijkMinisterie"
              + "|besluitvormingsprocedureRaad|rolEuropeesParlement)"
              + "|/brief/aanvullendeZinnen/\\d+");

  /** The fields where a line break is written as a space. */
  private static final Pattern ONE_LINE =
      Pattern.compile("/fiches/\\d+/titel|/fiches/\\d+/.*/alineas/\\d+/inhoud/\\d+");

  static java.util.stream.LongStream seeds() {
    return Seeds.of(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileStringsInEveryFreeFieldReadBackAsWritten(long seed) {
    HostileStrings hostile = new HostileStrings(seed);
    Random r = new Random(seed);
    KamerstukDocument d =
        replace(
            FicheGenerator.withSeed(seed).validDocument(),
            (pointer, old) -> mix(r, old, hostile.next()));
    String text = WRITER.write(d);
    ReadResult read = READER.read(text);
    assertThat(read.getDocument()).as("seed %d:%n%s", seed, text).isEqualTo(d);
    assertThat(read.getWarnings()).as("seed %d:%n%s", seed, text).isEmpty();
    assertThat(WRITER.write(read.getDocument())).as("seed %d", seed).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lineBreaksInHostileStringsBecomeSpacesAndForgeNothing(long seed) {
    KamerstukDocument original = FicheGenerator.withSeed(seed).validDocument();
    HostileStrings hostile = new HostileStrings(seed);
    Random r = new Random(seed);
    Map<String, String> broken = new HashMap<>();
    KamerstukDocument d =
        replace(
            original,
            (pointer, old) -> {
              if (!ONE_LINE.matcher(pointer).matches()) {
                return old;
              }
              String s = mix(r, old, hostile.withLineBreaks());
              broken.put(pointer, s);
              return s;
            });
    KamerstukDocument expected =
        replace(
            original, (pointer, old) -> HostileStrings.oneLine(broken.getOrDefault(pointer, old)));
    String text = WRITER.write(d);
    assertThat(READER.read(text).getDocument()).as("seed %d:%n%s", seed, text).isEqualTo(expected);
  }

  /** The original string, the hostile one, or both in some order. */
  private static String mix(Random r, String old, String hostile) {
    return switch (r.nextInt(4)) {
      case 0 -> hostile;
      case 1 -> hostile + " " + old;
      case 2 -> old + " " + hostile;
      default -> {
        int at = old.indexOf(' ');
        yield at < 0 ? old + hostile : old.substring(0, at) + " " + hostile + old.substring(at);
      }
    };
  }

  /**
   * {@code doc} with each string of a {@link #FREE} field replaced by {@code replace}'s answer for
   * its pointer and old value; the titles of a package stay, since the reader joins a title to the
   * one before it when it does not start with a document number.
   */
  private static KamerstukDocument replace(
      KamerstukDocument doc, BiFunction<String, String, String> replace) {
    Set<String> packages = new HashSet<>();
    for (int i = 0; i < doc.getFiches().size(); i++) {
      List<String> titels =
          doc.getFiches().get(i).getAlgemeneGegevens().map(ag -> ag.getTitels()).orElse(List.of());
      if (titels.stream().anyMatch(HostileStringsRoundTripTest::startsWithDocument)) {
        packages.add("/fiches/" + i + "/algemeneGegevens/titels/");
      }
    }
    try {
      JsonNode root = TREE.readTree(JSON.write(doc));
      walk(
          root,
          "",
          (pointer, old) ->
              packages.contains(pointer.substring(0, pointer.lastIndexOf('/') + 1))
                  ? old
                  : replace.apply(pointer, old));
      return JSON.read(root.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean startsWithDocument(String titel) {
    List<CommissieDocument> found = CommissieDocument.findAll(titel);
    return !found.isEmpty() && titel.startsWith(found.get(0).getType().name());
  }

  private static void walk(JsonNode node, String pointer, BiFunction<String, String, String> f) {
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = pointer + "/" + e.getKey();
        if (e.getValue().isTextual() && FREE.matcher(p).matches()) {
          e.setValue(TextNode.valueOf(f.apply(p, e.getValue().asText())));
        } else {
          walk(e.getValue(), p, f);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String p = pointer + "/" + i;
        if (a.get(i).isTextual() && FREE.matcher(p).matches()) {
          a.set(i, TextNode.valueOf(f.apply(p, a.get(i).asText())));
        } else {
          walk(a.get(i), p, f);
        }
      }
    }
  }
}
