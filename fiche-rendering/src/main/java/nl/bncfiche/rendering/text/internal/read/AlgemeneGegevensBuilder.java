package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.IdentifierParseException;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;

/**
 * Section 1's values from their lines: titles (one per line, or wrapped lines joined in a package),
 * the date and document numbers parsed leniently and kept as written when they do not parse,
 * procedure numbers in parentheses, one EUR-Lex reference and one legal basis per line, and the
 * impact assessment and other single values with their lines joined by a line break.
 */
final class AlgemeneGegevensBuilder {
  private final ReadReport verslag;
  private final String pad;
  private final BiFunction<List<Line>, String, Tekst> tekst;

  AlgemeneGegevensBuilder(ReadReport verslag, String pad, BiFunction<List<Line>, String, Tekst> tekst) {
    this.verslag = verslag;
    this.pad = pad;
    this.tekst = tekst;
  }

  AlgemeneGegevens bouw(SectionScanner.Sectie s) {
    ImmutableAlgemeneGegevens.Builder b = AlgemeneGegevens.builder();
    String ap = "/algemeneGegevens";
    List<Onderdeel> overige = new ArrayList<>();
    if (!s.inhoud.isEmpty()) {
      verslag.waarschuw(s.inhoud.get(0), "tekst in algemene gegevens buiten een onderdeel, bewaard als onderdeel zonder label",
          "text in section 1 outside an item, kept as an item without label");
      String p = ap + "/overigeOnderdelen/" + overige.size();
      overige.add(Onderdeel.builder().tekst(tekst.apply(s.inhoud, p + "/tekst")).build());
    }
    for (SectionScanner.Item i : s.items) {
      if (i.veld == null) {
        String p = ap + "/overigeOnderdelen/" + overige.size();
        verslag.positie(pad, p, i.labelRegel);
        overige.add(Onderdeel.builder().label(i.label).tekst(tekst.apply(i.inhoud, p + "/tekst")).build());
        continue;
      }
      List<Line> w = i.inhoud;
      if (w.isEmpty()) {
        verslag.positie(pad, i.veld.pad(), i.labelRegel);
        continue;
      }
      String p = pad + i.veld.pad();
      switch (i.veld) {
        case TITEL:
          titels(w, b, p);
          break;
        case DATUM:
          verslag.positie(p, w.get(0));
          b.datumOntvangst(Parsed.parse(join(w, " "), NederlandseDatum::parse));
          break;
        case COMMISSIEDOCUMENT:
          documenten(join(w, " "), b, w.get(0));
          break;
        case EUR_LEX:
          for (int k = 0; k < w.size(); k++) {
            verslag.positie(p, "/", k, w.get(k));
            b.addEurLex(EurLexVerwijzing.of(w.get(k).tekst));
          }
          break;
        case IMPACT_ASSESSMENT:
          verslag.positie(p, w.get(0));
          b.impactAssessment(ImpactAssessment.of(join(w, "\n")));
          break;
        case RAAD:
          verslag.positie(p, w.get(0));
          b.behandelingstrajectRaad(join(w, "\n"));
          break;
        case MINISTERIE:
          verslag.positie(p, w.get(0));
          b.eerstverantwoordelijkMinisterie(Ministeries.ofTekst(join(w, "\n")));
          break;
        case RECHTSBASIS:
          for (int k = 0; k < w.size(); k++) {
            verslag.positie(p, "/", k, w.get(k));
            b.addRechtsbasis(w.get(k).tekst);
          }
          break;
        case BESLUITVORMING:
          verslag.positie(p, w.get(0));
          b.besluitvormingsprocedureRaad(join(w, "\n"));
          break;
        case ROL_EP:
          verslag.positie(p, w.get(0));
          b.rolEuropeesParlement(join(w, "\n"));
          break;
        default:
          break;
      }
      // Single values point at their value line (recorded above); lists at their label.
      verslag.positie(pad, i.veld.pad(), i.labelRegel);
    }
    return b.overigeOnderdelen(overige).build();
  }

  private static String join(List<Line> regels, String sep) {
    StringBuilder sb = new StringBuilder();
    for (Line r : regels) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(r.tekst);
    }
    return sb.toString();
  }

  /**
   * Titles of 1a, one per line; when lines start with a document number ("COM(2025) 501 – Proposal
   * …", a package), a line that does not is a wrapped continuation of the title before.
   */
  private void titels(List<Line> w, ImmutableAlgemeneGegevens.Builder b, String p) {
    boolean numbered = false;
    for (Line r : w) {
      numbered |= startsWithDocument(r.tekst);
    }
    List<String> titels = new ArrayList<>();
    for (Line r : w) {
      if (numbered && !titels.isEmpty() && !startsWithDocument(r.tekst)) {
        titels.set(titels.size() - 1, titels.get(titels.size() - 1) + " " + r.tekst);
        continue;
      }
      verslag.positie(p, "/", titels.size(), r);
      titels.add(r.tekst);
    }
    b.titels(titels);
  }

  private static boolean startsWithDocument(String t) {
    String head = t.length() > 40 ? t.substring(0, 40) : t;
    List<CommissieDocument> found = CommissieDocument.findAll(head);
    if (found.isEmpty()) {
      return false;
    }
    String type = found.get(0).getType().name();
    return head.startsWith(type);
  }

  /** 1c: documents, with procedure numbers in parentheses ("(COD 2008/0222)") as procedures. */
  private void documenten(String text, ImmutableAlgemeneGegevens.Builder b, Line r) {
    String p = pad + "/algemeneGegevens";
    StringBuilder rest = new StringBuilder();
    List<Parsed<ProcedureNummer>> procedures = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '(') {
        int depth = 0;
        int close = -1;
        for (int j = i; j < text.length() && j - i < 200; j++) {
          if (text.charAt(j) == '(') {
            depth++;
          } else if (text.charAt(j) == ')' && --depth == 0) {
            close = j;
            break;
          }
        }
        if (close > 0) {
          List<Parsed<ProcedureNummer>> found = procedures(text.substring(i + 1, close));
          if (!found.isEmpty()) {
            procedures.addAll(found);
            i = close + 1;
            continue;
          }
        }
      }
      rest.append(c);
      i++;
    }
    String docs = rest.toString().strip();
    List<Parsed<CommissieDocument>> list = new ArrayList<>();
    if (!docs.isEmpty()) {
      try {
        for (CommissieDocument d : CommissieDocument.parseList(docs)) {
          list.add(Parsed.of(d));
        }
      } catch (IdentifierParseException e) {
        list.clear();
        list.add(Parsed.parse(docs, CommissieDocument::parse));
      }
    }
    for (int k = 0; k < list.size(); k++) {
      verslag.positie(p, "/commissieDocumenten/", k, r);
    }
    for (int k = 0; k < procedures.size(); k++) {
      verslag.positie(p, "/procedures/", k, r);
    }
    b.commissieDocumenten(list).procedures(procedures);
  }

  /** Procedure numbers separated by ", "; empty unless every part is one. */
  private static List<Parsed<ProcedureNummer>> procedures(String inner) {
    List<Parsed<ProcedureNummer>> result = new ArrayList<>();
    // indexOf, not String.split: a two-character separator compiles a regex on every call.
    int from = 0;
    while (true) {
      int comma = inner.indexOf(", ", from);
      String part = comma < 0 ? inner.substring(from) : inner.substring(from, comma);
      if (part.indexOf('/') < 0) {
        // Every procedure number has a '/' ("2008/0222 (COD)"); without one, the parser's exception
        // (with its stack trace) for "(2024)" in "COM(2024) 26" was a noticeable part of reading.
        return List.of();
      }
      Parsed<ProcedureNummer> p = Parsed.parse(part, ProcedureNummer::parse);
      if (!p.isParsed()) {
        return List.of();
      }
      result.add(p);
      if (comma < 0) {
        return result;
      }
      from = comma + 2;
    }
  }
}
