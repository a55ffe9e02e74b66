package nl.bncfiche.rendering.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bncfiche.rendering.text.FicheReadException;

/** Turns input into cleaned lines: strict UTF-8, byte-order mark, CRLF, control characters. */
public final class Invoer {
  private static final String BOOKMARK = "[bookmark:";

  private Invoer() {}

  /**
   * Decodes strict UTF-8; a byte-order mark is kept for {@link #regels} to drop.
   *
   * @throws FicheReadException naming the first malformed byte and its offset
   */
  public static String utf8(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      String b = String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xff);
      throw new FicheReadException(0, 0,
          "Geen UTF-8-tekst: byte " + b + " op positie " + at + ".",
          "Not UTF-8 text: byte " + b + " at offset " + at + ".");
    }
    d.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * The cleaned lines of {@code text}.
   *
   * @throws FicheReadException when the text is empty or holds control characters (not text)
   */
  public static List<Regel> regels(String text) {
    int start = text.startsWith("\ufeff") ? 1 : 0;
    List<Regel> result = new ArrayList<>();
    int line = 1;
    int i = start;
    int lineStart = start;
    boolean any = false;
    while (i <= text.length()) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        result.add(clean(text.substring(lineStart, i), line));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
      } else if (c < 0x20 && c != '\t' && c != '\u000b' && c != '\f' || c == 0x7f) {
        int col = i - lineStart + 1;
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        throw new FicheReadException(line, col,
            "Geen tekst: stuurteken " + code + " op regel " + line + ", kolom " + col + ".",
            "Not text: control character " + code + " at line " + line + ", column " + col + ".");
      } else if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\ufeff') {
        any = true;
      }
      i++;
    }
    if (!any) {
      throw new FicheReadException(1, 1, "De tekst is leeg.", "The text is empty.");
    }
    return result;
  }

  private static Regel clean(String raw, int line) {
    String s = raw.replace('\u000b', ' ').replace('\f', ' ');
    if (s.contains(BOOKMARK)) {
      StringBuilder sb = new StringBuilder(s.length());
      int at = 0;
      while (at < s.length()) {
        int b = s.indexOf(BOOKMARK, at);
        int end = b < 0 ? -1 : s.indexOf(']', b);
        if (end < 0) {
          sb.append(s, at, s.length());
          break;
        }
        sb.append(s, at, b);
        at = end + 1;
      }
      s = sb.toString();
    }
    int lead = 0;
    while (lead < s.length() && (Character.isWhitespace(s.charAt(lead)) || s.charAt(lead) == '\u00a0')) {
      lead++;
    }
    int end = s.length();
    while (end > lead && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '\u00a0')) {
      end--;
    }
    String t = s.substring(lead, end);
    if (!Normalizer.isNormalized(t, Normalizer.Form.NFC)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFC);
    }
    return new Regel(t, line, lead + 1);
  }
}
