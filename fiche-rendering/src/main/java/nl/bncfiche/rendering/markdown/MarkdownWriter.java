package nl.bncfiche.rendering.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;

/**
 * Writes a document as CommonMark, with the same content, numbering, labels and stance sentences as
 * the canonical text rendering.
 *
 * <p>Layout: the Kamerstuk header lines and the cover letter come first (header lines and signature
 * as paragraphs with hard line breaks, the listed fiches as a bulleted list); then per fiche a
 * level-1 heading {@code # Fiche: <titel>}, a level-2 heading per numbered section ({@code ## 1.
 * Algemene gegevens}, or the heading as written for an unknown section), a level-3 heading per item
 * ({@code ### a) Titel voorstel}; headings rather than bold labels so that outlines and tables of
 * contents can navigate them), section-1 values as one paragraph with a hard line break between
 * values, paragraphs as paragraphs, list items as {@code - } items and sub-headings one level below
 * their section or item.
 *
 * <p>Footnotes: CommonMark has none, so a reference is raw inline HTML, {@code <sup
 * id="fnref-N">[N](#fn-N)</sup>}, and the footnotes follow the fiche after a thematic break as a
 * list whose items start with {@code <a id="fn-N"></a>} and end with a link {@code [↩](#fnref-N)}
 * back to each reference ({@code fnref-N-2} for a second reference). In the K-th fiche of a
 * document (K ≥ 2) every id is prefixed {@code fK-}. A reference to a footnote the fiche does not
 * have is a plain {@code <sup>N</sup>}. Some sites (GitHub) rewrite or strip ids, so there the
 * links may not jump.
 *
 * <p>Every piece of user text is escaped where it is written: characters that CommonMark reads as
 * markup anywhere are backslash-escaped, and so are list markers, ordered-list numbers and setext
 * underlines at the start of a line, so that {@code <script>}, {@code [x](javascript:y)} or {@code
 * # kop} in any field come out as literal text. No user text becomes a link or raw HTML.
 *
 * <p>Output is deterministic: {@code \n} line ends, text normalised to NFC, no trailing white
 * space, ending in one line feed, independent of the default locale and time zone. Instances are
 * immutable and thread-safe.
 */
public final class MarkdownWriter {
  private static final MarkdownWriter INSTANCE = new MarkdownWriter();

  private MarkdownWriter() {}

  /** The writer; immutable and thread-safe, so one instance can be shared. */
  public static MarkdownWriter create() {
    return INSTANCE;
  }

  /**
   * The document as Markdown: header, cover letter, then every fiche with its footnotes.
   *
   * @throws NullPointerException when {@code document} is null
   */
  public String write(KamerstukDocument document) {
    Objects.requireNonNull(document, "document");
    return new MarkdownRendering().render(document);
  }

  /**
   * One fiche as Markdown, without header or letter.
   *
   * @throws NullPointerException when {@code fiche} is null
   */
  public String write(Fiche fiche) {
    Objects.requireNonNull(fiche, "fiche");
    return write(KamerstukDocument.of(fiche));
  }

  /**
   * Writes the document as Markdown to {@code out}, which is neither flushed nor closed.
   *
   * @throws UncheckedIOException when {@code out} fails
   * @throws NullPointerException when an argument is null
   */
  public void write(KamerstukDocument document, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(write(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
