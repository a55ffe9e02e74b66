package nl.bncfiche.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Item 1g, "Eerstverantwoordelijk ministerie": the lead ministry and the ministries it works with,
 * as written ("Ministerie van VWS in nauwe samenwerking met Ministerie van JenV"). Only the text is
 * stored; the lead and the partners are read from it.
 */
@Value.Immutable
public interface Ministeries {
  /** The separator between the lead ministry and its partners, as fiches write it. */
  String SAMENWERKING = " in nauwe samenwerking met ";

  /** The item's text exactly as written. */
  @Value.Parameter
  @JsonValue
  String getTekst();

  /** The lead ministry: the text before "in (nauwe) samenwerking met". */
  @Value.Lazy
  default String getEerstverantwoordelijke() {
    String t = oneLine(getTekst());
    int at = samenwerkingIndex(t);
    return at < 0 ? t : t.substring(0, at).strip();
  }

  /** The partner ministries after "in (nauwe) samenwerking met", in order; empty when none. */
  @Value.Lazy
  default List<String> getMedeverantwoordelijken() {
    String t = oneLine(getTekst());
    int at = samenwerkingIndex(t);
    List<String> result = new ArrayList<>();
    if (at < 0) {
      return result;
    }
    String rest = t.substring(t.indexOf(" met ", at) + 5).strip();
    // Split before each further "(het) Ministerie", so "Economische Zaken en Klimaat" stays whole.
    String lower = rest.toLowerCase(Locale.ROOT);
    int start = 0;
    int from = 0;
    while (true) {
      int next = lower.indexOf("ministerie", from + 1);
      if (next < 0) {
        break;
      }
      String before = rest.substring(start, next).strip();
      String trimmed = stripJoiner(before);
      if (!trimmed.equals(before) || before.endsWith(",")) {
        result.add(trimmed);
        start = next;
      }
      from = next;
    }
    String last = stripJoiner(rest.substring(start).strip());
    if (!last.isEmpty()) {
      result.add(last);
    }
    result.replaceAll(s -> s.startsWith("het ") ? s.substring(4) : s);
    return result;
  }

  /** The text for a lead ministry and its partners. */
  static Ministeries of(String eerstverantwoordelijke, String... partners) {
    StringBuilder sb = new StringBuilder(eerstverantwoordelijke);
    for (int i = 0; i < partners.length; i++) {
      sb.append(i == 0 ? SAMENWERKING : i == partners.length - 1 ? " en " : ", ")
          .append(partners[i]);
    }
    return ImmutableMinisteries.of(sb.toString());
  }

  /** The item with the given text. */
  @JsonCreator
  static Ministeries ofTekst(String tekst) {
    return ImmutableMinisteries.of(tekst);
  }

  /**
   * {@code s} with every run of white space (a line break where a rendering wrapped the text, a
   * no-break space) as one space, stripped.
   */
  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int samenwerkingIndex(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(" in nauwe samenwerking met ");
    return at >= 0 ? at : lower.indexOf(" in samenwerking met ");
  }

  private static String stripJoiner(String s) {
    String r = s;
    for (String suffix : new String[] {",", " en het", " en", " and"}) {
      if (r.endsWith(suffix)) {
        return r.substring(0, r.length() - suffix.length()).strip();
      }
    }
    return r;
  }
}
