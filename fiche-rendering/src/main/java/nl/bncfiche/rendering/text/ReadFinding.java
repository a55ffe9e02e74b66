package nl.bncfiche.rendering.text;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader noticed while it read: text it could not place in the template (kept in an
 * "overige" part, never dropped), a title taken from elsewhere, a Word revision read as accepted.
 * Each has a rule id of the {@code BNC-R} family of the rule catalogue, the position it is about,
 * the JSON pointer of the part that holds the text (empty for the whole document), and a Dutch and
 * an English message.
 *
 * <p>The validator does not see these: a caller that reads and validates shows both (the command
 * line and the server list them before the validator's issues).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadFinding {
  /** Text before the fiche that is no letter, kept as one of the letter's further sentences. */
  public static final String TEXT_BEFORE_FICHE = "BNC-R-001";

  /** A fiche without a {@code Fiche: …} title line; its title came from the letter or item 1a. */
  public static final String NO_TITLE_LINE = "BNC-R-002";

  /** Text in section 1 outside any item ("onderdeel niet herkend"), kept as an unlabelled item. */
  public static final String ITEM_NOT_RECOGNISED = "BNC-R-003";

  /** Text outside any section, or under a heading before its first item, kept as a section. */
  public static final String TEXT_OUTSIDE_SECTION = "BNC-R-004";

  /** Text in the letter outside any entry, kept as a further sentence. */
  public static final String TEXT_OUTSIDE_ENTRY = "BNC-R-005";

  /** A section that occurs twice; the second is kept as a further section. */
  public static final String SECTION_TWICE = "BNC-R-006";

  /** A text with a letter or Kamerstuk header in which no fiche was found. */
  public static final String NO_FICHE = "BNC-R-007";

  /** A Word document with tracked changes, read as if they were accepted. */
  public static final String TRACKED_CHANGES = "BNC-R-008";

  /** A Word document with comments, which were left out. */
  public static final String COMMENTS = "BNC-R-009";

  /** A Word document with endnotes, which were left out. */
  public static final String ENDNOTES = "BNC-R-010";

  /**
   * A fiche whose template or generation its text does not show; the reader presumed it (a
   * communication by default, the generation from the year of item 1b).
   */
  public static final String LAYOUT_PRESUMED = "BNC-R-011";

  /** Every id a reader reports, in id order. */
  public static final List<String> RULE_IDS =
      List.of(
          TEXT_BEFORE_FICHE,
          NO_TITLE_LINE,
          ITEM_NOT_RECOGNISED,
          TEXT_OUTSIDE_SECTION,
          TEXT_OUTSIDE_ENTRY,
          SECTION_TWICE,
          NO_FICHE,
          TRACKED_CHANGES,
          COMMENTS,
          ENDNOTES,
          LAYOUT_PRESUMED);

  private final String ruleId;
  private final SourcePosition position;
  private final String pointer;
  private final String messageNl;
  private final String messageEn;

  /**
   * A finding of rule {@code ruleId} at {@code position} about the part at {@code pointer}.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the pointer is neither empty nor starts with "/"
   */
  public ReadFinding(
      String ruleId, SourcePosition position, String pointer, String messageNl, String messageEn) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.position = Objects.requireNonNull(position, "position");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer is empty or starts with '/': " + pointer);
    }
    this.messageNl = Objects.requireNonNull(messageNl, "messageNl");
    this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
  }

  /** The rule id, one of {@link #RULE_IDS}. */
  public String getRuleId() {
    return ruleId;
  }

  /** Where in the input. */
  public SourcePosition getPosition() {
    return position;
  }

  /** The JSON pointer of the part of the document the finding is about; empty for the whole. */
  public String getPointer() {
    return pointer;
  }

  /** The message in Dutch, without position. */
  public String getMessageNl() {
    return messageNl;
  }

  /** The message in English, without position. */
  public String getMessageEn() {
    return messageEn;
  }

  /** This finding with its position in the input replaced by {@code at}. */
  public ReadFinding at(SourcePosition at) {
    return new ReadFinding(ruleId, at, pointer, messageNl, messageEn);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadFinding f
        && ruleId.equals(f.ruleId)
        && position.equals(f.position)
        && pointer.equals(f.pointer)
        && messageNl.equals(f.messageNl)
        && messageEn.equals(f.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, position, pointer, messageNl, messageEn);
  }

  /**
   * "regel 12: Dutch | line 12: English" (or "alinea 5: … | paragraph 5: …" for a Word document),
   * the form of {@link ReadResult#getWarnings()}.
   */
  @Override
  public String toString() {
    if (position.isParagraph()) {
      return position.describeNl() + ": " + messageNl + " | " + position + ": " + messageEn;
    }
    int line = position.getLine();
    return "regel " + line + ": " + messageNl + " | line " + line + ": " + messageEn;
  }
}
