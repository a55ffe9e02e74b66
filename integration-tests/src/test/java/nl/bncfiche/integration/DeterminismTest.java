package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Profile;
import org.junit.jupiter.api.Test;

/**
 * Output bytes do not depend on the default locale, time zone or {@code line.separator}: the
 * writers, the JSON binding, the reader and the validator's messages give identical results under
 * Turkish, Arabic, Dutch and Thai (with Thai digits) locales, far-apart time zones and CRLF line
 * separators.
 */
class DeterminismTest {
  private static final Locale[] LOCALES = {
    Locale.forLanguageTag("tr-TR"),
    Locale.forLanguageTag("ar-SA"),
    Locale.forLanguageTag("nl-NL"),
    Locale.forLanguageTag("th-TH-u-nu-thai"),
    Locale.forLanguageTag("hi-IN-u-nu-deva")
  };
  private static final String[] ZONES = {
    "Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu", "UTC"
  };

  @Test
  void bytesAreIdenticalUnderEveryLocaleTimeZoneAndLineSeparator() {
    List<KamerstukDocument> docs = new ArrayList<>();
    docs.add(SampleDocuments.volledig());
    FicheGenerator gen = FicheGenerator.withSeed(9_119L);
    for (int i = 0; i < 30; i++) {
      docs.add(gen.validDocument());
    }
    List<byte[]> reference = outputs(docs);
    Locale locale = Locale.getDefault();
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    TimeZone zone = TimeZone.getDefault();
    String separator = System.getProperty("line.separator");
    try {
      for (int i = 0; i < LOCALES.length; i++) {
        Locale.setDefault(LOCALES[i]);
        TimeZone.setDefault(TimeZone.getTimeZone(ZONES[i % ZONES.length]));
        System.setProperty("line.separator", i % 2 == 0 ? "\r\n" : "\r");
        List<byte[]> got = outputs(docs);
        for (int k = 0; k < got.size(); k++) {
          assertThat(got.get(k))
              .as("output %d under %s, %s", k, LOCALES[i], ZONES[i % ZONES.length])
              .isEqualTo(reference.get(k));
        }
      }
    } finally {
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(zone);
      System.setProperty("line.separator", separator);
    }
  }

  private static List<byte[]> outputs(List<KamerstukDocument> docs) {
    List<byte[]> out = new ArrayList<>();
    FicheJson json = FicheJson.create();
    FicheValidator validator = Today.validator();
    for (KamerstukDocument d : docs) {
      String text = TextWriter.create().write(d);
      out.add(bytes(text));
      out.add(bytes(MarkdownWriter.create().write(d)));
      out.add(bytes(HtmlWriter.create().write(d)));
      out.add(bytes(json.write(d)));
      java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
      json.write(d, stream);
      out.add(stream.toByteArray());
      var read = TextReader.create().read(text);
      out.add(bytes(json.write(read.getDocument()) + read.getWarnings()));
      // Drafts have many issues: their messages, with dates and numbers, must not follow the
      // locale.
      KamerstukDocument draft =
          KamerstukDocument.of(
              ImmutableFiche.copyOf(d.getFiches().get(0))
                  .withTitel("")
                  .withEssentie(java.util.Optional.empty()));
      out.add(
          bytes(
              validator.validate(draft, Profile.DEFINITIEF).toString()
                  + validator.validate(d, Profile.CONCEPT).issues().stream()
                      .map(
                          i ->
                              i.getRuleId()
                                  + i.getPointer()
                                  + i.getMessageNl()
                                  + i.getMessageEn()
                                  + i.getArguments())
                      .reduce("", String::concat)));
    }
    return out;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
