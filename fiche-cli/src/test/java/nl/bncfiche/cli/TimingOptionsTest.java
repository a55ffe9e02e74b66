package nl.bncfiche.cli;

import static nl.bncfiche.cli.FicheCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.cli.FicheCliTest.Run;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fiche validate}'s timing options reach the timing rules. The sample fiche's Commission
 * document was received on 12 February 2026 and its letter is dated 13 March 2026: 29 days, in time
 * for the six-week term and late for the three-week one.
 */
class TimingOptionsTest {
  @TempDir Path dir;
  private String fiche;

  @BeforeEach
  void writeSample() throws IOException {
    Path p = dir.resolve("fiche.txt");
    Files.writeString(
        p, TextWriter.create().write(VoorbeeldFiches.mededeling()), StandardCharsets.UTF_8);
    fiche = p.toString();
  }

  /** "RULE SEVERITY" of every timing finding in a text report. */
  private static List<String> timing(Run r) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(INFO|WARNING|ERROR) (BNC-T-\\d{3})").matcher(r.out);
    while (m.find()) {
      found.add(m.group(2) + " " + m.group(1));
    }
    return found;
  }

  @Test
  void withoutOptionsTheSampleIsInTime() {
    Run r = run("validate", fiche);
    assertThat(r.exit).as(r.err).isZero();
    assertThat(timing(r)).isEmpty();
  }

  @Test
  void threeWeekTermMakesTheSampleLateAndADelayLetterMakesThatInfo() {
    Run late = run("validate", "--three-week-term", fiche);
    assertThat(late.exit).as(late.err).isZero();
    assertThat(timing(late)).containsExactly("BNC-T-002 WARNING");

    Run explained =
        run("validate", "--three-week-term", "--delay-letter", "Kamerstuk 22 112, nr. 9001", fiche);
    assertThat(timing(explained)).containsExactly("BNC-T-002 INFO");
    assertThat(explained.out).contains("Kamerstuk 22 112, nr. 9001");
  }

  @Test
  void aSummerRecessIsNotCounted() {
    // Nearly four weeks of recess between receipt and letter: the term is kept even at three weeks.
    Run r =
        run(
            "validate",
            "--three-week-term",
            "--summer-recess",
            "2026-02-14..2026-03-08",
            "--summer-recess",
            "2025-07-28..2025-08-24",
            fiche);
    assertThat(r.exit).as(r.err).isZero();
    assertThat(timing(r)).isEmpty();
  }

  @Test
  void aCouncilDiscussionBeforeTheLetterIsReported() {
    assertThat(timing(run("validate", "--first-council", "2026-03-01", fiche)))
        .containsExactly("BNC-T-003 WARNING");
    assertThat(timing(run("validate", "--first-council", "2026-04-01", fiche))).isEmpty();
  }

  @Test
  void unusableValuesAreUsageErrorsBeforeAnyInputIsRead() {
    assertUsageError(
        run("validate", "--summer-recess", "2026-07-27", fiche),
        "ongeldige waarde '2026-07-27' voor --summer-recess; verwacht jjjj-mm-dd..jjjj-mm-dd");
    assertUsageError(
        run("validate", "--lang", "en", "--summer-recess", "2026-12-01..2027-01-10", fiche),
        "--summer-recess 2026-12-01..2027-01-10: a summer recess lasts at most ten weeks, within"
            + " one year");
    assertUsageError(
        run("validate", "--summer-recess", "2026-08-30..2026-08-01", fiche),
        "eindigt niet voor het begint");
    assertUsageError(
        run(
            "validate",
            "--summer-recess",
            "2026-07-27..2026-08-23",
            "--summer-recess",
            "2026-07-20..2026-08-16",
            fiche),
        "--summer-recess noemt 2026 twee keer");
    assertUsageError(
        run("validate", "--delay-letter", " ", fiche),
        "--delay-letter noemt de brief in 1 tot 200 tekens");
    assertUsageError(
        run("validate", "--first-council", "1-3-2026", fiche),
        "ongeldige datum '1-3-2026' voor --first-council; verwacht jjjj-mm-dd");
    // A bad option is found before a missing file.
    assertUsageError(
        run("validate", "--summer-recess", "x", dir.resolve("absent.txt").toString()),
        "--summer-recess");
  }

  private static void assertUsageError(Run r, String message) {
    assertThat(r.exit).as(r.out).isEqualTo(FicheCli.UNUSABLE);
    assertThat(r.err).startsWith("fiche: ").contains(message);
    assertThat(r.out).isEmpty();
  }
}
