package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages: Dutch unless {@code --lang en}, picocli's usage errors included; no class or setting of
 * any library; of a document at most a field name's first 40 characters; a position for every error
 * in an input.
 */
class MessagesTest {
  /** Words of picocli's, Jackson's and the JDK's own messages, and names of their classes. */
  private static final Pattern FOREIGN =
      Pattern.compile(
          "\\$|`|java\\.|jackson|picocli|Exception|Coercion|StreamReadConstraints|JsonToken"
              + "|Unknown option|Missing required|Invalid value|Unmatched|Try '|Cannot |deserialize"
              + "|\\(code \\d+\\)|Source:");

  private static final String SECRET = "geheimeinhoudvandefiche".repeat(10);

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void usageErrorsAreDutchByDefaultAndEnglishOnRequest() {
    String[][] cases = {
      {
        "",
        "fiche: geef een opdracht: validate, render, rules of serve",
        "Zie 'fiche --help' voor hulp."
      },
      {"validate", "fiche: invoer ontbreekt: FILE|DIR|-", "Zie 'fiche validate --help' voor hulp."},
      {"validate --bogus x.txt", "fiche: onbekende optie '--bogus'", null},
      {
        "validate --profile streng x.txt",
        "fiche: ongeldige waarde 'streng' voor --profile; kies concept|definitief",
        null
      },
      {
        "render x.txt", "fiche: verplichte optie ontbreekt: --to text|markdown|html|json|docx", null
      },
      {
        "validate --threads abc x.txt",
        "fiche: ongeldige waarde 'abc' voor --threads; verwacht een geheel getal",
        null
      },
      {
        "validate --today 2026-13-01 x.txt",
        "fiche: ongeldige datum '2026-13-01' voor --today; verwacht jjjj-mm-dd",
        null
      },
      {"render --to text a.txt b.txt", "fiche: te veel argumenten: 'b.txt'", null},
      {"bogus", "fiche: onbekende opdracht 'bogus'; kies validate, render, rules of serve", null},
      {"validate --lang", "fiche: --lang mist een waarde (nl|en)", null},
      {
        "validate --format json --format text x.txt",
        "fiche: --format mag maar één keer worden gegeven",
        null
      },
    };
    for (String[] c : cases) {
      String[] args = c[0].isEmpty() ? new String[0] : c[0].split(" ");
      FicheCliTest.Run r = FicheCliTest.run(args);
      assertThat(r.exit).as(c[0]).isEqualTo(2);
      String[] lines = r.err.split("\n");
      assertThat(lines).as(c[0]).hasSize(2);
      assertThat(lines[0]).as(c[0]).isEqualTo(c[1]);
      if (c[2] != null) {
        assertThat(lines[1]).isEqualTo(c[2]);
      }
      assertThat(FOREIGN.matcher(r.err).find()).as(r.err).isFalse();
    }
    FicheCliTest.Run english = FicheCliTest.run("validate", "--lang", "en", "--profile", "x", "y");
    assertThat(english.err)
        .isEqualTo(
            """
            fiche: invalid value 'x' for --profile; choose concept|definitief
            See 'fiche validate --help' for help.
            """);
  }

  @Test
  void helpIsDutchByDefaultAndEnglishOnRequest() {
    String[][] commands = {
      {"--help"}, {"validate", "--help"}, {"render", "--help"}, {"rules", "--help"}
    };
    for (String[] args : commands) {
      FicheCliTest.Run nl = FicheCliTest.run(args);
      assertThat(nl.exit).isZero();
      assertThat(nl.out)
          .as(String.join(" ", args))
          .startsWith("Gebruik: fiche")
          .contains("Toon deze hulp en stop.")
          .doesNotContain("Show this help")
          .doesNotContain("Usage:")
          .doesNotContain("Exit codes");
    }
    for (String command : new String[] {"validate", "render", "rules"}) {
      FicheCliTest.Run en = FicheCliTest.run(command, "--lang", "en", "--help");
      assertThat(en.out)
          .as(command)
          .startsWith("Usage: fiche " + command)
          .contains("Show this help message and exit.")
          .doesNotContain("Toon")
          .doesNotContain("standaard");
    }
    assertThat(FicheCliTest.run("validate", "--lang", "en", "--help").out)
        .contains("Exit codes:")
        .contains("Inputs checked at the same time");
  }

  @Test
  void inputErrorsNameTheirPlaceInOurOwnWords() throws IOException {
    byte[] latin1 = "Fiche:\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Path notUtf8 = dir.resolve("latin1.txt");
    Files.write(notUtf8, latin1);
    Path[] inputs = {
      write("leeg.txt", ""),
      write("leeg.json", ""),
      notUtf8,
      write("type.json", "{\"fiches\": [{\"titel\": 12}]}"),
      write("coercion.json", "{\"brief\": {\"aangekondigdAantal\": \"drie\"}}"),
      write("klasse.json", "{\"fiches\": [{\"essentie\": {\"inhoud\": \"x\"}}]}"),
      write("enum.json", "{\"fiches\": [{\"sjabloon\": \"" + SECRET + "\"}]}"),
      write("veld.json", "{\"" + SECRET + "\": 1}"),
      write("woord.json", "{\"fiches\": [" + SECRET + "]}"),
      write("lang.json", "{\"fiches\": [{\"titel\": \"" + "x".repeat(5_000_001) + "\"}]}"),
      write("getal.json", "{\"brief\": {\"aangekondigdAantal\": 1" + "0".repeat(30) + "}}"),
      write("kapot.json", "{\"fiches\": ["),
      write("dubbel.json", "{\"fiches\": [{\"titel\": \"a\", \"titel\": \"b\"}]}"),
      write("geen-fiche.txt", "Dit is een boodschappenlijst.\nMelk, brood, kaas.\n"),
    };
    for (Path input : inputs) {
      for (String lang : new String[] {"nl", "en"}) {
        FicheCliTest.Run r = FicheCliTest.run("validate", "--lang", lang, input.toString());
        String what = input.getFileName() + " " + lang;
        assertThat(r.exit).as(what).isEqualTo(2);
        assertThat(r.err).as(what).matches(Pattern.quote("fiche: " + input) + ":\\d+:\\d+: .+\n");
        assertThat(r.err).as(what).doesNotContain(":0:").doesNotContain(SECRET.substring(0, 41));
        assertThat(FOREIGN.matcher(r.err).find()).as(r.err).isFalse();
      }
      FicheCliTest.Run nl = FicheCliTest.run("validate", input.toString());
      assertThat(nl.err)
          .as(input.toString())
          .doesNotContain("expected")
          .doesNotContain("wrong")
          .doesNotContain("broken")
          .doesNotContain(" at /");
    }
  }
}
