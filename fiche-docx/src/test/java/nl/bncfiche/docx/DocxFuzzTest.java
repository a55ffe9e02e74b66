package nl.bncfiche.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer over mutated .docx files, of the zip's bytes and of the XML inside: whatever the
 * input, the reader returns a result or throws {@link FicheReadException}, nothing else. A failure
 * names the seed and the mutation.
 */
class DocxFuzzTest {
  private static final int INPUTS = 2400;
  private static final String[] FRAGMENTS = {
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "<w:t>",
    "</w:t>",
    "<w:numPr><w:ilvl w:val=\"9\"/><w:numId w:val=\"1\"/></w:numPr>",
    "<w:footnoteReference w:id=\"1\"/>",
    "<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"x\"/>",
    "<w:fldChar w:fldCharType=\"begin\"/>",
    "<w:fldChar w:fldCharType=\"end\"/>",
    "<w:fldChar w:fldCharType=\"separate\"/>",
    "<w:del>",
    "<w:ins>",
    "<w:basedOn w:val=\"Heading1\"/>",
    "<w:outlineLvl w:val=\"-5\"/>",
    "<w:startOverride w:val=\"2147483647\"/>",
    "<w:lvlText w:val=\"%9%1\"/>",
    "<!DOCTYPE x>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "<![CDATA[x]]>",
    "\uFFFF",
    "<w:br/>",
    "<w:tab/>",
    "[footnoteRef:",
    "\\",
    "a) ",
    "1. ",
    "<w:tbl><w:tr><w:tc>",
    "<w:sectPr/>",
    "<w:numFmt w:val=\"lowerRoman\"/>",
  };

  private static List<Map<String, byte[]>> bases() throws IOException {
    List<byte[]> docs = new ArrayList<>();
    for (long s = 0; s < 4; s++) {
      docs.add(DocxWriter.create().write(FicheGenerator.withSeed(s).validDocument()));
    }
    docs.add(DocxReaderTest.dutchFiche());
    List<Map<String, byte[]>> out = new ArrayList<>();
    for (byte[] d : docs) {
      Map<String, byte[]> parts = new LinkedHashMap<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(d))) {
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
          parts.put(e.getName(), zip.readAllBytes());
        }
      }
      out.add(parts);
    }
    return out;
  }

  @Test
  void noMutationEscapes() throws IOException {
    List<Map<String, byte[]>> bases = bases();
    DocxReader reader = DocxReader.builder().maxEntryBytes(4 << 20).build();
    int read = 0;
    int refused = 0;
    for (long seed = 0; seed < INPUTS; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      Map<String, byte[]> base = bases.get(r.nextInt(bases.size()));
      byte[] input = seed % 3 == 0 ? mutateZip(zip(base), r) : zip(mutateXml(base, r));
      try {
        reader.read(input);
        read++;
      } catch (FicheReadException e) {
        assertThat(e.getMessageNl()).as("seed %d", seed).isNotBlank();
        refused++;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + " escaped: " + e, e);
      }
    }
    assertThat(read + refused).isEqualTo(INPUTS);
    assertThat(read).as("mutations that still read").isGreaterThan(INPUTS / 10);
    assertThat(refused).as("mutations refused").isGreaterThan(INPUTS / 10);
  }

  private static byte[] mutateZip(byte[] zip, SplittableRandom r) {
    byte[] b = zip.clone();
    int kind = r.nextInt(4);
    if (kind == 0) {
      for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
      }
      return b;
    }
    if (kind == 1) {
      return java.util.Arrays.copyOf(b, r.nextInt(b.length));
    }
    if (kind == 2) {
      int at = r.nextInt(b.length);
      int len = Math.min(b.length - at, 1 + r.nextInt(64));
      for (int i = 0; i < len; i++) {
        b[at + i] = (byte) r.nextInt(256);
      }
      return b;
    }
    int from = r.nextInt(b.length);
    byte[] out = new byte[b.length + 16];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(b, from, out, from + 16, b.length - from);
    return out;
  }

  private static Map<String, byte[]> mutateXml(Map<String, byte[]> base, SplittableRandom r) {
    Map<String, byte[]> parts = new LinkedHashMap<>(base);
    List<String> names = new ArrayList<>(parts.keySet());
    String name = r.nextInt(2) == 0 ? "word/document.xml" : names.get(r.nextInt(names.size()));
    byte[] bytes = parts.get(name);
    if (bytes == null) {
      return parts;
    }
    StringBuilder s = new StringBuilder(new String(bytes, StandardCharsets.UTF_8));
    for (int i = 0, n = 1 + r.nextInt(4); i < n && s.length() > 0; i++) {
      int at = r.nextInt(s.length());
      int kind = r.nextInt(4);
      if (kind == 0) {
        s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(200)));
      } else if (kind == 1) {
        s.insert(at, FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
      } else if (kind == 2) {
        int end = Math.min(s.length(), at + 1 + r.nextInt(400));
        s.insert(at, s.substring(at, end));
      } else {
        int tag = s.indexOf("<w:", at);
        if (tag >= 0) {
          s.insert(tag, FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        }
      }
    }
    parts.put(name, s.toString().getBytes(StandardCharsets.UTF_8));
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
