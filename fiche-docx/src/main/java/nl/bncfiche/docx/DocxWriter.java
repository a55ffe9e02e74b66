package nl.bncfiche.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.bncfiche.docx.internal.DocumentWriter;
import nl.bncfiche.docx.internal.PackageWriter;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.TextWriter;

/**
 * Writes a document as a Word document (.docx) in the template's layout: the Kamerstuk header and
 * cover letter, then each fiche on a new page with its title, numbered sections and lettered items
 * as Word headings and numbered lists (so that Word's navigation pane shows them), paragraphs and
 * bulleted lists, and real Word footnotes; A4 with page numbers, one font, styles named as Word
 * names them ("heading 1", "List Paragraph", "footnote text"), so that a ministry can restyle it.
 *
 * <p>{@link DocxReader} reads what it writes back to an equal document; the document's words are
 * those of {@link TextWriter}'s canonical text, one line a paragraph. The output is deterministic:
 * the same document gives the same bytes (parts in a fixed order, a fixed time stamp, stored
 * without compression). No metadata (author, dates) is written.
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 */
public final class DocxWriter {
  private static final DocxWriter INSTANCE = new DocxWriter();

  private DocxWriter() {}

  /** The writer; thread-safe and shareable. */
  public static DocxWriter create() {
    return INSTANCE;
  }

  /**
   * The .docx of {@code document}.
   *
   * @throws NullPointerException when {@code document} is null
   */
  public byte[] write(KamerstukDocument document) {
    Objects.requireNonNull(document, "document");
    String text = TextWriter.create().write(document);
    String[] lines = text.split("\n", -1);
    return PackageWriter.write(
        DocumentWriter.write(lines, text.length(), ficheTitles(lines, document)));
  }

  /**
   * Writes the .docx of {@code document} to {@code out}, which is flushed and not closed.
   *
   * @throws UncheckedIOException when writing fails
   * @throws NullPointerException when an argument is null
   */
  public void write(KamerstukDocument document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    byte[] docx = write(document);
    try {
      out.write(docx);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The .docx of one fiche, without header or letter.
   *
   * @throws NullPointerException when {@code fiche} is null
   */
  public byte[] write(Fiche fiche) {
    return write(KamerstukDocument.of(Objects.requireNonNull(fiche, "fiche")));
  }

  /**
   * The lines (from 0) of {@code text} that open a fiche: each fiche's own first line, found from
   * the end, since the fiches follow the letter, whose entries may read alike. A fiche's first line
   * is its title line, which depends on its title alone: it is taken from the text of a fiche with
   * that title only, a fraction of the cost of the whole fiche's.
   */
  private static Set<Integer> ficheTitles(String[] lines, KamerstukDocument document) {
    List<Fiche> fiches = document.getFiches();
    Set<Integer> out = new HashSet<>();
    int at = lines.length;
    for (int k = fiches.size() - 1; k >= 0; k--) {
      String own =
          TextWriter.create().write(Fiche.builder().titel(fiches.get(k).getTitel()).build());
      int nl = own.indexOf('\n');
      String first = nl < 0 ? own : own.substring(0, nl);
      for (int i = at - 1; i >= 0; i--) {
        if (lines[i].equals(first)) {
          out.add(i);
          at = i;
          break;
        }
      }
    }
    return out;
  }
}
