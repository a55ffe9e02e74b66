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
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.TitleLines;

/**
 * Section 1's values from their lines: titles (one per line, or wrapped lines joined in a package),
 * the date and document numbers parsed leniently and kept as written when they do not parse,
 * procedure numbers in parentheses, one EUR-Lex reference and one legal basis per line, and the
 * impact assessment and other single values with their lines joined by a line break.
 */
final class AlgemeneGegevensBuilder {
  private final ReadReport report;
  private final String path;
  private final BiFunction<List<Line>, String, Tekst> text;

  /**
   * A builder for the fiche at {@code path}, recording into {@code report}; {@code text} makes the
   * paragraphs of an item without a place of its own.
   */
  AlgemeneGegevensBuilder(
      ReadReport report, String path, BiFunction<List<Line>, String, Tekst> text) {
    this.report = report;
    this.path = path;
    this.text = text;
  }

  AlgemeneGegevens build(SectionScanner.Section s) {
    ImmutableAlgemeneGegevens.Builder b = AlgemeneGegevens.builder();
    String ap = "/algemeneGegevens";
    List<Onderdeel> overige = new ArrayList<>();
    if (!s.content.isEmpty()) {
      String p = ap + "/overigeOnderdelen/" + overige.size();
      report.warn(
          s.content.get(0),
          ReadFinding.ITEM_NOT_RECOGNISED,
          path + p,
          "onderdeel niet herkend: tekst in algemene gegevens buiten een onderdeel, bewaard als"
              + " onderdeel zonder label",
          "item not recognised: text in section 1 outside an item, kept as an item without label");
      overige.add(Onderdeel.builder().tekst(text.apply(s.content, p + "/tekst")).build());
    }
    List<Line> titelLines = null;
    String titelPath = null;
    for (SectionScanner.Item i : s.items) {
      if (i.field == null) {
        String p = ap + "/overigeOnderdelen/" + overige.size();
        report.position(path, p, i.labelLine);
        overige.add(
            Onderdeel.builder().label(i.label).tekst(text.apply(i.content, p + "/tekst")).build());
        continue;
      }
      List<Line> w = i.content;
      if (w.isEmpty()) {
        report.position(path, i.field.getPad(), i.labelLine);
        continue;
      }
      String p = path + i.field.getPad();
      switch (i.field) {
        case TITEL -> {
          // Read last: how many documents 1c names tells wrapped lines from several titles.
          titelLines = w;
          titelPath = p;
        }
        case DATUM -> {
          report.position(p, w.get(0));
          b.datumOntvangst(Parsed.parse(join(w, " "), NederlandseDatum::parse));
        }
        case COMMISSIEDOCUMENT -> commissieDocumenten(join(w, " "), b, w.get(0));
        case EUR_LEX -> {
          for (int k = 0; k < w.size(); k++) {
            report.position(p, "/", k, w.get(k));
            b.addEurLex(EurLexVerwijzing.of(w.get(k).text()));
          }
        }
        case IMPACT_ASSESSMENT -> {
          report.position(p, w.get(0));
          b.impactAssessment(ImpactAssessment.of(join(w, "\n")));
        }
        case RAAD -> {
          report.position(p, w.get(0));
          b.behandelingstrajectRaad(join(w, "\n"));
        }
        case MINISTERIE -> {
          report.position(p, w.get(0));
          b.eerstverantwoordelijkMinisterie(Ministeries.ofTekst(join(w, "\n")));
        }
        case RECHTSBASIS -> {
          for (int k = 0; k < w.size(); k++) {
            report.position(p, "/", k, w.get(k));
            b.addRechtsbasis(w.get(k).text());
          }
        }
        case BESLUITVORMING -> {
          report.position(p, w.get(0));
          b.besluitvormingsprocedureRaad(join(w, "\n"));
        }
        case ROL_EP -> {
          report.position(p, w.get(0));
          b.rolEuropeesParlement(join(w, "\n"));
        }
        default -> {
          // not an item of section 1
        }
      }
      // Single values point at their value line (recorded above); lists at their label.
      report.position(path, i.field.getPad(), i.labelLine);
    }
    if (titelLines != null) {
      titels(titelLines, b, titelPath, documents(b));
    }
    return b.overigeOnderdelen(overige).build();
  }

  /** The proposals 1c names (annexes and staff documents not counted); 0 when none parses. */
  private static int documents(ImmutableAlgemeneGegevens.Builder b) {
    AlgemeneGegevens sofar = b.build();
    int n = 0;
    for (Parsed<CommissieDocument> d : sofar.getCommissieDocumenten()) {
      if (d.getValue().isPresent() && LayoutEvidence.isProposal(d.getValue().get())) {
        n++;
      }
    }
    return n;
  }

  private static String join(List<Line> lines, String sep) {
    StringBuilder sb = new StringBuilder();
    for (Line r : lines) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(r.text());
    }
    return sb.toString();
  }

  /**
   * Titles of 1a, one per line, with a line that continues the title before it joined to it: a
   * rendering wraps a long title over several lines without a blank line between them. When lines
   * start with a document number ("COM(2025) 501 – Proposal …", a package), a line that does not
   * continues the title before. Otherwise a line continues when it cannot start a title (it starts
   * in lower case) or the line before cannot end one (a word broken by a hyphen, a comma, a word
   * such as "van" or "and"), and, when 1c names exactly one document, every line does.
   */
  private void titels(List<Line> w, ImmutableAlgemeneGegevens.Builder b, String p, int documents) {
    boolean numbered = false;
    for (Line r : w) {
      numbered |= TitleLines.startsWithDocument(r.text());
    }
    // Builders, so that a title wrapped over many lines is joined in linear time.
    List<StringBuilder> titels = new ArrayList<>();
    for (Line r : w) {
      String t = r.text();
      // An escaped line is a title of its own: the writer escapes one that would read as continued.
      boolean continues =
          !titels.isEmpty()
              && !r.literal()
              && (numbered
                  ? !TitleLines.startsWithDocument(t)
                  : documents == 1 || TitleLines.continues(titels.get(titels.size() - 1), t));
      if (continues) {
        TitleLines.append(titels.get(titels.size() - 1), t);
        continue;
      }
      report.position(p, "/", titels.size(), r);
      titels.add(new StringBuilder(t));
    }
    for (StringBuilder t : titels) {
      b.addTitel(t.toString());
    }
  }

  /** 1c: documents, with procedure numbers in parentheses ("(COD 2008/0222)") as procedures. */
  private void commissieDocumenten(String text, ImmutableAlgemeneGegevens.Builder b, Line r) {
    String p = path + "/algemeneGegevens";
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
      report.position(p, "/commissieDocumenten/", k, r);
    }
    for (int k = 0; k < procedures.size(); k++) {
      report.position(p, "/procedures/", k, r);
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
        // Every procedure number has a '/' ("2008/0222 (COD)"); a part without one is not given to
        // the parser, which would throw (and fill in a stack trace) for "(2024)" in "COM(2024) 26".
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
