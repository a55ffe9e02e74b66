package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apache POI, an independent reader, opens every .docx we write and finds the canonical text's
 * paragraphs (with list labels from the numbering POI reports), its headings under Word's style
 * names, and its footnotes. Our reader plays no part in it.
 */
class PoiOracleTest {
  private static final Pattern REF = Pattern.compile("\\[footnoteRef:\\d+\\]");
  private static final Pattern BODY = Pattern.compile("\\[\\d+:  (?:(.*) )?\\]");

  static LongStream seeds() {
    return LongStream.range(0, 25);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void poiFindsTheParagraphsHeadingsAndFootnotes(long seed) throws IOException {
    KamerstukDocument doc = FicheGenerator.withSeed(seed).validDocument();
    String text = TextWriter.create().write(doc);
    List<String> expectedLines = new ArrayList<>();
    List<String> expectedNotes = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      var m = BODY.matcher(line);
      if (m.matches()) {
        expectedNotes.add(m.group(1) == null ? "" : m.group(1));
      } else {
        expectedLines.add(REF.matcher(line).replaceAll(""));
      }
    }

    try (XWPFDocument poi =
        new XWPFDocument(new ByteArrayInputStream(DocxWriter.create().write(doc)))) {
      List<String> lines = new ArrayList<>();
      List<String> headings = new ArrayList<>();
      Map<BigInteger, Integer> seen = new HashMap<>();
      for (XWPFParagraph p : poi.getParagraphs()) {
        // The runs' text: POI's paragraph text adds the footnotes' (the "Word export" form) and
        // a footnote's custom mark, which the canonical line has as a reference.
        StringBuilder all = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
          if (r.getCTR().getFootnoteReferenceList().isEmpty()) {
            all.append(r.text());
          }
        }
        String body = REF.matcher(all).replaceAll("");
        if (body.isEmpty()) {
          continue;
        }
        String style = styleName(poi, p);
        String label = "";
        if (p.getNumID() != null) {
          int index = seen.merge(p.getNumID(), 1, Integer::sum) - 1;
          int value = start(poi, p) + index;
          label = label(p.getNumFmt(), p.getNumLevelText(), value) + " ";
        }
        String line = (style.equals("heading 4") ? "## " : "") + label + body;
        lines.add(line);
        if (style.startsWith("heading ")) {
          headings.add(style + ": " + line);
        }
      }
      for (int i = 0; i < Math.min(lines.size(), expectedLines.size()); i++) {
        assertThat(lines.get(i)).as("paragraph %d", i).isEqualTo(expectedLines.get(i));
      }
      assertThat(lines).hasSameSizeAs(expectedLines);
      for (var f : doc.getFiches()) {
        assertThat(headings).contains("heading 1: Fiche: " + f.getTitel());
      }
      assertThat(headings).anyMatch(h -> h.startsWith("heading 2: 1. "));

      List<String> notes = new ArrayList<>();
      for (XWPFFootnote n : poi.getFootnotes()) {
        if (n.getCTFtnEdn().getType() != null
            && !n.getCTFtnEdn().getType().toString().equals("normal")) {
          continue;
        }
        for (XWPFParagraph p : n.getParagraphs()) {
          notes.add(p.getText().strip());
        }
      }
      assertThat(notes).isEqualTo(expectedNotes);
    }
  }

  /** Where the paragraph's list starts: its start override, else its abstract numbering's start. */
  private static int start(XWPFDocument poi, XWPFParagraph p) {
    if (p.getNumStartOverride() != null) {
      return p.getNumStartOverride().intValue();
    }
    XWPFNumbering numbering = poi.getNumbering();
    XWPFAbstractNum a = numbering.getAbstractNum(numbering.getAbstractNumID(p.getNumID()));
    return a.getCTAbstractNum().getLvlArray(0).getStart().getVal().intValue();
  }

  private static String styleName(XWPFDocument poi, XWPFParagraph p) {
    if (p.getStyleID() == null) {
      return "";
    }
    XWPFStyle s = poi.getStyles().getStyle(p.getStyleID());
    return s == null ? "" : s.getName();
  }

  private static String label(String format, String text, int value) {
    String v =
        switch (format) {
          case "bullet" -> "•";
          case "lowerLetter" -> String.valueOf((char) ('a' + value - 1));
          case "decimal" -> Integer.toString(value);
          default -> throw new AssertionError("unexpected format " + format);
        };
    return format.equals("bullet") ? v : text.replace("%1", v).toLowerCase(Locale.ROOT);
  }
}
