package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.bncfiche.docx.DocxReader;
import nl.bncfiche.docx.DocxWriter;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word documents on the command line: validate and render read them, render writes them. */
class DocxCommandLineTest {
  @TempDir Path dir;

  private Path docx(String name, KamerstukDocument doc) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, DocxWriter.create().write(doc));
    return p;
  }

  @Test
  void aDocxIsValidatedByItsExtensionLikeItsText() throws IOException {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    Path word = docx("fiche.docx", doc);
    Path text = dir.resolve("fiche.txt");
    Files.writeString(text, TextWriter.create().write(doc));
    FicheCliTest.Run fromWord = FicheCliTest.run("validate", word.toString());
    FicheCliTest.Run fromText = FicheCliTest.run("validate", text.toString());
    assertThat(fromWord.exit).as(fromWord.err).isEqualTo(fromText.exit).isZero();
    assertThat(fromWord.err).isEmpty();
  }

  @Test
  void issuesNameTheParagraph() throws IOException {
    Path word = docx("fout.docx", FicheGenerator.withSeed(3).violating("BNC-F-001"));
    FicheCliTest.Run r = FicheCliTest.run("validate", word.toString());
    assertThat(r.exit).as(r.err).isEqualTo(1);
    assertThat(r.out).containsPattern(java.util.regex.Pattern.quote(word + ":alinea ") + "\\d+: ");
    FicheCliTest.Run en = FicheCliTest.run("validate", "--lang", "en", word.toString());
    assertThat(en.out)
        .containsPattern(java.util.regex.Pattern.quote(word + ":paragraph ") + "\\d+: ");
    FicheCliTest.Run json = FicheCliTest.run("validate", "--format", "json", word.toString());
    assertThat(json.out).contains("\"paragraph\" : ");
  }

  @Test
  void standardInputIsReadAsDocxWithFrom() {
    byte[] bytes = DocxWriter.create().write(VoorbeeldFiches.mededeling());
    FicheCliTest.Run r = FicheCliTest.run(bytes, "validate", "--from", "docx", "-");
    assertThat(r.exit).as(r.err).isZero();
  }

  @Test
  void renderWritesADocxAndReadsOne() throws IOException {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    Path text = dir.resolve("fiche.txt");
    Files.writeString(text, TextWriter.create().write(doc));
    Path out = dir.resolve("uit.docx");
    FicheCliTest.Run r =
        FicheCliTest.run("render", "--to", "docx", "-o", out.toString(), text.toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(DocxWriter.create().write(doc));
    assertThat(DocxReader.create().read(out).getDocument()).isEqualTo(doc);

    FicheCliTest.Run back = FicheCliTest.run("render", "--to", "text", out.toString());
    assertThat(back.exit).as(back.err).isZero();
    assertThat(back.out).isEqualTo(TextWriter.create().write(doc));
  }

  @Test
  void aDocxGoesToStandardOutputThatIsNoTerminal() throws IOException {
    KamerstukDocument doc = VoorbeeldFiches.mededeling();
    Path text = dir.resolve("fiche.txt");
    Files.writeString(text, TextWriter.create().write(doc));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        FicheCli.run(
            new String[] {"render", "--to", "docx", text.toString()},
            new ByteArrayInputStream(new byte[0]),
            out,
            err,
            null);
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toByteArray()).isEqualTo(DocxWriter.create().write(doc));
  }

  @Test
  void legacyWordAndMacrosGetAClearMessage() throws IOException {
    Path doc = dir.resolve("oud.doc");
    byte[] ole = new byte[64];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole, 0, magic.length);
    Files.write(doc, ole);
    FicheCliTest.Run r = FicheCliTest.run("validate", doc.toString());
    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).contains(doc + ": ").contains("oude Word-formaat").contains("sla het op");
    Path notZip = dir.resolve("kapot.docx");
    Files.writeString(notZip, "geen zip");
    FicheCliTest.Run broken = FicheCliTest.run("validate", "--lang", "en", notZip.toString());
    assertThat(broken.exit).isEqualTo(2);
    assertThat(broken.err).contains("not a valid zip").doesNotContain("Exception");
  }
}
