package nl.bncfiche.docx.internal;

import nl.bncfiche.rendering.text.FicheReadException;

/** The reader's refusals, in Dutch and English, without quoting the input. */
public final class DocxFailure {
  private DocxFailure() {}

  /** A refusal of the whole file (no paragraph to name). */
  public static FicheReadException of(String nl, String en) {
    return new FicheReadException(0, 0, nl, en);
  }

  /** A refusal of the whole file, with its cause. */
  public static FicheReadException of(String nl, String en, Throwable cause) {
    return new FicheReadException(0, 0, nl, en, cause);
  }

  /** A part that is not well-formed or not what Word writes. */
  static FicheReadException badPart(String part, String nlWhy, String enWhy, Throwable cause) {
    return new FicheReadException(
        0,
        0,
        "Onderdeel " + part + " van het .docx-bestand is onleesbaar: " + nlWhy + ".",
        "Part " + part + " of the .docx file cannot be read: " + enWhy + ".",
        cause);
  }
}
