package nl.bncfiche.docx;

import static nl.bncfiche.docx.TestDocx.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.bncfiche.rendering.text.FicheReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and unreadable files get a clear refusal, never a hang, an escape or a full heap. */
class HostileDocxTest {
  private static final byte[] FICHE = TestDocx.body(p("", "Fiche: Een titel")).bytes();

  static FicheReadException refusal(byte[] docx) {
    return refusal(DocxReader.create(), docx);
  }

  static FicheReadException refusal(DocxReader reader, byte[] docx) {
    try {
      reader.read(docx);
    } catch (FicheReadException e) {
      assertThat(e.getMessageNl()).isNotBlank();
      assertThat(e.getMessageEn()).isNotBlank();
      return e;
    }
    throw new AssertionError("no refusal");
  }

  @Test
  void aReadableFicheIsRead() {
    assertThat(DocxReader.create().read(FICHE).getDocument().getFiches().get(0).getTitel())
        .isEqualTo("Een titel");
  }

  @Test
  void anOleContainerIsALegacyOrEncryptedDocument() {
    byte[] ole = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole, 0, magic.length);
    FicheReadException e = refusal(ole);
    assertThat(e.getMessageNl()).contains("oude Word-formaat").contains("versleuteld");
    assertThat(e.getMessageNl()).contains("sla het op als .docx");
  }

  @Test
  void textAndEmptyInputAreNoDocx() {
    assertThat(refusal("Fiche: titel".getBytes(StandardCharsets.UTF_8)).getMessageEn())
        .contains("not a valid zip");
    assertThat(refusal(new byte[0]).getMessageEn()).contains("not a valid zip");
    assertThat(refusal(new byte[] {'P', 'K', 3, 4, 0}).getMessageEn()).contains("zip");
  }

  @Test
  void aZipWithoutWordDocumentIsRefused() {
    byte[] zip = new TestDocx().part("a.txt", "x").bytes();
    assertThat(refusal(zip).getMessageEn()).contains("no Word document");
  }

  @Test
  void macrosAreRefused() {
    byte[] byType =
        TestDocx.body(p("", "Fiche: X"))
            .part(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.ms-word.document.macroEnabled.main+xml\"/></Types>")
            .bytes();
    assertThat(refusal(byType).getMessageNl()).contains(".docm");
    byte[] byProject = TestDocx.body(p("", "Fiche: X")).part("word/vbaProject.bin", "x").bytes();
    assertThat(refusal(byProject).getMessageEn()).contains("macros");
  }

  @Test
  void duplicateEntryNamesAreRefused() {
    byte[] differentCase =
        TestDocx.body(p("", "Fiche: X")).part("WORD/document.xml", "<x/>").bytes();
    assertThat(refusal(differentCase).getMessageEn()).contains("twice");
    // The very same name twice, which ZipOutputStream would not write: patch a near name.
    byte[] near = TestDocx.body(p("", "Fiche: X")).part("word/document.xmQ", "<x/>").bytes();
    String s =
        new String(near, StandardCharsets.ISO_8859_1).replace("document.xmQ", "document.xml");
    assertThat(refusal(s.getBytes(StandardCharsets.ISO_8859_1)).getMessageEn()).contains("twice");
  }

  @Test
  void zipBombsAreRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(refusal(out.toByteArray()).getMessageEn()).contains("zip bomb");
    DocxReader small = DocxReader.builder().maxEntryBytes(1 << 20).build();
    assertThat(refusal(small, out.toByteArray()).getMessageEn()).contains("inflates to more");
    DocxReader total = DocxReader.builder().maxTotalBytes(100).build();
    assertThat(refusal(total, FICHE).getMessageEn()).contains("inflates to more than 100");
  }

  @Test
  void tooManyEntriesAndTooLargeFilesAreRefused(@TempDir Path dir) throws IOException {
    TestDocx many = TestDocx.body(p("", "Fiche: X"));
    for (int i = 0; i < 1001; i++) {
      many.part("media/" + i + ".bin", "");
    }
    assertThat(refusal(many.bytes()).getMessageEn()).contains("more than 1000 entries");
    DocxReader tiny = DocxReader.builder().maxFileBytes(100).build();
    assertThat(refusal(tiny, FICHE).getMessageEn()).contains("larger than 100 bytes");
    Path file = dir.resolve("groot.docx");
    Files.write(file, FICHE);
    assertThatThrownBy(() -> tiny.read(file)).isInstanceOf(FicheReadException.class);
    assertThatThrownBy(() -> tiny.read(new ByteArrayInputStream(FICHE)))
        .isInstanceOf(FicheReadException.class);
    assertThat(DocxReader.create().read(file).getDocument().getFiches()).hasSize(1);
  }

  @Test
  void dtdsAndEntitiesAreRefusedUnresolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + TestDocx.document(p("", "Fiche: &x;"));
    FicheReadException e = refusal(new TestDocx().part("word/document.xml", xxe).bytes());
    assertThat(e.getMessageEn()).contains("document.xml").doesNotContain("root:");
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]>"
            + TestDocx.document(p("", "Fiche: &c;"));
    refusal(new TestDocx().part("word/document.xml", laughs).bytes());
    String styles =
        "<?xml version=\"1.0\"?><!DOCTYPE s SYSTEM \"http://example.invalid/s.dtd\"><w:styles "
            + TestDocx.W
            + "/>";
    byte[] d = TestDocx.body(p("", "Fiche: X")).part("word/styles.xml", styles).bytes();
    assertThat(refusal(d).getMessageEn()).contains("styles.xml");
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "<w:sdt><w:sdtContent>".repeat(300) + "</w:sdtContent></w:sdt>".repeat(300);
    byte[] d = TestDocx.body(deep + p("", "Fiche: X")).bytes();
    assertThat(refusal(d).getMessageEn()).contains("nested deeper than 256");
  }

  @Test
  void brokenXmlNamesItsPart() {
    byte[] d = new TestDocx().part("word/document.xml", "<w:document><w:body>").bytes();
    assertThat(refusal(d).getMessageNl()).contains("word/document.xml").contains("onleesbaar");
  }
}
