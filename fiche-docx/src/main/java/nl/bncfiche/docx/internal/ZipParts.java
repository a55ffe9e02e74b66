package nl.bncfiche.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.bncfiche.rendering.text.FicheReadException;

/**
 * The XML parts of a zip package, read under {@link Limits}: the file's size, the number of
 * entries, every entry's and all entries' inflated bytes (counted as they are inflated, never taken
 * from the headers), and the compression ratio. Duplicate names (case-insensitive, as OPC part
 * names are) are refused: two readers could otherwise see two different documents in one file.
 */
public final class ZipParts {
  private static final byte[] OLE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /**
   * The first allocation for a part (more only when it holds more), and the skipped parts' buffer.
   */
  private static final int CHUNK = 64 * 1024;

  private static final byte[] NONE = new byte[0];

  /** The largest array the JVM allocates everywhere. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final Map<String, byte[]> parts;
  private final boolean hasMacros;

  private ZipParts(Map<String, byte[]> parts, boolean hasMacros) {
    this.parts = parts;
    this.hasMacros = hasMacros;
  }

  /** The part at {@code name} (without leading slash, any case), or null. */
  public byte[] get(String name) {
    return parts.get(key(name));
  }

  /** Whether the package holds a VBA project (a .docm). */
  public boolean hasMacros() {
    return hasMacros;
  }

  static String key(String name) {
    String n = name.startsWith("/") ? name.substring(1) : name;
    return n.toLowerCase(Locale.ROOT);
  }

  /**
   * Reads {@code bytes}, a whole file.
   *
   * @throws FicheReadException when it is no zip, an OLE container, or breaks a limit
   */
  public static ZipParts read(byte[] bytes, Limits limits) {
    if (startsWith(bytes, OLE)) {
      throw DocxFailure.of(
          "Het bestand is in het oude Word-formaat (.doc) of versleuteld: sla het op als .docx"
              + " zonder wachtwoord.",
          "The file is in the old Word format (.doc) or encrypted: save it as .docx without a"
              + " password.");
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw notZip(null);
    }
    Map<String, byte[]> parts = new HashMap<>();
    boolean macros = false;
    long total = 0;
    int entries = 0;
    // Made when first needed: a stored part of the size its header declares ends there (the zip
    // stream reads a stored entry to its declared size, no further), and finding that end then
    // needs no buffer of its own.
    byte[] scratch = null;
    byte[] probe = null;
    try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (++entries > limits.maxEntries()) {
          throw DocxFailure.of(
              "Het .docx-bestand heeft meer dan " + limits.maxEntries() + " onderdelen.",
              "The .docx file has more than " + limits.maxEntries() + " entries.");
        }
        String name = key(e.getName());
        if (parts.containsKey(name) || name.isEmpty()) {
          throw DocxFailure.of(
              "Het .docx-bestand bevat een onderdeel twee keer of zonder naam.",
              "The .docx file holds an entry twice or without a name.");
        }
        boolean keep = name.endsWith(".xml") || name.endsWith(".rels");
        if (name.endsWith("vbaproject.bin")) {
          macros = true;
        }
        // Inflated straight into the part's array, sized by the header where it tells (never
        // trusted beyond the file's own size: what is inflated is counted), so that a part of the
        // size it declares is neither grown nor copied.
        long declared = e.getSize();
        byte[] out =
            !keep
                ? NONE
                : new byte
                    [(int)
                        Math.min(declared >= 0 ? declared : CHUNK, Math.max(CHUNK, bytes.length))];
        int filled = 0;
        long size = 0;
        int n;
        while (true) {
          if (filled < out.length) {
            n = zip.read(out, filled, out.length - filled);
            if (n < 0) {
              break;
            }
          } else {
            if (keep && e.getMethod() == ZipEntry.STORED && out.length == declared) {
              if (probe == null) {
                probe = new byte[1];
              }
              if (zip.read(probe, 0, 1) < 0) {
                break;
              }
              throw notZip(null); // a stored entry longer than it declares: not what a zip is
            }
            if (scratch == null) {
              scratch = new byte[CHUNK];
            }
            n = zip.read(scratch, 0, scratch.length);
            if (n < 0) {
              break;
            }
            if (keep) {
              out =
                  Arrays.copyOf(
                      out, (int) Math.min(MAX_ARRAY, Math.max((long) filled + n, 2L * out.length)));
              System.arraycopy(scratch, 0, out, filled, n);
            }
          }
          if (keep) {
            filled += n;
          }
          size += n;
          total += n;
          if (size > limits.maxEntryBytes()) {
            throw DocxFailure.of(
                "Een onderdeel van het .docx-bestand is uitgepakt groter dan "
                    + limits.maxEntryBytes()
                    + " bytes.",
                "An entry of the .docx file inflates to more than "
                    + limits.maxEntryBytes()
                    + " bytes.");
          }
          if (total > limits.maxTotalBytes()) {
            throw DocxFailure.of(
                "Het .docx-bestand is uitgepakt groter dan " + limits.maxTotalBytes() + " bytes.",
                "The .docx file inflates to more than " + limits.maxTotalBytes() + " bytes.");
          }
        }
        long compressed = e.getCompressedSize();
        if (size > Limits.RATIO_EXEMPT_BYTES
            && compressed >= 0
            && size > (long) limits.maxRatio() * Math.max(1, compressed)) {
          throw DocxFailure.of(
              "Een onderdeel van het .docx-bestand is meer dan "
                  + limits.maxRatio()
                  + " keer samengeperst (een zip-bom?).",
              "An entry of the .docx file is compressed more than "
                  + limits.maxRatio()
                  + " times (a zip bomb?).");
        }
        parts.put(name, !keep ? NONE : filled == out.length ? out : Arrays.copyOf(out, filled));
      }
    } catch (ZipException | IllegalArgumentException ex) {
      // IllegalArgumentException: an entry name that is not valid in the zip's encoding
      throw notZip(ex);
    } catch (IOException ex) {
      throw notZip(ex);
    }
    if (entries == 0) {
      throw notZip(null);
    }
    return new ZipParts(parts, macros);
  }

  /**
   * Reads all of {@code in} (not closed), at most {@code limits.maxFileBytes()}.
   *
   * @throws FicheReadException when the stream is longer
   * @throws IOException when reading fails
   */
  public static byte[] readAll(InputStream in, Limits limits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long size = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      size += n;
      if (size > limits.maxFileBytes()) {
        throw tooLarge(limits);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The refusal of a file over the size bound. */
  public static FicheReadException tooLarge(Limits limits) {
    return DocxFailure.of(
        "Het .docx-bestand is groter dan " + limits.maxFileBytes() + " bytes.",
        "The .docx file is larger than " + limits.maxFileBytes() + " bytes.");
  }

  private static FicheReadException notZip(Throwable cause) {
    return DocxFailure.of(
        "Het bestand is geen leesbaar .docx-bestand (geen geldig zip-bestand).",
        "The file is no readable .docx file (not a valid zip file).",
        cause);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
