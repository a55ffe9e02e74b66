package nl.bncfiche.integration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.model.sjabloon.Waarde;

/**
 * The fields of a read document that a distortion must not change, each as a key (where it is) and
 * a value compared as words: the header's number and date, each letter entry, each fiche's title,
 * every value of section 1 (titles, the date, Commission documents and CELEX numbers as
 * identifiers, procedure numbers), the text of every other item and of every section of text (with
 * a grondhouding item's verdict), and the unknown sections and items.
 *
 * <p>A list's key holds its length ({@code titels[0 of 2]}), so a value split in two or two joined
 * loses every value of the list, as it would change what the validator reports.
 */
final class RecoveredFields {
  /** Soft hyphen, byte-order mark, and the straight and typographic quotes. */
  private static final String IGNORED =
      "\u00ad\ufeff'\"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f";

  private RecoveredFields() {}

  /** The fields of {@code doc}, in document order. */
  static Map<String, String> of(KamerstukDocument doc) {
    Map<String, String> out = new LinkedHashMap<>();
    doc.getKop()
        .ifPresent(
            k -> {
              k.getNummer().ifPresent(n -> out.put("kop/nummer", words(n)));
              k.getDatum().ifPresent(d -> out.put("kop/datum", value(d)));
            });
    doc.getBrief().ifPresent(b -> letter(b, out));
    List<Fiche> fiches = doc.getFiches();
    for (int k = 0; k < fiches.size(); k++) {
      fiche(fiches.get(k), "fiches[" + k + " of " + fiches.size() + "]", out);
    }
    return out;
  }

  /**
   * {@code s} as its words: soft hyphens, byte-order marks and quote characters removed, every run
   * of white space (no-break spaces included) one space, no space at either end.
   */
  static String words(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (IGNORED.indexOf(c) >= 0) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
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

  private static void letter(Aanbiedingsbrief b, Map<String, String> out) {
    List<BriefVermelding> entries = b.getVermeldingen();
    for (int i = 0; i < entries.size(); i++) {
      BriefVermelding e = entries.get(i);
      out.put(
          "brief/vermeldingen[" + i + " of " + entries.size() + "]",
          e.getVoorvoegsel().map(RecoveredFields::words).orElse("")
              + " | "
              + words(e.getTitel())
              + " | "
              + e.getReferentie().map(RecoveredFields::value).orElse(""));
    }
  }

  private static void fiche(Fiche f, String at, Map<String, String> out) {
    out.put(at + "/titel", words(f.getTitel()));
    for (Veld v : Veld.values()) {
      if (!v.isSectie() || v.getWaarde() == Waarde.TEKST) {
        v.waarde(f).ifPresent(w -> put(at + v.getPad(), w, out));
      }
    }
    f.getAlgemeneGegevens()
        .ifPresent(
            a -> {
              put(at + "/algemeneGegevens/procedures", a.getProcedures(), out);
              onderdelen(a, at, out);
            });
    List<Sectie> overig = f.getOverigeSecties();
    out.put(at + "/overigeSecties (count)", String.valueOf(overig.size()));
    for (int i = 0; i < overig.size(); i++) {
      Sectie s = overig.get(i);
      out.put(
          at + "/overigeSecties[" + i + " of " + overig.size() + "]",
          words(s.getKop()) + " | " + words(s.getTekst().platteTekst()));
    }
  }

  private static void onderdelen(AlgemeneGegevens a, String at, Map<String, String> out) {
    List<Onderdeel> overig = a.getOverigeOnderdelen();
    out.put(at + "/algemeneGegevens/overigeOnderdelen (count)", String.valueOf(overig.size()));
    for (int i = 0; i < overig.size(); i++) {
      Onderdeel o = overig.get(i);
      out.put(
          at + "/algemeneGegevens/overigeOnderdelen[" + i + " of " + overig.size() + "]",
          words(o.getLabel()) + " | " + words(o.getTekst().platteTekst()));
    }
  }

  private static void put(String key, Object value, Map<String, String> out) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        out.put(key + "[" + i + " of " + list.size() + "]", value(list.get(i)));
      }
    } else {
      out.put(key, value(value));
    }
  }

  /** An identifier as its canonical form when it parsed, else words; any other value as words. */
  private static String value(Object v) {
    if (v instanceof Parsed<?> p) {
      return p.getValue().map(x -> "= " + x).orElse("? " + words(p.getText()));
    }
    if (v instanceof EurLexVerwijzing e) {
      return e.getCelex().map(c -> "= " + c).orElse("? " + words(e.getTekst()));
    }
    if (v instanceof Tekst t) {
      return words(t.platteTekst());
    }
    if (v instanceof GrondhoudingOnderdeel g) {
      return g.getOordeel().map(Enum::name).orElse("-") + " | " + words(g.getTekst().platteTekst());
    }
    if (v instanceof ImpactAssessment ia) {
      return words(ia.getTekst());
    }
    if (v instanceof Ministeries m) {
      return words(m.getTekst());
    }
    return words(String.valueOf(v));
  }
}
