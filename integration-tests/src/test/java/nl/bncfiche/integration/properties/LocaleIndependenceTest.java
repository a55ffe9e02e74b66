package nl.bncfiche.integration.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.LongStream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Output bytes (generated document, text, Markdown, HTML, JSON, validation messages) do not depend
 * on the JVM's default locale or time zone: the same seed gives the same bytes under Turkish,
 * Dutch, English and Arabic locales and in two time zones far apart.
 */
@ResourceLock(Resources.LOCALE)
@ResourceLock(Resources.TIME_ZONE)
class LocaleIndependenceTest {
  private static final Locale[] LOCALES = {
    Locale.forLanguageTag("tr-TR"),
    Locale.forLanguageTag("nl-NL"),
    Locale.forLanguageTag("en-US"),
    Locale.forLanguageTag("ar-EG")
  };
  private static final String[] ZONES = {"Pacific/Kiritimati", "America/Adak"};

  static LongStream seeds() {
    return Seeds.of(60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bytesDoNotDependOnLocaleOrTimeZone(long seed) {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      List<byte[]> expected = outputs(seed);
      for (Locale l : LOCALES) {
        for (String z : ZONES) {
          Locale.setDefault(l);
          TimeZone.setDefault(TimeZone.getTimeZone(z));
          List<byte[]> actual = outputs(seed);
          for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i))
                .as("seed %d, output %d, locale %s, zone %s", seed, i, l, z)
                .isEqualTo(expected.get(i));
          }
        }
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static List<byte[]> outputs(long seed) {
    FicheGenerator g = FicheGenerator.withSeed(seed);
    KamerstukDocument d = g.validDocument();
    // A broken document too, so that the validation messages with their arguments are compared.
    KamerstukDocument broken = g.violating(seed % 2 == 0 ? "BNC-T-001" : "BNC-F-005");
    List<String> out = new ArrayList<>();
    out.add(TextWriter.create().write(d));
    out.add(MarkdownWriter.create().write(d));
    out.add(HtmlWriter.create().write(d));
    out.add(FicheJson.create().write(d));
    out.add(TextWriter.create().write(broken));
    StringBuilder messages = new StringBuilder();
    for (Issue i :
        GeneratedDocumentPropertiesTest.VALIDATOR.validate(broken, Profile.DEFINITIEF).issues()) {
      messages.append(i.getMessageNl()).append('\n').append(i.getMessageEn()).append('\n');
    }
    out.add(messages.toString());
    List<byte[]> bytes = new ArrayList<>();
    for (String s : out) {
      bytes.add(s.getBytes(StandardCharsets.UTF_8));
    }
    return bytes;
  }
}
