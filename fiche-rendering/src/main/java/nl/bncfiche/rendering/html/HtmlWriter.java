package nl.bncfiche.rendering.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;

/**
 * Writes a document as HTML5, with the same content, numbering, labels and stance sentences as the
 * canonical text rendering; readable without CSS, and with a small stylesheet that prints well.
 *
 * <p>Layout: a complete page ({@code <!DOCTYPE html>}, {@code <html lang="nl">}, UTF-8, the fiche's
 * title as {@code <title>}, the stylesheet inlined in {@code <style>}) whose {@code <main
 * class="bnc-fiche">} holds a {@code <header class="kamerstuk">} with the Kamerstuk lines, a {@code
 * <section class="aanbiedingsbrief">} with the cover letter (listed fiches as a list), and an
 * {@code <article class="fiche">} per fiche: {@code <h1>Fiche: …</h1>}, a hidden {@code <p
 * class="fiche-kenmerken">} with its template, generation and kind as the text's marker line
 * ({@code [fiche: sjabloon=… generatie=… soort=…]}), a {@code <section>} per numbered section with
 * its {@code <h2>}, a nested {@code <section>} per item with its {@code <h3>}, {@code <p>}
 * paragraphs (section-1 values separated by {@code <br>}), a {@code <ul>} per run of list items,
 * sub-headings one level below their section or item, and the footnotes in a {@code <section
 * class="voetnoten">} as {@code <ol>} items {@code <li id="fn-N" value="N">} with a back link
 * {@code ↩} to every reference {@code <sup><a id="fnref-N" href="#fn-N">N</a></sup>} ({@code
 * fnref-N-2} for a second one). In the K-th fiche of a document (K ≥ 2) every id is prefixed {@code
 * fK-}. A reference to a footnote the fiche lacks is a plain {@code <sup>N</sup>}. A {@linkplain
 * Builder#fragment(boolean) fragment} is the same content in a {@code <div class="bnc-fiche"
 * lang="nl">}, without page, head or stylesheet, for embedding in an application's own page (which
 * then serves {@link #stylesheet()} itself).
 *
 * <p>Security: every piece of user text is escaped where it is written ({@code & < > " '}); no user
 * text ever becomes an attribute, a URL or an {@code href} (an EUR-Lex URL is plain text); the only
 * links are our own {@code #fn-…} anchors. No JavaScript.
 *
 * <p>Output is deterministic: {@code \n} line ends, text normalised to NFC, no trailing white
 * space, independent of the default locale and time zone. Instances are immutable and thread-safe.
 */
public final class HtmlWriter {
  private static final String STYLESHEET = loadStylesheet();
  private static final HtmlWriter DEFAULT = new HtmlWriter(false, true);

  private final boolean fragment;
  private final boolean inlineStylesheet;

  private HtmlWriter(boolean fragment, boolean inlineStylesheet) {
    this.fragment = fragment;
    this.inlineStylesheet = inlineStylesheet;
  }

  /** The default writer: a complete page with the stylesheet inlined. Immutable and thread-safe. */
  public static HtmlWriter create() {
    return DEFAULT;
  }

  /** A builder for a writer with other options; starts from the defaults of {@link #create()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stylesheet a complete page inlines, for an application that embeds {@linkplain
   * Builder#fragment(boolean) fragments}: its rules are scoped to {@code .bnc-fiche}.
   */
  public static String stylesheet() {
    return STYLESHEET;
  }

  /**
   * The document as HTML: header, cover letter, then every fiche with its footnotes.
   *
   * @throws NullPointerException when {@code document} is null
   */
  public String write(KamerstukDocument document) {
    Objects.requireNonNull(document, "document");
    return new HtmlRendering(fragment, inlineStylesheet ? STYLESHEET : null).render(document);
  }

  /**
   * One fiche as HTML, without header or letter.
   *
   * @throws NullPointerException when {@code fiche} is null
   */
  public String write(Fiche fiche) {
    Objects.requireNonNull(fiche, "fiche");
    return write(KamerstukDocument.of(fiche));
  }

  /**
   * Writes the document as HTML to {@code out}, which is neither flushed nor closed.
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

  /** Options of an {@link HtmlWriter}. Not thread-safe; the writer it builds is. */
  public static final class Builder {
    private boolean fragment;
    private boolean inlineStylesheet = true;

    private Builder() {}

    /**
     * Whether to write a fragment (a {@code <div class="bnc-fiche" lang="nl">} without page, head
     * or stylesheet) rather than a complete page; default false.
     */
    public Builder fragment(boolean fragment) {
      this.fragment = fragment;
      return this;
    }

    /**
     * Whether a complete page inlines the stylesheet in its head; default true. Without it the page
     * is plain HTML, still fully readable.
     */
    public Builder inlineStylesheet(boolean inlineStylesheet) {
      this.inlineStylesheet = inlineStylesheet;
      return this;
    }

    /** The writer with these options. */
    public HtmlWriter build() {
      return new HtmlWriter(fragment, inlineStylesheet);
    }
  }

  private static String loadStylesheet() {
    try (InputStream in = HtmlWriter.class.getResourceAsStream("fiche.css")) {
      if (in == null) {
        throw new IllegalStateException(
            "resource fiche.css missing beside " + HtmlWriter.class.getName());
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return css.endsWith("\n") ? css : css + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
