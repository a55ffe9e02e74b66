package nl.bncfiche.rendering.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.text.internal.grammar.HeaderLines;
import nl.bncfiche.rendering.text.internal.grammar.PageChrome;
import nl.bncfiche.rendering.text.internal.write.FicheText;
import nl.bncfiche.rendering.text.internal.write.LetterText;
import nl.bncfiche.rendering.text.internal.write.LineBuffer;

/**
 * Writes a document or fiche as canonical text: the layout of a fiche exported from Word, in one
 * deterministic form that {@link TextReader} reads back to an equal model. The format is specified
 * in {@code docs/text-format.md} of the project's repository.
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
      KamerstukKop k = document.getKop().get();
      List<String> kop = BriefLayout.kopRegels(k);
      int datum = k.getPlaats().isPresent() || k.getDatum().isPresent() ? kop.size() - 1 : -1;
      for (int i = 0; i < kop.size(); i++) {
        // A line the reader would cut into more fields is wrapped; the place and date come last,
        // when every field the reader could cut from them is taken.
        for (String l : i == datum ? List.of(kop.get(i)) : HeaderLines.lines(kop.get(i))) {
          out.line(l);
        }
      }
      if (!kop.isEmpty() && PageChrome.isPageNumber(kop.get(kop.size() - 1).strip())) {
        // A dossier number alone ("22") between blank lines reads as a page number.
        out.joinNext();
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
