package nl.bncfiche.integration;

/**
 * One way in which a real rendering of a fiche differs from canonical text: a layout of characters
 * and lines, or a structure seen in published fiches. {@link Distortions} applies them; the
 * recovery table of {@code docs/reading.md} names them. The order here is the table's order; the
 * {@link Phase} says in which order distortions combine.
 */
enum Distortion {
  NBSP(
      Phase.CHARACTERS,
      null,
      "Three in ten spaces written as no-break spaces (U+00A0), indentation included."),
  TABS(
      Phase.GAPS,
      null,
      "A tab after every item letter, section number and bullet, between a 2007 label or a glued"
          + " label and its value, and after the number in the header's `Nr.` line."),
  BULLETS(
      Phase.MARKUP,
      null,
      "A bullet glyph before every item label, one glyph per document (•, ▪, ◦, · or Word's"
          + " U+F0B7)."),
  SOFT_HYPHENS(
      Phase.CHARACTERS,
      null,
      "Soft hyphens (U+00AD) inside two in five words of seven letters or more, labels included."),
  SMART_QUOTES(
      Phase.CHARACTERS,
      null,
      "Curly apostrophes and quotes for straight ones, and one to three words after the first"
          + " sentence of three in ten paragraphs quoted „…”, “…” or ‘…’."),
  CRLF(Phase.ENCODING, null, "CR LF line ends."),
  BOM(Phase.ENCODING, null, "A byte-order mark (U+FEFF) before the text."),
  INDENTATION(
      Phase.MARKUP,
      null,
      "Every line indented by 1 to 4 spaces, the same for all lines of one kind (headings, labels,"
          + " values, paragraphs, …)."),
  DOUBLED_EMPTY_LINES(Phase.BLANKS, Group.BLANKS, "Every blank line doubled or tripled."),
  REMOVED_EMPTY_LINES(
      Phase.BLANKS,
      Group.BLANKS,
      "No blank lines inside a fiche: items, values and paragraphs follow each other directly."),
  WRAPPED(
      Phase.LINES,
      Group.WRAP,
      "Lines longer than a width of 60 to 100 columns wrapped at spaces, without blank lines"
          + " between the parts (the tweedekamer.nl rendering); footnote bodies stay whole. No part"
          + " starts with a label, an item letter or a number with a period."),
  WRAPPED_HYPHENATED(
      Phase.LINES,
      Group.WRAP,
      "Wrapped as above, and a long word that does not fit broken with a hyphen at the line end"
          + " (`Commissie-` / `document`)."),
  NUMBERED_ITEMS(
      Phase.STRUCTURE,
      Group.ITEM_MARKERS,
      "Every section and item numbered `1.` and indented two spaces (a Word preview), under a"
          + " `Fiche N: <titel>` heading in half of the documents."),
  FICHE_NUMBER_HEADING(Phase.STRUCTURE, null, "`Fiche N: <titel>` instead of `Fiche: <titel>`."),
  LETTERS_DOT(Phase.STRUCTURE, Group.ITEM_MARKERS, "Item letters written `a.`."),
  LETTERS_PARENTHESISED(Phase.STRUCTURE, Group.ITEM_MARKERS, "Item letters written `(a)`."),
  LETTERS_NONE(Phase.STRUCTURE, Group.ITEM_MARKERS, "Item labels without their letters."),
  NO_GENERAL_HEADING(
      Phase.STRUCTURE,
      null,
      "No `1. Algemene gegevens` heading: section 1 starts at its first item (the Eerste Kamer"
          + " rendering)."),
  GLUED_LABELS(
      Phase.STRUCTURE,
      null,
      "Every item of section 1 on one line with its first value after a colon:"
          + " `a) Titel voorstel: Proposal for …`."),
  PLURAL_TITLE_LABEL(
      Phase.STRUCTURE,
      null,
      "`Titels voorstellen` as the label of item 1a when it holds several titles."),
  HEADER_ON_ONE_LINE(
      Phase.STRUCTURE,
      null,
      "The Kamerstuk header's lines joined into one line: `22 112 … Nr. 4412 BRIEF VAN … Aan de"
          + " Voorzitter … Den Haag, 13 maart 2026`."),
  PAGE_CHROME(
      Phase.CHROME,
      null,
      "Page chrome between blocks, one style per document, about every 2,500 characters: the"
          + " official publication's `Tweede Kamer der Staten-Generaal | 2 |` and"
          + " `Vergaderjaar 2025-2026 |` (also above the header), a PDF's running head"
          + " `Tweede Kamer, vergaderjaar 2025–2026, 22 112, nr. 4246 3`, or a bare page number.");

  private final Phase phase;
  private final Group group;
  private final String description;

  Distortion(Phase phase, Group group, String description) {
    this.phase = phase;
    this.group = group;
    this.description = description;
  }

  /** When this distortion applies in a combination: structure first, encoding last. */
  Phase phase() {
    return phase;
  }

  /** Whether this and {@code other} rewrite the same thing, so that only one of them can apply. */
  boolean conflictsWith(Distortion other) {
    return this == other || (group != null && group == other.group);
  }

  /** What it does, in one or two sentences of Markdown for the table. */
  String description() {
    return description;
  }

  /**
   * The order of application: a later phase works on what the earlier ones made (wrapping sees the
   * labels as numbered, page chrome is placed between wrapped lines, characters change last).
   */
  enum Phase {
    STRUCTURE,
    MARKUP,
    GAPS,
    LINES,
    CHROME,
    BLANKS,
    CHARACTERS,
    ENCODING
  }

  /** Distortions that rewrite the same thing. */
  private enum Group {
    ITEM_MARKERS,
    WRAP,
    BLANKS
  }
}
