package nl.bncfiche.validation.internal.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;

/**
 * The table of treaty articles (resource {@code vocabulaire/rechtsbases.txt}) and what each implies
 * for the Council's voting rule (item 1i) and the European Parliament's role (item 1j), the reading
 * of items 1h, 1i and 1j, and the check of rule BNC-C-007. Immutable and thread-safe.
 */
final class LegalBases {
  /** A Council voting rule as item 1i names it. */
  enum Stemregel {
    GK("gekwalificeerde meerderheid"),
    UNANIMITEIT("unanimiteit");

    final String tekst;

    Stemregel(String tekst) {
      this.tekst = tekst;
    }
  }

  /** A role of the European Parliament as item 1j names it. */
  enum Rol {
    MEDEBESLISSING("medebeslissing"),
    RAADPLEGING("raadpleging"),
    GOEDKEURING("goedkeuring"),
    GEEN("geen"),
    INFORMATIE("informatie");

    final String tekst;

    Rol(String tekst) {
      this.tekst = tekst;
    }
  }

  /** What an article prescribes; {@code stemregel} null when the table does not say. */
  record Procedure(Stemregel stemregel, Set<Rol> rollen) {}

  /** An article as item 1h names it: number and paragraph (0 for none). */
  record Artikel(int nummer, int lid) {
    @Override
    public String toString() {
      return "art. " + nummer + (lid == 0 ? "" : "(" + lid + ")") + " VWEU";
    }
  }

  private static final int MAX = 500;
  private static final Pattern ARTIKEL =
      Pattern.compile(
          "(?i)\\bart(?:ikelen|ikel|\\.)?\\s*(\\d{1,3})(?:\\s*\\((\\d{1,2})\\)|,?\\s*lid\\s*(\\d{1,2}))?");
  private static final Pattern GETAL = Pattern.compile("\\d+");
  private static final Pattern ANDER_VERDRAG = Pattern.compile("(?i)\\b(?:VEU|TEU|Euratom|EGA)\\b");

  private static final Map<Artikel, Procedure> TABLE = load();

  private LegalBases() {}

  private static Map<Artikel, Procedure> load() {
    Map<Artikel, Procedure> table = new HashMap<>();
    String name = "/nl/bncfiche/validation/vocabulaire/rechtsbases.txt";
    try (InputStream in = LegalBases.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] cells = l.split("\\|", -1);
        String article = cells[0].strip();
        int open = article.indexOf('(');
        Artikel a =
            open < 0
                ? new Artikel(Integer.parseInt(article), 0)
                : new Artikel(
                    Integer.parseInt(article.substring(0, open)),
                    Integer.parseInt(article.substring(open + 1, article.indexOf(')'))));
        String stem = cells[1].strip();
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String rol : cells[2].strip().split("/", -1)) {
          rollen.add(Rol.valueOf(rol.strip()));
        }
        table.put(a, new Procedure(stem.equals("-") ? null : Stemregel.valueOf(stem), rollen));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(table);
  }

  /**
   * The articles of the VWEU that item 1h names, each with the procedure the table gives it; empty
   * when the text names no article, one the table does not know, another treaty, or numbers that
   * are no article or paragraph (a regulation's number): then nothing is checked.
   */
  static Optional<Map<Artikel, Procedure>> read(String rechtsbasis) {
    if (rechtsbasis.length() > MAX) {
      return Optional.empty();
    }
    String lower = rechtsbasis.toLowerCase(Locale.ROOT);
    boolean vweu =
        lower.contains("vweu")
            || lower.contains("tfeu")
            || lower.contains("werking van de europese");
    if (!vweu || ANDER_VERDRAG.matcher(rechtsbasis).find()) {
      return Optional.empty();
    }
    Map<Artikel, Procedure> found = new java.util.LinkedHashMap<>();
    int numbers = 0;
    Matcher m = ARTIKEL.matcher(rechtsbasis);
    while (m.find()) {
      int nummer = Integer.parseInt(m.group(1));
      String lid = m.group(2) != null ? m.group(2) : m.group(3);
      Artikel a = new Artikel(nummer, lid == null ? 0 : Integer.parseInt(lid));
      numbers += lid == null ? 1 : 2;
      Procedure p = TABLE.get(a);
      if (p == null && a.lid() != 0) {
        p = TABLE.get(new Artikel(nummer, 0));
      }
      if (p == null) {
        return Optional.empty();
      }
      found.put(a, p);
    }
    Matcher g = GETAL.matcher(rechtsbasis);
    int all = 0;
    while (g.find()) {
      all++;
    }
    return found.isEmpty() || all != numbers ? Optional.empty() : Optional.of(found);
  }

  /** The voting rule that every article prescribes alike; empty when they differ or none says. */
  static Optional<Stemregel> stemregel(Map<Artikel, Procedure> articles) {
    Stemregel result = null;
    for (Procedure p : articles.values()) {
      if (p.stemregel() == null) {
        continue;
      }
      if (result != null && result != p.stemregel()) {
        return Optional.empty();
      }
      result = p.stemregel();
    }
    return Optional.ofNullable(result);
  }

  /** The EP roles that every article allows; empty when they allow none in common. */
  static Set<Rol> rollen(Map<Artikel, Procedure> articles) {
    Set<Rol> result = EnumSet.allOf(Rol.class);
    for (Procedure p : articles.values()) {
      result.retainAll(p.rollen());
    }
    return result;
  }

  /** The voting rule item 1i names; empty when it names none, or more than one. */
  static Optional<Stemregel> stemregel(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    boolean gk = v.contains("gekwalificeerde meerderheid");
    boolean unanimiteit = v.contains("unanimiteit") || v.contains("eenparigheid");
    if (gk == unanimiteit) {
      return Optional.empty();
    }
    return Optional.of(gk ? Stemregel.GK : Stemregel.UNANIMITEIT);
  }

  /** The EP role item 1j names; empty when it names none, or more than one. */
  static Optional<Rol> rol(String value) {
    String v = value.toLowerCase(Locale.ROOT).strip();
    List<Rol> found = new ArrayList<>();
    if (v.contains("medebeslissing") || v.contains("gewone wetgevingsprocedure")) {
      found.add(Rol.MEDEBESLISSING);
    }
    if (v.contains("raadpleging")) {
      found.add(Rol.RAADPLEGING);
    }
    if (v.contains("goedkeuring") || v.contains("instemming")) {
      found.add(Rol.GOEDKEURING);
    }
    if (v.startsWith("geen") || v.startsWith("n.v.t") || v.startsWith("niet van toepassing")) {
      found.add(Rol.GEEN);
    }
    if (v.startsWith("informatie")) {
      found.add(Rol.INFORMATIE);
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * Items 1i and 1j against the procedure of the articles item 1h names, where it names one legal
   * basis whose articles the table knows; a package with values per proposal is not checked.
   */
  static void check(Fiche f, NodePath p, Findings out) {
    if (f.getAlgemeneGegevens().isEmpty()
        || f.getAlgemeneGegevens().get().getRechtsbasis().size() != 1) {
      return;
    }
    AlgemeneGegevens a = f.getAlgemeneGegevens().get();
    Optional<Map<Artikel, Procedure>> articles = read(a.getRechtsbasis().get(0));
    if (articles.isEmpty()) {
      return;
    }
    String named = articles.get().keySet().toString();
    named = named.substring(1, named.length() - 1);
    Optional<String> stem = a.getBesluitvormingsprocedureRaad().filter(v -> !perProposal(v));
    Optional<Stemregel> expected = stemregel(articles.get());
    if (stem.isPresent() && expected.isPresent()) {
      Optional<Stemregel> actual = stemregel(stem.get());
      if (actual.isPresent() && actual.get() != expected.get()) {
        out.report(
            p.fields("algemeneGegevens", "besluitvormingsprocedureRaad"),
            named,
            expected.get().tekst,
            "1i",
            stem.get());
      }
    }
    Optional<String> rol = a.getRolEuropeesParlement().filter(v -> !perProposal(v));
    Set<Rol> allowed = rollen(articles.get());
    if (rol.isPresent() && !allowed.isEmpty()) {
      Optional<Rol> actual = rol(rol.get());
      if (actual.isPresent() && !allowed.contains(actual.get())) {
        StringBuilder sb = new StringBuilder();
        for (Rol r : allowed) {
          sb.append(sb.length() == 0 ? "" : " / ").append(r.tekst);
        }
        out.report(
            p.fields("algemeneGegevens", "rolEuropeesParlement"),
            named,
            sb.toString(),
            "1j",
            rol.get());
      }
    }
  }

  /** Whether an item gives values per proposal of a package: "Richtlijn: …", or several lines. */
  private static boolean perProposal(String value) {
    return value.indexOf(':') >= 0 || value.indexOf('\n') >= 0 || value.indexOf(';') >= 0;
  }
}
