package nl.bncfiche.rendering.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.text.internal.write.FicheText;
import nl.bncfiche.rendering.text.internal.write.LetterText;
import nl.bncfiche.rendering.text.internal.write.LineBuffer;

/**
 * Writes a document or fiche as canonical text: the layout of a fiche exported from Word, in one
 * deterministic form that {@link TextReader} reads back to an equal model.
 *
 * <p>The layout, top to bottom: the Kamerstuk header lines; the cover letter (announcement, each
 * further sentence, one line per listed fiche, the signature's role and name); then per fiche
 * {@code Fiche: <titel>}, sections {@code N. Kop}, items {@code a) Label} on their own line followed
 * directly by their value lines or paragraphs (in the 2007 generation {@code Label: value} on one
 * line, or {@code Label:} above longer content). Blocks are separated by one blank line. A list item
 * is written {@code • text}, a sub-heading {@code ## text}; a free line that the reader would take for
 * structure (a label, "a) …", "1. …", "Fiche…", "[…", "\…") is escaped with a leading backslash.
 * Footnote references are {@code [footnoteRef:N]} inline; each footnote's body follows on its own
 * line {@code [N:  text ]} right after the paragraph that first refers to it; footnotes never referred
 * to close the fiche. When the headings alone would not tell the fiche's template, generation or
 * kind, or when the fiche has no section at all, a line {@code [fiche: sjabloon=… generatie=…
 * soort=…]} follows the title.
 *
 * <p>The output has {@code \n} line ends only, no trailing white space, and is in Unicode NFC. Line
 * breaks inside a text value become spaces, so a model whose texts hold line breaks, leading or
 * trailing white space, or non-NFC characters is written faithfully in words but reads back
 * normalised. Control characters other than tab, and bidirectional embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069), are written as U+FFFD: the reader refuses the
 * former as "not text", and the latter would make an editor show the text in another order.
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 */
public final class TextWriter {
  private static final TextWriter INSTANCE = new TextWriter();

  private TextWriter() {}

  /** The writer; thread-safe and shareable. */
  public static TextWriter create() {
    return INSTANCE;
  }

  /**
   * The canonical text of {@code document}.
   *
   * @throws NullPointerException when {@code document} is null
   */
  public String write(KamerstukDocument document) {
    Objects.requireNonNull(document, "document");
    LineBuffer out = new LineBuffer();
    if (document.getKop().isPresent()) {
      for (String l : BriefLayout.kopRegels(document.getKop().get())) {
        out.line(l);
      }
    }
    if (document.getBrief().isPresent()) {
      LetterText.write(document.getBrief().get(), out);
    }
    for (Fiche f : document.getFiches()) {
      new FicheText(f, out).write();
    }
    return out.text();
  }

  /**
   * The canonical text of one fiche, without header or letter.
   *
   * @throws NullPointerException when {@code fiche} is null
   */
  public String write(Fiche fiche) {
    Objects.requireNonNull(fiche, "fiche");
    LineBuffer out = new LineBuffer();
    new FicheText(fiche, out).write();
    return out.text();
  }

  /**
   * Writes the canonical text of {@code document} to {@code writer}, which is not closed.
   *
   * @throws UncheckedIOException when the writer fails
   * @throws NullPointerException when an argument is null
   */
  public void write(KamerstukDocument document, Writer writer) {
    Objects.requireNonNull(writer, "writer");
    String text = write(document);
    try {
      writer.write(text);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
