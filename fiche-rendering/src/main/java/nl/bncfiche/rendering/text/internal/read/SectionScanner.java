package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatch;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatcher;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;
import nl.bncfiche.rendering.text.internal.grammar.TitleLines;

/**
 * The first pass over a fiche's lines: sections (known by label, or unknown numbered headings),
 * their items (known by label; unknown lettered items of section 1), content lines, and footnote
 * bodies.
 *
 * <p>A heading is recognised by its text (with or without number); an item by its label within the
 * current section (with or without bullet and letter; "Label: value" and a label glued to its value
 * in section 1). An unknown numbered heading "N. Kop" counts as a section when numbered headings
 * were seen before, N is at least the last section number and at most 30, and the text looks like a
 * heading (a capital first, no final punctuation, at most 150 characters). Everything else is
 * content.
 */
final class SectionScanner {
  /**
   * A section: a known one ({@code field}), an unknown one ({@code field} null), or the lines
   * before any.
   */
  static final class Section {
    final Veld field;
    final String heading;
    final Line headingLine;
    final List<Line> content = new ArrayList<>();
    final List<Item> items = new ArrayList<>();

    /** Whether this is a template section's second occurrence, kept as a further section. */
    boolean twice;

    Section(Veld field, String heading, Line headingLine) {
      this.field = field;
      this.heading = heading;
      this.headingLine = headingLine;
    }

    /** The item of {@code field}, or null. */
    Item item(Veld field) {
      for (Item i : items) {
        if (field != null && i.field == field) {
          return i;
        }
      }
      return null;
    }
  }

  /**
   * An item: a known one, or an unknown one of section 1 ({@code field} null, {@code label} as
   * written).
   */
  static final class Item {
    final Veld field;
    final String label;
    final Line labelLine;
    final List<Line> content = new ArrayList<>();

    Item(Veld field, String label, Line labelLine) {
      this.field = field;
      this.label = label;
      this.labelLine = labelLine;
    }
  }

  /**
   * A footnote body.
   *
   * @param number the footnote's number
   * @param text its text, stripped
   * @param line where it stands
   */
  record FootnoteBody(int number, String text, Line line) {}

  final List<Section> sections = new ArrayList<>();
  final List<FootnoteBody> bodies = new ArrayList<>();
  final LayoutEvidence evidence = new LayoutEvidence();
  private final ReadReport report;
  private Section section;
  private Item item;
  private int lastNumber;
  private boolean numbered;

  /**
   * No rendering of a fiche wraps its lines at fewer characters than this: a line that would have
   * held the next line's first word within it was not wrapped.
   */
  private static final int SHORTEST_WRAP = 50;

  /** A line that is a sub-heading unless a later line continues it: its list and place there. */
  private record Candidate(List<Line> list, int index, Line line) {}

  /** The {@link Candidate}s so far ({@link #markSubheadings}). */
  private final List<Candidate> candidates = new ArrayList<>();

  /** Whether a blank line came before the line being read. */
  private boolean blankBefore = true;

  /** The list the last content line went to: a line directly after it may continue it. */
  private List<Line> lastContent;

  /** The text of the paragraph being joined from wrapped lines, the last of {@code lastContent}. */
  private StringBuilder joining;

  /** Whether a line joined into {@link #joining} may hold a bracket. */
  private boolean joiningBracket;

  SectionScanner(ReadReport report) {
    this.report = report;
  }

  /** Reads lines {@code [from, to)}. */
  void scan(List<Line> lines, int from, int to) {
    boolean blankBefore = true;
    for (int i = from; i < to; i++) {
      Line r = lines.get(i);
      if (r.isEmpty()) {
        blankBefore = true;
        continue;
      }
      int wrapped = wrappedLabel(lines, i, to);
      for (int k = 1; k <= wrapped; k++) {
        Line next = lines.get(i + k);
        r =
            new Line(
                r.text() + " " + next.text(),
                r.number(),
                r.column(),
                false,
                r.mayHoldBracket() || next.mayHoldBracket());
      }
      i += wrapped;
      this.blankBefore = blankBefore;
      line(r, blankBefore);
      blankBefore = false;
    }
    endParagraph();
    markSubheadings();
  }

  /**
   * Marks as sub-headings the {@link #candidates} that no later line continued (a continued line
   * was replaced by the joined one, a marked one by its marked form).
   */
  private void markSubheadings() {
    for (Candidate c : candidates) {
      if (c.list().get(c.index()).equals(c.line())) {
        c.list().set(c.index(), subheading(c.line()));
      }
    }
    candidates.clear();
  }

  /**
   * Whether {@code line}, a paragraph line directly after another (a Word export, one paragraph a
   * line), may be a sub-heading written without the canonical "## ": it starts with a capital, ends
   * no sentence, and is too short to have been wrapped.
   */
  private static boolean mayBeSubheading(Line line) {
    String t = line.text();
    return !line.literal()
        && t.length() < SHORTEST_WRAP
        && Character.isUpperCase(t.charAt(0))
        && LinePrefix.listItemMarking(t) == 0
        && !t.startsWith("#")
        && !endsSentence(t.charAt(t.length() - 1));
  }

  private static Line subheading(Line line) {
    return new Line(
        Syntax.TUSSENKOP + line.text(), line.number(), line.column(), false, line.mayHoldBracket());
  }

  /**
   * How many of the lines after line {@code i} continue its heading or label, wrapped by a
   * rendering (up to two, see {@link LineClassifier#mayContinueLabel}): 0 unless the joined text is
   * a known label of a section or of an item of the current section and the line alone is not.
   */
  private int wrappedLabel(List<Line> lines, int i, int to) {
    Line r = lines.get(i);
    if (r.literal() || r.text().length() > 200 || i + 1 >= to) {
      return 0;
    }
    String joined = r.text();
    Veld context =
        section == null || section.field == null ? Veld.ALGEMENE_GEGEVENS : section.field;
    for (int k = 1; k <= 2 && i + k < to; k++) {
      Line next = lines.get(i + k);
      if (next.isEmpty()
          || next.text().length() > 200
          || next.literal()
          || next.text().charAt(0) == Syntax.ESCAPE
          || !LineClassifier.mayContinueLabel(next.text(), context)) {
        return 0;
      }
      joined = joined + " " + next.text();
      if (isLabel(joined) && !isLabel(r.text())) {
        return k;
      }
    }
    return 0;
  }

  /** Whether {@code t} is a label ({@link #isLabel}), or starts with an item letter or number. */
  private boolean isStructure(String t) {
    LinePrefix p = LinePrefix.of(t);
    return !p.letter().isEmpty() || p.number() >= 0 || isLabel(t);
  }

  /** Whether {@code t} is a section heading, or the label of an item of the current section. */
  private boolean isLabel(String t) {
    LinePrefix p = LinePrefix.of(t);
    if (LabelMatcher.section(p.rest()) != null) {
      return true;
    }
    Veld context =
        section == null || section.field == null ? Veld.ALGEMENE_GEGEVENS : section.field;
    return LabelMatcher.item(context, p.rest()) != null;
  }

  private void line(Line r, boolean blankBefore) {
    String t = r.text();
    if (t.charAt(0) == Syntax.ESCAPE) {
      content(r.withoutEscape());
      return;
    }
    if (!r.literal()
        && t.startsWith(Syntax.TUSSENKOP)
        && t.length() > Syntax.TUSSENKOP.length()
        && t.charAt(Syntax.TUSSENKOP.length()) != Syntax.ESCAPE
        && isStructure(t.substring(Syntax.TUSSENKOP.length()))) {
      // A heading marked as a sub-heading (Word's third heading level is an item in one
      // document, a sub-heading in another) that is a label, or lettered or numbered: read as
      // such. The writer escapes a sub-heading that would read so.
      line(r.part(t.substring(Syntax.TUSSENKOP.length()), Syntax.TUSSENKOP.length()), blankBefore);
      return;
    }
    if (Syntax.isFootnoteBodyStart(t, 0)) {
      content(r);
      return;
    }
    LinePrefix p = LinePrefix.of(t);
    Veld s = LineClassifier.section(p);
    if (s != null) {
      if (!hasSection(s)) {
        open(new Section(s, p.rest(), r), p.number());
        evidence.see(s, p.rest());
      } else {
        Section again = new Section(null, t, r);
        again.twice = true;
        open(again, p.number());
      }
      return;
    }
    Veld current = section == null ? null : section.field;
    Veld context = current == null ? Veld.ALGEMENE_GEGEVENS : current;
    if ((current != null || section == null)
        && LineClassifier.readsAsNumberedItem(p, context)
        && item(r, p, current, blankBefore)) {
      // An item numbered like a section: a rendering that numbers every heading "1.", also an
      // item of section 1 with its value on the same line (the 2007 generation's "Label: value").
      return;
    }
    if (LineClassifier.isUnknownHeading(p, lastNumber, numbered)) {
      open(new Section(null, t, r), p.number());
      return;
    }
    if (p.number() < 0
        && (current != null || section == null)
        && item(r, p, current, blankBefore)) {
      return;
    }
    content(r);
  }

  /**
   * Opens an item when line {@code r} is an item's label (with its value, in section 1) in the
   * current section, or section 1 before any; returns whether it did.
   */
  private boolean item(Line r, LinePrefix p, Veld current, boolean blankBefore) {
    String t = r.text();
    Veld context = current == null ? Veld.ALGEMENE_GEGEVENS : current;
    Veld it = LabelMatcher.item(context, p.rest());
    LabelMatch m =
        it == null && context == Veld.ALGEMENE_GEGEVENS
            ? LabelMatcher.itemWithValue(context, p.rest())
            : null;
    if (it != null || m != null) {
      if (section == null) {
        open(new Section(Veld.ALGEMENE_GEGEVENS, "", null), -1);
      }
      Veld v = it != null ? it : m.field();
      String label = it != null ? p.rest() : m.label();
      Item existing = section.item(v);
      item = existing != null ? existing : new Item(v, label, r.part(p.rest(), p.offset()));
      if (existing == null) {
        section.items.add(item);
      }
      evidence.see(v, label);
      if (m != null && m.value() != null) {
        item.content.add(r.part(m.value(), p.offset() + m.valueOffset()));
      }
      return true;
    }
    if (current == Veld.ALGEMENE_GEGEVENS) {
      // An item of section 1 under an unknown label: lettered, or "Label:" alone after a blank
      // line.
      boolean lettered = !p.letter().isEmpty() && p.rest().length() <= 150;
      boolean colon =
          p.letter().isEmpty()
              && !p.bullet()
              && blankBefore
              && t.length() <= 100
              && t.endsWith(":")
              && t.indexOf(':') == t.length() - 1
              && Character.isUpperCase(t.charAt(0));
      if (lettered || colon) {
        String label = lettered ? p.rest() : t.substring(0, t.length() - 1).strip();
        item = new Item(null, label, r.part(p.rest(), p.offset()));
        section.items.add(item);
        return true;
      }
    }
    return false;
  }

  private boolean hasSection(Veld s) {
    for (Section x : sections) {
      if (x.field == s) {
        return true;
      }
    }
    return false;
  }

  private void open(Section s, int number) {
    section = s;
    item = null;
    sections.add(s);
    if (number > 0) {
      lastNumber = Math.max(lastNumber, number);
      numbered = true;
    }
  }

  /** Content: footnote bodies go to the fiche's list, the text to the current item or section. */
  private void content(Line r) {
    String t = r.text();
    String text = t;
    if (!r.literal() && r.mayHoldBracket()) {
      InlineText.Split split = InlineText.split(t);
      for (InlineText.Body b : split.bodies()) {
        bodies.add(new FootnoteBody(b.number(), b.text(), r.part(b.text(), b.offset())));
      }
      text = split.text();
    }
    if (text.isEmpty()) {
      return;
    }
    Line line = text.equals(r.text()) ? r : r.part(text, 0);
    if (item == null && section == null) {
      open(new Section(null, "", r), -1);
    }
    List<Line> target = item != null ? item.content : section.content;
    if (continuesParagraph(target, line)) {
      // A paragraph wrapped by a rendering: the canonical text writes each paragraph on one line.
      // Joined in a builder and made a line once it ends, so that N wrapped lines cost O(N).
      if (joining == null) {
        joining = new StringBuilder(target.get(target.size() - 1).text());
      }
      TitleLines.append(joining, line.text());
      joiningBracket |= line.mayHoldBracket();
    } else {
      boolean afterContent =
          !blankBefore
              && target == lastContent
              && !target.isEmpty()
              && section != null
              && section.field != Veld.ALGEMENE_GEGEVENS;
      endParagraph();
      target.add(line);
      if (afterContent && mayBeSubheading(line)) {
        candidates.add(new Candidate(target, target.size() - 1, line));
      }
    }
    lastContent = target;
  }

  /** Makes the paragraph being joined from wrapped lines the last line of its list. */
  private void endParagraph() {
    if (joining == null) {
      return;
    }
    int last = lastContent.size() - 1;
    Line before = lastContent.get(last);
    lastContent.set(
        last,
        new Line(
            joining.toString(),
            before.number(),
            before.column(),
            before.literal(),
            before.mayHoldBracket() || joiningBracket));
    joining = null;
    joiningBracket = false;
  }

  /**
   * Whether {@code line} continues the paragraph that ends {@code target}: it follows that line
   * directly, without a blank line between them, outside section 1 (whose lines are values), and
   * starts no list item or sub-heading. A line too short to have been wrapped that ends no
   * sentence, directly followed by a line that starts one, is a sub-heading of a Word export (which
   * writes one paragraph a line, and a heading without the canonical "## "): it is marked as one,
   * and the line after it starts a paragraph.
   */
  private boolean continuesParagraph(List<Line> target, Line line) {
    if (blankBefore
        || target.isEmpty()
        || target != lastContent
        || section == null
        || section.field == Veld.ALGEMENE_GEGEVENS
        || line.literal()) {
      return false;
    }
    String t = line.text();
    Line previous = target.get(target.size() - 1);
    String before = previous.text();
    if (LinePrefix.listItemMarking(t) > 0
        || t.startsWith(Syntax.TUSSENKOP)
        || before.startsWith(Syntax.TUSSENKOP)) {
      return false;
    }
    // A Word export writes one paragraph per line: a line after a finished sentence that starts
    // a new one is a paragraph of its own.
    char last =
        joining != null ? joining.charAt(joining.length() - 1) : before.charAt(before.length() - 1);
    if (Character.isLowerCase(t.charAt(0))) {
      return true;
    }
    if (endsSentence(last)) {
      return false;
    }
    if (joining == null && before.length() + 1 + firstWord(t) <= SHORTEST_WRAP) {
      // too short to have been wrapped: a paragraph of its own, a list item or a sub-heading
      if (!previous.literal()
          && LinePrefix.listItemMarking(before) == 0
          && Character.isUpperCase(before.charAt(0))) {
        target.set(target.size() - 1, subheading(previous));
      }
      return false;
    }
    return true;
  }

  /** The length of the first word of {@code t}. */
  private static int firstWord(String t) {
    int i = 0;
    while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean endsSentence(char last) {
    return last == '.'
        || last == '!'
        || last == '?'
        || last == ':'
        || last == ';'
        || last == ')'
        || last == ']'
        || last == '"'
        || last == '\u201d'
        || last == '\u2019';
  }
}
