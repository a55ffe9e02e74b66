package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .docx we did not write: pandoc makes it from a Markdown form of the fiche (sections and items
 * as numbered and lettered lists with their start, list items as bullets, real footnotes, its own
 * styles and numbering), and {@link DocxReader} reads every field and footnote back. Skipped where
 * pandoc is absent.
 */
class PandocOracleTest {
  private static final Pattern REF = Pattern.compile("\\[footnoteRef:(\\d+)\\]");
  private static final Pattern BODY = Pattern.compile("\\[(\\d+):  (?:(.*) )?\\]");
  private static final Pattern SECTION = Pattern.compile("([1-9][0-9]*)\\. (\\S.*)");
  private static final Pattern ITEM = Pattern.compile("([a-z])\\) (\\S.*)");

  @TempDir Path dir;

  @Test
  void pandocsDocxOfAFicheReadsBackEqual() throws IOException, InterruptedException {
    ExternalProgram.assume("pandoc", "pandoc");
    int checked = 0;
    for (long seed = 0; seed < 12; seed++) {
      Fiche fiche = FicheGenerator.withSeed(seed).validFiche();
      if (!numberedInOrder(fiche)) {
        continue; // Word numbers footnotes 1, 2, … in reference order: pandoc renumbers others
      }
      KamerstukDocument doc = KamerstukDocument.of(fiche);
      Path md = dir.resolve("fiche-" + seed + ".md");
      Path docx = dir.resolve("fiche-" + seed + ".docx");
      Files.writeString(md, markdown(TextWriter.create().write(doc)));
      ExternalProgram.run(
          dir,
          60,
          List.of(
              "pandoc",
              "-f",
              "markdown-smart+fancy_lists",
              "-t",
              "docx",
              "-o",
              docx.toString(),
              md.toString()));
      ReadResult read = DocxReader.create().read(docx);
      FicheJson json = FicheJson.create();
      assertThat(json.write(read.getDocument())).as("seed %d", seed).isEqualTo(json.write(doc));
      assertThat(read.getWarnings()).as("seed %d", seed).isEmpty();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  private static boolean numberedInOrder(Fiche fiche) {
    List<Voetnoot> notes = fiche.getVoetnoten();
    for (int i = 0; i < notes.size(); i++) {
      if (notes.get(i).getNummer() != i + 1) {
        return false;
      }
    }
    return true;
  }

  /** Pandoc's Markdown of the canonical text: a line a paragraph, structure as lists. */
  static String markdown(String text) {
    StringBuilder md = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = BODY.matcher(line);
      if (m.matches()) {
        notes
            .append("[^f")
            .append(m.group(1))
            .append("]: ")
            .append(m.group(2) == null ? "" : escaped(m.group(2)))
            .append("\n\n");
        continue;
      }
      Matcher section = SECTION.matcher(line);
      Matcher item = ITEM.matcher(line);
      if (line.startsWith("Fiche: ")) {
        md.append("# ").append(inline(line));
      } else if (section.matches()) {
        md.append(section.group(1)).append(". ").append(inline(section.group(2)));
      } else if (item.matches()) {
        md.append(item.group(1)).append(") ").append(inline(item.group(2)));
      } else if (line.startsWith("• ")) {
        md.append("- ").append(inline(line.substring(2)));
      } else if (line.startsWith("## ")) {
        md.append("#### ").append(inline(line.substring(3)));
      } else {
        md.append(inline(line));
      }
      md.append("\n\n");
    }
    return md.append(notes).toString();
  }

  private static String inline(String s) {
    Matcher m = REF.matcher(s);
    StringBuilder b = new StringBuilder();
    int at = 0;
    while (m.find()) {
      b.append(escaped(s.substring(at, m.start()))).append("[^f").append(m.group(1)).append(']');
      at = m.end();
    }
    return b.append(escaped(s.substring(at))).toString();
  }

  /** Every ASCII punctuation character escaped, as pandoc's Markdown allows. */
  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
