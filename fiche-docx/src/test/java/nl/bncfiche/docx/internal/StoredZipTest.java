package nl.bncfiche.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** {@link StoredZip} against the JDK's own zip writer and reader, as the oracles. */
class StoredZipTest {
  private static final LocalDateTime STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

  @Test
  void writesTheBytesOfTheJdksZipOutputStream() throws IOException {
    Random random = new Random(17);
    for (int round = 0; round < 50; round++) {
      int n = 1 + random.nextInt(12);
      String[] names = new String[n];
      byte[][] data = new byte[n][];
      for (int k = 0; k < n; k++) {
        names[k] = (k % 3 == 0 ? "word/ä-" : "part") + round + "-" + k + ".xml";
        data[k] = new byte[random.nextInt(k == 0 ? 1 : 70_000)];
        random.nextBytes(data[k]);
      }
      StoredZip ours = new StoredZip(StoredZip.dosTime(STAMP));
      ByteArrayOutputStream jdk = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(jdk, StandardCharsets.UTF_8)) {
        for (int k = 0; k < n; k++) {
          ours.add(StoredZip.Entry.of(names[k], data[k]));
          ZipEntry e = new ZipEntry(names[k]);
          e.setMethod(ZipEntry.STORED);
          e.setSize(data[k].length);
          e.setCompressedSize(data[k].length);
          CRC32 crc = new CRC32();
          crc.update(data[k]);
          e.setCrc(crc.getValue());
          e.setTimeLocal(STAMP);
          zip.putNextEntry(e);
          zip.write(data[k]);
          zip.closeEntry();
        }
      }
      byte[] bytes = ours.toBytes();
      assertThat(bytes).as("round %d", round).isEqualTo(jdk.toByteArray());
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (int k = 0; k < n; k++) {
          ZipEntry e = in.getNextEntry();
          assertThat(e.getName()).isEqualTo(names[k]);
          assertThat(e.getTimeLocal()).isEqualTo(STAMP);
          assertThat(in.readAllBytes()).isEqualTo(data[k]);
        }
        assertThat(in.getNextEntry()).isNull();
      }
    }
  }

  @Test
  void anEmptyZipIsItsEndRecordAlone() throws IOException {
    ByteArrayOutputStream jdk = new ByteArrayOutputStream();
    new ZipOutputStream(jdk).close();
    assertThat(new StoredZip(StoredZip.dosTime(STAMP)).toBytes()).isEqualTo(jdk.toByteArray());
  }
}
