package nl.bncfiche.server.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes the command line's JSON output: two-space indents and {@code \n} line ends everywhere. */
public final class JsonOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What writes the content. */
  @FunctionalInterface
  public interface Body {
    /** Writes the content with {@code g}. */
    void write(JsonGenerator g) throws IOException;
  }

  private JsonOutput() {}

  /** The JSON {@code body} writes, with a final line end. */
  public static String write(Body body) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(sw)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sw.write('\n');
    return sw.toString();
  }
}
