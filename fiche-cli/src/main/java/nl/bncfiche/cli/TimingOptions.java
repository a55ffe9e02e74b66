package nl.bncfiche.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.bncfiche.validation.FicheValidator;
import picocli.CommandLine.Option;

/**
 * {@code fiche validate}'s options for the timing rules (BNC-T-001 to BNC-T-003): what the
 * validator's builder takes, so that the secretariat can check a batch against the real recess, a
 * delay letter or the Council's agenda from the command line.
 */
final class TimingOptions {
  @Option(
      names = "--summer-recess",
      paramLabel = "jjjj-mm-dd..jjjj-mm-dd",
      descriptionKey = "validate.summer-recess",
      description =
          "Het zomerreces van de EU-instellingen in één jaar, dat de termijnen niet tellen; mag"
              + " voor meer jaren herhaald worden (standaard: week 31 tot en met 34).")
  List<String> summerRecesses = new ArrayList<>();

  @Option(
      names = "--three-week-term",
      descriptionKey = "validate.three-week-term",
      description = "De termijn van drie weken voor elke fiche, zoals bij een MFK-pakket.")
  boolean threeWeekTerm;

  @Option(
      names = "--delay-letter",
      paramLabel = "VERWIJZING",
      descriptionKey = "validate.delay-letter",
      description =
          "Een uitstelbrief verklaart de vertraging: een late fiche wordt dan INFO en noemt deze"
              + " brief (bijvoorbeeld \"Kamerstuk 22 112, nr. 4183\").")
  String delayLetter;

  @Option(
      names = "--first-council",
      paramLabel = "jjjj-mm-dd",
      descriptionKey = "validate.first-council",
      description = "De eerste bespreking van het voorstel in de Raad (BNC-T-003).")
  LocalDate firstCouncil;

  /** A recess as the command line gives it, parsed; a record so that tests read well. */
  record Recess(LocalDate firstDay, LocalDate lastDay) {}

  /**
   * What is wrong with the options, in Dutch or English and without "fiche: ", or null when they
   * are usable. Checked before any input is read, so that a typo is not found after a long batch.
   */
  String problem(boolean dutch) {
    Set<Integer> years = new HashSet<>();
    for (String r : summerRecesses) {
      Recess recess = recess(r);
      if (recess == null) {
        return dutch
            ? "ongeldige waarde '"
                + r
                + "' voor --summer-recess; verwacht jjjj-mm-dd..jjjj-mm-dd, zoals"
                + " 2026-07-27..2026-08-23"
            : "invalid value '"
                + r
                + "' for --summer-recess; expected yyyy-mm-dd..yyyy-mm-dd, such as"
                + " 2026-07-27..2026-08-23";
      }
      if (recess.firstDay().getYear() != recess.lastDay().getYear()
          || recess.lastDay().isBefore(recess.firstDay())
          || ChronoUnit.DAYS.between(recess.firstDay(), recess.lastDay()) >= 70) {
        return dutch
            ? "--summer-recess "
                + r
                + ": een zomerreces duurt hoogstens tien weken, binnen één jaar, en eindigt niet"
                + " voor het begint"
            : "--summer-recess "
                + r
                + ": a summer recess lasts at most ten weeks, within one year, and does not end"
                + " before it starts";
      }
      if (!years.add(recess.firstDay().getYear())) {
        return dutch
            ? "--summer-recess noemt " + recess.firstDay().getYear() + " twee keer"
            : "--summer-recess names " + recess.firstDay().getYear() + " twice";
      }
    }
    if (delayLetter != null && (delayLetter.isBlank() || delayLetter.length() > 200)) {
      return dutch
          ? "--delay-letter noemt de brief in 1 tot 200 tekens"
          : "--delay-letter names the letter in 1 to 200 characters";
    }
    return null;
  }

  /** Whether any timing option was given. */
  boolean any() {
    return !summerRecesses.isEmpty()
        || threeWeekTerm
        || delayLetter != null
        || firstCouncil != null;
  }

  /** The options applied to {@code builder}; call only when {@link #problem} found none. */
  FicheValidator.Builder applyTo(FicheValidator.Builder builder) {
    for (String r : summerRecesses) {
      Recess recess = recess(r);
      builder.summerRecess(recess.firstDay(), recess.lastDay());
    }
    if (threeWeekTerm) {
      builder.threeWeekTerm();
    }
    if (delayLetter != null) {
      builder.delayLetter(delayLetter);
    }
    if (firstCouncil != null) {
      builder.firstCouncilDiscussion(firstCouncil);
    }
    return builder;
  }

  /** "2026-07-27..2026-08-23" parsed, or null when it is not two ISO dates joined by "..". */
  static Recess recess(String value) {
    int dots = value.indexOf("..");
    if (dots < 0) {
      return null;
    }
    try {
      return new Recess(
          LocalDate.parse(value.substring(0, dots).strip()),
          LocalDate.parse(value.substring(dots + 2).strip()));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
