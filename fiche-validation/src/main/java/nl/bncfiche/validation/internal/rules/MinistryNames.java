package nl.bncfiche.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Ministeries;

/** The names of the ministries that item 1g names, as the plausibility rules look them up. */
final class MinistryNames {
  private MinistryNames() {}

  /**
   * The ministries item 1g names: the lead and its partners, and each ministry of a "Gezamenlijke
   * verantwoordelijkheid van het Ministerie van X en het Ministerie van Y".
   */
  static List<String> of(Ministeries m) {
    List<String> names = new ArrayList<>();
    if (m.getTekst().isBlank() || m.getTekst().length() > 1000) {
      return names;
    }
    names.addAll(gezamenlijk(m.getEerstverantwoordelijke()));
    names.addAll(m.getMedeverantwoordelijken());
    names.removeIf(String::isBlank);
    return names;
  }

  private static final String GEZAMENLIJK = "gezamenlijke verantwoordelijkheid van ";

  /** The ministries of a joint responsibility, split before each further "(het) Ministerie". */
  private static List<String> gezamenlijk(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.startsWith(GEZAMENLIJK)) {
      return List.of(name);
    }
    String rest = name.substring(GEZAMENLIJK.length());
    String l = rest.toLowerCase(Locale.ROOT);
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int at = l.indexOf("ministerie", 1); at > 0; at = l.indexOf("ministerie", at + 1)) {
      String before = rest.substring(start, at).strip();
      String trimmed = stripJoiner(before);
      if (!trimmed.equals(before)) {
        result.add(trimmed);
        start = at;
      }
    }
    result.add(stripJoiner(rest.substring(start).strip()));
    result.replaceAll(x -> x.toLowerCase(Locale.ROOT).startsWith("het ") ? x.substring(4) : x);
    return result;
  }

  private static String stripJoiner(String s) {
    for (String suffix : new String[] {" en het", " en", ",", " en de"}) {
      if (s.endsWith(suffix)) {
        return s.substring(0, s.length() - suffix.length()).strip();
      }
    }
    return s;
  }
}
