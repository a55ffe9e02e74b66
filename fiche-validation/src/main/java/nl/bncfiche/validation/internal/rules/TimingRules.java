package nl.bncfiche.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Timing;
import nl.bncfiche.validation.internal.Walk;

/**
 * Timing (family T): a fiche is due within six weeks of the Commission document, three for the
 * packages of the multiannual financial framework (MFK); the four weeks of the EU institutions'
 * summer recess do not count; a delay letter explains an overrun; a fiche comes before the first
 * Council discussion; and a legislative fiche that comes after the national parliaments' eight
 * weeks for a subsidiarity objection is worth knowing. The letter's date is the date line of the
 * Kamerstuk header; without it, or with a month-only date, these rules do not apply.
 */
public final class TimingRules {
  /** At most six weeks between the Commission document and the letter. */
  public static final String ZES_WEKEN = "BNC-T-001";

  /** At most three weeks for a fiche of an MFK package. */
  public static final String DRIE_WEKEN = "BNC-T-002";

  /** The letter comes before the first Council discussion. */
  public static final String RAAD = "BNC-T-003";

  /** The letter comes after the national parliaments' eight weeks. */
  public static final String SUBSIDIARITEITSTERMIJN = "BNC-T-004";

  /** The six-week term in days. */
  public static final int TERM_DAYS = 42;

  /** The three-week term in days. */
  public static final int SHORT_TERM_DAYS = 21;

  /** The national parliaments' term for a reasoned opinion on subsidiarity, in days. */
  public static final int SUBSIDIARITY_DAYS = 56;

  private static final String UITSTEL_NL = "met een uitstelbrief (ingesteld op de validator)";
  private static final String UITSTEL_EN = "with a delay letter (set on the validator)";
  private static final String TERM_NL =
      "Tussen {0} en de brief van {1} liggen {2} dagen, het zomerreces niet meegeteld; de termijn is"
          + " {3} dagen; uitstelbrief: {4}.";
  private static final String TERM_EN =
      "{2} days, the summer recess not counted, lie between {0} and the letter of {1}; the term is"
          + " {3} days; delay letter: {4}.";

  private TimingRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                ZES_WEKEN,
                Severity.WARNING,
                Profile.CONCEPT,
                "Tussen de ontvangst van het Commissiedocument (1b) en de datum van de brief MOETEN ten"
                    + " hoogste zes weken liggen; de vier weken van het zomerreces van de Europese"
                    + " instellingen tellen niet mee. Fiches onder de termijn van drie weken volgen"
                    + " BNC-T-002.",
                "At most six weeks MUST lie between the receipt of the Commission document (1b) and"
                    + " the letter's date; the four weeks of the EU institutions' summer recess do not"
                    + " count. Fiches under the three-week term follow BNC-T-002.",
                TERM_NL,
                TERM_EN,
                (doc, out) -> term(doc, out, false))
            .reduced(Severity.INFO, UITSTEL_NL, UITSTEL_EN)
            .source(Sources.TERMIJN),
        Rule.of(
                DRIE_WEKEN,
                Severity.WARNING,
                Profile.CONCEPT,
                "Voor een fiche van een pakket van het meerjarig financieel kader (MFK) MOETEN tussen de"
                    + " ontvangst van het Commissiedocument (1b) en de datum van de brief ten hoogste"
                    + " drie weken liggen, het zomerreces niet meegeteld. Zo'n fiche heeft een titel die"
                    + " met MFK begint, of de aanroeper markeert het pakket.",
                "For a fiche of a package of the multiannual financial framework (MFK) at most three"
                    + " weeks MUST lie between the receipt of the Commission document (1b) and the"
                    + " letter's date, the summer recess not counted. Such a fiche has a title starting"
                    + " with MFK, or the caller marks the package.",
                TERM_NL,
                TERM_EN,
                (doc, out) -> term(doc, out, true))
            .reduced(Severity.INFO, UITSTEL_NL, UITSTEL_EN)
            .source(Sources.DRIE_WEKEN),
        Rule.of(
                RAAD,
                Severity.WARNING,
                Profile.CONCEPT,
                "De brief MOET gedateerd zijn vóór de eerste bespreking van het voorstel in de Raad,"
                    + " wanneer de aanroeper die datum opgeeft.",
                "The letter MUST be dated before the first discussion of the proposal in the Council,"
                    + " when the caller gives that date.",
                "De brief van {0} is niet gedateerd vóór de eerste bespreking in de Raad op {1}.",
                "The letter of {0} is not dated before the first Council discussion on {1}.",
                TimingRules::council)
            .requires("firstCouncilDiscussion")
            .source(Sources.TERMIJN),
        Rule.of(
                SUBSIDIARITEITSTERMIJN,
                Severity.INFO,
                Profile.CONCEPT,
                "De brief bij een fiche over wetgeving MOET gedateerd zijn binnen acht weken na 1b: de"
                    + " termijn waarin nationale parlementen een met redenen omkleed advies over de"
                    + " subsidiariteit kunnen uitbrengen.",
                "The letter of a legislative fiche MUST be dated within eight weeks of 1b: the term in"
                    + " which national parliaments can give a reasoned opinion on subsidiarity.",
                "De brief van {1} komt meer dan acht weken na {0}: de termijn voor een"
                    + " subsidiariteitsbezwaar van de Kamer is dan verstreken.",
                "The letter of {1} comes more than eight weeks after {0}: the term for the chamber's"
                    + " subsidiarity objection has then passed.",
                TimingRules::subsidiarity)
            .source(Sources.SUBSIDIARITEIT));
  }

  /** The letter's date: the header's date line, when it is a whole date. */
  private static Optional<LocalDate> letter(KamerstukDocument doc) {
    return doc.getKop()
        .flatMap(k -> k.getDatum())
        .flatMap(Parsed::getValue)
        .flatMap(NederlandseDatum::getDate);
  }

  /** The received date (1b), when it is a whole date. */
  private static Optional<LocalDate> received(Fiche f) {
    return f.getAlgemeneGegevens()
        .flatMap(AlgemeneGegevens::getDatumOntvangst)
        .flatMap(Parsed::getValue)
        .flatMap(NederlandseDatum::getDate);
  }

  /** The six-week term ({@code shortTerm} false) or the three-week term (true), per fiche. */
  private static void term(KamerstukDocument doc, Findings out, boolean shortTerm) {
    Optional<LocalDate> letter = letter(doc);
    if (letter.isEmpty()) {
      return;
    }
    Timing timing = out.settings().timing();
    Walk.fiches(
        doc,
        (f, p) -> {
          if (isShortTerm(doc, f, timing) != shortTerm) {
            return;
          }
          Optional<LocalDate> received = received(f);
          if (received.isEmpty()) {
            return;
          }
          long days = timing.countedDays(received.get(), letter.get());
          int term = shortTerm ? SHORT_TERM_DAYS : TERM_DAYS;
          if (days > term) {
            out.report(
                timing.delayLetter().isPresent(),
                p.fields("algemeneGegevens", "datumOntvangst"),
                NederlandseDatum.of(received.get()).toString(),
                NederlandseDatum.of(letter.get()).toString(),
                Long.toString(days),
                Integer.toString(term),
                timing.delayLetter().orElse("—"));
          }
        });
  }

  /**
   * Whether the three-week term applies: the caller marked the package, or the fiche's title (or
   * the letter's entry of this Kamerstuk's fiche) starts with "MFK".
   */
  static boolean isShortTerm(KamerstukDocument doc, Fiche f, Timing timing) {
    if (timing.threeWeeks() || isMfkTitle(f.getTitel())) {
      return true;
    }
    if (!Walk.isPublished(doc) || doc.getBrief().isEmpty()) {
      return false;
    }
    BriefVermelding own = null;
    for (BriefVermelding v : doc.getBrief().get().getVermeldingen()) {
      if (v.getReferentie().isEmpty()) {
        if (own != null) {
          return false;
        }
        own = v;
      }
    }
    return own != null
        && (own.getVoorvoegsel().filter(x -> x.strip().equalsIgnoreCase("MFK")).isPresent()
            || isMfkTitle(own.getTitel()));
  }

  /** Whether a title is marked as the MFK package's: "MFK – …", "MFK - …", "MFK: …", "[MFK] …". */
  static boolean isMfkTitle(String titel) {
    String t = titel.strip();
    if (t.length() > 4 && t.substring(0, 5).toUpperCase(Locale.ROOT).equals("[MFK]")) {
      return true;
    }
    if (t.length() < 5 || !t.substring(0, 3).toUpperCase(Locale.ROOT).equals("MFK")) {
      return false;
    }
    char c = t.charAt(3);
    char d = t.charAt(4);
    return c == ':' || (c == ' ' && (d == '-' || d == '\u2013' || d == '\u2014' || d == ':'));
  }

  private static void council(KamerstukDocument doc, Findings out) {
    Optional<LocalDate> council = out.settings().timing().firstCouncil();
    Optional<LocalDate> letter = letter(doc);
    if (council.isEmpty() || letter.isEmpty() || letter.get().isBefore(council.get())) {
      return;
    }
    out.report(
        NodePath.root().fields("kop", "datum"),
        NederlandseDatum.of(letter.get()).toString(),
        NederlandseDatum.of(council.get()).toString());
  }

  private static void subsidiarity(KamerstukDocument doc, Findings out) {
    Optional<LocalDate> letter = letter(doc);
    if (letter.isEmpty()) {
      return;
    }
    Walk.fiches(
        doc,
        (f, p) -> {
          Optional<LocalDate> received = received(f);
          if (f.getSjabloon().orElse(null) == Sjabloon.WETGEVING
              && received.isPresent()
              && letter.get().isAfter(received.get().plusDays(SUBSIDIARITY_DAYS))) {
            out.report(
                p.fields("algemeneGegevens", "datumOntvangst"),
                NederlandseDatum.of(received.get()).toString(),
                NederlandseDatum.of(letter.get()).toString());
          }
        });
  }

  /**
   * Days after {@code from} up to and including {@code to}, without the days of the default summer
   * recess; 0 if not after.
   */
  public static long countedDays(LocalDate from, LocalDate to) {
    return Timing.DEFAULT.countedDays(from, to);
  }
}
