package nl.bncfiche.validation.internal.rules;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Walk;

/**
 * Timing (family T): a fiche is due within six weeks of the Commission document; the August recess
 * does not count. The letter's date is the date line of the Kamerstuk header; without it, or with a
 * month-only date, the rule does not apply.
 */
public final class TimingRules {
  /** At most six weeks between the Commission document and the letter. */
  public static final String ZES_WEKEN = "BNC-T-001";

  /** The term in days. */
  public static final int TERM_DAYS = 42;

  private TimingRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                ZES_WEKEN,
                Severity.WARNING,
                Profile.CONCEPT,
                "Tussen de ontvangst van het Commissiedocument (1b) en de datum van de brief MOETEN ten hoogste"
                    + " zes weken liggen; het augustusreces telt niet mee.",
                "At most six weeks MUST lie between the receipt of the Commission document (1b) and the"
                    + " letter's date; the August recess does not count.",
                "Tussen {0} en de brief van {1} liggen {2} dagen (zonder augustus); de termijn is 42 dagen.",
                "{2} days (August excluded) lie between {0} and the letter of {1}; the term is 42 days.",
                (doc, out) -> {
                  Optional<LocalDate> letter =
                      doc.getKop()
                          .flatMap(k -> k.getDatum())
                          .flatMap(Parsed::getValue)
                          .flatMap(NederlandseDatum::getDate);
                  if (letter.isEmpty()) {
                    return;
                  }
                  Walk.fiches(
                      doc,
                      (f, p) ->
                          f.getAlgemeneGegevens()
                              .flatMap(AlgemeneGegevens::getDatumOntvangst)
                              .flatMap(Parsed::getValue)
                              .flatMap(NederlandseDatum::getDate)
                              .ifPresent(
                                  received -> {
                                    long days = countedDays(received, letter.get());
                                    if (days > TERM_DAYS) {
                                      out.report(
                                          p.fields("algemeneGegevens", "datumOntvangst"),
                                          NederlandseDatum.of(received).toString(),
                                          NederlandseDatum.of(letter.get()).toString(),
                                          Long.toString(days));
                                    }
                                  }));
                })
            .source(Sources.TERMIJN));
  }

  /**
   * Days after {@code from} up to and including {@code to}, without days in August; 0 if not after.
   */
  public static long countedDays(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(from, to);
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate start = LocalDate.of(year, Month.AUGUST, 1);
      LocalDate end = LocalDate.of(year, Month.AUGUST, 31);
      // overlap of (from, to] with [start, end]
      LocalDate lo = from.plusDays(1).isAfter(start) ? from.plusDays(1) : start;
      LocalDate hi = to.isBefore(end) ? to : end;
      if (!hi.isBefore(lo)) {
        days -= ChronoUnit.DAYS.between(lo, hi) + 1;
      }
    }
    return days;
  }
}
