package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every text field of generated documents: control characters, NUL and bidi
 * controls are neutralised (U+FFFD) in text, Markdown and HTML output and kept faithfully in JSON;
 * markup and links are escaped, so the output's own markup is exactly that of a harmless document;
 * and template expressions are never evaluated, by the writers or by the validator.
 */
class HostileTextTest {
  /** Evaluated, these would print 1337, 1338 and 1339. */
  private static final List<String> EXPRESSIONS =
      List.of("${1000+337}", "#{1000+338}", "{1000+339}");

  private static final List<String> PAYLOADS =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "[klik](javascript:alert(1))",
          "<a href=\"javascript:alert(1)\">klik</a>",
          "javascript:alert(1)",
          "${1000+337}",
          "#{1000+338}",
          "{1000+339}",
          "{0} %s %n",
          "A\u0000B\u0007C\u001b[31mD\u0085E\u007fF\rG",
          "\u202Eomgekeerd\u202C \u2066isolaat\u2069 \u202A\u202B\u202D\u2067\u2068");

  private static final String ALL = String.join(" ", PAYLOADS) + " ";

  private final FicheJson json = FicheJson.create();
  private final FicheValidator validator = Today.validator();

  @Test
  void everyPayloadInEveryFieldOfGeneratedDocuments() {
    long seed = 8_008L;
    FicheGenerator gen = FicheGenerator.withSeed(seed);
    for (int i = 0; i < 3; i++) {
      EveryString original = new EveryString(gen.validDocument());
      check(original, s -> ALL + s, "seed " + seed + " document " + i);
    }
    EveryString one = new EveryString(FicheGenerator.withSeed(seed + 1).validDocument());
    for (String p : PAYLOADS) {
      check(one, s -> p, "payload " + p.replaceAll("\\p{Cntrl}", "?"));
    }
  }

  private void check(EveryString original, UnaryOperator<String> hostile, String what) {
    KamerstukDocument benign = original.replace(s -> "veilig " + s);
    KamerstukDocument doc = original.replace(hostile);
    assertThat(doc).as(what).isNotEqualTo(benign);

    String text = TextWriter.create().write(doc);
    String md = MarkdownWriter.create().write(doc);
    String html = HtmlWriter.create().write(doc);
    assertNeutralised(text, what + " (text)");
    assertNeutralised(md, what + " (Markdown)");
    assertNeutralised(html, what + " (HTML)");
    // Markup: only our own. The tag sequence is that of the harmless document, links are anchors.
    assertThat(htmlTags(html)).as(what).isEqualTo(htmlTags(HtmlWriter.create().write(benign)));
    assertThat(html)
        .as(what)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img");
    assertThat(html).as(what).doesNotContain("href=\"javascript").doesNotContain("href=\"j");
    String benignMd = MarkdownWriter.create().write(benign);
    assertThat(markdownTags(md)).as(what).isEqualTo(markdownTags(benignMd));
    assertThat(markdownLinkTargets(md)).as(what).allMatch(t -> t.startsWith("#"));
    // The canonical text reads back (a NUL written raw would make it "not text").
    TextReader.create().read(text);
    // JSON is the faithful form: everything kept, controls escaped by JSON's own rules.
    String j = json.write(doc);
    assertThat(json.read(j)).as(what).isEqualTo(doc);
    assertThat(j.chars().filter(c -> c < 0x20 && c != '\n')).as(what).isEmpty();

    // Never evaluated: the expressions stay literal, and no output holds what they would give.
    ValidationReport report = validator.validate(doc, Profile.DEFINITIEF);
    ValidationReport benignReport = validator.validate(benign, Profile.DEFINITIEF);
    String messages = messages(report);
    for (String out : List.of(text, md, html, j, messages)) {
      for (String n : List.of("1337", "1338", "1339")) {
        assertThat(count(out, n))
            .as(what + ": " + n)
            .isLessThanOrEqualTo(countInBenign(n, benign, benignReport));
      }
    }
    for (String e : EXPRESSIONS) {
      if (hostile.apply("").contains(e)) {
        assertThat(text).as(what).contains(e);
        assertThat(html).as(what).contains(e);
        assertThat(j).as(what).contains(e);
      }
    }
    assertThat(report.issues())
        .as(what)
        .noneMatch(i -> i.getRuleId().equals(ReaderOracle.INTERNAL_ERROR));
    // Reported: a control or bidi character in a text is BNC-F-008, at the field that holds it.
    String payload = hostile.apply("");
    boolean unsafe = nl.bncfiche.model.UnsafeCharacters.firstUnsafe(payload) >= 0;
    assertThat(report.hasIssue("BNC-F-008")).as(what).isEqualTo(unsafe);
    assertThat(benignReport.hasIssue("BNC-F-008")).as(what).isFalse();
  }

  private static void assertNeutralised(String out, String what) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      assertThat(control || bidi).as("%s: U+%04X at %d", what, (int) c, i).isFalse();
    }
  }

  private int countInBenign(String n, KamerstukDocument benign, ValidationReport benignReport) {
    int max = 0;
    for (String out :
        List.of(
            TextWriter.create().write(benign),
            MarkdownWriter.create().write(benign),
            HtmlWriter.create().write(benign),
            json.write(benign),
            messages(benignReport))) {
      max = Math.max(max, count(out, n));
    }
    return max;
  }

  private static String messages(ValidationReport report) {
    StringBuilder sb = new StringBuilder();
    for (Issue i : report.issues()) {
      sb.append(i.getMessageNl()).append('\n').append(i.getMessageEn()).append('\n');
      i.getArguments().forEach(a -> sb.append(a).append('\n'));
    }
    return sb.toString();
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /**
   * Every tag but {@code <br>} (a line break in user text), in order: user text never contains a
   * raw '<', so these are the writer's own.
   */
  static List<String> htmlTags(String html) {
    List<String> tags = new ArrayList<>();
    int at = html.indexOf('<');
    while (at >= 0) {
      int end = html.indexOf('>', at);
      String tag = html.substring(at, end + 1);
      if (!tag.equals("<br>")) {
        tags.add(tag);
      }
      at = html.indexOf('<', end);
    }
    return tags;
  }

  /** Every unescaped '<…>' of a Markdown text. */
  static List<String> markdownTags(String md) {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < md.length(); i++) {
      if (md.charAt(i) == '<' && !escaped(md, i)) {
        int end = md.indexOf('>', i);
        tags.add(end < 0 ? md.substring(i) : md.substring(i, end + 1));
      }
    }
    return tags;
  }

  /** The target of every unescaped "](" link. */
  static List<String> markdownLinkTargets(String md) {
    List<String> targets = new ArrayList<>();
    for (int i = 0; i + 1 < md.length(); i++) {
      if (md.charAt(i) == ']' && md.charAt(i + 1) == '(' && !escaped(md, i)) {
        int end = md.indexOf(')', i);
        targets.add(md.substring(i + 2, end < 0 ? md.length() : end));
      }
    }
    return targets;
  }

  private static boolean escaped(String s, int i) {
    int backslashes = 0;
    for (int k = i - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
