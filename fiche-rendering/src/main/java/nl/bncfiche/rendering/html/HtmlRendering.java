package nl.bncfiche.rendering.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.internal.Outline;
import nl.bncfiche.rendering.internal.Regels;
import nl.bncfiche.rendering.internal.Voetnootankers;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;

/**
 * One rendering of a document to HTML, one element per line. Not thread-safe; {@link HtmlWriter}
 * makes one per call. Every piece of user text passes {@link HtmlText#escape} right where it is
 * appended; attribute values are our own ids only.
 */
final class HtmlRendering {
  private final StringBuilder out = new StringBuilder();
  private final boolean fragment;
  private final String stylesheet;

  /** {@code stylesheet} is inlined in a full page; null for none. */
  HtmlRendering(boolean fragment, String stylesheet) {
    this.fragment = fragment;
    this.stylesheet = stylesheet;
  }

  String render(KamerstukDocument document) {
    if (fragment) {
      line("<div class=\"bnc-fiche\" lang=\"nl\">");
    } else {
      line("<!DOCTYPE html>");
      line("<html lang=\"nl\">");
      line("<head>");
      line("<meta charset=\"utf-8\">");
      line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
      line("<title>" + HtmlText.escape(titel(document), false) + "</title>");
      if (stylesheet != null) {
        line("<style>");
        out.append(stylesheet);
        line("</style>");
      }
      line("</head>");
      line("<body>");
      line("<main class=\"bnc-fiche\">");
    }
    document.getKop().ifPresent(this::kop);
    document.getBrief().ifPresent(this::brief);
    List<Fiche> fiches = document.getFiches();
    for (int i = 0; i < fiches.size(); i++) {
      fiche(i, fiches.get(i));
    }
    if (fragment) {
      line("</div>");
    } else {
      line("</main>");
      line("</body>");
      line("</html>");
    }
    Regels.stripTrailing(out, 0);
    return out.toString();
  }

  /** The page title: the fiche's title, the titles of several joined by "; ", else "BNC-fiche". */
  private static String titel(KamerstukDocument document) {
    List<String> titels = new ArrayList<>();
    for (Fiche f : document.getFiches()) {
      if (!f.getTitel().isBlank()) {
        titels.add(f.getTitel().strip());
      }
    }
    return titels.isEmpty() ? "BNC-fiche" : String.join("; ", titels);
  }

  private void kop(KamerstukKop kop) {
    List<String> regels = BriefLayout.kopRegels(kop);
    if (regels.isEmpty()) {
      return;
    }
    line("<header class=\"kamerstuk\">");
    regels.forEach(r -> line("<p>" + HtmlText.escape(r, true) + "</p>"));
    line("</header>");
  }

  private void brief(Aanbiedingsbrief brief) {
    line("<section class=\"aanbiedingsbrief\" aria-label=\"Aanbiedingsbrief\">");
    paragraaf(List.of(BriefLayout.aankondiging(brief)), null);
    brief.getAanvullendeZinnen().forEach(zin -> paragraaf(List.of(zin), null));
    if (!brief.getVermeldingen().isEmpty()) {
      line("<ul class=\"vermeldingen\">");
      brief
          .getVermeldingen()
          .forEach(v -> line("<li>" + HtmlText.escape(BriefLayout.vermelding(v), true) + "</li>"));
      line("</ul>");
    }
    paragraaf(BriefLayout.ondertekening(brief), "ondertekening");
    line("</section>");
  }

  private void fiche(int index, Fiche fiche) {
    Voetnootankers ankers = new Voetnootankers(index, fiche.getVoetnoten());
    line("<article class=\"fiche\">");
    line("<h1>Fiche: " + HtmlText.escape(fiche.getTitel(), false) + "</h1>");
    // The template, generation and kind, which the headings may not show: hidden on the page, and
    // read back by the text reader from a conversion that keeps it (LibreOffice's .docx does).
    line(
        "<p class=\"fiche-kenmerken\" hidden>"
            + HtmlText.escape(MarkerLine.of(fiche).text(), false)
            + "</p>");
    for (Outline.Section s : Outline.of(fiche).sections()) {
      line("<section class=\"sectie\">");
      String kop = s.nummer.isEmpty() ? s.kop : s.nummer + ". " + s.kop;
      line("<h2>" + HtmlText.escape(kop, false) + "</h2>");
      s.tekst.ifPresent(t -> tekst(t, 3, ankers, false));
      for (Outline.Item item : s.items) {
        line("<section class=\"onderdeel\">");
        String label = item.letter.isEmpty() ? item.label : item.letter + ") " + item.label;
        line("<h3>" + HtmlText.escape(label, false) + "</h3>");
        if (item.isWaarden()) {
          paragraaf(item.regels, null);
        } else {
          tekst(item.tekst, 4, ankers, false);
        }
        line("</section>");
      }
      line("</section>");
    }
    voetnoten(fiche.getVoetnoten(), ankers);
    line("</article>");
  }

  /** Lines as one paragraph with a line break between them; nothing when every line is blank. */
  private void paragraaf(List<String> regels, String klasse) {
    List<String> escaped = new ArrayList<>();
    for (String r : regels) {
      if (!r.isBlank()) {
        escaped.add(HtmlText.escape(r.strip(), true));
      }
    }
    if (!escaped.isEmpty()) {
      String open = klasse == null ? "<p>" : "<p class=\"" + klasse + "\">";
      line(open + String.join("<br>\n", escaped) + "</p>");
    }
  }

  private void voetnoten(List<Voetnoot> voetnoten, Voetnootankers ankers) {
    if (voetnoten.isEmpty()) {
      return;
    }
    line("<section class=\"voetnoten\" aria-label=\"Voetnoten\">");
    line("<hr>");
    line("<ol>");
    Set<Integer> gezien = new HashSet<>();
    for (Voetnoot v : voetnoten) {
      int n = v.getNummer();
      // Only the first footnote of a number gets the id: a duplicate number must not duplicate ids.
      boolean eerste = gezien.add(n);
      StringBuilder terug = new StringBuilder();
      int k = eerste ? ankers.aantalVerwijzingen(n) : 0;
      for (int i = 1; i <= k; i++) {
        terug
            .append(" <a class=\"terug\" href=\"#")
            .append(ankers.verwijzingId(n, i))
            .append("\" aria-label=\"Terug naar verwijzing ")
            .append(n)
            .append("\">↩")
            .append(i > 1 ? "<sup>" + i + "</sup>" : "")
            .append("</a>");
      }
      String open =
          "<li" + (eerste ? " id=\"" + ankers.voetnootId(n) + "\"" : "") + " value=\"" + n + "\">";
      List<Alinea> alineas = v.getTekst().getAlineas();
      if (alineas.size() <= 1
          && (alineas.isEmpty() || alineas.get(0).getSoort() == AlineaSoort.ALINEA)) {
        String inhoud = alineas.isEmpty() ? "" : inline(alineas.get(0), ankers, true).strip();
        line(open + inhoud + terug + "</li>");
      } else {
        line(open);
        tekst(v.getTekst(), 4, ankers, true);
        if (terug.length() > 0) {
          line("<p>" + terug.toString().strip() + "</p>");
        }
        line("</li>");
      }
    }
    line("</ol>");
    line("</section>");
  }

  /** Paragraphs, a list per run of list items, and sub-headings at {@code kopNiveau}. */
  private void tekst(Tekst tekst, int kopNiveau, Voetnootankers ankers, boolean inVoetnoot) {
    boolean inLijst = false;
    for (Alinea a : tekst.getAlineas()) {
      String inhoud = inline(a, ankers, inVoetnoot).strip();
      boolean opsomming = a.getSoort() == AlineaSoort.OPSOMMING;
      if (inLijst && !opsomming) {
        line("</ul>");
        inLijst = false;
      }
      if (inhoud.isEmpty()) {
        continue;
      }
      if (opsomming) {
        if (!inLijst) {
          line("<ul>");
          inLijst = true;
        }
        line("<li>" + inhoud + "</li>");
      } else if (a.getSoort() == AlineaSoort.TUSSENKOP) {
        String h = "h" + Math.min(kopNiveau, 6);
        line("<" + h + ">" + inhoud + "</" + h + ">");
      } else {
        line("<p>" + inhoud + "</p>");
      }
    }
    if (inLijst) {
      line("</ul>");
    }
  }

  private static String inline(Alinea alinea, Voetnootankers ankers, boolean inVoetnoot) {
    boolean breaks = alinea.getSoort() != AlineaSoort.TUSSENKOP;
    StringBuilder sb = new StringBuilder();
    for (Inline i : alinea.getInhoud()) {
      if (i instanceof TekstRun tekstRun) {
        sb.append(HtmlText.escape(tekstRun.getTekst(), breaks));
        continue;
      }
      int n = ((VoetnootVerwijzing) i).getNummer();
      if (!ankers.bestaat(n)) {
        sb.append("<sup>").append(n).append("</sup>");
      } else if (inVoetnoot) {
        sb.append("<sup><a href=\"#")
            .append(ankers.voetnootId(n))
            .append("\">")
            .append(n)
            .append("</a></sup>");
      } else {
        sb.append("<sup><a id=\"")
            .append(ankers.nieuweVerwijzing(n))
            .append("\" href=\"#")
            .append(ankers.voetnootId(n))
            .append("\">")
            .append(n)
            .append("</a></sup>");
      }
    }
    return sb.toString();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
