package nl.bncfiche.validation.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.IdentifierParseException;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.ParseError;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.ReferenceReading;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.Walk;

/**
 * Formats (family F): identifiers that parse and dates that exist. A value that could not be read
 * is reported verbatim, with the position where reading failed.
 */
public final class FormatRules {
  /** Item 1c holds Commission document numbers. */
  public static final String COMMISSIEDOCUMENT = "BNC-F-001";

  /** Item 1d names well-formed CELEX numbers. */
  public static final String CELEX = "BNC-F-002";

  /** Procedure numbers are well-formed. */
  public static final String PROCEDURE = "BNC-F-003";

  /** The cover letter's Kamerstuk references are well-formed. */
  public static final String KAMERSTUK = "BNC-F-004";

  /** Dates exist. */
  public static final String DATUM = "BNC-F-005";

  /** The received date is not in the future. */
  public static final String DATUM_TOEKOMST = "BNC-F-006";

  /** The Kamerstuk number is digits or letters. */
  public static final String KAMERSTUKNUMMER = "BNC-F-007";

  private static final int MAX_SCAN = 2000;

  private FormatRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                COMMISSIEDOCUMENT,
                Severity.ERROR,
                Profile.CONCEPT,
                "Elk nummer in onderdeel 1c MOET een geldig nummer van een Commissiedocument zijn, zoals"
                    + " COM(2025) 743 final.",
                "Every number in item 1c MUST be a well-formed Commission document number, such as"
                    + " COM(2025) 743 final.",
                "\"{0}\" is geen geldig nummer van een Commissiedocument (positie {1}).",
                "\"{0}\" is not a well-formed Commission document number (at position {1}: expected {2}).",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .ifPresent(
                                    a -> {
                                      List<? extends Parsed<?>> list = a.getCommissieDocumenten();
                                      for (int i = 0; i < list.size(); i++) {
                                        unparsed(
                                            list.get(i),
                                            p.fields("algemeneGegevens", "commissieDocumenten")
                                                .index(i),
                                            out);
                                      }
                                    })))
            .source(Sources.EUR_LEX),
        Rule.of(
                CELEX,
                Severity.ERROR,
                Profile.CONCEPT,
                "Een CELEX-nummer in onderdeel 1d MOET geldig zijn, zoals 52025DC0743.",
                "A CELEX number in item 1d MUST be well-formed, such as 52025DC0743.",
                "\"{0}\" in onderdeel 1d is geen geldig CELEX-nummer.",
                "\"{0}\" in item 1d is not a well-formed CELEX number.",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .ifPresent(
                                    a -> {
                                      for (int i = 0; i < a.getEurLex().size(); i++) {
                                        Optional<String> bad = malformedCelex(a.getEurLex().get(i));
                                        if (bad.isPresent()) {
                                          out.report(
                                              p.fields("algemeneGegevens", "eurLex").index(i),
                                              bad.get());
                                        }
                                      }
                                    })))
            .source(Sources.EUR_LEX),
        Rule.of(
                PROCEDURE,
                Severity.ERROR,
                Profile.CONCEPT,
                "Een procedurenummer MOET geldig zijn, zoals 2025/0131(COD).",
                "A procedure number MUST be well-formed, such as 2025/0131(COD).",
                "\"{0}\" is geen geldig procedurenummer (positie {1}).",
                "\"{0}\" is not a well-formed procedure number (at position {1}: expected {2}).",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .ifPresent(
                                    a -> {
                                      List<? extends Parsed<?>> list = a.getProcedures();
                                      for (int i = 0; i < list.size(); i++) {
                                        unparsed(
                                            list.get(i),
                                            p.fields("algemeneGegevens", "procedures").index(i),
                                            out);
                                      }
                                    })))
            .source(Sources.EUR_LEX),
        Rule.of(
                KAMERSTUK,
                Severity.WARNING,
                Profile.CONCEPT,
                "Een verwijzing naar een Kamerstuk in de aanbiedingsbrief MOET leesbaar zijn, zoals"
                    + " Kamerstuk 22 112, nr. 4239; ook de vormen Kamerstuk 22112-4030, Kamerstuk 22"
                    + " 112, 2962 (zonder nr.) en Kamerstukken 22 112 en 34 738, nr. 2666 (twee dossiers)"
                    + " zijn leesbaar.",
                "A Kamerstuk reference in the cover letter MUST be readable, such as Kamerstuk 22 112,"
                    + " nr. 4239; the forms Kamerstuk 22112-4030, Kamerstuk 22 112, 2962 (without nr.)"
                    + " and Kamerstukken 22 112 en 34 738, nr. 2666 (two dossiers) are readable too.",
                "\"{0}\" is geen leesbare verwijzing naar een Kamerstuk (positie {1}).",
                "\"{0}\" is not a readable Kamerstuk reference (at position {1}: expected {2}).",
                (doc, out) ->
                    doc.getBrief()
                        .ifPresent(
                            b -> {
                              for (int i = 0; i < b.getVermeldingen().size(); i++) {
                                NodePath q =
                                    NodePath.root()
                                        .fields("brief", "vermeldingen")
                                        .index(i)
                                        .field("referentie");
                                b.getVermeldingen()
                                    .get(i)
                                    .getReferentie()
                                    .filter(r -> ReferenceReading.of(r).isEmpty())
                                    .ifPresent(r -> unparsed(r, q, out));
                              }
                            }))
            .source(Sources.CONVENTION),
        Rule.of(
                DATUM,
                Severity.ERROR,
                Profile.CONCEPT,
                "Een datum MOET bestaan en leesbaar zijn (31 februari bestaat niet).",
                "A date MUST exist and be readable (31 February does not exist).",
                "\"{0}\" is geen bestaande datum (positie {1}).",
                "\"{0}\" is not a date that exists (at position {1}: expected {2}).",
                (doc, out) -> {
                  doc.getKop()
                      .flatMap(k -> k.getDatum())
                      .ifPresent(d -> unparsed(d, NodePath.root().fields("kop", "datum"), out));
                  Walk.fiches(
                      doc,
                      (f, p) ->
                          f.getAlgemeneGegevens()
                              .flatMap(AlgemeneGegevens::getDatumOntvangst)
                              .ifPresent(
                                  d ->
                                      unparsed(
                                          d, p.fields("algemeneGegevens", "datumOntvangst"), out)));
                })
            .source(Sources.CONVENTION),
        Rule.of(
                DATUM_TOEKOMST,
                Severity.ERROR,
                Profile.CONCEPT,
                "De datum van ontvangst van het Commissiedocument (1b) MAG NIET in de toekomst liggen.",
                "The date the Commission document was received (1b) MUST NOT lie in the future.",
                "De datum van ontvangst {0} ligt na vandaag ({1}).",
                "The received date {0} lies after today ({1}).",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .flatMap(AlgemeneGegevens::getDatumOntvangst)
                                .flatMap(Parsed::getValue)
                                .ifPresent(
                                    d -> {
                                      LocalDate today =
                                          LocalDate.now(
                                              out.settings().clock().withZone(Settings.ZONE));
                                      if (inFuture(d, today)) {
                                        out.report(
                                            p.fields("algemeneGegevens", "datumOntvangst"),
                                            d.toString(),
                                            NederlandseDatum.of(today).toString());
                                      }
                                    })))
            .source(Sources.CONVENTION),
        Rule.of(
                KAMERSTUKNUMMER,
                Severity.ERROR,
                Profile.CONCEPT,
                "Het nummer van een Kamerstuk MOET uit cijfers (Tweede Kamer) of uit hoofdletters (Eerste"
                    + " Kamer) bestaan.",
                "A Kamerstuk's number MUST consist of digits (Tweede Kamer) or of capital letters (Eerste"
                    + " Kamer).",
                "Kamerstuknummer \"{0}\" bestaat niet uit alleen cijfers of alleen hoofdletters.",
                "Kamerstuk number \"{0}\" is neither all digits nor all capital letters.",
                (doc, out) ->
                    doc.getKop()
                        .flatMap(k -> k.getNummer())
                        .ifPresent(
                            n -> {
                              if (!n.isBlank() && !isKamerstukNummer(n)) {
                                out.report(NodePath.root().fields("kop", "nummer"), n);
                              }
                            }))
            .source(Sources.CONVENTION));
  }

  /** Whether a date lies after {@code today}; a month-only date when its month is after today's. */
  static boolean inFuture(NederlandseDatum d, LocalDate today) {
    if (d.isMonthOnly()) {
      return d.getYearMonth().isAfter(YearMonth.from(today));
    }
    return d.getDate().get().isAfter(today);
  }

  /** Whether {@code n} is a Kamerstuk number: 1 to 6 digits, or 1 to 4 capital letters. */
  public static boolean isKamerstukNummer(String n) {
    if (n.isEmpty() || n.length() > 6) {
      return false;
    }
    boolean digits = true;
    boolean letters = n.length() <= 4;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      digits &= c >= '0' && c <= '9';
      letters &= c >= 'A' && c <= 'Z';
    }
    return digits || letters;
  }

  private static void unparsed(Parsed<?> value, NodePath path, Findings out) {
    Optional<ParseError> e = value.getError();
    // Blank text is a missing value: the completeness rules report it, not the format rules.
    if (e.isPresent() && !value.getText().isBlank()) {
      out.report(
          path, value.getText(), Integer.toString(e.get().getPosition()), e.get().getExpected());
    }
  }

  /**
   * The CELEX-like token of a 1d entry that does not parse: the token after {@code CELEX:} (or
   * {@code CELEX%3A}), or the token of a link text "EUR-Lex - TOKEN - …"; empty when the entry
   * names no such token or the token parses.
   */
  public static Optional<String> malformedCelex(EurLexVerwijzing v) {
    String text = v.getTekst();
    if (text.length() > MAX_SCAN) {
      text = text.substring(0, MAX_SCAN);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String token = null;
    int at = lower.indexOf("celex");
    if (at >= 0) {
      int i = at + 5;
      if (lower.startsWith(":", i)) {
        token = token(text, i + 1);
      } else if (lower.startsWith("%3a", i)) {
        token = token(text, i + 3);
      }
    } else if (lower.startsWith("eur-lex")) {
      int i = 7;
      while (i < text.length()
          && (text.charAt(i) == ' '
              || text.charAt(i) == '-'
              || text.charAt(i) == '\u2013'
              || text.charAt(i) == '\u2014')) {
        i++;
      }
      if (i > 7) {
        token = token(text, i);
        // Only a token that starts like a CELEX number (a sector digit, or C/E and a digit) is one.
        if (!token.isEmpty() && !startsLikeCelex(token)) {
          token = null;
        }
      }
    }
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    try {
      CelexNummer.parse(token);
      return Optional.empty();
    } catch (IdentifierParseException e) {
      return Optional.of(token);
    }
  }

  private static boolean startsLikeCelex(String t) {
    char c = t.charAt(0);
    return c >= '0' && c <= '9'
        || (c == 'C' || c == 'E') && t.length() > 1 && t.charAt(1) >= '0' && t.charAt(1) <= '9';
  }

  private static String token(String text, int from) {
    int i = from;
    int end = Math.min(text.length(), from + 40);
    while (i < end && isTokenChar(text.charAt(i))) {
      i++;
    }
    return text.substring(from, i);
  }

  private static boolean isTokenChar(char c) {
    return c >= '0' && c <= '9'
        || c >= 'A' && c <= 'Z'
        || c >= 'a' && c <= 'z'
        || c == '('
        || c == ')';
  }
}
