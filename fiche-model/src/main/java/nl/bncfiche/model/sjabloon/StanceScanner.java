package nl.bncfiche.model.sjabloon;

import static nl.bncfiche.model.sjabloon.Grondhoudingszin.ALS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.sjabloon.Grondhoudingszin.Herkend;

/**
 * The scan behind {@link Grondhoudingszin#herken}: finds "grondhouding" and "beoordeelt" in a
 * paragraph and reads the stance sentence around each, in bounded steps.
 */
final class StanceScanner {
  private static final int MAX_HERKEND_ONDERWERP = 100;
  private static final int MAX_WOORDEN = 80;
  private static final int MAX_TERUG = 200;
  private static final String GRONDHOUDING = "grondhouding";
  private static final String BEOORDEELT = "beoordeelt";
  private static final String TEN_AANZIEN_VAN = " ten aanzien van ";
  private static final String MET_KANTTEKENINGEN = " met kanttekeningen";
  private static final List<String> BIJWOORDEN = List.of("eveneens ", "ook ", "tevens ", "wel ");
  private static final List<String> NUANCES = List.of("overwegend", "in beginsel");

  /** A verdict phrase the sentences use, with the verdict it names and its nuance, if any. */
  private record Kern(String woorden, Oordeel oordeel, String nuance) {}

  /** After "is" or "als"; longer phrases first, so that a phrase is never cut after its head. */
  private static final List<Kern> KERNEN =
      List.of(
          new Kern("deels positief en deels negatief", null, "deels positief en deels negatief"),
          new Kern("positief-kritisch", Oordeel.POSITIEF, "positief-kritisch"),
          new Kern("positief, met kanttekeningen", Oordeel.POSITIEF_MET_KANTTEKENINGEN, null),
          new Kern("positief met kanttekeningen", Oordeel.POSITIEF_MET_KANTTEKENINGEN, null),
          new Kern("negatief, met kanttekeningen", Oordeel.NEGATIEF_MET_KANTTEKENINGEN, null),
          new Kern("negatief met kanttekeningen", Oordeel.NEGATIEF_MET_KANTTEKENINGEN, null),
          new Kern("positief", Oordeel.POSITIEF, null),
          new Kern("negatief", Oordeel.NEGATIEF, null),
          new Kern("neutraal", Oordeel.NEUTRAAL, null),
          new Kern("kritisch", Oordeel.KRITISCH, null));

  /** Before "grondhouding", in "Het kabinet heeft een positieve grondhouding …". */
  private static final List<Kern> BIJVOEGLIJK =
      List.of(
          new Kern("positief-kritische", Oordeel.POSITIEF, "positief-kritisch"),
          new Kern("positieve", Oordeel.POSITIEF, null),
          new Kern("negatieve", Oordeel.NEGATIEF, null),
          new Kern("neutrale", Oordeel.NEUTRAAL, null),
          new Kern("kritische", Oordeel.KRITISCH, null));

  private StanceScanner() {}

  /**
   * The stance sentences of {@code alinea}, read up to {@code limit}. Each key word is searched
   * with {@link String#indexOf(String, int)} and searched again only once passed, so a paragraph is
   * read about once per key word.
   */
  static List<Herkend> scan(String text, int limit) {
    // No-break spaces as spaces, character for character, so that every offset found holds for
    // the text as written too.
    String alinea = text.indexOf('\u00a0') < 0 ? text : text.replace('\u00a0', ' ');
    List<Herkend> result = List.of();
    int from = 0;
    int g = -2;
    int b = -2;
    while (from < limit) {
      if (g != -1 && g < from) {
        int r = alinea.indexOf("rondhouding", from + 1);
        g = r < 0 ? -1 : r - 1;
      }
      if (b != -1 && b < from) {
        b = alinea.indexOf(BEOORDEELT, from);
      }
      boolean grondhouding = g >= 0 && (b < 0 || g < b);
      int at = grondhouding ? g : b;
      int length = grondhouding ? GRONDHOUDING.length() : BEOORDEELT.length();
      if (at < 0 || at + length > limit) {
        break;
      }
      Herkend h;
      if (grondhouding) {
        h = isLetter(alinea.charAt(at), 'g') ? grondhouding(alinea, at, limit) : null;
      } else {
        h = beoordeelt(alinea, at, limit);
      }
      if (h != null) {
        if (result.isEmpty()) {
          result = new ArrayList<>(2);
        }
        result.add(h);
        from = Math.max(h.getEinde(), at + 1);
      } else {
        from = at + 1;
      }
    }
    return result;
  }

  /**
   * "De grondhouding (van het kabinet) (ten aanzien van X) is …", or "… een positieve grondhouding
   * …".
   */
  private static Herkend grondhouding(String p, int at, int limit) {
    int i = at + GRONDHOUDING.length();
    i = skip(p, i, limit, " van het kabinet");
    String onderwerp = null;
    if (startsWith(p, i, limit, TEN_AANZIEN_VAN)) {
      int start = i + TEN_AANZIEN_VAN.length();
      int is = find(p, " is ", start, Math.min(limit, start + MAX_HERKEND_ONDERWERP));
      if (is >= 0) {
        onderwerp = p.substring(start, is).strip();
        i = is;
      }
    }
    if (startsWith(p, i, limit, " is ")) {
      return verdict(p, at, i + 4, limit, onderwerp);
    }
    return heeftEen(p, at, limit);
  }

  /** "Het kabinet heeft een (overwegend) positieve grondhouding (ten aanzien van X)". */
  private static Herkend heeftEen(String p, int at, int limit) {
    int start = sentenceStart(p, at);
    String voor = p.substring(start, at).toLowerCase(Locale.ROOT);
    if (!voor.contains("kabinet") || !voor.endsWith(" ")) {
      return null;
    }
    for (Kern adj : BIJVOEGLIJK) {
      if (!voor.endsWith(" " + adj.woorden() + " ")) {
        continue;
      }
      String rest = voor.substring(0, voor.length() - adj.woorden().length() - 1);
      String nuance = adj.nuance();
      for (String n : NUANCES) {
        if (rest.endsWith(" " + n + " ")) {
          rest = rest.substring(0, rest.length() - n.length() - 1);
          nuance = nuance == null ? n : n + " " + nuance;
        }
      }
      if (!rest.endsWith(" een ")) {
        return null;
      }
      Oordeel oordeel = adj.oordeel();
      int i = at + GRONDHOUDING.length();
      if (startsWith(p, i, limit, MET_KANTTEKENINGEN) && adj.nuance() == null) {
        i += MET_KANTTEKENINGEN.length();
        oordeel =
            oordeel == Oordeel.POSITIEF
                ? Oordeel.POSITIEF_MET_KANTTEKENINGEN
                : oordeel == Oordeel.NEGATIEF ? Oordeel.NEGATIEF_MET_KANTTEKENINGEN : null;
      }
      String onderwerp = null;
      if (startsWith(p, i, limit, TEN_AANZIEN_VAN)) {
        int s = i + TEN_AANZIEN_VAN.length();
        int e = s;
        while (e < limit && e - s < MAX_HERKEND_ONDERWERP && ".:;,\n".indexOf(p.charAt(e)) < 0) {
          e++;
        }
        onderwerp = p.substring(s, e).strip();
        i = e;
      }
      String woorden = p.substring(at - adj.woorden().length() - 1, at).strip();
      return new Herkend(oordeel, oordeel != null, woorden, nuance, onderwerp, at, i);
    }
    return null;
  }

  /** "Het kabinet beoordeelt X als …" and "… beoordeelt het kabinet X als …". */
  private static Herkend beoordeelt(String p, int at, int limit) {
    int i = at + BEOORDEELT.length();
    int na = skip(p, i, limit, " het kabinet");
    boolean kabinet =
        na > i
            || p.substring(sentenceStart(p, at), at).toLowerCase(Locale.ROOT).contains("kabinet");
    if (!kabinet || !startsWith(p, na, limit, " ")) {
      return null;
    }
    int start = na + 1;
    int als = find(p, ALS, start, Math.min(limit, start + MAX_HERKEND_ONDERWERP + ALS.length()));
    if (als < 0) {
      return null;
    }
    return verdict(p, at, als + ALS.length(), limit, p.substring(start, als).strip());
  }

  /** The verdict words from {@code v}: up to a period, semicolon or line end, at most 80. */
  private static Herkend verdict(String p, int at, int v, int limit, String onderwerp) {
    int end = v;
    while (end < limit && end - v < MAX_WOORDEN && ".;\n".indexOf(p.charAt(end)) < 0) {
      end++;
    }
    String raw = p.substring(v, end);
    String w = collapse(raw.toLowerCase(Locale.ROOT)).strip();
    for (String bijwoord : BIJWOORDEN) {
      if (w.startsWith(bijwoord)) {
        w = w.substring(bijwoord.length());
        break;
      }
    }
    String nuance = null;
    for (String n : NUANCES) {
      if (w.startsWith(n + " ")) {
        nuance = n;
        w = w.substring(n.length() + 1);
      }
    }
    for (Kern k : KERNEN) {
      if (!w.startsWith(k.woorden())) {
        continue;
      }
      String rest = w.substring(k.woorden().length());
      String subject = onderwerp;
      if (rest.startsWith(TEN_AANZIEN_VAN) && subject == null) {
        subject = cut(rest.substring(TEN_AANZIEN_VAN.length()), ",:;");
      } else if (!rest.isEmpty() && ",:;)".indexOf(rest.charAt(0)) < 0 && !dash(rest)) {
        break;
      }
      String n =
          k.nuance() == null ? nuance : nuance == null ? k.nuance() : nuance + " " + k.nuance();
      return new Herkend(k.oordeel(), true, k.woorden(), n, subject, at, end);
    }
    return new Herkend(null, false, cut(raw, ",:").strip(), null, onderwerp, at, end);
  }

  private static boolean dash(String rest) {
    return rest.length() > 1
        && rest.charAt(0) == ' '
        && "-\u2013\u2014(".indexOf(rest.charAt(1)) >= 0;
  }

  /** The text up to the first of {@code stops}. */
  private static String cut(String s, String stops) {
    for (int i = 0; i < s.length(); i++) {
      if (stops.indexOf(s.charAt(i)) >= 0) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** Runs of white space as one space. */
  private static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    if (space) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /** Where the sentence holding {@code at} starts: after the last period, colon or line end. */
  private static int sentenceStart(String p, int at) {
    int i = at;
    while (i > 0 && at - i < MAX_TERUG && ".!?;:\n".indexOf(p.charAt(i - 1)) < 0) {
      i--;
    }
    return i;
  }

  private static int skip(String p, int i, int limit, String words) {
    return startsWith(p, i, limit, words) ? i + words.length() : i;
  }

  /**
   * Whether {@code words} (lower case) stands at {@code i}, each character compared ignoring case.
   */
  private static boolean startsWith(String p, int i, int limit, String words) {
    return i + words.length() <= limit && p.regionMatches(true, i, words, 0, words.length());
  }

  /** The first index in [from, to) where {@code words} starts, ignoring case; -1 when none. */
  private static int find(String p, String words, int from, int to) {
    for (int i = from; i + words.length() <= to; i++) {
      if (p.charAt(i) == '.') {
        return -1;
      }
      if (startsWith(p, i, to, words)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLetter(char c, char lower) {
    return c == lower || c == Character.toUpperCase(lower);
  }
}
