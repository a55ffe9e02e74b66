package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No input reaches a terminal as a control: every line on either stream goes through one escaping
 * function, and lines end in {@code \n} whatever {@code line.separator} says.
 */
class TerminalSafetyTest {
  /** Clears the screen, sets the window title, a C1 CSI, a BEL, and forges a line. */
  static final String HOSTILE =
      "x\u001B[2J\u001B]0;titel\u0007\u009B31m\u202E\nfiche: vals.txt:1:1: ERROR BNC-V-001";

  @TempDir Path dir;

  /** Fails when {@code s} holds a character a terminal acts on, other than the line ends. */
  static void assertTerminalSafe(String what, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      assertThat(control || bidi || c == '\u2028' || c == '\u2029')
          .as("%s: U+%04X at %d in %s", what, (int) c, i, s)
          .isFalse();
    }
    assertThat(s).as(what).doesNotContain("\nfiche: vals.txt");
  }

  private static void assertEveryLineIsOurs(String what, String err) {
    for (String line : err.split("\n", -1)) {
      if (!line.isEmpty()) {
        assertThat(line).as(what).startsWith("fiche: ");
      }
    }
  }

  @Test
  void aHostileFileNameIsEscapedOnBothStreams() throws IOException {
    String name = HOSTILE.replace('/', '_') + ".txt";
    Path missing = dir.resolve("ontbreekt" + name);
    Path invalid = dir.resolve(name);
    Files.writeString(invalid, "geen fiche", StandardCharsets.UTF_8);
    Path valid = dir.resolve("geldig" + name);
    Files.writeString(valid, TextWriter.create().write(VoorbeeldFiches.mededeling()));
    String[][] commands = {
      {"validate", missing.toString()},
      {"validate", "--format", "json", missing.toString()},
      {"validate", invalid.toString()},
      {"validate", "--lang", "en", dir.toString()},
      {"validate", "--format", "json", dir.toString()},
      {"validate", "--today", "2026-02-01", valid.toString()},
      {"render", "--to", "text", missing.toString()},
      {"render", "--to", "text", "-o", dir.resolve("uit" + name).toString(), invalid.toString()},
      {"validate", "--profile", HOSTILE, valid.toString()},
      {"validate", "--bogus" + HOSTILE, valid.toString()},
      {HOSTILE},
    };
    for (String[] args : commands) {
      FicheCliTest.Run r = FicheCliTest.run(args);
      String what = String.join(" ", args);
      assertTerminalSafe(what + " (out)", r.out);
      assertTerminalSafe(what + " (err)", r.err);
      assertThat(r.err + r.out).as(what).contains("\\u001B");
    }
  }

  @Test
  void hostileJsonFieldNamesAndValuesAreEscaped() throws IOException {
    String escaped = FicheJson.create().write(VoorbeeldFiches.mededeling());
    String hostile = HOSTILE.replace("\\", "\\\\").replace("\n", "\\n");
    Path[] files = {
      write("veld.json", "{\"" + hostile + "\": 1}"),
      write("sjabloon.json", "{\"fiches\": [{\"sjabloon\": \"" + hostile + "\"}]}"),
      write("getal.json", "{\"brief\": {\"aangekondigdAantal\": \"" + hostile + "\"}}"),
      write(
          "titel.json",
          escaped.replaceFirst("\"titel\" : \"[^\"]*\"", "\"titel\" : \"" + hostile + "\"")),
      write("kapot.json", "{\"fiches\": [" + hostile),
    };
    for (Path f : files) {
      for (String format : new String[] {"text", "json"}) {
        FicheCliTest.Run r = FicheCliTest.run("validate", "--format", format, f.toString());
        assertTerminalSafe(f + " " + format + " (out)", r.out);
        assertTerminalSafe(f + " " + format + " (err)", r.err);
        assertEveryLineIsOurs(f.toString(), r.err);
      }
      FicheCliTest.Run r = FicheCliTest.run("render", "--to", "json", f.toString());
      assertTerminalSafe(f + " render (out)", r.out);
      assertTerminalSafe(f + " render (err)", r.err);
    }
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void linesEndInNewlineWhateverLineSeparatorSays() throws Exception {
    Path valid = dir.resolve("geldig.txt");
    Files.writeString(valid, TextWriter.create().write(VoorbeeldFiches.mededeling()));
    Path invalid = write("kapot.txt", "geen fiche");
    String[][] commands = {
      {"validate", "--today", "2026-02-01", valid.toString(), invalid.toString()},
      {"validate", valid.toString(), dir.resolve("ontbreekt.txt").toString()},
      {"validate", "--format", "json", valid.toString()},
      {"rules"},
      {"--help"},
      {"validate", "--bogus"},
      {"render", "--to", "text", valid.toString()},
    };
    for (String[] args : commands) {
      FicheCliTest.Run r = CliProcess.in(dir).jvm("-Dline.separator=\r\n").run(args);
      assertThat(r.out + r.err).as(String.join(" ", args)).isNotEmpty().doesNotContain("\r");
    }
  }
}
