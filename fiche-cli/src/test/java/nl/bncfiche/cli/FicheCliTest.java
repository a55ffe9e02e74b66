package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheCliTest {
  /**
   * "Today" for these tests: after every date of the sample fiches, whatever the machine's clock
   * says.
   */
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** The result of one run: exit code, standard output and standard error. */
  static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        FicheCli.run(
            args,
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            TODAY);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static KamerstukDocument withFiche(KamerstukDocument doc, Fiche fiche) {
    return ImmutableKamerstukDocument.copyOf(doc).withFiches(fiche);
  }

  private Path validText() throws IOException {
    return write("geldig.txt", TextWriter.create().write(VoorbeeldFiches.mededeling()));
  }

  /** A draft (no Kamerstuk header): what it lacks is an ERROR under DEFINITIEF. */
  private Path invalidText() throws IOException {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    Fiche broken = ImmutableFiche.copyOf(doc.getFiches().get(0)).withEssentie(Optional.empty());
    KamerstukDocument draft =
        ImmutableKamerstukDocument.copyOf(withFiche(doc, broken)).withKop(Optional.empty());
    return write("kapot.txt", TextWriter.create().write(draft));
  }

  @Test
  void aValidFicheExitsZeroWithASummary() throws IOException {
    Run r = run("validate", validText().toString());
    assertThat(r.err).isEmpty();
    assertThat(r.exit).as(r.out).isZero();
    assertThat(r.out).contains("1 bestand gecontroleerd: 0 fouten");
  }

  @Test
  void todayChecksAsOfTheGivenDay() throws IOException {
    // The sample's Commission document was received on 12 February 2026.
    Run before = run("validate", "--today", "2026-02-11", validText().toString());
    assertThat(before.exit).as(before.out).isEqualTo(FicheCli.INVALID);
    assertThat(before.out).contains("BNC-F-006").contains("11 februari 2026");
    Run on = run("validate", "--today", "2026-02-12", validText().toString());
    assertThat(on.exit).as(on.out).isZero();
    Run bad = run("validate", "--today", "12-02-2026", validText().toString());
    assertThat(bad.exit).isEqualTo(FicheCli.UNUSABLE);
    assertThat(bad.err).contains("--today").contains("12-02-2026");
  }

  @Test
  void plainValidateRunsWithoutPicocliExactlyAsThroughIt() throws IOException {
    Path valid = validText();
    Path invalid = invalidText();
    Path missing = dir.resolve("ontbreekt.txt");
    Path json = write("leeg.json", "{}");
    for (String[] files :
        new String[][] {
          {valid.toString()},
          {invalid.toString()},
          {valid.toString(), invalid.toString(), missing.toString()},
          {dir.toString()},
          {json.toString()}
        }) {
      String[] plain = new String[files.length + 1];
      plain[0] = "validate";
      System.arraycopy(files, 0, plain, 1, files.length);
      // The explicit defaults take the arguments through picocli.
      String[] parsed = new String[files.length + 5];
      parsed[0] = "validate";
      parsed[1] = "--profile";
      parsed[2] = "definitief";
      parsed[3] = "--lang";
      parsed[4] = "nl";
      System.arraycopy(files, 0, parsed, 5, files.length);
      assertThat(ValidateCommand.isPlain(plain)).isTrue();
      assertThat(ValidateCommand.isPlain(parsed)).isFalse();
      Run a = run(plain);
      Run b = run(parsed);
      assertThat(a.exit).as(String.join(" ", files)).isEqualTo(b.exit);
      assertThat(a.out).as(String.join(" ", files)).isEqualTo(b.out);
      assertThat(a.err).as(String.join(" ", files)).isEqualTo(b.err);
    }
    assertThat(ValidateCommand.isPlain(new String[] {"validate"})).isFalse();
    assertThat(ValidateCommand.isPlain(new String[] {"validate", "-"})).isFalse();
    assertThat(ValidateCommand.isPlain(new String[] {"validate", "@args.txt"})).isFalse();
    assertThat(ValidateCommand.isPlain(new String[] {"validate", ""})).isFalse();
    assertThat(ValidateCommand.isPlain(new String[] {"render", "a.txt"})).isFalse();
  }

  @Test
  void threadsChangeNothingButTheSpeed() throws IOException {
    // More files than the parallel window holds: valid, invalid and unusable ones, in a fixed
    // order.
    for (int i = 0; i < 30; i++) {
      String name = String.format(java.util.Locale.ROOT, "f%02d", i);
      if (i % 3 == 0) {
        Files.copy(validText(), dir.resolve(name + ".txt"));
      } else if (i % 3 == 1) {
        Files.copy(invalidText(), dir.resolve(name + ".txt"));
      } else {
        write(name + ".json", i % 2 == 0 ? "{\"fiches\": [" : "{}");
      }
    }
    for (String format : new String[] {"text", "json"}) {
      Run one = run("validate", "--format", format, "--threads", "1", dir.toString());
      for (String threads : new String[] {"2", "3", "8"}) {
        Run many = run("validate", "--format", format, "--threads", threads, dir.toString());
        assertThat(many.exit).as(format + " " + threads).isEqualTo(one.exit);
        assertThat(many.out).as(format + " " + threads).isEqualTo(one.out);
        assertThat(many.err).as(format + " " + threads).isEqualTo(one.err);
      }
      assertThat(one.exit).isEqualTo(2);
      assertThat(one.err).isNotEmpty();
    }
    assertThat(run("validate", dir.toString()).out)
        .isEqualTo(run("validate", "--threads", "1", dir.toString()).out);
  }

  @Test
  void threadsMustBeAtLeastOne() throws IOException {
    Run r = run("validate", "--lang", "en", "--threads", "0", validText().toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).isEqualTo("fiche: --threads must be at least 1, not 0.\n");
    assertThat(r.out).isEmpty();
  }

  @Test
  void errorsExitOneWithFileLineColumnRuleAndPath() throws IOException {
    Path file = invalidText();
    Run r = run("validate", "--lang", "en", file.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.out)
        .containsPattern(
            "(?m)^"
                + Pattern.quote(file.toString())
                + ":\\d+:\\d+: ERROR BNC-V-\\d{3} /fiches/0/essentie\\S* .+$");
    assertThat(r.out).contains("1 file checked: ");
  }

  @Test
  void conceptProfileSkipsCompleteness() throws IOException {
    Run r = run("validate", "--profile", "concept", invalidText().toString());
    assertThat(r.out).doesNotContain("BNC-V-");
    assertThat(r.exit).isZero();
  }

  @Test
  void jsonOutputHasTheDocumentedShape() throws IOException {
    Path file = invalidText();
    Run r = run("validate", "--format", "json", file.toString());
    assertThat(r.exit).isEqualTo(1);
    JsonNode tree = new ObjectMapper().readTree(r.out);
    JsonNode f = tree.get("files").get(0);
    assertThat(f.get("file").asText()).isEqualTo(file.toString());
    assertThat(f.get("valid").asBoolean()).isFalse();
    JsonNode issue = f.get("issues").get(0);
    assertThat(issue.get("rule").asText()).startsWith("BNC-");
    assertThat(issue.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
    assertThat(issue.get("path").asText()).startsWith("/");
    assertThat(issue.get("line").asInt()).isPositive();
    assertThat(issue.get("column").asInt()).isPositive();
    assertThat(issue.get("message").asText()).isNotBlank();
  }

  @Test
  void theReadersFindingsAreListedBeforeTheValidatorsInTextAndJson() throws IOException {
    // A line that belongs to no item of section 1, inserted after the section's heading.
    List<String> lines =
        new ArrayList<>(
            List.of(TextWriter.create().write(VoorbeeldFiches.mededeling()).split("\n", -1)));
    int heading = lines.indexOf("1. Algemene gegevens");
    assertThat(heading).isPositive();
    lines.add(heading + 1, "Een regel die bij geen onderdeel hoort.");
    Path file = write("verdwaald.txt", String.join("\n", lines));
    int line = heading + 2;

    Run text = run("validate", "--lang", "en", file.toString());
    assertThat(text.out)
        .containsPattern(
            "(?m)^"
                + Pattern.quote(file.toString())
                + ":"
                + line
                + ":1: WARNING BNC-R-003 /fiches/0/algemeneGegevens/overigeOnderdelen/0 item not"
                + " recognised: .+$");
    assertThat(text.out).contains("0 errors, 1 warning");
    assertThat(text.exit).isZero();

    Run json = run("validate", "--format", "json", file.toString());
    JsonNode issue = new ObjectMapper().readTree(json.out).get("files").get(0).get("issues").get(0);
    assertThat(issue.get("rule").asText()).isEqualTo("BNC-R-003");
    assertThat(issue.get("severity").asText()).isEqualTo("WARNING");
    assertThat(issue.get("line").asInt()).isEqualTo(line);
    assertThat(issue.get("message").asText()).startsWith("onderdeel niet herkend");
  }

  @Test
  void jsonInputIsReadByExtensionAndGetsPositionsToo() throws IOException {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    Fiche broken = ImmutableFiche.copyOf(doc.getFiches().get(0)).withTitel("");
    Path file = write("kapot.json", FicheJson.create().write(withFiche(doc, broken)));
    Run r = run("validate", file.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.out).containsPattern(":\\d+:\\d+: ERROR BNC-V-001 /fiches/0/titel ");
  }

  @Test
  void aDirectoryMeansEveryFicheFileInIt() throws IOException {
    validText();
    invalidText();
    write("notitie.md", "geen fiche");
    Run r = run("validate", dir.toString());
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.out).contains("2 bestanden gecontroleerd");
  }

  @Test
  void standardInputIsRead() throws IOException {
    byte[] text = Files.readAllBytes(validText());
    Run r = run(text, "validate", "-");
    assertThat(r.exit).as(r.out + r.err).isZero();
  }

  @Test
  void unusableInputsExitTwoWithOneLineAndNoStackTrace() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Fiche: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = write("leeg.txt", "");
    Path binary = dir.resolve("binair.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0x89, 'P', 'N', 'G'});
    Path broken = write("kapot.json", "{\"fiches\": [");
    Path unknown = write("fiche.odt", "x");
    Object[][] cases = {
      {latin1, "not UTF-8: byte 0xE9 at offset 10"},
      {empty, ""},
      {binary, ""},
      {broken, "broken JSON"},
      {unknown, "unknown format"},
      {dir.resolve("missing.txt"), "no such file"},
    };
    for (Object[] c : cases) {
      Run r = run("validate", "--lang", "en", c[0].toString());
      assertThat(r.exit).as(c[0] + ": " + r.err).isEqualTo(2);
      assertThat(r.err)
          .as(c[0].toString())
          .startsWith("fiche: " + c[0])
          .contains((String) c[1])
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
      assertThat(r.err.strip().lines().count()).as(r.err).isEqualTo(1);
    }
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreAccepted() throws IOException {
    String text = TextWriter.create().write(VoorbeeldFiches.mededeling()).replace("\n", "\r\n");
    Path file = dir.resolve("windows.txt");
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(file, withBom);
    Run r = run("validate", file.toString());
    assertThat(r.exit).as(r.out + r.err).isZero();
  }

  @Test
  void hostileJsonIsUnusableInputNotACrash() throws IOException {
    Object[][] cases = {
      {write("diep.json", "{\"fiches\": " + "[".repeat(200_000)), ""},
      {
        write("dubbel.json", "{\"fiches\": [{\"titel\": \"a\", \"titel\": \"b\"}]}"),
        "duplicate key"
      },
      {write("onbekend.json", "{\"fiches\": [{\"tittel\": \"a\"}]}"), "unknown field"},
      {write("type.json", "{\"fiches\": [{\"titel\": 12}]}"), "wrong type"},
    };
    for (Object[] c : cases) {
      Run r = run("validate", "--lang", "en", c[0].toString());
      assertThat(r.exit).as(c[0] + r.err).isEqualTo(2);
      assertThat(r.err).contains((String) c[1]).doesNotContain("\tat ");
      assertThat(r.err.strip().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void identifierLookAlikesOnOneLineFinish() throws IOException {
    String text =
        TextWriter.create()
            .write(VoorbeeldFiches.mededeling())
            .replace("COM(2026) 61 final", "COM(2026) 61 final" + " COM(".repeat(100_000));
    Run r = run("validate", write("lang.txt", text).toString());
    assertThat(r.exit).as(r.err).isIn(0, 1);
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    Path broken = write("kapot.json", "{\"fiches\": [");
    Run r = run("validate", "--debug", broken.toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("\tat ");
  }

  @Test
  void oversizedInputsAreRefusedBeforeReading() throws IOException {
    Path big = write("groot.txt", "x".repeat(5000));
    Run r = run("validate", "--lang", "en", "--max-size", "1000", big.toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("too large: 5000 bytes, at most 1000");
  }

  @Test
  void aFileThatNeverEndsIsReadOnlyUpToTheLimit() {
    // A device reports size 0 and never ends: it used to be read until the heap ran out.
    Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
    Run r = run("validate", "--lang", "en", "--from", "text", "--max-size", "1000", "/dev/zero");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("/dev/zero: too large: more than 1000 bytes (--max-size)");
  }

  @Test
  void standardInputIsReadOnlyUpToTheLimit() {
    Run r = run(new byte[5000], "validate", "--max-size", "1000", "-");
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains("-: te groot: meer dan 1000 bytes (--max-size)");
  }

  @Test
  void jsonOnStandardInputIsBoundedAndGetsPositionsToo() {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    Fiche broken = ImmutableFiche.copyOf(doc.getFiches().get(0)).withTitel("");
    byte[] json = FicheJson.create().write(withFiche(doc, broken)).getBytes(StandardCharsets.UTF_8);
    Run r = run(json, "validate", "--from", "json", "-");
    assertThat(r.exit).as(r.err).isEqualTo(1);
    assertThat(r.out).containsPattern("(?m)^-:\\d+:\\d+: ERROR BNC-V-001 /fiches/0/titel ");
    Run big = run(json, "validate", "--lang", "en", "--from", "json", "--max-size", "1000", "-");
    assertThat(big.exit).isEqualTo(2);
    assertThat(big.err.strip()).isEqualTo("fiche: -: too large: more than 1000 bytes (--max-size)");
  }

  @Test
  void aNegativeMaxSizeIsAUsageErrorNotAStackTrace() throws IOException {
    Path file = validText();
    Run validate = run("validate", "--lang", "en", "--max-size", "-1", file.toString());
    Run render = run("render", "--lang", "en", "--to", "text", "--max-size", "-1", file.toString());
    for (Run r : new Run[] {validate, render}) {
      assertThat(r.exit).isEqualTo(2);
      assertThat(r.err.strip()).isEqualTo("fiche: --max-size must be at least 1, not -1.");
    }
  }

  @Test
  void renderWritesEveryFormat() throws IOException {
    Path file = validText();
    String title = VoorbeeldFiches.mededeling().getFiches().get(0).getTitel();
    for (String to : new String[] {"text", "markdown", "html", "json"}) {
      Run r = run("render", "--to", to, file.toString());
      assertThat(r.exit).as(to + r.err).isZero();
      assertThat(r.out).as(to).contains(title.substring(0, 10));
    }
    Run text = run("render", "--to", "text", file.toString());
    assertThat(text.out).isEqualTo(Files.readString(file));
    Path out = dir.resolve("uit.html");
    assertThat(run("render", "--to", "html", "-o", out.toString(), file.toString()).exit).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void renderJsonRoundTripsThroughValidate() throws IOException {
    Run json = run("render", "--to", "json", validText().toString());
    Path file = write("geldig.json", json.out);
    Run r = run("validate", file.toString());
    assertThat(r.exit).as(r.out + r.err).isZero();
  }

  @Test
  void rulesListsTheCatalogue() throws IOException {
    Run text = run("rules");
    assertThat(text.exit).isZero();
    assertThat(text.out).contains("BNC-V-001").contains("MOET");
    Run json = run("rules", "--format", "json");
    JsonNode rules = new ObjectMapper().readTree(json.out).get("rules");
    assertThat(rules.size()).isGreaterThan(10);
    assertThat(rules.get(0).get("id").asText()).startsWith("BNC-");
    assertThat(rules.get(0).get("nl").asText()).isNotBlank();
    assertThat(rules.get(0).get("en").asText()).isNotBlank();
  }

  @Test
  void helpVersionAndUsageErrors() {
    assertThat(run("--help").exit).isZero();
    assertThat(run("validate", "--help").out).contains("--profile").contains("Afsluitcodes");
    assertThat(run("--version").out).startsWith("fiche ");
    Run bad = run("validate", "--profile", "streng", "x.txt");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("streng").contains("fiche validate --help");
    assertThat(run().exit).isEqualTo(2);
    assertThat(run("generate-completion").out).contains("complete");
  }

  @Test
  void hostileTitlesCannotForgeOutputLines() throws IOException {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    String json = FicheJson.create().write(doc);
    String title = doc.getFiches().get(0).getTitel();
    Path file = write("f.json", json.replace("\"" + title + "\"", "\"x\\u202Ey\\nERROR forged\""));
    Run r = run("validate", file.toString());
    assertThat(r.out + r.err).doesNotContain("\u202E").doesNotContain("\nERROR forged");
  }
}
