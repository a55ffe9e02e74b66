package nl.bncfiche.model.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.ProcedureNummer;

/**
 * The {@code afgeleid} object of a value read from text: what the model derives from the text, as
 * flat fields whose value is a string, a whole number or a list of strings, in writing order; and
 * the check that an {@code afgeleid} object read from JSON says nothing else. Plain Java, shared by
 * the Jackson 2 and Jackson 3 bindings so that both write and refuse the same.
 *
 * <p>Fields per kind: a Commission document {@code soort, jaar, nummer, toevoeging, corrigendum}; a
 * procedure number {@code jaar, nummer, soort}; a Kamerstuk reference {@code dossiernummer,
 * ondernummer, nummer}; a date {@code datum} (ISO-8601); an EUR-Lex reference {@code celex,
 * commissieDocument} and an impact assessment item {@code documenten} (canonical strings). A part
 * the text does not give is left out.
 */
public final class Afgeleid {
  /** The field holding the text. */
  public static final String TEKST = "tekst";

  /** The field holding the derived values. */
  public static final String AFGELEID = "afgeleid";

  private static final List<String> DOCUMENT =
      List.of("soort", "jaar", "nummer", "toevoeging", "corrigendum");
  private static final List<String> PROCEDURE = List.of("jaar", "nummer", "soort");
  private static final List<String> KAMERSTUK = List.of("dossiernummer", "ondernummer", "nummer");
  private static final List<String> DATUM = List.of("datum");
  private static final List<String> EUR_LEX = List.of("celex", "commissieDocument");
  private static final List<String> IMPACT_ASSESSMENT = List.of("documenten");

  private Afgeleid() {}

  /** A field of {@code afgeleid} that the text does not give; {@code field} is "" for all. */
  public record Contradiction(String field, String en, String nl) {}

  /** The names {@code afgeleid} may hold for a value of {@code type}. */
  public static List<String> names(Class<?> type) {
    if (type == CommissieDocument.class) {
      return DOCUMENT;
    }
    if (type == ProcedureNummer.class) {
      return PROCEDURE;
    }
    if (type == KamerstukReferentie.class) {
      return KAMERSTUK;
    }
    if (type == NederlandseDatum.class) {
      return DATUM;
    }
    if (EurLexVerwijzing.class.isAssignableFrom(type)) {
      return EUR_LEX;
    }
    if (ImpactAssessment.class.isAssignableFrom(type)) {
      return IMPACT_ASSESSMENT;
    }
    return List.of();
  }

  /**
   * What the model derives from a parsed identifier or date; empty for a type without parts (the
   * CELEX number, which is only derived, never a field of its own).
   */
  public static Map<String, Object> of(Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (value instanceof CommissieDocument d) {
      m.put("soort", d.getType().name());
      m.put("jaar", d.getYear());
      m.put("nummer", d.getNumber());
      if (d.getSuffix() != CommissieDocument.Suffix.NONE) {
        m.put("toevoeging", d.getSuffix().name().toLowerCase(Locale.ROOT));
      }
      if (d.getCorrigendum() != 0) {
        m.put("corrigendum", d.getCorrigendum());
      }
    } else if (value instanceof ProcedureNummer p) {
      m.put("jaar", p.getYear());
      m.put("nummer", p.getNumber());
      m.put("soort", p.getType());
    } else if (value instanceof KamerstukReferentie k) {
      m.put("dossiernummer", k.getDossierNumber());
      k.getSubNumber().ifPresent(s -> m.put("ondernummer", s));
      m.put("nummer", k.getNumber());
    } else if (value instanceof NederlandseDatum d) {
      m.put("datum", d.toIso());
    } else if (value instanceof EurLexVerwijzing e) {
      e.getCelex().ifPresent(c -> m.put("celex", c.toString()));
      e.getCommissieDocument().ifPresent(c -> m.put("commissieDocument", c.toString()));
    } else if (value instanceof ImpactAssessment i && !i.getDocumenten().isEmpty()) {
      List<String> documenten = new ArrayList<>();
      i.getDocumenten().forEach(d -> documenten.add(d.toString()));
      m.put("documenten", List.copyOf(documenten));
    }
    return m;
  }

  /**
   * The first field of {@code read} (names to a {@link String}, a {@link Long} or {@link #OTHER},
   * in the order read) that contradicts {@code expected}, what the text gives ({@code null} when
   * the text did not parse, so that it gives nothing). A field left out contradicts nothing:
   * derived values are never required.
   */
  public static Optional<Contradiction> check(
      Map<String, Object> expected, List<String> names, Map<String, Object> read) {
    if (expected == null) {
      if (read.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Contradiction(
              "",
              "derived value contradicts the text: the text does not parse, so it gives none",
              "afgeleide waarde in strijd met de tekst: de tekst is onleesbaar en geeft er geen"));
    }
    for (Map.Entry<String, Object> e : read.entrySet()) {
      String name = e.getKey();
      if (!names.contains(name)) {
        return Optional.of(
            new Contradiction(
                name,
                "unknown derived field; expected one of " + names,
                "onbekend afgeleid veld; verwacht een van " + names));
      }
      Object want = expected.get(name);
      if (want == null) {
        return Optional.of(
            new Contradiction(
                name,
                "derived value contradicts the text: the text gives no " + name,
                "afgeleide waarde in strijd met de tekst: de tekst geeft geen " + name));
      }
      if (!same(want, e.getValue())) {
        String shown = shown(want);
        return Optional.of(
            new Contradiction(
                name,
                "derived value contradicts the text: the text gives " + shown,
                "afgeleide waarde in strijd met de tekst: de tekst geeft " + shown));
      }
    }
    return Optional.empty();
  }

  /** A value read that is neither a string nor a whole number. */
  public static final Object OTHER = new Object();

  private static String shown(Object value) {
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    if (value instanceof List<?> list) {
      List<String> shown = new ArrayList<>();
      list.forEach(v -> shown.add(shown(v)));
      return shown.toString();
    }
    return value.toString();
  }

  private static boolean same(Object want, Object got) {
    if (want instanceof Integer i) {
      return got instanceof Long l && l == i.longValue();
    }
    return want.equals(got);
  }
}
