package nl.bncfiche.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Settings;
import nl.bncfiche.validation.internal.Vocabulary;
import nl.bncfiche.validation.internal.Walk;

/**
 * Plausibility (family P): values of section 1 outside the known vocabularies, ministries by a name
 * they did not have at the fiche's date, and a received date (1b) that cannot be right. The
 * vocabularies are data (resources under {@code nl/bncfiche/validation/vocabulaire/}), because
 * ministries change with every cabinet.
 */
public final class PlausibilityRules {
  /** Item 1i names a legislative procedure instead of a voting rule. */
  public static final String PROCEDURE_IN_1I = "BNC-P-001";

  /** Item 1i names an unknown voting rule. */
  public static final String STEMREGEL = "BNC-P-002";

  /** Item 1j names an unknown EP role. */
  public static final String EP_ROL = "BNC-P-003";

  /** Item 1g names an unknown ministry. */
  public static final String MINISTERIE = "BNC-P-004";

  /** Item 1f names an unknown Council formation. */
  public static final String RAADSFORMATIE = "BNC-P-005";

  /** Item 1b lies in or after the year of the Commission documents. */
  public static final String ONTVANGST_JAAR = "BNC-P-006";

  /** Item 1b lies on or before the letter's date. */
  public static final String ONTVANGST_BRIEF = "BNC-P-007";

  /** Item 1g names each ministry as it was called at the fiche's date. */
  public static final String MINISTERIE_TOEN = "BNC-P-008";

  private PlausibilityRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                PROCEDURE_IN_1I,
                Severity.WARNING,
                Profile.CONCEPT,
                "Onderdeel 1i (Besluitvormingsprocedure Raad) MOET een stemregel van de Raad noemen en MAG"
                    + " NIET een wetgevingsprocedure noemen (zoals Gewone wetgevingsprocedure).",
                "Item 1i (Besluitvormingsprocedure Raad) MUST name a Council voting rule and MUST NOT name a"
                    + " legislative procedure (such as Gewone wetgevingsprocedure).",
                "Onderdeel 1i noemt een wetgevingsprocedure (\"{0}\") in plaats van een stemregel.",
                "Item 1i names a legislative procedure (\"{0}\") instead of a voting rule.",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .flatMap(AlgemeneGegevens::getBesluitvormingsprocedureRaad)
                                .ifPresent(
                                    v -> {
                                      if (namesProcedure(v)) {
                                        out.report(
                                            p.fields(
                                                "algemeneGegevens", "besluitvormingsprocedureRaad"),
                                            v);
                                      }
                                    })))
            .source(Sources.STEMREGELS),
        Rule.of(
                STEMREGEL,
                Severity.WARNING,
                Profile.CONCEPT,
                "Onderdeel 1i MOET een bekende stemregel van de Raad noemen (zoals Gekwalificeerde"
                    + " meerderheid of Unanimiteit).",
                "Item 1i MUST name a known Council voting rule (such as Gekwalificeerde meerderheid or"
                    + " Unanimiteit).",
                "Onbekende stemregel \"{0}\" in onderdeel 1i.",
                "Unknown voting rule \"{0}\" in item 1i.",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .flatMap(AlgemeneGegevens::getBesluitvormingsprocedureRaad)
                                .ifPresent(
                                    v -> {
                                      if (!v.isBlank()
                                          && !namesProcedure(v)
                                          && !knownAll(Vocabulary.STEMREGELS, v)) {
                                        out.report(
                                            p.fields(
                                                "algemeneGegevens", "besluitvormingsprocedureRaad"),
                                            v);
                                      }
                                    })))
            .source(Sources.STEMREGELS),
        Rule.of(
                EP_ROL,
                Severity.WARNING,
                Profile.CONCEPT,
                "Onderdeel 1j MOET een bekende rol van het Europees Parlement noemen (zoals Medebeslissing"
                    + " of Raadpleging).",
                "Item 1j MUST name a known role of the European Parliament (such as Medebeslissing or"
                    + " Raadpleging).",
                "Onbekende rol van het Europees Parlement \"{0}\" in onderdeel 1j.",
                "Unknown role of the European Parliament \"{0}\" in item 1j.",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .flatMap(AlgemeneGegevens::getRolEuropeesParlement)
                                .ifPresent(
                                    v -> {
                                      if (!v.isBlank() && !knownAll(Vocabulary.EP_ROLLEN, v)) {
                                        out.report(
                                            p.fields("algemeneGegevens", "rolEuropeesParlement"),
                                            v);
                                      }
                                    })))
            .source(Sources.PROCEDURES),
        Rule.of(
                MINISTERIE,
                Severity.WARNING,
                Profile.CONCEPT,
                "Onderdeel 1g MOET bekende ministeries noemen.",
                "Item 1g MUST name known ministries.",
                "Onbekend ministerie \"{0}\" in onderdeel 1g.",
                "Unknown ministry \"{0}\" in item 1g.",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .flatMap(AlgemeneGegevens::getEerstverantwoordelijkMinisterie)
                                .ifPresent(
                                    m -> {
                                      NodePath q =
                                          p.fields(
                                              "algemeneGegevens",
                                              "eerstverantwoordelijkMinisterie");
                                      for (String name : MinistryNames.of(m)) {
                                        if (!Vocabulary.MINISTERIES.contains(name)) {
                                          out.report(q, name);
                                        }
                                      }
                                    })))
            .source(Sources.CONVENTION),
        Rule.of(
                RAADSFORMATIE,
                Severity.WARNING,
                Profile.CONCEPT,
                "Onderdeel 1f MOET een bekende Raadsformatie noemen.",
                "Item 1f MUST name a known Council formation.",
                "Onbekende Raadsformatie \"{0}\" in onderdeel 1f.",
                "Unknown Council formation \"{0}\" in item 1f.",
                (doc, out) ->
                    Walk.fiches(
                        doc,
                        (f, p) ->
                            f.getAlgemeneGegevens()
                                .flatMap(AlgemeneGegevens::getBehandelingstrajectRaad)
                                .ifPresent(
                                    v -> {
                                      if (!v.isBlank() && !knownAll(Vocabulary.RAADSFORMATIES, v)) {
                                        out.report(
                                            p.fields("algemeneGegevens", "behandelingstrajectRaad"),
                                            v);
                                      }
                                    })))
            .source(Sources.RAADSFORMATIES),
        Rule.of(
                ONTVANGST_JAAR,
                Severity.WARNING,
                Profile.CONCEPT,
                "De datum van ontvangst (1b) MAG NIET liggen vóór het jaar van de Commissiedocumenten"
                    + " in 1c.",
                "The received date (1b) MUST NOT lie before the year of the Commission documents in 1c.",
                "De datum van ontvangst {0} ligt vóór het jaar van {1}.",
                "The received date {0} lies before the year of {1}.",
                (doc, out) -> Walk.fiches(doc, PlausibilityRules::receivedBeforeDocument, out))
            .source(Sources.CONVENTION),
        Rule.of(
                ONTVANGST_BRIEF,
                Severity.WARNING,
                Profile.CONCEPT,
                "De datum van ontvangst (1b) MAG NIET liggen na de datum van de brief.",
                "The received date (1b) MUST NOT lie after the letter's date.",
                "De datum van ontvangst {0} ligt na de brief van {1}.",
                "The received date {0} lies after the letter of {1}.",
                PlausibilityRules::receivedAfterLetter)
            .source(Sources.CONVENTION),
        Rule.of(
                MINISTERIE_TOEN,
                Severity.WARNING,
                Profile.CONCEPT,
                "Onderdeel 1g MOET elk ministerie noemen zoals het heette toen de fiche werd geschreven"
                    + " (het jaar van 1b of van de brief): Veiligheid en Justitie en Infrastructuur en"
                    + " Milieu van 2010 tot en met 2017, Justitie en Veiligheid en Infrastructuur en"
                    + " Waterstaat vanaf 2017.",
                "Item 1g MUST name each ministry as it was called when the fiche was written (the"
                    + " year of 1b or of the letter): Veiligheid en Justitie and Infrastructuur en"
                    + " Milieu from 2010 to 2017, Justitie en Veiligheid and Infrastructuur en Waterstaat"
                    + " from 2017.",
                "Ministerie \"{0}\" heette in {1} anders.",
                "Ministry \"{0}\" had another name in {1}.",
                PlausibilityRules::ministriesOfTheirTime)
            .source(Sources.MINISTERIES));
  }

  private static Optional<NederlandseDatum> received(Fiche f) {
    return f.getAlgemeneGegevens()
        .flatMap(AlgemeneGegevens::getDatumOntvangst)
        .flatMap(Parsed::getValue);
  }

  private static Optional<NederlandseDatum> letter(KamerstukDocument doc) {
    return doc.getKop().flatMap(k -> k.getDatum()).flatMap(Parsed::getValue);
  }

  private static void receivedBeforeDocument(Fiche f, NodePath p, Findings out) {
    Optional<NederlandseDatum> received = received(f);
    if (received.isEmpty() || f.getAlgemeneGegevens().isEmpty()) {
      return;
    }
    CommissieDocument latest = null;
    for (Parsed<CommissieDocument> d : f.getAlgemeneGegevens().get().getCommissieDocumenten()) {
      if (d.getValue().isPresent()
          && (latest == null || d.getValue().get().getYear() > latest.getYear())) {
        latest = d.getValue().get();
      }
    }
    if (latest != null && received.get().getYearMonth().getYear() < latest.getYear()) {
      out.report(
          p.fields("algemeneGegevens", "datumOntvangst"),
          received.get().toString(),
          latest.toString());
    }
  }

  /** 1b after the letter; a 1b after today is BNC-F-006's error, not reported twice. */
  private static void receivedAfterLetter(KamerstukDocument doc, Findings out) {
    Optional<NederlandseDatum> letter = letter(doc);
    if (letter.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(out.settings().clock().withZone(Settings.ZONE));
    Walk.fiches(
        doc,
        (f, p) ->
            received(f)
                .filter(r -> after(r, letter.get()) && !FormatRules.inFuture(r, today))
                .ifPresent(
                    r ->
                        out.report(
                            p.fields("algemeneGegevens", "datumOntvangst"),
                            r.toString(),
                            letter.get().toString())));
  }

  /** Whether {@code a} lies after {@code b}; by month where either has no day. */
  private static boolean after(NederlandseDatum a, NederlandseDatum b) {
    if (a.getDate().isPresent() && b.getDate().isPresent()) {
      return a.getDate().get().isAfter(b.getDate().get());
    }
    return a.getYearMonth().isAfter(b.getYearMonth());
  }

  /**
   * Each known ministry of 1g held its name in some year from the receipt (1b) to the letter: a
   * fiche written across a cabinet change may use either name. Without a letter date, the year of
   * 1b; without both, nothing is checked.
   */
  private static void ministriesOfTheirTime(KamerstukDocument doc, Findings out) {
    Optional<NederlandseDatum> letter = letter(doc);
    Walk.fiches(
        doc,
        (f, p) -> {
          Optional<NederlandseDatum> received = received(f);
          Optional<Ministeries> m =
              f.getAlgemeneGegevens().flatMap(AlgemeneGegevens::getEerstverantwoordelijkMinisterie);
          if ((letter.isEmpty() && received.isEmpty()) || m.isEmpty()) {
            return;
          }
          int last = letter.orElseGet(received::get).getYearMonth().getYear();
          int first = received.map(r -> r.getYearMonth().getYear()).orElse(last);
          if (first > last || last - first > 1) {
            first = last;
          }
          for (String name : MinistryNames.of(m.get())) {
            boolean held = false;
            for (int year = first; year <= last; year++) {
              held |= Vocabulary.MINISTERIES.heldIn(name, year);
            }
            if (Vocabulary.MINISTERIES.contains(name) && !held) {
              out.report(
                  p.fields("algemeneGegevens", "eerstverantwoordelijkMinisterie"),
                  name,
                  Integer.toString(last));
            }
          }
        });
  }

  /** Whether the text names a procedure rather than a voting rule. */
  static boolean namesProcedure(String v) {
    String l = v.toLowerCase(Locale.ROOT);
    return l.contains("wetgevingsprocedure") || l.contains("procedure");
  }

  /**
   * Whether the value, or each part of it, is known: parts are split before a repeated "Raad" and
   * at " / " and ";", so "Raad Milieu en Raad Landbouw en Visserij" is two formations.
   */
  static boolean knownAll(Vocabulary vocabulary, String value) {
    // A line break may be where a rendering wrapped one name, or where a package lists one name
    // per proposal: either reading that finds every name known will do.
    return knownAllParts(vocabulary, value)
        || value.indexOf('\n') >= 0 && knownAllParts(vocabulary, value.replace('\n', ' '));
  }

  private static boolean knownAllParts(Vocabulary vocabulary, String value) {
    if (vocabulary.contains(value)) {
      return true;
    }
    if (value.length() > 1000) {
      return false;
    }
    List<String> parts = split(value);
    if (parts.size() < 2 && parts.equals(List.of(value.strip()))) {
      return false;
    }
    for (String part : parts) {
      if (!vocabulary.contains(part)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String value) {
    List<String> parts = new ArrayList<>();
    String lower = value.toLowerCase(Locale.ROOT);
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      int cut = -1;
      int skip = 0;
      if (lower.startsWith(" en raad", i) || lower.startsWith(", raad", i)) {
        cut = i;
        skip = lower.startsWith(" en raad", i) ? 4 : 2;
      } else if (value.charAt(i) == ';' || value.charAt(i) == '/' || value.charAt(i) == '\n') {
        cut = i;
        skip = 1;
      }
      if (cut >= 0) {
        parts.add(value.substring(start, cut).strip());
        start = cut + skip;
        i = start;
      }
    }
    parts.add(value.substring(start).strip());
    parts.removeIf(String::isEmpty);
    parts.replaceAll(PlausibilityRules::withoutLabel);
    return parts;
  }

  /**
   * A package's value for one of its proposals without the proposal's label: "Richtlijn:
   * Gekwalificeerde meerderheid" is "Gekwalificeerde meerderheid".
   */
  private static String withoutLabel(String part) {
    int colon = part.indexOf(':');
    if (colon > 0 && colon <= 40 && colon < part.length() - 1) {
      return part.substring(colon + 1).strip();
    }
    return part;
  }
}
