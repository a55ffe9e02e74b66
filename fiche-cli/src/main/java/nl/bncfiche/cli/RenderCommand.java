package nl.bncfiche.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.bncfiche.cli.internal.Input;
import nl.bncfiche.cli.internal.InputException;
import nl.bncfiche.cli.internal.Loaded;
import nl.bncfiche.cli.internal.OutputFile;
import nl.bncfiche.cli.internal.TerminalText;
import nl.bncfiche.cli.internal.TextOut;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiche render}: writes one fiche document as canonical text, Markdown, HTML or JSON. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description =
        "Geef een fiche (tekst, JSON of .docx) weer als canonieke tekst, Markdown, HTML, JSON"
            + " of .docx.",
    exitCodeListHeading = "%nAfsluitcodes:%n",
    exitCodeList = {
      "0:weergegeven",
      "2:onbruikbare invoer, verkeerd gebruik of uitvoer die niet te schrijven is"
    })
final class RenderCommand implements Callable<Integer> {
  enum To {
    TEXT,
    MARKDOWN,
    HTML,
    JSON,
    DOCX
  }

  @Spec CommandSpec spec;

  private final Streams streams;

  RenderCommand(Streams streams) {
    this.streams = streams;
  }

  @Option(
      names = "--to",
      required = true,
      paramLabel = "text|markdown|html|json|docx",
      descriptionKey = "render.to",
      description = "Uitvoerformaat.")
  To to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "render.output",
      description =
          "Schrijf naar FILE in plaats van standaarduitvoer; FILE wordt in één stap vervangen.")
  Path output;

  @Option(
      names = "--from",
      paramLabel = "text|json|docx",
      descriptionKey = "render.from",
      description = "Lees de invoer in dit formaat, niet naar de extensie.")
  Input.Format from;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      descriptionKey = "render.lang",
      description = "Taal van de foutmeldingen (standaard: ${DEFAULT-VALUE}).")
  Lang lang = Lang.NL;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      descriptionKey = "render.max-size",
      description = "Weiger invoer die groter is (standaard: ${DEFAULT-VALUE}).")
  long maxSize = Limits.DEFAULT_MAX_BYTES;

  @Option(
      names = "--debug",
      descriptionKey = "render.debug",
      description = "Toon de stacktrace van onbruikbare invoer.")
  boolean debug;

  @Parameters(
      paramLabel = "FILE|-",
      arity = "1",
      descriptionKey = "render.input",
      description = "De invoer; - leest standaardinvoer.")
  String input;

  @Override
  public Integer call() {
    TextOut err = streams.err();
    if (!Limits.maxSizeUsable(maxSize, lang, err)) {
      return FicheCli.UNUSABLE;
    }
    KamerstukDocument doc;
    Input in;
    try {
      List<Input> inputs = Input.expand(List.of(input), from);
      if (inputs.size() != 1) {
        throw new InputException(
            input,
            "expected exactly one fiche file, found " + inputs.size(),
            "verwacht precies één fichebestand, gevonden: " + inputs.size());
      }
      in = inputs.get(0);
      doc =
          Loaded.load(in, streams.in(), maxSize, TextReader.create(), FicheJson::create).document();
    } catch (InputException e) {
      err.line("fiche: " + e.line(lang.dutch()));
      if (debug && e.getCause() != null) {
        err.stackTrace(e.getCause());
      }
      return FicheCli.UNUSABLE;
    }
    if (to == To.DOCX) {
      return writeDocx(doc, in);
    }
    String rendered =
        switch (to) {
          case TEXT -> TextWriter.create().write(doc);
          case MARKDOWN -> MarkdownWriter.create().write(doc);
          case HTML -> HtmlWriter.create().write(doc);
          case JSON -> FicheJson.create().write(doc);
          case DOCX -> throw new IllegalStateException("written above");
        };
    if (output == null) {
      streams.out().text(rendered);
      streams.out().flush();
      return FicheCli.OK;
    }
    byte[] bytes = TerminalText.lines(rendered).getBytes(StandardCharsets.UTF_8);
    try {
      OutputFile.write(
          output, in.file() == null ? List.of() : List.of(in.file()), out -> out.write(bytes));
    } catch (OutputFile.Refused e) {
      err.line("fiche: " + output + ": " + e.reason(lang.dutch()));
      if (debug && e.getCause() != null) {
        err.stackTrace(e.getCause());
      }
      return FicheCli.UNUSABLE;
    }
    return FicheCli.OK;
  }

  /**
   * A .docx: to a file, or to standard output when that is no terminal (binary would garble it).
   */
  private int writeDocx(KamerstukDocument doc, Input in) {
    byte[] bytes = DocxWriter.create().write(doc);
    TextOut err = streams.err();
    if (output == null) {
      if (Progress.isTerminal()) {
        err.line(
            lang.dutch()
                ? "fiche: een .docx is binair; schrijf het naar een bestand met -o FILE, of stuur"
                    + " het door naar een ander programma."
                : "fiche: a .docx is binary; write it to a file with -o FILE, or pipe it into"
                    + " another program.");
        return FicheCli.UNUSABLE;
      }
      streams.out().bytes(bytes);
      streams.out().flush();
      return FicheCli.OK;
    }
    try {
      OutputFile.write(
          output, in.file() == null ? List.of() : List.of(in.file()), out -> out.write(bytes));
    } catch (OutputFile.Refused e) {
      err.line("fiche: " + output + ": " + e.reason(lang.dutch()));
      if (debug && e.getCause() != null) {
        err.stackTrace(e.getCause());
      }
      return FicheCli.UNUSABLE;
    }
    return FicheCli.OK;
  }
}
