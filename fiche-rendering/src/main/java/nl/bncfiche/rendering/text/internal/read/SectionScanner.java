package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.rendering.internal.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatch;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatcher;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * The first pass over a fiche's lines: sections (known by label, or unknown numbered headings), their
 * items (known by label; unknown lettered items of section 1), content lines, and footnote bodies.
 *
 * <p>A heading is recognised by its text (with or without number); an item by its label within the
 * current section (with or without bullet and letter; "Label: value" and a label glued to its value in
 * section 1). An unknown numbered heading "N. Kop" counts as a section when numbered headings were seen
 * before, N is at least the last section number and at most 30, and the text looks like a heading (a
 * capital first, no final punctuation, at most 150 characters). Everything else is content.
 */
final class SectionScanner {
  /** A section: a known one ({@code veld}), an unknown one ({@code veld} null), or the lines before any. */
  static final class Sectie {
    final Veld veld;
    final String kop;
    final Line kopRegel;
    final List<Line> inhoud = new ArrayList<>();
    final List<Item> items = new ArrayList<>();

    Sectie(Veld veld, String kop, Line kopRegel) {
      this.veld = veld;
      this.kop = kop;
      this.kopRegel = kopRegel;
    }

    Item item(Veld veld) {
      for (Item i : items) {
        if (veld != null && i.veld == veld) {
          return i;
        }
      }
      return null;
    }
  }

  /** An item: a known one, or an unknown one of section 1 ({@code veld} null, {@code label} as written). */
  static final class Item {
    final Veld veld;
    final String label;
    final Line labelRegel;
    final List<Line> inhoud = new ArrayList<>();

    Item(Veld veld, String label, Line labelRegel) {
      this.veld = veld;
      this.label = label;
      this.labelRegel = labelRegel;
    }
  }

  /** A footnote body with its position. */
  static final class Body {
    final int nummer;
    final String tekst;
    final Line regel;

    Body(int nummer, String tekst, Line regel) {
      this.nummer = nummer;
      this.tekst = tekst;
      this.regel = regel;
    }
  }

  final List<Sectie> secties = new ArrayList<>();
  final List<Body> bodies = new ArrayList<>();
  final LayoutEvidence evidence = new LayoutEvidence();
  private final ReadReport verslag;
  private Sectie sectie;
  private Item item;
  private int laatsteNummer;
  private boolean genummerd;

  SectionScanner(ReadReport verslag) {
    this.verslag = verslag;
  }

  /** Reads lines {@code [from, to)}. */
  void lees(List<Line> regels, int from, int to) {
    boolean blankBefore = true;
    for (int i = from; i < to; i++) {
      Line r = regels.get(i);
      if (r.isLeeg()) {
        blankBefore = true;
        continue;
      }
      regel(r, blankBefore);
      blankBefore = false;
    }
  }

  private void regel(Line r, boolean blankBefore) {
    String t = r.tekst;
    if (t.charAt(0) == Syntax.ESCAPE) {
      inhoud(r.letterlijk());
      return;
    }
    if (Syntax.isFootnoteBodyStart(t, 0)) {
      inhoud(r);
      return;
    }
    LinePrefix p = LinePrefix.of(t);
    Veld s = LineClassifier.section(p);
    if (s != null) {
      if (!bestaat(s)) {
        open(new Sectie(s, p.rest(), r), p.number());
        evidence.see(s, p.rest());
      } else {
        verslag.waarschuw(r, "sectie komt twee keer voor; de tweede is bewaard als overige sectie",
            "section occurs twice; the second is kept as a further section");
        open(new Sectie(null, t, r), p.number());
      }
      return;
    }
    if (p.mayBeHeading() && p.number() >= laatsteNummer && p.number() <= 30 && genummerd && lijktKop(p.rest())) {
      open(new Sectie(null, t, r), p.number());
      return;
    }
    Veld huidig = sectie == null ? null : sectie.veld;
    if (p.number() < 0 && (huidig != null || sectie == null)) {
      Veld context = huidig == null ? Veld.ALGEMENE_GEGEVENS : huidig;
      Veld it = LabelMatcher.item(context, p.rest());
      LabelMatch m = it == null && context == Veld.ALGEMENE_GEGEVENS ? LabelMatcher.itemWithValue(context, p.rest()) : null;
      if (it != null || m != null) {
        if (sectie == null) {
          open(new Sectie(Veld.ALGEMENE_GEGEVENS, "", null), -1);
        }
        Veld v = it != null ? it : m.field();
        String label = it != null ? p.rest() : m.label();
        Item bestaand = sectie.item(v);
        item = bestaand != null ? bestaand : new Item(v, label, r.met(p.rest(), p.offset()));
        if (bestaand == null) {
          sectie.items.add(item);
        }
        evidence.see(v, label);
        if (m != null && m.value() != null) {
          item.inhoud.add(r.met(m.value(), p.offset() + m.valueOffset()));
        }
        return;
      }
      if (huidig == Veld.ALGEMENE_GEGEVENS) {
        boolean lettered = !p.letter().isEmpty() && p.rest().length() <= 150;
        boolean colon = p.letter().isEmpty() && !p.bullet() && blankBefore && t.length() <= 100 && t.endsWith(":")
            && t.indexOf(':') == t.length() - 1 && Character.isUpperCase(t.charAt(0));
        if (lettered || colon) {
          String label = lettered ? p.rest() : t.substring(0, t.length() - 1).strip();
          item = new Item(null, label, r.met(p.rest(), p.offset()));
          sectie.items.add(item);
          return;
        }
      }
    }
    inhoud(r);
  }

  private boolean bestaat(Veld s) {
    for (Sectie x : secties) {
      if (x.veld == s) {
        return true;
      }
    }
    return false;
  }

  private static boolean lijktKop(String t) {
    if (t.isEmpty() || t.length() > 150 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last != '.' && last != ';' && last != ':' && last != ',' && !t.contains("[footnoteRef:");
  }

  private void open(Sectie s, int nummer) {
    sectie = s;
    item = null;
    secties.add(s);
    if (nummer > 0) {
      laatsteNummer = Math.max(laatsteNummer, nummer);
      genummerd = true;
    }
  }

  /** Content: footnote bodies go to the fiche's list, the text to the current item or section. */
  private void inhoud(Line r) {
    String t = r.tekst;
    String tekst = t;
    if (!r.letterlijk && r.haak) {
      InlineText.Split split = InlineText.split(t);
      for (InlineText.Body b : split.bodies) {
        bodies.add(new Body(b.nummer, b.tekst, r.met(b.tekst, b.offset)));
      }
      tekst = split.tekst;
    }
    if (tekst.isEmpty()) {
      return;
    }
    Line content = tekst.equals(r.tekst) ? r : r.met(tekst, 0);
    if (item != null) {
      item.inhoud.add(content);
    } else {
      if (sectie == null) {
        open(new Sectie(null, "", r), -1);
      }
      sectie.inhoud.add(content);
    }
  }
}
