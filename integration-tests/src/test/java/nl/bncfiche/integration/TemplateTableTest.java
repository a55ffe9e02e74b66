package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.sjabloon.Indeling;
import nl.bncfiche.model.sjabloon.Rubriek;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the template table: every section and item of every layout is generated, written with its
 * label by every writer, read back to the same value, and reported by a completeness rule at its
 * path when a fiche ready to be sent lacks it. A part added to the table without the code that
 * serves it fails here.
 */
class TemplateTableTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final FicheJson JSON = FicheJson.create();
  private static final FicheValidator VALIDATOR = Today.validator();

  static Stream<Arguments> rubrieken() {
    List<Arguments> args = new ArrayList<>();
    for (Indeling indeling : Indeling.alle()) {
      for (Rubriek sectie : indeling.getSecties()) {
        args.add(Arguments.of(indeling, sectie));
        sectie.getItems().forEach(item -> args.add(Arguments.of(indeling, item)));
      }
    }
    return args.stream();
  }

  private static KamerstukDocument generated(Indeling indeling, long seed) {
    return FicheGenerator.withSeed(seed)
        .validDocument(indeling.getSjabloon(), indeling.getGeneratie());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rubrieken")
  void isGeneratedWrittenReadAndValidated(Indeling indeling, Rubriek rubriek) throws Exception {
    Veld veld = rubriek.getVeld();
    for (long seed = 1; seed <= 3; seed++) {
      KamerstukDocument doc = generated(indeling, seed);
      Fiche fiche = doc.getFiches().get(0);
      String what = indeling + " " + rubriek + " seed " + seed;
      assertThat(veld.isIngevuld(fiche)).as("generated: " + what).isTrue();

      String text = TextWriter.create().write(doc);
      assertThat(text).as("text: " + what).contains(rubriek.getLabel());
      assertThat(MarkdownWriter.create().write(doc))
          .as("markdown: " + what)
          .contains(rubriek.getLabel());
      assertThat(HtmlWriter.create().write(doc)).as("html: " + what).contains(rubriek.getLabel());

      Fiche read = TextReader.create().read(text).getDocument().getFiches().get(0);
      assertThat(veld.waarde(read)).as("read back: " + what).isEqualTo(veld.waarde(fiche));

      if (rubriek.isVerplicht()) {
        assertMissingIsReported(doc, indeling, rubriek, what);
      }
    }
  }

  /** Without the part, a completeness rule names it at its path, by its number and label. */
  private static void assertMissingIsReported(
      KamerstukDocument doc, Indeling indeling, Rubriek rubriek, String what) throws Exception {
    Veld veld = rubriek.getVeld();
    JsonNode tree = MAPPER.readTree(JSON.write(doc));
    String pointer = "/fiches/0" + veld.getPad();
    ObjectNode parent = (ObjectNode) tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
    parent.remove(veld.getNaam());
    KamerstukDocument without = JSON.read(MAPPER.writeValueAsString(tree));
    List<Issue> issues = VALIDATOR.validate(without, Profile.DEFINITIEF).issues();
    // Section 2 is checked as a whole: its content missing is reported as the section.
    Rubriek named = veld == Veld.INHOUD ? indeling.rubriek(Veld.ESSENTIE).orElseThrow() : rubriek;
    assertThat(issues)
        .as("reported: " + what)
        .anySatisfy(
            i -> {
              assertThat(i.getRuleId()).startsWith("BNC-V-");
              assertThat(i.getPointer()).isEqualTo(pointer);
              assertThat(i.getArguments()).containsExactly(named.getNummer(), named.getLabel());
            });
  }
}
