package nl.bncfiche.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A known vocabulary (EP roles, Council voting rules, ministries, Council formations), read from a
 * resource of one entry per line ({@code #} starts a comment), matched tolerantly: case,
 * punctuation, an abbreviation in parentheses ("(VWS)") as an alternative name, "Ministerie van",
 * "Raad (voor) X" and "X-raad" all match. An entry may end in the years it held, after a bar:
 * {@code Ministerie van Veiligheid en Justitie (VenJ) | 2010-2017}, or {@code | -2010, 2012-2017,
 * 2024-}; an entry without years holds always. Immutable and thread-safe.
 */
public final class Vocabulary {
  private static final String FOLDER = "/nl/bncfiche/validation/vocabulaire/";
  private static final int MAX = 300;
  private static final String[] PREFIXES = {
    "het ",
    "de ",
    "ministerie van ",
    "ministerie voor ",
    "raad voor de ",
    "raad voor ",
    "raad van de ",
    "raad van ",
    "raad "
  };

  /** EP roles: "Medebeslissing", "Raadpleging", … */
  public static final Vocabulary EP_ROLLEN = load("ep-rollen.txt");

  /** Council voting rules: "Gekwalificeerde meerderheid", … */
  public static final Vocabulary STEMREGELS = load("stemregels.txt");

  /** Dutch ministries, current and recent. */
  public static final Vocabulary MINISTERIES = load("ministeries.txt");

  /** Council formations. */
  public static final Vocabulary RAADSFORMATIES = load("raadsformaties.txt");

  private final List<String> entries;
  private final Set<String> keys;

  /** The years each key held, as [from, to] pairs (inclusive); a key held always is absent. */
  private final Map<String, List<int[]>> years;

  private Vocabulary(List<String> lines) {
    List<String> e = new ArrayList<>();
    Set<String> k = new HashSet<>();
    Map<String, List<int[]>> y = new HashMap<>();
    Set<String> always = new HashSet<>();
    for (String line : lines) {
      int bar = line.indexOf('|');
      String entry = bar < 0 ? line : line.substring(0, bar).strip();
      e.add(entry);
      for (String key : keys(entry)) {
        k.add(key);
        if (bar < 0) {
          always.add(key);
        } else {
          y.computeIfAbsent(key, x -> new ArrayList<>()).addAll(periods(line.substring(bar + 1)));
        }
      }
    }
    y.keySet().removeAll(always);
    this.entries = Collections.unmodifiableList(e);
    this.keys = Collections.unmodifiableSet(k);
    this.years = Collections.unmodifiableMap(y);
  }

  /** Reads "-2010, 2012-2017, 2024-": open ends are the earliest and latest years. */
  private static List<int[]> periods(String text) {
    List<int[]> result = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int dash = p.indexOf('-');
      if (dash < 0) {
        int year = Integer.parseInt(p);
        result.add(new int[] {year, year});
      } else {
        String from = p.substring(0, dash).strip();
        String to = p.substring(dash + 1).strip();
        result.add(
            new int[] {
              from.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(from),
              to.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(to)
            });
      }
    }
    return result;
  }

  /**
   * Whether {@code value} names an entry that held in {@code year}: one of its names (the text, or
   * a parenthesised abbreviation) belongs to an entry without years or with a period that holds the
   * year. False for a value the vocabulary does not know at all.
   */
  public boolean heldIn(String value, int year) {
    if (value.length() > MAX) {
      return false;
    }
    for (String key : keys(value)) {
      if (keys.contains(key)) {
        List<int[]> periods = years.get(key);
        if (periods == null) {
          return true;
        }
        for (int[] p : periods) {
          if (year >= p[0] && year <= p[1]) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A vocabulary of these entries. */
  public static Vocabulary of(List<String> entries) {
    return new Vocabulary(new ArrayList<>(entries));
  }

  /** The vocabulary in resource {@code name} of the vocabulary folder. */
  public static Vocabulary load(String name) {
    List<String> entries = new ArrayList<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary resource missing: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          entries.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Vocabulary(entries);
  }

  /** The entries as written in the resource, without their years. */
  public List<String> entries() {
    return entries;
  }

  /** Whether {@code value} names an entry, tolerantly. */
  public boolean contains(String value) {
    if (value.length() > MAX) {
      return false;
    }
    // The names of keys(value), each looked up as it is made: no set per call.
    StringBuilder main = null;
    int i = 0;
    int from = 0;
    while (i < value.length()) {
      if (value.charAt(i) == '(') {
        int close = value.indexOf(')', i);
        if (close < 0) {
          close = value.length();
        }
        if (known(value.substring(i + 1, close))) {
          return true;
        }
        if (main == null) {
          main = new StringBuilder(value.length());
        }
        main.append(value, from, i);
        i = close + 1;
        from = i;
      } else {
        i++;
      }
    }
    String rest =
        main == null
            ? value
            : main.append(value, Math.min(from, value.length()), value.length()).toString();
    return known(rest);
  }

  private boolean known(String name) {
    String n = normalize(name);
    return !n.isEmpty() && keys.contains(n);
  }

  /** The normalized names of a value: the text without parentheses, and each parenthesised part. */
  static Set<String> keys(String value) {
    Set<String> result = new HashSet<>();
    StringBuilder main = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '(') {
        int close = value.indexOf(')', i);
        if (close < 0) {
          close = value.length();
        }
        add(result, value.substring(i + 1, close));
        i = close + 1;
      } else {
        main.append(c);
        i++;
      }
    }
    add(result, main.toString());
    return result;
  }

  private static void add(Set<String> keys, String s) {
    String n = normalize(s);
    if (!n.isEmpty()) {
      keys.add(n);
    }
  }

  /** Lower case, punctuation as spaces, "&" as "en", without the prefixes and the suffix "raad". */
  static String normalize(String s) {
    String t =
        s.toLowerCase(Locale.ROOT)
            .replace('\u2013', '-')
            .replace('\u2014', '-')
            .replace("&", " en ")
            .replace("- en ", " en ");
    // Punctuation as spaces, runs of spaces as one, none at either end: one pass, no regex.
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '-') {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      } else {
        space = true;
      }
    }
    String r = sb.toString();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String p : PREFIXES) {
        if (r.startsWith(p)) {
          r = r.substring(p.length());
          changed = true;
        }
      }
    }
    if (r.endsWith("-raad")) {
      r = r.substring(0, r.length() - 5);
    } else if (r.endsWith("raad") && r.length() > 4 && !r.endsWith(" raad")) {
      r = r.substring(0, r.length() - 4);
    } else if (r.endsWith(" raad")) {
      r = r.substring(0, r.length() - 5);
    }
    int end = r.length();
    while (end > 0 && (r.charAt(end - 1) == ' ' || r.charAt(end - 1) == '-')) {
      end--;
    }
    return r.substring(0, end);
  }
}
