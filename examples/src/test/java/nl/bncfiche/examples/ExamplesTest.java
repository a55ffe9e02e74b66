package nl.bncfiche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.testing.FicheAssertions;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;

/**
 * Every example runs and does what its documentation says; the README shows their code as it is.
 */
class ExamplesTest {
  /** The example fiche, relative to this module (tests run in the module's folder). */
  static final Path EXAMPLE_FICHE = Path.of("voorbeeld-fiche.txt");

  @Test
  void theShippedExampleFicheIsCurrentCompleteAndValid() throws IOException {
    assertThat(Files.readString(EXAMPLE_FICHE, StandardCharsets.UTF_8))
        .as("examples/voorbeeld-fiche.txt is out of date: run WriteExampleFiche")
        .isEqualTo(WriteExampleFiche.text());
    var read = TextReader.create().read(EXAMPLE_FICHE);
    assertThat(read.getDocument()).isEqualTo(VoorbeeldFiches.mededeling());
    FicheAssertions.assertThat(read.getDocument())
        .usingValidator(FicheUnitTest.VALIDATOR)
        .isValid()
        .hasNoIssues();
  }

  @Test
  void buildAndValidateReportsWhatTheDraftLacks() {
    String out = BuildAndValidate.run();
    assertThat(out).contains("as draft: valid").contains("to send: invalid");
    assertThat(out).containsPattern("ERROR BNC-V-\\d{3} /fiches/0/essentie");
    assertThat(out)
        .contains("# Fiche: Verordening over herbruikbare verpakkingen in de binnenvaart");
  }

  @Test
  void readTextFicheReportsTheExampleAsValid() throws IOException {
    assertThat(ReadTextFiche.run(EXAMPLE_FICHE)).isEqualTo("geldig\n");
  }

  @Test
  void readTextFicheNamesTheLineOfAnIssue(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String text = WriteExampleFiche.text().replace("12 februari 2026", "31 februari 2026");
    Path file = dir.resolve("fout.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    int line = text.lines().toList().indexOf("31 februari 2026") + 1;
    assertThat(ReadTextFiche.run(file))
        .contains(file + ":" + line + ": BNC-F-005")
        .endsWith("ongeldig\n");
  }

  @Test
  void readTextFicheExplainsWhatIsNotAFiche(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("leeg.txt");
    Files.writeString(file, "", StandardCharsets.UTF_8);
    assertThat(ReadTextFiche.run(file)).startsWith(file + ":");
  }

  @Test
  void tuneSeverityKeepsTheExampleValid() {
    assertThat(TuneSeverity.run()).isEqualTo("issues: 0, valid: true\n");
  }

  @Test
  void listTemplateShowsTheLegislativeLayout() {
    String out = ListTemplate.run();
    assertThat(out)
        .startsWith("1 Algemene gegevens\n  1a Titel voorstel\n")
        .contains("\n  2b Impact assessment Commissie (optional)\n")
        .contains("\n4 Grondhouding ten aanzien van bevoegdheid")
        .endsWith("\n6 Implicaties voor ontwikkelingslanden\n");
  }

  @Test
  void writeWordFicheWritesADocxThatReadsBackAndNamesParagraphs(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path file = dir.resolve("fiche.docx");
    String out = WriteWordFiche.run(file);
    assertThat(file).isNotEmptyFile();
    // a draft: the report lists what it lacks, at the paragraph where the section stands
    assertThat(out).containsPattern("(?m)^alinea \\d+: BNC-V-\\d{3} ");
    var read = nl.bncfiche.docx.DocxReader.create().read(file);
    assertThat(read.getDocument().getFiches().get(0).getTitel())
        .isEqualTo("Richtlijn over veilige laadpalen in zeehavens");
  }

  @Test
  void theReadmeShowsTheExamplesAsTheyAre() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (String[] tagged :
        new String[][] {
          {"src/main/java/nl/bncfiche/examples/BuildAndValidate.java", "embedding"},
          {"src/main/java/nl/bncfiche/examples/ReadTextFiche.java", "reading"},
          {"src/main/java/nl/bncfiche/examples/TuneSeverity.java", "tuning"},
          {"src/main/java/nl/bncfiche/examples/ListTemplate.java", "template"},
          {"src/main/java/nl/bncfiche/examples/WriteWordFiche.java", "word"},
          {"src/test/java/nl/bncfiche/examples/FicheUnitTest.java", "testing"}
        }) {
      Path source = Path.of(tagged[0]);
      assertThat(readme)
          .as("README snippet '%s' must equal the tagged region of %s", tagged[1], source)
          .contains(region(source, tagged[1]));
    }
  }

  /**
   * The lines between {@code tag::name[]} and {@code end::name[]}, without their common
   * indentation.
   */
  static String region(Path source, String name) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> region = new ArrayList<>();
    boolean in = false;
    for (String l : lines) {
      if (l.contains("end::" + name + "[]")) {
        break;
      }
      if (in) {
        region.add(l);
      }
      if (l.contains("tag::" + name + "[]")) {
        in = true;
      }
    }
    int indent =
        region.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : region) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    assertThat(sb).as("tag %s in %s", name, source).isNotEmpty();
    return sb.toString();
  }
}
