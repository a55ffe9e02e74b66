package nl.bncfiche.docx.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A zip of stored (not deflated) entries with one fixed time stamp, written into one array of its
 * exact size: the bytes {@link java.util.zip.ZipOutputStream} writes for the same entries (names
 * flagged UTF-8, no extra fields, no data descriptors), without its second CRC of every entry, its
 * growing buffer and the copy out of it. An entry's header, name and CRC can be made once and
 * shared ({@link Entry}), for the parts that are the same in every document. Not thread-safe; an
 * {@link Entry} is immutable.
 */
final class StoredZip {
  private static final int LOC_SIG = 0x04034b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int END_SIG = 0x06054b50;
  private static final int LOC_HEADER = 30;
  private static final int CEN_HEADER = 46;
  private static final int END_HEADER = 22;

  /** Version needed to extract a stored entry, as {@code ZipOutputStream} writes it. */
  private static final int VERSION = 10;

  /** General purpose flag: names in UTF-8. */
  private static final int UTF8 = 0x0800;

  /** One entry: its name, content and CRC. */
  static final class Entry {
    final byte[] name;
    final byte[] data;
    final int crc;

    private Entry(byte[] name, byte[] data) {
      this.name = name;
      this.data = data;
      CRC32 c = new CRC32();
      c.update(data);
      this.crc = (int) c.getValue();
    }

    /** An entry named {@code name} holding {@code data}, which is taken over, not copied. */
    static Entry of(String name, byte[] data) {
      return new Entry(name.getBytes(StandardCharsets.UTF_8), data);
    }

    /** An entry named {@code name} holding {@code content} in UTF-8. */
    static Entry of(String name, String content) {
      return of(name, content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final int dosTime;
  private final List<Entry> entries = new ArrayList<>();

  /** A zip whose entries all have the MS-DOS date and time {@code dosTime}. */
  StoredZip(int dosTime) {
    this.dosTime = dosTime;
  }

  /** Adds {@code e} after the entries added before. */
  StoredZip add(Entry e) {
    if (entries.size() >= 0xFFFF) {
      throw new IllegalArgumentException("a zip of this size needs Zip64");
    }
    entries.add(e);
    return this;
  }

  /** The zip's bytes. */
  byte[] toBytes() {
    long size = END_HEADER;
    for (Entry e : entries) {
      size += LOC_HEADER + CEN_HEADER + 2L * e.name.length + e.data.length;
    }
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("a zip of this size needs Zip64");
    }
    byte[] out = new byte[(int) size];
    int at = 0;
    int[] offsets = new int[entries.size()];
    for (int k = 0; k < entries.size(); k++) {
      Entry e = entries.get(k);
      offsets[k] = at;
      at = putInt(out, at, LOC_SIG);
      at = putShort(out, at, VERSION);
      at = common(out, at, e);
      at = putShort(out, at, 0); // extra field length
      System.arraycopy(e.name, 0, out, at, e.name.length);
      at += e.name.length;
      System.arraycopy(e.data, 0, out, at, e.data.length);
      at += e.data.length;
    }
    int cen = at;
    for (int k = 0; k < entries.size(); k++) {
      Entry e = entries.get(k);
      at = putInt(out, at, CEN_SIG);
      at = putShort(out, at, VERSION); // made by
      at = putShort(out, at, VERSION); // needed
      at = common(out, at, e);
      at = putShort(out, at, 0); // extra field length
      at = putShort(out, at, 0); // comment length
      at = putShort(out, at, 0); // disk number
      at = putShort(out, at, 0); // internal attributes
      at = putInt(out, at, 0); // external attributes
      at = putInt(out, at, offsets[k]);
      System.arraycopy(e.name, 0, out, at, e.name.length);
      at += e.name.length;
    }
    int cenSize = at - cen;
    at = putInt(out, at, END_SIG);
    at = putShort(out, at, 0); // this disk
    at = putShort(out, at, 0); // disk of the central directory
    at = putShort(out, at, entries.size());
    at = putShort(out, at, entries.size());
    at = putInt(out, at, cenSize);
    at = putInt(out, at, cen);
    putShort(out, at, 0); // comment length
    return out;
  }

  /** Flag, method, time, CRC, sizes and the name's length: alike in both headers. */
  private int common(byte[] out, int at, Entry e) {
    int p = putShort(out, at, UTF8);
    p = putShort(out, p, 0); // stored
    p = putInt(out, p, dosTime);
    p = putInt(out, p, e.crc);
    p = putInt(out, p, e.data.length);
    p = putInt(out, p, e.data.length);
    return putShort(out, p, e.name.length);
  }

  private static int putShort(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    return at + 2;
  }

  private static int putInt(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
    return at + 4;
  }

  /** The MS-DOS date and time of a local date and time from 1980 to 2107, seconds halved. */
  static int dosTime(java.time.LocalDateTime t) {
    if (t.getYear() < 1980 || t.getYear() > 2107) {
      throw new IllegalArgumentException("no MS-DOS time: " + t);
    }
    return (t.getYear() - 1980) << 25
        | t.getMonthValue() << 21
        | t.getDayOfMonth() << 16
        | t.getHour() << 11
        | t.getMinute() << 5
        | t.getSecond() >> 1;
  }
}
