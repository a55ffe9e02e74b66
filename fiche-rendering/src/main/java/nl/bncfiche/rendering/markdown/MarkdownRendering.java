package nl.bncfiche.rendering.markdown;

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
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.internal.Outline;
import nl.bncfiche.rendering.internal.Regels;
import nl.bncfiche.rendering.internal.Voetnootankers;

/**
 * One rendering of a document to Markdown: blocks separated by blank lines, written into one
 * builder as they are made (a document's text is never copied block by block). Not thread-safe;
 * {@link MarkdownWriter} makes one per call.
 */
final class MarkdownRendering {
  private final StringBuilder out = new StringBuilder();
  private int blocks;

  String render(KamerstukDocument document) {
    List<Fiche> fiches = document.getFiches();
    List<Outline> outlines = new ArrayList<>(fiches.size());
    long estimate = 256;
    for (Fiche fiche : fiches) {
      Outline outline = Outline.of(fiche);
      outlines.add(outline);
      estimate += estimate(outline, fiche);
    }
    // Sized once from the fiches' text: a builder that doubles its way to a large document leaves
    // arrays of half, a quarter, ... of it behind, each too large for the young generation.
    out.ensureCapacity((int) Math.min(estimate, Integer.MAX_VALUE - 16));
    document.getKop().ifPresent(kop -> paragraaf(BriefLayout.kopRegels(kop)));
    document.getBrief().ifPresent(this::brief);
    for (int i = 0; i < fiches.size(); i++) {
      fiche(i, fiches.get(i), outlines.get(i));
    }
    if (blocks == 0) {
      return "";
    }
    Regels.stripTrailing(out, 0);
    return out.append('\n').toString();
  }

  /** Starts the next block: a blank line after the one before. */
  private StringBuilder nextBlock() {
    if (blocks++ > 0) {
      out.append("\n\n");
    }
    return out;
  }

  private void block(String text) {
    nextBlock().append(text);
  }

  private void blocks(List<String> texts) {
    texts.forEach(this::block);
  }

  private void brief(Aanbiedingsbrief brief) {
    paragraaf(List.of(BriefLayout.aankondiging(brief)));
    brief.getAanvullendeZinnen().forEach(zin -> paragraaf(List.of(zin)));
    List<String> items = new ArrayList<>();
    brief
        .getVermeldingen()
        .forEach(
            v ->
                items.add(
                    listItem(
                        "- ", MarkdownText.block().text(BriefLayout.vermelding(v)).toString())));
    if (!items.isEmpty()) {
      block(String.join("\n", items));
    }
    paragraaf(BriefLayout.ondertekening(brief));
  }

  /**
   * About the length of a fiche's Markdown: its text and value lines, an eighth more for escapes,
   * and the markup around headings, lines and footnote references (each with its back-link).
   */
  private static long estimate(Outline outline, Fiche fiche) {
    long n = fiche.getTitel().length() + 16L;
    for (Outline.Section s : outline.sections()) {
      n += s.kop.length() + 16L;
      if (s.tekst.isPresent()) {
        n += estimate(s.tekst.get());
      }
      for (Outline.Item item : s.items) {
        n += item.label.length() + 16L;
        if (item.isWaarden()) {
          for (String regel : item.regels) {
            n += regel.length() + regel.length() / 8 + 3;
          }
        } else {
          n += estimate(item.tekst);
        }
      }
    }
    for (Voetnoot v : fiche.getVoetnoten()) {
      n += estimate(v.getTekst()) + 64;
    }
    return n;
  }

  private static long estimate(Tekst tekst) {
    long n = 0;
    for (Alinea a : tekst.getAlineas()) {
      n += 4;
      for (Inline i : a.getInhoud()) {
        // a reference: its link here and the back-link under its footnote
        n += i instanceof TekstRun run ? run.getTekst().length() * 9L / 8 : 112;
      }
    }
    return n;
  }

  private void fiche(int index, Fiche fiche, Outline outline) {
    Voetnootankers ankers = new Voetnootankers(index, fiche.getVoetnoten());
    block("# Fiche: " + MarkdownText.heading().text(fiche.getTitel()));
    for (Outline.Section s : outline.sections()) {
      String kop = s.nummer.isEmpty() ? s.kop : s.nummer + ". " + s.kop;
      block("## " + MarkdownText.heading().text(kop));
      s.tekst.ifPresent(t -> blocks(tekst(t, 3, ankers, false)));
      for (Outline.Item item : s.items) {
        String label = item.letter.isEmpty() ? item.label : item.letter + ") " + item.label;
        block("### " + MarkdownText.heading().text(label));
        if (item.isWaarden()) {
          paragraaf(item.regels);
        } else {
          blocks(tekst(item.tekst, 4, ankers, false));
        }
      }
    }
    voetnoten(fiche.getVoetnoten(), ankers);
  }

  /** Value lines as one paragraph with hard line breaks; nothing when every line is blank. */
  private void paragraaf(List<String> regels) {
    int before = out.length();
    MarkdownText t = MarkdownText.blockIn(nextBlock());
    for (String regel : regels) {
      if (!regel.isBlank()) {
        t.text(regel).lineBreak();
      }
    }
    if (!t.end()) {
      // no block after all: its separator goes too
      out.setLength(before);
      blocks--;
    }
  }

  /**
   * The footnotes as an ordered list when their numbers run on one by one (the normal case), else
   * as a bulleted list that states each number, since CommonMark numbers list items itself.
   */
  private void voetnoten(List<Voetnoot> voetnoten, Voetnootankers ankers) {
    if (voetnoten.isEmpty()) {
      return;
    }
    boolean doorlopend = true;
    for (int i = 1; i < voetnoten.size(); i++) {
      doorlopend &= voetnoten.get(i).getNummer() == voetnoten.get(i - 1).getNummer() + 1;
    }
    block("---");
    List<String> items = new ArrayList<>();
    Set<Integer> gezien = new HashSet<>();
    for (Voetnoot v : voetnoten) {
      int n = v.getNummer();
      String marker = doorlopend ? n + ". " : "- ";
      // Only the first footnote of a number gets the id: a duplicate number must not duplicate ids.
      String anker = gezien.add(n) ? "<a id=\"" + ankers.voetnootId(n) + "\"></a>" : "";
      if (!doorlopend) {
        // Escaped: a bare "5. " would open an ordered list inside the item.
        anker += n + "\\. ";
      }
      StringBuilder terug = new StringBuilder();
      int k = anker.startsWith("<a") ? ankers.aantalVerwijzingen(n) : 0;
      for (int i = 1; i <= k; i++) {
        terug
            .append(" [↩")
            .append(i > 1 ? Integer.toString(i) : "")
            .append("](#")
            .append(ankers.verwijzingId(n, i))
            .append(')');
      }
      List<String> inhoud = tekst(v.getTekst(), 4, ankers, true);
      List<Alinea> alineas = v.getTekst().getAlineas();
      boolean eindigtMetAlinea =
          !inhoud.isEmpty() && alineas.get(alineas.size() - 1).getSoort() == AlineaSoort.ALINEA;
      List<String> delen = new ArrayList<>(inhoud);
      if (inhoud.isEmpty()) {
        delen.add((anker + terug.toString().strip()).strip());
      } else if (eindigtMetAlinea) {
        delen.set(delen.size() - 1, delen.get(delen.size() - 1) + terug);
      } else if (terug.length() > 0) {
        delen.add(terug.toString().strip());
      }
      boolean begintMetAlinea =
          !inhoud.isEmpty() && alineas.get(0).getSoort() == AlineaSoort.ALINEA;
      if (inhoud.isEmpty()) {
        // the anchor is already on the item's only line
      } else if (begintMetAlinea) {
        delen.set(0, anker + delen.get(0));
      } else if (!anker.isEmpty()) {
        delen.add(0, anker.strip());
      }
      items.add(listItem(marker, String.join("\n\n", delen)));
    }
    // A loose list (blank lines between items) only when some footnote has several blocks.
    boolean los = items.stream().anyMatch(i -> i.contains("\n\n"));
    block(String.join(los ? "\n\n" : "\n", items));
  }

  /**
   * The blocks of a text: paragraphs, a bulleted list per run of list items, and sub-headings at
   * {@code kopNiveau}.
   */
  private List<String> tekst(
      Tekst tekst, int kopNiveau, Voetnootankers ankers, boolean inVoetnoot) {
    List<String> out = new ArrayList<>();
    List<String> lijst = new ArrayList<>();
    for (Alinea a : tekst.getAlineas()) {
      boolean kop = a.getSoort() == AlineaSoort.TUSSENKOP;
      MarkdownText t = kop ? MarkdownText.heading() : MarkdownText.block();
      inline(a, t, ankers, inVoetnoot);
      if (a.getSoort() != AlineaSoort.OPSOMMING && !lijst.isEmpty()) {
        out.add(String.join("\n", lijst));
        lijst.clear();
      }
      if (t.isBlank()) {
        continue;
      }
      if (a.getSoort() == AlineaSoort.OPSOMMING) {
        lijst.add(listItem("- ", t.toString()));
      } else if (kop) {
        out.add("#".repeat(Math.min(kopNiveau, 6)) + " " + t);
      } else {
        out.add(t.toString());
      }
    }
    if (!lijst.isEmpty()) {
      out.add(String.join("\n", lijst));
    }
    return out;
  }

  private static void inline(
      Alinea alinea, MarkdownText t, Voetnootankers ankers, boolean inVoetnoot) {
    StringBuilder run = new StringBuilder();
    for (Inline i : alinea.getInhoud()) {
      if (i instanceof TekstRun tekstRun) {
        // Adjacent runs are escaped as one, so that a line-start rule sees the whole line.
        run.append(tekstRun.getTekst());
        continue;
      }
      t.text(run.toString());
      run.setLength(0);
      int n = ((VoetnootVerwijzing) i).getNummer();
      if (!ankers.bestaat(n)) {
        t.raw("<sup>" + n + "</sup>");
      } else if (inVoetnoot) {
        t.raw("<sup>[" + n + "](#" + ankers.voetnootId(n) + ")</sup>");
      } else {
        t.raw(
            "<sup id=\""
                + ankers.nieuweVerwijzing(n)
                + "\">["
                + n
                + "](#"
                + ankers.voetnootId(n)
                + ")</sup>");
      }
    }
    t.text(run.toString());
  }

  /** A list item: the marker, then the content with every further line indented under it. */
  private static String listItem(String marker, String inhoud) {
    String indent = " ".repeat(marker.length());
    return marker + inhoud.replace("\n", "\n" + indent);
  }
}
