package nl.bncfiche.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.Vocabulary;
import nl.bncfiche.validation.internal.Walk;

/**
 * Plausibility (family P): values of section 1 outside the known vocabularies. The vocabularies are
 * data (resources under {@code nl/bncfiche/validation/vocabulaire/}), because ministries change
 * with every cabinet.
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
                                      for (String name : ministries(m)) {
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
            .source(Sources.RAADSFORMATIES));
  }

  /** Whether the text names a procedure rather than a voting rule. */
  static boolean namesProcedure(String v) {
    String l = v.toLowerCase(Locale.ROOT);
    return l.contains("wetgevingsprocedure") || l.contains("procedure");
  }

  private static List<String> ministries(Ministeries m) {
    List<String> names = new ArrayList<>();
    if (m.getTekst().isBlank() || m.getTekst().length() > 1000) {
      return names;
    }
    names.add(m.getEerstverantwoordelijke());
    names.addAll(m.getMedeverantwoordelijken());
    names.removeIf(String::isBlank);
    return names;
  }

  /**
   * Whether the value, or each part of it, is known: parts are split before a repeated "Raad" and
   * at " / " and ";", so "Raad Milieu en Raad Landbouw en Visserij" is two formations.
   */
  static boolean knownAll(Vocabulary vocabulary, String value) {
    if (vocabulary.contains(value)) {
      return true;
    }
    if (value.length() > 1000) {
      return false;
    }
    List<String> parts = split(value);
    if (parts.size() < 2) {
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
      } else if (value.charAt(i) == ';' || value.charAt(i) == '/') {
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
    return parts;
  }
}
