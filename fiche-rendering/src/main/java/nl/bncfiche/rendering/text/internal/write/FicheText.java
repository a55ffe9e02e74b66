package nl.bncfiche.rendering.text.internal.write;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.model.sjabloon.Waarde;
import nl.bncfiche.rendering.internal.Outline;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;
import nl.bncfiche.rendering.text.internal.grammar.TitleLines;

/**
 * One fiche written as it is walked: title, sections, items and paragraphs straight into the
 * buffer, each footnote's body after the paragraph that first cites it, the rest at the end. The
 * marker line goes in under the title afterwards, once the headings written tell whether it is
 * needed.
 *
 * <p>Not thread-safe; one per fiche written.
 */
public final class FicheText implements Outline.Visitor {
  static {
    // The template's labels are written unchecked: make sure that they need no check.
    for (Veld v : Veld.values()) {
      for (String l : v.getLabelteksten()) {
        for (int i = 0; i < l.length(); i++) {
          char c = l.charAt(i);
          if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x300) {
            throw new IllegalStateException("label to check when written: " + l);
          }
        }
      }
    }
  }

  private final Fiche fiche;
  private final LineBuffer out;
  private final boolean g2007;
  private final SeenFields seen;

  private final FootnoteOrder footnotes;

  /** Where the last item label line ended: a line that starts there follows it directly. */
  private int labelEnd = -1;

  /** The label line that ends at {@link #labelEnd}, as written. */
  private String labelLine;

  /** The section whose items' labels the reader knows at the line being written. */
  private Veld context = Veld.ALGEMENE_GEGEVENS;

  private int sections;

  /** The highest section number written, as the reader counts it. */
  private int lastNumber;

  private final OverigeSecties overige;

  /** A fiche to be written into {@code out}. */
  public FicheText(Fiche fiche, LineBuffer out) {
    this.fiche = fiche;
    this.out = out;
    this.g2007 = Outline.generatieOf(fiche) == Generatie.G2007;
    this.seen = new SeenFields(Outline.sjabloonOf(fiche), Outline.generatieOf(fiche));
    this.overige = new OverigeSecties(fiche.getOverigeSecties());
    this.footnotes = new FootnoteOrder(fiche.getVoetnoten());
  }

  /** Writes the fiche. */
  public void write() {
    out.blank();
    out.begin();
    out.append("Fiche: ");
    int title = out.length();
    out.appendOneLine(fiche.getTitel());
    // The reader strips the title (a wrapped one whose first line was empty has a space before).
    out.strip(title);
    out.end();
    int marker = out.length();
    out.blank();
    out.collapsing(true);
    Outline.walk(fiche, this);
    overige(overige.before(OverigeSecties.END, null, sections > 0 ? context : null));
    out.collapsing(false);
    Optional<AlgemeneGegevens> ag = fiche.getAlgemeneGegevens();
    Optional<VoorstelSoort> soort = LayoutEvidence.soort(ag);
    Optional<Sjabloon> sjabloon = seen.sjabloon(soort, ag);
    Optional<Generatie> generatie = seen.generatie(sjabloon, ag);
    // Text before the first section needs the marker line: in a letter, a fiche's title is known
    // as such by the sections or the marker line that follow it.
    if (sections == 0
        || overige.hasTextBeforeSections()
        || !sjabloon.equals(fiche.getSjabloon())
        || !generatie.equals(fiche.getGeneratie())
        || !soort.equals(fiche.getSoort())
        // what the reader would presume of this text must be what the fiche says it presumed
        || !seen.vermoed(soort, ag, generatie).equals(fiche.getVermoed())) {
      out.insertLine(marker, MarkerLine.of(fiche).text());
    }
    if (footnotes.anyLeft()) {
      out.blank();
      footnotes.left().forEach(this::footnote);
    }
  }

  @Override
  public void section(String nummer, String kop, Veld veld, String pad, Tekst tekst) {
    if (veld == null) {
      // Sections under headings the template does not know go where the reader knows them.
      return;
    }
    int number = Integer.parseInt(nummer);
    overige(overige.before(number, veld, sections > 0 ? context : null));
    context = veld;
    sections++;
    lastNumber = Math.max(lastNumber, number);
    out.blank();
    out.begin();
    out.append(nummer);
    out.append(". ");
    out.append(kop);
    out.end(false);
    seen.see(veld, kop);
    if (tekst != null) {
      out.blank();
      tekst(tekst, null, false);
    }
  }

  /** The sections under headings the template does not know at {@code indices}, in order. */
  private void overige(List<Integer> indices) {
    for (int i : indices) {
      Sectie s = overige.get(i);
      String kop =
          overige.slotOf(i) == OverigeSecties.END
              ? OverigeSecties.endHeading(s.getKop(), lastNumber)
              : s.getKop();
      sections++;
      lastNumber = Math.max(lastNumber, LinePrefix.of(kop).number());
      out.blank();
      out.begin();
      out.appendOneLine(kop);
      out.end();
      out.blank();
      tekst(s.getTekst(), null, false);
    }
  }

  @Override
  public void waarden(String letter, String label, Veld veld, List<String> regels) {
    seen.see(veld, label);
    out.blank();
    if (g2007 && letter.isEmpty() && regels.size() == 1) {
      out.begin();
      out.appendOneLine(label);
      out.append(": ");
      // The reader strips the value, as it does each value on a line of its own.
      int from = out.length();
      out.appendOneLine(regels.get(0));
      out.strip(from);
      out.end();
      return;
    }
    label(letter, label, true);
    // The label line counts: the reader may join the first value lines to it, as to each other.
    String before = labelLine;
    String beforeThat = null;
    for (int k = 0; k < regels.size(); k++) {
      String r = regels.get(k);
      // The reader joins a title line to the one before when it may be a wrapped continuation
      // (see TitleLines): a further title of a package is escaped unless its document number
      // starts it.
      boolean ownTitle = veld == Veld.TITEL && k > 0 && !TitleLines.startsWithDocument(r.strip());
      for (String part : r.split("\n", -1)) {
        String value = part.strip();
        out.begin();
        int from = out.length();
        out.append(value);
        // The reader takes a footnote body off any line that is not escaped as a whole: a value
        // is read as written, so a line with one is escaped rather than its brackets. And it
        // joins up to two lines in lower case to the line before when together they make a
        // label ("Nr." and "impact assessment Commissie …"): such a line is escaped too.
        escape(
            from,
            ownTitle
                || Syntax.holdsFootnoteBodyStart(part)
                || LineClassifier.continuesLabel(context, beforeThat, before, value));
        ownTitle = false;
        out.end();
        beforeThat = before;
        before = value;
      }
    }
  }

  @Override
  public void tekst(
      String letter, String label, Veld veld, String pad, Tekst tekst, String stance) {
    if (veld != null) {
      seen.see(veld, label);
    }
    out.blank();
    label(veld == null ? unknownItemLetter(letter, label, pad) : letter, label, veld != null);
    tekst(tekst, stance, veld != null && veld.getWaarde() == Waarde.OORDEEL_EN_TEKST);
  }

  /**
   * The letter of an item of section 1 under a label the template does not know. In the 2007
   * generation items have none, but "Label:" alone reads as such an item only when it has one
   * colon, at its end, starts with a capital and is no known label or heading (a text outside every
   * item, read as an item without label, has none of these): otherwise it gets the letter of its
   * place, as in later generations.
   */
  private static String unknownItemLetter(String letter, String label, String pad) {
    if (!letter.isEmpty()
        || LineClassifier.isUnknownItemLabel(label.replace('\r', ' ').replace('\n', ' ') + ":")) {
      return letter;
    }
    int index = Integer.parseInt(pad.substring(pad.lastIndexOf('/') + 1));
    return Veld.letter(Veld.ROL_EP.getPositie() + 1 + index);
  }

  /**
   * An item's label line: "a) Label", or "Label:" without a letter. A label of the template ({@code
   * known}) is safe, one line and NFC, so the line is not checked.
   */
  private void label(String letter, String label, boolean known) {
    out.begin();
    if (!letter.isEmpty()) {
      out.append(letter);
      out.append(") ");
    }
    if (known) {
      out.append(label);
    } else {
      out.appendOneLine(label);
    }
    if (letter.isEmpty()) {
      out.append(':');
    }
    out.end(!known);
    labelEnd = out.length();
    labelLine = out.lastLine();
  }

  /**
   * Escapes the line begun at {@code from} when {@code force}d, where the reader would take it for
   * structure, and, directly after a label, where it starts in lower case or makes a known label
   * with the label line: the reader joins such a line to the label when together they make one (a
   * label wrapped by a rendering).
   */
  private void escape(int from, boolean force) {
    out.escape(
        from,
        force
            || from == labelEnd
                && (out.startsLowerCase(from)
                    || LineClassifier.continuesLabel(context, null, labelLine, out.since(from))));
  }

  /**
   * Paragraphs separated by blank lines, each followed by the bodies of footnotes it first cites;
   * with {@code stance}, the stance sentence first, as {@link Outline#withStance} puts it, but as a
   * paragraph of its own where the joined line would need an escape (the reader takes no verdict
   * from an escaped line). In an item that may have a stance sentence ({@code stanceItem}) but has
   * none, a first paragraph that starts like one is escaped, so that no verdict is read from it.
   */
  private void tekst(Tekst tekst, String stance, boolean stanceItem) {
    List<Alinea> alineas = tekst.getAlineas();
    boolean joined =
        stance != null && !alineas.isEmpty() && alineas.get(0).getSoort() == AlineaSoort.ALINEA;
    if (stance != null && !joined) {
      paragraph(AlineaSoort.ALINEA, null, stance, false);
    }
    for (int k = 0; k < alineas.size(); k++) {
      if (k > 0 || stance != null && !joined) {
        out.blank();
      }
      Alinea a = alineas.get(k);
      int result;
      if (k == 0 && joined) {
        result = paragraph(a.getSoort(), a.getInhoud(), stance, false);
        if (result == TAKEN_BACK) {
          paragraph(AlineaSoort.ALINEA, null, stance, false);
          out.blank();
          result = paragraph(a.getSoort(), a.getInhoud(), null, false);
        }
      } else {
        boolean literal = k == 0 && stanceItem && stance == null && startsWithStance(a);
        result = paragraph(a.getSoort(), a.getInhoud(), null, literal);
      }
      if (result == WITH_REFERENCES && footnotes.anyLeft()) {
        List<Inline> inhoud = a.getInhoud();
        for (int j = 0, m = inhoud.size(); j < m; j++) {
          if (inhoud.get(j) instanceof VoetnootVerwijzing v) {
            footnotes.cite(v.getNummer()).forEach(this::footnote);
          }
        }
      }
    }
  }

  /** Whether a plain paragraph starts with a stance sentence that the reader takes a verdict of. */
  private static boolean startsWithStance(Alinea a) {
    List<Inline> inhoud = a.getInhoud();
    return a.getSoort() == AlineaSoort.ALINEA
        && !inhoud.isEmpty()
        && inhoud.get(0) instanceof TekstRun run
        && Grondhoudingszin.leesAanBegin(run.getTekst().strip())
            .filter(g -> g.getOordeel().isPresent())
            .isPresent();
  }

  /** {@link #paragraph}: the paragraph is written and cites no footnote. */
  private static final int WITHOUT_REFERENCES = 0;

  /** {@link #paragraph}: the paragraph is written and cites a footnote. */
  private static final int WITH_REFERENCES = 1;

  /**
   * {@link #paragraph}: the stance sentence and content joined would need an escape; not written.
   */
  private static final int TAKEN_BACK = -1;

  /**
   * One paragraph: its marking, then its content with its inline syntax escaped, stripped, and
   * escaped as a whole where the reader would take it for structure, or {@code literal}. {@code
   * stance}, when given with {@code inhoud}, goes before the content and is joined with the text
   * runs that follow it directly, as {@link Outline#withStance} joins them; when that line would
   * need an escape, nothing is written ({@link #TAKEN_BACK}).
   */
  private int paragraph(AlineaSoort soort, List<Inline> inhoud, String stance, boolean literal) {
    // First with the runs as they are, which is right unless a line break is left inside once
    // stripped (rare); then the line is taken back and written again with line breaks as spaces.
    for (boolean raw = true; ; raw = false) {
      out.begin(raw);
      if (soort == AlineaSoort.OPSOMMING) {
        out.appendMarking(Syntax.OPSOMMING);
      } else if (soort == AlineaSoort.TUSSENKOP) {
        out.appendMarking(Syntax.TUSSENKOP);
      }
      int from = out.length();
      boolean references = stance != null ? stanceInline(stance, inhoud, raw) : inline(inhoud, raw);
      out.escapeInline(from);
      out.strip(from);
      if (stance != null && inhoud != null && out.isEscapeNeeded(from)) {
        out.takeBack();
        return TAKEN_BACK;
      }
      escape(from, literal);
      if (out.end()) {
        return references ? WITH_REFERENCES : WITHOUT_REFERENCES;
      }
    }
  }

  /**
   * Writes the runs and references, the runs as they are ({@code raw}) or with line breaks as
   * spaces; whether there was a reference.
   */
  private boolean inline(List<Inline> inhoud, boolean raw) {
    boolean references = false;
    for (int k = 0, n = inhoud.size(); k < n; k++) {
      Inline i = inhoud.get(k);
      if (i instanceof TekstRun run) {
        String t = run.getTekst();
        if (raw) {
          out.append(t);
        } else {
          out.appendOneLine(t);
        }
      } else if (i instanceof VoetnootVerwijzing v) {
        reference(v.getNummer());
        references = true;
      }
    }
    return references;
  }

  /**
   * The content of a plain paragraph with the stance sentence joined to it. Joined runs turn their
   * line breaks into spaces as one run: a CR ending one run and an LF starting the next (empty runs
   * between them aside) are one line break, one space.
   */
  private boolean stanceInline(String stance, List<Inline> inhoud, boolean raw) {
    out.append(stance);
    if (inhoud == null) {
      return false;
    }
    if (!inhoud.isEmpty()) {
      out.append(' ');
    }
    if (raw) {
      return inline(inhoud, true);
    }
    boolean cr = false;
    boolean references = false;
    for (Inline i : inhoud) {
      if (i instanceof TekstRun run) {
        String t = run.getTekst();
        if (t.isEmpty()) {
          continue;
        }
        out.appendOneLine(cr && t.charAt(0) == '\n' ? t.substring(1) : t);
        cr = t.charAt(t.length() - 1) == '\r';
      } else {
        cr = false;
        if (i instanceof VoetnootVerwijzing v) {
          reference(v.getNummer());
          references = true;
        }
      }
    }
    return references;
  }

  private void reference(int number) {
    out.appendReference(number);
  }

  /** A footnote's body, one line {@code [N: text ]} per paragraph. */
  private void footnote(Voetnoot v) {
    List<Alinea> alineas = v.getTekst().getAlineas();
    if (alineas.isEmpty()) {
      out.begin();
      out.append('[');
      out.append(v.getNummer());
      out.append(":  ]");
      out.end();
    }
    for (Alinea a : alineas) {
      for (boolean raw = true; ; raw = false) {
        out.begin(raw);
        out.append('[');
        out.append(v.getNummer());
        out.append(":  ");
        int from = out.length();
        inline(a.getInhoud(), raw);
        out.escapeInline(from);
        out.append(" ]");
        if (out.end()) {
          break;
        }
      }
    }
  }
}
