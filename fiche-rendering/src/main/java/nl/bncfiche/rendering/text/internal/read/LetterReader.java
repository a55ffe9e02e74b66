package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * Reads the Kamerstuk header lines and the cover letter that precede the first fiche.
 *
 * <p>Header: a dossier line ("22 112 Nieuwe Commissievoorstellen …", or the number and the title on
 * two lines), "Nr. 4085" with or without the sender "BRIEF VAN …" on the same line, "Aan de …", and
 * "Den Haag, 20 juni 2025"; read while lines match, in any order. Letter: the announcement (lines
 * joined until one ends a sentence; the first sentence up to "(BNC)." is the announcement, the rest of
 * its paragraph and later lines before the list are further sentences); entries starting with a
 * marker ("Fiche: ", "Fiche - ", "Fiche – ", "Fiche 3: ", "Herzien Fiche: ", or "1. " in 2008 letters),
 * where a following line without a marker continues the entry (a wrapped line); the signature from a
 * line starting "De minister" or "De staatssecretaris", with the name after its comma or on the next
 * line.
 */
final class LetterReader {
  private static final Map<String, Integer> TELWOORDEN = Map.ofEntries(
      Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2), Map.entry("drie", 3),
      Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
      Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11),
      Map.entry("twaalf", 12), Map.entry("dertien", 13), Map.entry("veertien", 14), Map.entry("vijftien", 15),
      Map.entry("zestien", 16), Map.entry("zeventien", 17), Map.entry("achttien", 18),
      Map.entry("negentien", 19), Map.entry("twintig", 20));

  private final List<Line> regels;
  private final ReadReport verslag;
  /** Whether {@link #brief} found an announcement, an entry or a signature. */
  boolean herkend;

  LetterReader(List<Line> regels, ReadReport verslag) {
    this.regels = regels;
    this.verslag = verslag;
  }

  /** Reads header lines from {@code start}; returns the index after them. */
  int kop(int start, ImmutableKamerstukKop.Builder kop, boolean[] found) {
    int i = start;
    boolean dossier = false;
    boolean titel = false;
    boolean nummer = false;
    boolean afzender = false;
    boolean aan = false;
    boolean datum = false;
    while (i < regels.size()) {
      Line r = regels.get(i);
      if (r.isLeeg()) {
        i++;
        continue;
      }
      String t = r.tekst;
      int d = dossierEnd(t);
      if (!dossier && d > 0) {
        dossier = true;
        kop.dossier(t.substring(0, d));
        verslag.positie("/kop/dossier", r);
        if (d < t.length()) {
          kop.dossierTitel(t.substring(d).strip());
          titel = true;
        }
      } else if (dossier && !titel && !nummer && t.startsWith("Nieuwe Commissievoorstellen")) {
        kop.dossierTitel(t);
        titel = true;
      } else if (!nummer && (t.startsWith("Nr. ") || t.startsWith("nr. ") || t.startsWith("Nr ") || t.startsWith("nr "))) {
        String rest = t.substring(t.indexOf(' ') + 1).strip();
        int sp = rest.indexOf(' ');
        kop.nummer(sp < 0 ? rest : rest.substring(0, sp));
        verslag.positie("/kop/nummer", r);
        nummer = true;
        if (sp > 0) {
          kop.afzender(rest.substring(sp + 1).strip());
          afzender = true;
        }
      } else if (!afzender && t.startsWith("BRIEF VAN")) {
        kop.afzender(t);
        afzender = true;
      } else if (!aan && t.startsWith("Aan de ")) {
        kop.geadresseerde(t);
        verslag.positie("/kop/geadresseerde", r);
        aan = true;
      } else if (!datum && isPlaatsDatum(t)) {
        int comma = t.indexOf(", ");
        kop.plaats(t.substring(0, comma));
        kop.datum(Parsed.parse(t.substring(comma + 2), NederlandseDatum::parse));
        verslag.positie("/kop/datum", r.met(t, comma + 2));
        datum = true;
      } else {
        break;
      }
      if (!found[0]) {
        verslag.positie("/kop", r);
      }
      found[0] = true;
      i++;
    }
    return found[0] ? i : start;
  }

  private static boolean isPlaatsDatum(String t) {
    int comma = t.indexOf(", ");
    if (comma < 1 || comma > 40 || t.length() > 80 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    String rest = t.substring(comma + 2);
    return Parsed.parse(rest, NederlandseDatum::parse).isParsed()
        || !rest.isEmpty() && Character.isDigit(rest.charAt(0));
  }

  /** The end of a leading dossier number ("22 112", "22112"), or 0 when the line has none. */
  private static int dossierEnd(String t) {
    int i = 0;
    while (i < t.length() && i < 7 && isDigit(t.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return 0;
    }
    while (i + 4 <= t.length() && t.charAt(i) == ' ' && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
        && isDigit(t.charAt(i + 3)) && (i + 4 == t.length() || !isDigit(t.charAt(i + 4)))) {
      i += 4;
    }
    if (i < t.length() && t.charAt(i) != ' ') {
      return 0;
    }
    if (i < t.length() && (t.length() < i + 2 || !Character.isLetter(t.charAt(i + 1)))) {
      return 0;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a line of the letter is its announcement: "… hierbij … fiche …" or "Overeenkomstig … fiche …". */
  private static boolean isAankondiging(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.contains("fiche") && (lower.contains("hierbij") || lower.startsWith("overeenkomstig"));
  }

  /** Reads the letter in lines {@code [start, end)}; empty when they hold none of its parts. */
  Optional<Aanbiedingsbrief> brief(int start, int end) {
    ImmutableAanbiedingsbrief.Builder b = Aanbiedingsbrief.builder();
    List<String[]> entries = new ArrayList<>();
    List<Line> entryRegels = new ArrayList<>();
    List<String> zinnen = new ArrayList<>();
    boolean announced = false;
    boolean signed = false;
    boolean any = false;
    boolean genummerd = false;
    Line first = null;
    Aanbiedingsbrief counted = null;
    String aankondiging = null;
    for (int i = start; i < end; i++) {
      Line r = regels.get(i);
      if (r.isLeeg()) {
        continue;
      }
      if (first == null) {
        first = r;
        verslag.positie("/brief", r);
      }
      if (r.tekst.charAt(0) == Syntax.ESCAPE) {
        r = r.letterlijk();
      }
      String t = r.tekst;
      if (!announced && entries.isEmpty() && !r.letterlijk && isAankondiging(t)) {
        StringBuilder sb = new StringBuilder(t);
        while (!endsSentence(sb) && i + 1 < end && !regels.get(i + 1).isLeeg()
            && LineClassifier.entryMarkerLength(regels.get(i + 1).tekst, true) == 0 && sb.length() < 5000) {
          i++;
          sb.append(' ').append(regels.get(i).tekst);
        }
        String all = sb.toString();
        int cut = all.indexOf("(BNC).");
        if (cut < 0) {
          cut = all.indexOf("(BNC):");
        }
        String zin = cut < 0 ? all : all.substring(0, cut + 6);
        String rest = cut < 0 ? "" : all.substring(cut + 6).strip();
        aankondiging = zin;
        verslag.positie("/brief/aankondiging", r);
        telling(zin, b, r);
        if (!rest.isEmpty()) {
          verslag.positie("/brief/aanvullendeZinnen/", "", zinnen.size(), r);
          zinnen.add(rest);
        }
        announced = true;
        genummerd = zin.endsWith(":");
        any = true;
        continue;
      }
      if (!r.letterlijk && LineClassifier.isSignature(t)) {
        int comma = t.indexOf(',');
        b.ondertekenaarFunctie(comma < 0 ? t : t.substring(0, comma).strip());
        verslag.positie("/brief/ondertekenaarFunctie", r);
        String naam = comma < 0 ? "" : t.substring(comma + 1).strip();
        if (!naam.isEmpty()) {
          b.ondertekenaarNaam(naam);
          verslag.positie("/brief/ondertekenaarNaam", r.met(naam, comma + 1));
        } else {
          int j = i + 1;
          while (j < end && regels.get(j).isLeeg()) {
            j++;
          }
          if (j < end && LineClassifier.entryMarkerLength(regels.get(j).tekst, false) == 0) {
            b.ondertekenaarNaam(regels.get(j).tekst);
            verslag.positie("/brief/ondertekenaarNaam", regels.get(j));
            i = j;
          }
        }
        signed = true;
        any = true;
        continue;
      }
      int m = r.letterlijk ? 0 : LineClassifier.entryMarkerLength(t, genummerd || !entries.isEmpty() && isDigit(entries.get(0)[0].charAt(0)));
      if (m > 0 && !signed) {
        entries.add(new String[] {t.substring(0, m).strip(), t.substring(m).strip()});
        entryRegels.add(r);
        any = true;
        continue;
      }
      boolean wrapped = !entries.isEmpty() && !regels.get(i - 1).isLeeg() && !signed;
      if (wrapped) {
        String[] last = entries.get(entries.size() - 1);
        last[1] = last[1] + " " + t;
        continue;
      }
      if (!entries.isEmpty() || signed) {
        verslag.waarschuw(r, "tekst in de brief buiten een vermelding, bewaard als aanvullende zin",
            "text in the letter outside an entry, kept as a further sentence");
      }
      verslag.positie("/brief/aanvullendeZinnen/", "", zinnen.size(), r);
      zinnen.add(t);
    }
    herkend = any;
    if (!any && zinnen.isEmpty()) {
      return Optional.empty();
    }
    b.aanvullendeZinnen(zinnen);
    for (int k = 0; k < entries.size(); k++) {
      b.addVermeldingen(vermelding(entries.get(k)[0], entries.get(k)[1]));
      verslag.positie("/brief/vermeldingen/", "", k, entryRegels.get(k));
    }
    Aanbiedingsbrief brief = b.build();
    if (aankondiging != null && !aankondiging.equals(BriefLayout.aankondiging(brief))) {
      brief = ImmutableAanbiedingsbrief.copyOf(brief).withAankondiging(aankondiging);
    }
    return Optional.of(brief);
  }

  private static boolean endsSentence(CharSequence sb) {
    char c = sb.charAt(sb.length() - 1);
    return c == '.' || c == ':' || c == ';';
  }

  /** The announced count: the word before "fiche(s)", in digits or a Dutch number word. */
  private void telling(String zin, ImmutableAanbiedingsbrief.Builder b, Line r) {
    String lower = zin.toLowerCase(Locale.ROOT);
    int at = 0;
    while (true) {
      int f = lower.indexOf(" fiche", at);
      if (f < 0) {
        return;
      }
      int s = f;
      while (s > 0 && lower.charAt(s - 1) != ' ') {
        s--;
      }
      String word = zin.substring(s, f);
      String wl = word.toLowerCase(Locale.ROOT);
      Integer n = null;
      if (!word.isEmpty() && word.length() <= 4 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
        n = Integer.parseInt(word);
      } else if (TELWOORDEN.containsKey(wl)) {
        n = TELWOORDEN.get(wl);
      }
      if (n != null) {
        b.aangekondigdAantal(n).aantalZoalsGeschreven(word);
        verslag.positie("/brief/aangekondigdAantal", r);
        return;
      }
      at = f + 1;
    }
  }

  /** One entry: prefix "MFK – " or "[MFK] ", title, and a final "(Kamerstuk …)". */
  static BriefVermelding vermelding(String markering, String rest) {
    ImmutableBriefVermelding.Builder v = BriefVermelding.builder().markering(markering);
    String t = rest;
    if (t.endsWith(".") || t.endsWith(";")) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    if (t.endsWith(")")) {
      int depth = 0;
      int open = -1;
      for (int i = t.length() - 1; i >= 0; i--) {
        char c = t.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          open = i;
          break;
        }
      }
      if (open >= 0) {
        String inner = t.substring(open + 1, t.length() - 1).strip();
        if (inner.toLowerCase(Locale.ROOT).startsWith("kamerstuk")) {
          v.referentie(Parsed.parse(inner, KamerstukReferentie::parse));
          t = t.substring(0, open).strip();
        }
      }
    }
    if (t.startsWith("[")) {
      int close = t.indexOf(']');
      if (close > 1 && close <= 8 && isAfkorting(t.substring(1, close))) {
        v.voorvoegsel(t.substring(1, close));
        t = t.substring(close + 1).strip();
      }
    } else {
      int dash = t.indexOf(" – ");
      if (dash < 0) {
        dash = t.indexOf(" - ");
      }
      if (dash >= 2 && dash <= 6 && isAfkorting(t.substring(0, dash))) {
        v.voorvoegsel(t.substring(0, dash));
        t = t.substring(dash + 3).strip();
      }
    }
    return v.titel(t).build();
  }

  private static boolean isAfkorting(String s) {
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
