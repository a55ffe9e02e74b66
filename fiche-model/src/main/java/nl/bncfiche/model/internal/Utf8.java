package nl.bncfiche.model.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that names the first malformed byte, for the readers of text and the
 * command line. The JDK's own {@code new String(bytes, UTF_8)} is several times faster than a
 * strict {@link CharsetDecoder} but puts U+FFFD where a byte is malformed; so it decodes first, and
 * only a text holding U+FFFD (malformed, or written with that character) is decoded again,
 * strictly, to find the byte or to confirm the text. Both decoders follow the same rules (no
 * overlong forms, no surrogates, nothing above U+10FFFF), so the result is the strict decoder's in
 * every case.
 */
public final class Utf8 {
  private Utf8() {}

  /**
   * {@code bytes} from {@code from} on, decoded as strict UTF-8.
   *
   * @throws Malformed naming the first byte that is not UTF-8
   */
  public static String decode(byte[] bytes, int from) throws Malformed {
    String fast = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    return fast.indexOf('\uFFFD') < 0 ? fast : strict(bytes, from);
  }

  /** The strict decoder alone: the reference {@link #decode} is tested against. */
  static String strict(byte[] bytes, int from) throws Malformed {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      throw new Malformed(in.position(), bytes[in.position()] & 0xff);
    }
    d.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * The first byte of a text that is not UTF-8: where it is and its value. Carries no stack trace.
   */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final int value;

    Malformed(int offset, int value) {
      super("malformed UTF-8 at byte offset " + offset, null, false, false);
      this.offset = offset;
      this.value = value;
    }

    /** Its offset from the start of the byte array (not from where decoding began). */
    public int offset() {
      return offset;
    }

    /** Its value, 0 to 255. */
    public int value() {
      return value;
    }
  }
}
