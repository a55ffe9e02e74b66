package nl.bncfiche.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.params.provider.Arguments;

/** The documents the external oracles check, each with a name for the test report. */
final class OracleDocuments {
  static final Pattern NOTE = Pattern.compile("\\[(\\d+):  (?:(.*) )?\\]");
  static final Pattern REF = Pattern.compile("\\[footnoteRef:(\\d+)\\]");

  private OracleDocuments() {}

  /** {@code seeds} generated documents, one of each template and generation, the sample. */
  static List<Arguments> documents(int seeds) {
    List<Arguments> all = new ArrayList<>();
    for (long seed = 0; seed < seeds; seed++) {
      all.add(Arguments.of("seed " + seed, FicheGenerator.withSeed(seed).validDocument()));
    }
    long seed = 1000;
    for (Sjabloon s : Sjabloon.values()) {
      for (Generatie g : Generatie.values()) {
        all.add(
            Arguments.of(
                s + " " + g + " (seed " + seed + ")",
                FicheGenerator.withSeed(seed++).validDocument(s, g)));
      }
    }
    all.add(Arguments.of("the sample document", SampleDocuments.volledig()));
    return all;
  }

  /** A footnote of the canonical text: its number and its body (one line). */
  record Note(int number, String body) {}

  /** The footnotes of a canonical text, in order. */
  static List<Note> notes(String canonical) {
    List<Note> notes = new ArrayList<>();
    for (String line : canonical.split("\n", -1)) {
      Matcher m = NOTE.matcher(line);
      if (m.matches()) {
        notes.add(new Note(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2)));
      }
    }
    return notes;
  }

  /** The paragraphs of a canonical text: its non-empty lines but the footnote bodies. */
  static List<String> paragraphs(String canonical) {
    List<String> lines = new ArrayList<>();
    for (String line : canonical.split("\n", -1)) {
      if (!line.isEmpty() && !NOTE.matcher(line).matches()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * Whether Tika's plain text can say all of a document's canonical text: it has no sub-heading
   * (Tika writes no heading mark), no bulleted list (Tika's bullet is "·"), and its footnotes are
   * numbered 1, 2, … through the whole document (Tika numbers a footnote by its id in the .docx,
   * which runs on through the document, and writes a custom mark as text after the reference).
   */
  static boolean tikaCanSayIt(String canonical) {
    if (canonical.contains("\n## ") || canonical.contains("\n• ")) {
      return false;
    }
    List<Note> notes = notes(canonical);
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).number() != i + 1) {
        return false;
      }
    }
    return true;
  }
}
