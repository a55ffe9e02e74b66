package nl.bncfiche.docx;

import static nl.bncfiche.docx.TestDocx.num;
import static nl.bncfiche.docx.TestDocx.p;
import static nl.bncfiche.docx.TestDocx.style;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.bncfiche.docx.internal.DocxPackage;
import nl.bncfiche.docx.internal.Limits;
import nl.bncfiche.docx.internal.LineStream;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.ReadResult;
import nl.bncfiche.rendering.text.SourcePosition;
import nl.bncfiche.rendering.text.TextReader;
import org.junit.jupiter.api.Test;

/**
 * Hand-made Word documents as Word and other programs write them: localised style ids, numbering
 * through styles and with overrides, tables, tracked changes, comments, fields, footnotes.
 */
class DocxReaderTest {
  static final Limits LIMITS = new Limits(1 << 24, 100, 1 << 24, 1 << 25, 100, 64, 1_000_000);

  /** Dutch Word: style ids "Standaard", "Kop1"…, names "Normal", "heading 1"…. */
  static final String DUTCH_STYLES =
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Standaard\">"
          + "<w:name w:val=\"Normal\"/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/>"
          + "<w:basedOn w:val=\"Standaard\"/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Kop2\"><w:name w:val=\"heading 2\"/>"
          + "<w:basedOn w:val=\"Standaard\"/><w:pPr>"
          + num(1, 0)
          + "</w:pPr></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Kop3\"><w:name w:val=\"Heading 3\"/>"
          + "<w:basedOn w:val=\"Standaard\"/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"Body Text\"/>"
          + "</w:style>";

  static final String NUMBERING =
      "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
          + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
          + "<w:abstractNum w:abstractNumId=\"11\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
          + "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>"
          + "<w:abstractNum w:abstractNumId=\"12\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
          + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>"
          + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
          + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"11\"/></w:num>"
          + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"11\"/><w:lvlOverride w:ilvl=\"0\">"
          + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
          + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"12\"/></w:num>";

  static String cell(String content) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
  }

  static String row(String label, String value) {
    return "<w:tr>" + cell(p(style("Kop3") + num(2, 0), label)) + cell(p("", value)) + "</w:tr>";
  }

  static final String BODY =
      p(style("Kop1"), "Fiche: Verordening over testgegevens")
          + p(style("Kop2"), "Algemene gegevens")
          + "<w:tbl><w:tblPr/>"
          + row("Titel voorstel", "Voorstel voor een verordening over testgegevens")
          + row("Datum ontvangst Commissiedocument", "3 maart 2026")
          + row("Nr. Commissiedocument", "COM(2026) 100 final")
          + "</w:tbl>"
          + p(style("Kop2"), "Essentie voorstel")
          + "<w:p><w:r><w:t xml:space=\"preserve\">De Commissie stelt voor </w:t></w:r>"
          + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">nieuwe </w:t></w:r>"
          + "</w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>oude </w:delText></w:r>"
          + "</w:del><w:r><w:t>regels te maken.</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/>"
          + "</w:r></w:p>"
          + p(num(4, 0), "een punt")
          + "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">Zie </w:t>"
          + "</w:r><w:hyperlink r:id=\"rId9\"><w:r><w:t>de website</w:t></w:r></w:hyperlink>"
          + "<w:r><w:t xml:space=\"preserve\"> van de Commissie en </w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space="
          + "\"preserve\"> HYPERLINK \"https://example.org\" </w:instrText></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>het register</w:t></w:r>"
          + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>.</w:t></w:r>"
          + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
          + p(style("Kop2"), "Nederlandse positie ten aanzien van het voorstel")
          + p(style("Kop3") + num(3, 0), "Essentie Nederlands beleid op dit terrein")
          + p(style("Heading1"), "Het kabinet steunt dit.");

  static final String FOOTNOTES =
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
          + "</w:footnote><w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r>"
          + "<w:r><w:t xml:space=\"preserve\"> Een voetnoottekst.</w:t></w:r></w:p></w:footnote>";

  static final String EXPECTED =
      """
      Fiche: Verordening over testgegevens

      1. Algemene gegevens

      a) Titel voorstel

      Voorstel voor een verordening over testgegevens

      b) Datum ontvangst Commissiedocument

      3 maart 2026

      c) Nr. Commissiedocument

      COM(2026) 100 final

      2. Essentie voorstel

      De Commissie stelt voor nieuwe regels te maken.[footnoteRef:1]
      [1:  Een voetnoottekst. ]

      • een punt

      Zie de website van de Commissie en het register.

      3. Nederlandse positie ten aanzien van het voorstel

      a) Essentie Nederlands beleid op dit terrein

      Het kabinet steunt dit.

      """;

  static byte[] dutchFiche() {
    return TestDocx.body(BODY)
        .styles(DUTCH_STYLES)
        .numbering(NUMBERING)
        .footnotes(FOOTNOTES)
        .part(
            "word/comments.xml",
            "<w:comments "
                + TestDocx.W
                + "><w:comment w:id=\"0\"><w:p><w:r><w:t>Klopt dit?</w:t></w:r></w:p>"
                + "</w:comment></w:comments>")
        .bytes();
  }

  @Test
  void wordStructureBecomesTheCanonicalLines() {
    LineStream lines = LineStream.of(DocxPackage.read(dutchFiche(), LIMITS));
    assertThat(lines.text()).isEqualTo(EXPECTED);
  }

  @Test
  void theFicheReadsAsItsTextAndPositionsNameParagraphsAndFootnotes() {
    ReadResult read = DocxReader.create().read(dutchFiche());
    assertThat(read.getDocument()).isEqualTo(TextReader.create().read(EXPECTED).getDocument());
    Fiche f = read.getDocument().getFiches().get(0);
    assertThat(f.getTitel()).isEqualTo("Verordening over testgegevens");
    assertThat(f.getVoetnoten()).hasSize(1);
    assertThat(f.getVoetnoten().get(0).getNummer()).isEqualTo(1);
    // the date's value stands in the table's second row: paragraphs 1, 2, then 2 per row
    assertThat(read.getSourceMap().positionOf("/fiches/0/algemeneGegevens/datumOntvangst"))
        .hasValueSatisfying(at -> assertThat(at.isParagraph()).isTrue());
    assertThat(read.getSourceMap().asMap().values()).allMatch(SourcePosition::isParagraph);
    assertThat(read.getSourceMap().asMap().values())
        .anySatisfy(at -> assertThat(at.getFootnote()).isEqualTo(1));
    assertThat(read.getWarnings())
        .anySatisfy(w -> assertThat(w).startsWith("alinea 10: ").contains("bijgehouden"))
        .anySatisfy(w -> assertThat(w).contains("opmerkingen").contains("comments"));
  }

  @Test
  void labelsFollowStartLevelsRestartsAndFormats() {
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"upperRoman\"/>"
            + "<w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperLetter\"/>"
            + "<w:lvlText w:val=\"%1.%2\"/><w:suff w:val=\"nothing\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
            + "<w:lvlText w:val=\"(%3)\"/><w:lvlRestart w:val=\"0\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
            + "<w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>";
    String body =
        p(num(7, 0), "een")
            + p(num(7, 1), "twee")
            + p(num(7, 1), "drie")
            + p(num(7, 2), "vier")
            + p(num(7, 0), "vijf")
            + p(num(7, 1), "zes")
            + p(num(7, 2), "zeven")
            + p(num(8, 0), "acht")
            + p(num(7, 0), "negen")
            + p(num(0, 0), "tien");
    LineStream lines =
        LineStream.of(DocxPackage.read(TestDocx.body(body).numbering(numbering).bytes(), LIMITS));
    assertThat(lines.text())
        .isEqualTo(
            """
            III. een

            III.Atwee

            III.Bdrie

            (i) vier

            IV. vijf

            IV.Azes

            (ii) zeven

            X. acht

            XI. negen

            tien

            """);
  }

  @Test
  void numberingLinkedThroughANumberingStyle() {
    String styles =
        "<w:style w:type=\"numbering\" w:styleId=\"Lijst\"><w:name w:val=\"Lijst\"/><w:pPr>"
            + num(1, 0)
            + "</w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Opsom\"><w:name w:val=\"Opsom\"/>"
            + "<w:pPr>"
            + num(2, 0)
            + "</w:pPr></w:style>";
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"Lijst\"/>"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
            + "<w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"Lijst\"/>"
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
    String body = p(style("Opsom"), "een") + p(style("Opsom"), "twee");
    LineStream lines =
        LineStream.of(
            DocxPackage.read(
                TestDocx.body(body).styles(styles).numbering(numbering).bytes(), LIMITS));
    assertThat(lines.text()).isEqualTo("a) een\n\nb) twee\n\n");
  }

  @Test
  void headingsByOutlineLevelAndSubHeadings() {
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Eigen\"><w:name w:val=\"Mijn kop\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr></w:style>";
    String body =
        p(style("Eigen"), "Tussenkop")
            + p("<w:outlineLvl w:val=\"4\"/>", "Nog een")
            + p(style("Eigen") + "<w:outlineLvl w:val=\"9\"/>", "Gewoon");
    LineStream lines =
        LineStream.of(DocxPackage.read(TestDocx.body(body).styles(styles).bytes(), LIMITS));
    assertThat(lines.text()).isEqualTo("## Tussenkop\n\n## Nog een\n\nGewoon\n\n");
  }

  /** A run of {@code text}. */
  private static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  /** A hyperlink to bookmark {@code anchor}, holding a bookmark {@code own} (or none) and text. */
  private static String link(String anchor, String own, String text) {
    return "<w:hyperlink w:anchor=\""
        + anchor
        + "\">"
        + (own == null
            ? ""
            : "<w:bookmarkStart w:id=\"9\" w:name=\"" + own + "\"/><w:bookmarkEnd w:id=\"9\"/>")
        + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>"
        + text
        + "</w:t></w:r></w:hyperlink>";
  }

  @Test
  void notesLinkedBothWaysAsFromHtmlBecomeFootnotes() {
    // As LibreOffice and Word import an HTML page's notes: a linked number, and a note paragraph
    // that starts at the number's target and links back.
    String body =
        "<w:p>"
            + run("Een zin")
            + link("fn-4", "fnref-4", "4")
            + run(" en verder")
            + link("fn-5", "fnref-5", "5")
            + run(".")
            + "</w:p>"
            + "<w:p>"
            + run("Naar ")
            + link("kop", null, "2")
            + run(" zonder weg terug.")
            + "</w:p>"
            + "<w:p><w:bookmarkStart w:id=\"3\" w:name=\"kop\"/>"
            + run("Een kop")
            + "</w:p>"
            + "<w:p><w:pPr>"
            + num(1, 0)
            + "</w:pPr><w:bookmarkStart w:id=\"1\" w:name=\"fn-4\"/>"
            + run("De eerste noot. ")
            + link("fnref-4", null, "↩")
            + "</w:p>"
            + "<w:p><w:bookmarkStart w:id=\"2\" w:name=\"fn-5\"/>"
            + run("De tweede noot, eerste alinea.")
            + "</w:p>"
            + p("", "Haar tweede alinea. ")
                .replace("</w:p>", link("fnref-5", null, "↩") + "</w:p>");
    LineStream lines = LineStream.of(DocxPackage.read(TestDocx.body(body).bytes(), LIMITS));
    assertThat(lines.text())
        .isEqualTo(
            """
            Een zin[footnoteRef:4] en verder[footnoteRef:5].
            [4:  De eerste noot. ]
            [5:  De tweede noot, eerste alinea. ]
            [5:  Haar tweede alinea. ]

            Naar 2 zonder weg terug.

            Een kop

            """);
  }

  @Test
  void aLinkedNumberWithoutLinkBackStaysText() {
    String body =
        "<w:p>"
            + run("Zie")
            + link("fn-1", "fnref-1", "1")
            + "</w:p>"
            + "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"fn-1\"/>"
            + run("Een alinea zonder link terug.")
            + "</w:p>";
    LineStream lines = LineStream.of(DocxPackage.read(TestDocx.body(body).bytes(), LIMITS));
    assertThat(lines.text()).isEqualTo("Zie1\n\nEen alinea zonder link terug.\n\n");
  }

  @Test
  void customFootnoteMarksAndRestartsPerSection() {
    String body =
        "<w:p><w:r><w:t>Een</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r>"
            + "<w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"4\"/><w:t>7</w:t></w:r>"
            + "</w:p><w:p><w:pPr><w:sectPr/></w:pPr></w:p>"
            + "<w:p><w:r><w:t>Twee</w:t></w:r><w:r><w:footnoteReference w:id=\"6\"/></w:r></w:p>";
    String notes =
        "<w:footnote w:id=\"3\"><w:p><w:r><w:footnoteRef/><w:t>drie</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>tweede alinea</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"4\"><w:p><w:r><w:t>vier</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"6\"><w:p/></w:footnote>";
    TestDocx d =
        TestDocx.body(body)
            .footnotes(notes)
            .part(
                "word/settings.xml",
                "<w:settings "
                    + TestDocx.W
                    + "><w:footnotePr><w:numRestart w:val=\"eachSect\"/></w:footnotePr>"
                    + "</w:settings>")
            .part(
                "word/_rels/document.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"a\" Type=\""
                    + TestDocx.REL
                    + "footnotes\" Target=\"/word/footnotes.xml\"/><Relationship Id=\"b\" Type=\""
                    + TestDocx.REL
                    + "settings\" Target=\"../word/settings.xml\"/></Relationships>");
    LineStream lines = LineStream.of(DocxPackage.read(d.bytes(), LIMITS));
    assertThat(lines.text())
        .isEqualTo(
            """
            Een[footnoteRef:1][footnoteRef:7]
            [1:  drie ]
            [1:  tweede alinea ]
            [7:  vier ]

            Twee[footnoteRef:1]
            [1:  ]

            """);
    assertThat(lines.footnoteOf(2)).isEqualTo(1);
    assertThat(lines.paragraphOf(7)).isEqualTo(3);
  }

  @Test
  void eachSectionsFootnotesStartWhereItsPropertiesSay() {
    // The first section starts at 5 (its w:numStart), the second, restarting (its own
    // w:numRestart), at 3, the third goes on from there (continuous, as the settings say).
    String body =
        "<w:p><w:r><w:t>Een</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
            + "<w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
            + "<w:p><w:pPr><w:sectPr><w:footnotePr><w:numStart w:val=\"5\"/></w:footnotePr>"
            + "</w:sectPr></w:pPr></w:p>"
            + "<w:p><w:r><w:t>Twee</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>"
            + "<w:p><w:pPr><w:sectPr><w:footnotePr><w:numRestart w:val=\"eachSect\"/>"
            + "<w:numStart w:val=\"3\"/></w:footnotePr><w:sectPrChange><w:sectPr><w:footnotePr>"
            + "<w:numStart w:val=\"9\"/></w:footnotePr></w:sectPr></w:sectPrChange></w:sectPr>"
            + "</w:pPr></w:p>"
            + "<w:p><w:r><w:t>Drie</w:t></w:r><w:r><w:footnoteReference w:id=\"4\"/></w:r></w:p>"
            + "<w:sectPr><w:footnotePr><w:numStart w:val=\"8\"/></w:footnotePr></w:sectPr>";
    String notes =
        "<w:footnote w:id=\"1\"><w:p><w:r><w:t>a</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"2\"><w:p><w:r><w:t>b</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"3\"><w:p><w:r><w:t>c</w:t></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"4\"><w:p><w:r><w:t>d</w:t></w:r></w:p></w:footnote>";
    TestDocx d =
        TestDocx.body(body)
            .footnotes(notes)
            .part(
                "word/settings.xml",
                "<w:settings "
                    + TestDocx.W
                    + "><w:footnotePr><w:numRestart w:val=\"continuous\"/></w:footnotePr>"
                    + "</w:settings>")
            .part(
                "word/_rels/document.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"a\" Type=\""
                    + TestDocx.REL
                    + "footnotes\" Target=\"/word/footnotes.xml\"/><Relationship Id=\"b\" Type=\""
                    + TestDocx.REL
                    + "settings\" Target=\"../word/settings.xml\"/></Relationships>");
    LineStream lines = LineStream.of(DocxPackage.read(d.bytes(), LIMITS));
    assertThat(lines.text())
        .isEqualTo(
            """
            Een[footnoteRef:5][footnoteRef:6]
            [5:  a ]
            [6:  b ]

            Twee[footnoteRef:3]
            [3:  c ]

            Drie[footnoteRef:4]
            [4:  d ]

            """);
  }

  @Test
  void aStyleCycleIsRefused() {
    String styles =
        "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:name w:val=\"a\"/>"
            + "<w:basedOn w:val=\"B\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:name w:val=\"b\"/>"
            + "<w:basedOn w:val=\"A\"/></w:style>";
    byte[] d = TestDocx.body(p(style("A"), "Fiche: X")).styles(styles).bytes();
    assertThatThrownBy(() -> DocxReader.create().read(d))
        .isInstanceOf(FicheReadException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void aNumberingCycleIsRefused() {
    String styles =
        "<w:style w:type=\"numbering\" w:styleId=\"L\"><w:name w:val=\"L\"/><w:pPr>"
            + num(1, 0)
            + "</w:pPr></w:style>";
    String numbering =
        "<w:abstractNum w:abstractNumId=\"0\"><w:numStyleLink w:val=\"L\"/></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
    byte[] d = TestDocx.body(p(num(1, 0), "Fiche: X")).styles(styles).numbering(numbering).bytes();
    assertThatThrownBy(() -> DocxReader.create().read(d))
        .isInstanceOf(FicheReadException.class)
        .hasMessageContaining("cycle");
  }
}
