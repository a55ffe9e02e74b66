package nl.bncfiche.docx;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import org.xml.sax.ContentHandler;

/**
 * Apache Tika turns a .docx into plain text as its server's plain-text endpoint does: the
 * auto-detecting parser into a body handler over Tika's rich-text handler (which writes a bookmark
 * as {@code [bookmark: name]}). Tika is not a dependency of this module: a Surefire run of its own
 * puts one version on the class path (see the POM), so it is called by name.
 */
final class TikaText {
  private TikaText() {}

  /** The version of the Tika on the class path, as it reports it ("3.2.3"). */
  static String tikaVersion() throws ReflectiveOperationException {
    String s = (String) Class.forName("org.apache.tika.Tika").getMethod("getString").invoke(null);
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  /** The version of the Apache POI that Tika runs on. */
  static String poiVersion() throws ReflectiveOperationException {
    return (String) Class.forName("org.apache.poi.Version").getMethod("getVersion").invoke(null);
  }

  /** Tika's plain text of {@code docx}. */
  static String text(byte[] docx) throws Exception {
    Class<?> parserType = Class.forName("org.apache.tika.parser.AutoDetectParser");
    Class<?> metadataType = Class.forName("org.apache.tika.metadata.Metadata");
    Class<?> contextType = Class.forName("org.apache.tika.parser.ParseContext");
    Object parser = parserType.getConstructor().newInstance();
    Writer out = new StringWriter();
    ContentHandler rich =
        Class.forName("org.apache.tika.sax.RichTextContentHandler")
            .asSubclass(ContentHandler.class)
            .getConstructor(Writer.class)
            .newInstance(out);
    ContentHandler body =
        Class.forName("org.apache.tika.sax.BodyContentHandler")
            .asSubclass(ContentHandler.class)
            .getConstructor(ContentHandler.class)
            .newInstance(rich);
    try (InputStream in = new ByteArrayInputStream(docx)) {
      parserType
          .getMethod("parse", InputStream.class, ContentHandler.class, metadataType, contextType)
          .invoke(
              parser,
              in,
              body,
              metadataType.getConstructor().newInstance(),
              contextType.getConstructor().newInstance());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
    return out.toString();
  }
}
