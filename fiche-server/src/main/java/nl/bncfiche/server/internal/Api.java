package nl.bncfiche.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.server.report.Checked;
import nl.bncfiche.server.report.FicheContent;
import nl.bncfiche.server.report.JsonReport;
import nl.bncfiche.server.report.RulesJson;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * What the API's endpoints answer. Each method makes the whole {@link Answer}; the validator and
 * writers are built once and shared (they are thread-safe).
 */
final class Api {
  static final String JSON = "application/json";

  private final FicheValidator validator;
  private final long maxBytes;
  private final String rules = RulesJson.write();
  private final byte[] openApi;

  Api(Clock clock, long maxBytes) {
    this.validator =
        clock == null ? FicheValidator.create() : FicheValidator.builder().clock(clock).build();
    this.maxBytes = maxBytes;
    this.openApi = resource("openapi.json");
  }

  /** The language of messages: {@code lang=en} English, else Dutch (the command line's default). */
  static boolean dutch(Fields query) {
    String lang = query.getValue("lang");
    return lang == null || !lang.toLowerCase(Locale.ROOT).equals("en");
  }

  /** Checks that {@code lang} is nl or en, as the command line does. */
  private static void checkLang(Fields query) {
    String lang = query.getValue("lang");
    if (lang != null && !lang.equalsIgnoreCase("nl") && !lang.equalsIgnoreCase("en")) {
      throw Unusable.badParameter("lang", lang, "nl|en");
    }
  }

  Answer validate(Request request, Fields query) {
    checkLang(query);
    Profile profile = Profile.DEFINITIEF;
    String p = query.getValue("profile");
    if (p != null) {
      try {
        profile = Profile.valueOf(p.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw Unusable.badParameter("profile", p, "concept|definitief");
      }
    }
    Upload upload = Upload.read(request, maxBytes, query.getValue("from"), query.getValue("name"));
    FicheContent content = read(upload);
    Checked checked = Checked.of(content, validator, profile);
    String json =
        JsonReport.write(List.of(JsonReport.FileResult.of(upload.name(), checked, dutch(query))));
    return Answer.of(200, JSON, json);
  }

  Answer render(Request request, Fields query) {
    checkLang(query);
    String to = query.getValue("to");
    if (to == null) {
      throw new Unusable(
          400,
          "invalid-parameter",
          "to is missing; choose text|markdown|html|json|docx",
          "to ontbreekt; kies text|markdown|html|json|docx");
    }
    String target = to.toLowerCase(Locale.ROOT);
    if (!List.of("text", "markdown", "html", "json", "docx").contains(target)) {
      throw Unusable.badParameter("to", to, "text|markdown|html|json|docx");
    }
    Upload upload = Upload.read(request, maxBytes, query.getValue("from"), query.getValue("name"));
    KamerstukDocument doc = read(upload).document();
    return switch (target) {
      case "text" -> Answer.of(200, "text/plain;charset=utf-8", TextWriter.create().write(doc));
      case "markdown" ->
          Answer.of(200, "text/markdown;charset=utf-8", MarkdownWriter.create().write(doc));
      case "html" ->
          // Opened on its own, the rendering still runs no script and cannot be framed.
          Answer.of(200, "text/html;charset=utf-8", HtmlWriter.create().write(doc))
              .with(
                  "Content-Security-Policy",
                  "sandbox; default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
      case "docx" ->
          Answer.of(200, Formats.DOCX, DocxWriter.create().write(doc))
              .with("Content-Disposition", "attachment; filename=\"fiche.docx\"");
      default -> Answer.of(200, JSON, FicheJson.create().write(doc));
    };
  }

  Answer rules() {
    return Answer.of(200, JSON, rules);
  }

  Answer openApi() {
    return Answer.of(200, JSON, openApi);
  }

  private FicheContent read(Upload upload) {
    try {
      return upload.format().reader().read(upload.bytes(), maxBytes);
    } catch (FicheContent.Unreadable e) {
      return reThrow(e);
    }
  }

  private static FicheContent reThrow(FicheContent.Unreadable e) {
    throw new Unusable(
        422, "not-a-fiche", e.getLine(), e.getColumn(), e.getMessageEn(), e.getMessageNl());
  }

  /** A resource of this package's {@code web} folder, read once. */
  static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream("/nl/bncfiche/server/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
