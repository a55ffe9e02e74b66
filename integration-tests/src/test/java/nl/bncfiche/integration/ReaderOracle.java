package nl.bncfiche.integration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.json.FicheJsonException;
import nl.bncfiche.rendering.html.HtmlWriter;
import nl.bncfiche.rendering.markdown.MarkdownWriter;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.ValidationReport;

/**
 * What the library promises for any input to its readers: a documented exception, or a document
 * that every writer writes, that the JSON form and (for text) the canonical text read back to, and
 * that the validator checks without an internal error; for text, the canonical text of what was
 * read is a fixed point: read and written again, it is the same text. A broken promise is an {@link
 * AssertionError}.
 *
 * <p>One instance per thread: it owns a scratch file for the bytes of a text input.
 */
final class ReaderOracle {
  /** The validator's rule id for a rule that failed inside. */
  static final String INTERNAL_ERROR = "BNC-X-000";

  private static final TextReader TEXT = TextReader.create();
  private static final TextWriter TEXT_WRITER = TextWriter.create();
  private static final MarkdownWriter MARKDOWN = MarkdownWriter.create();
  private static final HtmlWriter HTML = HtmlWriter.create();
  private static final FicheJson JSON = FicheJson.create();
  private static final FicheValidator VALIDATOR = Today.validator();

  /**
   * Whether to demand that canonical text of a read document reads back to an equal document
   * ({@code -Dbncfiche.fuzz.strict=true}); off by default, see docs/security.md.
   */
  private static final boolean STRICT = Boolean.getBoolean("bncfiche.fuzz.strict");

  private final Path scratch;

  ReaderOracle(Path scratch) {
    this.scratch = scratch;
  }

  /**
   * Reads {@code bytes} as a text file (through the file path, so that decoding is tested too);
   * when {@code deep}, also writes, validates and reads back what was read.
   */
  void checkText(byte[] bytes, boolean deep) {
    ReadResult result;
    try {
      Files.write(scratch, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      result = TEXT.read(scratch);
    } catch (FicheReadException e) {
      checkMessage(e.getMessageEn(), e);
      checkMessage(e.getMessageNl(), e);
      check(e.getLine() >= 0 && e.getColumn() >= 0, "negative position in " + e.getMessage());
      return;
    }
    KamerstukDocument doc = result.getDocument();
    if (!deep) {
      return;
    }
    checkWritersAndValidator(doc);
    String canonical = TEXT_WRITER.write(doc);
    KamerstukDocument again;
    try {
      again = TEXT.read(canonical).getDocument();
    } catch (FicheReadException e) {
      throw new AssertionError(
          "the canonical text of a document read from text cannot be read: " + e.getMessage(), e);
    }
    String canonicalAgain = TEXT_WRITER.write(again);
    Set<String> lost = words(canonical);
    lost.removeAll(words(canonicalAgain));
    check(
        lost.isEmpty(),
        "words lost when the canonical text of a read document is read: " + first(lost));
    Set<String> added = words(canonicalAgain);
    added.removeAll(words(canonical));
    check(
        added.isEmpty(),
        "words added when the canonical text of a read document is read: " + first(added));
    check(
        canonicalAgain.equals(canonical),
        "the canonical text of a read document is no fixed point: "
            + firstDifference(canonical, canonicalAgain));
    if (STRICT) {
      check(
          again.equals(doc),
          "the canonical text of a document read from text reads to another document");
    }
  }

  /** The first line where {@code a} and {@code b} differ, as "line N: a | b", short. */
  static String firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String l = i < x.length ? x[i] : "";
      String m = i < y.length ? y[i] : "";
      if (!l.equals(m)) {
        return "line " + (i + 1) + ": " + shorten(l) + " | " + shorten(m);
      }
    }
    return "";
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** The words (runs of letters and digits) of {@code text}. */
  static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  private static String first(Set<String> words) {
    return words.stream().sorted().limit(5).collect(Collectors.joining(", "));
  }

  /** Reads {@code bytes} as JSON. */
  void checkJson(byte[] bytes) {
    KamerstukDocument doc;
    try {
      doc = JSON.read(new ByteArrayInputStream(bytes));
    } catch (FicheJsonException e) {
      checkMessage(e.getMessage(), e);
      check(e.getPointer() != null, "no pointer");
      return;
    }
    checkWritersAndValidator(doc);
  }

  private static void checkWritersAndValidator(KamerstukDocument doc) {
    TEXT_WRITER.write(doc);
    MARKDOWN.write(doc);
    HTML.write(doc);
    String json = JSON.write(doc);
    check(JSON.read(json).equals(doc), "the JSON of a read document reads to another document");
    ValidationReport report = VALIDATOR.validate(doc, Profile.DEFINITIEF);
    for (Issue issue : report.issues()) {
      check(!issue.getRuleId().equals(INTERNAL_ERROR), "internal error in validation: " + issue);
    }
  }

  private static void checkMessage(String message, Exception e) {
    check(message != null && !message.isBlank(), "no message: " + e);
    // The exceptions promise to quote no more than a little of the input.
    // A JSON field name is quoted in pointer and message and may be 200 characters (maxNameLength).
    check(message.length() < 1_000, "message of " + message.length() + " characters");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
