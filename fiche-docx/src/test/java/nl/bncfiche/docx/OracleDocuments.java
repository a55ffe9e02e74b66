package nl.bncfiche.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
   * Whether Tika's plain text can say a document's footnote numbers: Tika numbers a footnote by its
   * id in the .docx, which {@link DocxWriter} makes the footnote's number only where no other
   * footnote of the document has that number, and it writes a custom mark as text after the
   * reference, which {@link DocxWriter} writes only where Word would not count the number itself (a
   * fiche's notes numbered from its first one on, in order of reference). So: no number used by two
   * footnotes, and within each fiche each footnote numbered one more than the one before.
   */
  static boolean tikaCanSayIt(String canonical) {
    Set<Integer> used = new HashSet<>();
    int last = 0;
    boolean newFiche = true;
    boolean afterNote = false;
    for (String line : canonical.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = NOTE.matcher(line);
      if (!m.matches()) {
        afterNote = false;
        if (line.startsWith("Fiche: ")) {
          newFiche = true;
        }
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      if (afterNote && n == last) {
        continue; // a further paragraph of the same footnote
      }
      if (!used.add(n) || (!newFiche && n != last + 1)) {
        return false;
      }
      newFiche = false;
      afterNote = true;
      last = n;
    }
    return true;
  }
}
