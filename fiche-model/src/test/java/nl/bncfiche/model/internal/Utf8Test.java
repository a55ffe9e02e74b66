package nl.bncfiche.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#decode} gives what the strict decoder gives, text or malformed byte, for every input.
 */
class Utf8Test {
  /** Byte sequences that are not UTF-8, each a known way to get it wrong. */
  private static final int[][] BROKEN = {
    {0x80}, // continuation byte alone
    {0xBF},
    {0xC0, 0x80}, // overlong NUL
    {0xC1, 0xBF}, // overlong
    {0xE0, 0x80, 0x80}, // overlong
    {0xED, 0xA0, 0x80}, // high surrogate (CESU-8)
    {0xED, 0xBF, 0xBF}, // low surrogate
    {0xF0, 0x80, 0x80, 0x80}, // overlong
    {0xF4, 0x90, 0x80, 0x80}, // above U+10FFFF
    {0xF5, 0x80, 0x80, 0x80},
    {0xFE},
    {0xFF},
    {0xC3}, // cut short
    {0xE2, 0x82}, // cut short
    {0xF0, 0x9F, 0x98}, // cut short
    {0xE2, 0x28, 0xA1}, // second byte not a continuation
  };

  @Test
  void decodesLikeTheStrictDecoderOnGeneratedInput() {
    Random random = new Random(20261129L);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = input(random);
      int from = bytes.length > 0 && random.nextInt(4) == 0 ? random.nextInt(bytes.length) : 0;
      assertSame(bytes, from);
    }
  }

  @Test
  void everyBrokenSequenceIsNamedAtItsFirstByte() throws Exception {
    for (int[] broken : BROKEN) {
      byte[] bytes =
          concat(
              "abc".getBytes(StandardCharsets.UTF_8),
              bytes(broken),
              "def".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> Utf8.decode(bytes, 0))
          .isInstanceOfSatisfying(
              Utf8.Malformed.class,
              e -> {
                assertThat(e.offset()).isEqualTo(3);
                assertThat(e.value()).isEqualTo(broken[0]);
              });
    }
  }

  @Test
  void aReplacementCharacterWrittenInTheTextIsKept() throws Exception {
    String text = "vóór \uFFFD na \uD83D\uDE00";
    assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8), 0)).isEqualTo(text);
  }

  @Test
  void theOffsetCountsFromTheStartOfTheArray() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF};
    assertThatThrownBy(() -> Utf8.decode(bytes, 3))
        .isInstanceOfSatisfying(Utf8.Malformed.class, e -> assertThat(e.offset()).isEqualTo(4));
  }

  private static void assertSame(byte[] bytes, int from) {
    String expected;
    try {
      expected = Utf8.strict(bytes, from);
    } catch (Utf8.Malformed strict) {
      assertThatThrownBy(() -> Utf8.decode(bytes, from))
          .as("input %s from %d", hex(bytes), from)
          .isInstanceOfSatisfying(
              Utf8.Malformed.class,
              e -> {
                assertThat(e.offset()).isEqualTo(strict.offset());
                assertThat(e.value()).isEqualTo(strict.value());
              });
      return;
    }
    try {
      assertThat(Utf8.decode(bytes, from))
          .as("input %s from %d", hex(bytes), from)
          .isEqualTo(expected);
    } catch (Utf8.Malformed e) {
      throw new AssertionError(
          "decode refused what the strict decoder took: " + hex(bytes) + " from " + from, e);
    }
  }

  /** Valid text, valid text with a broken sequence or a flipped byte in it, or bytes at random. */
  private static byte[] input(Random random) {
    byte[] valid = text(random).getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(4)) {
      case 0 -> {
        return valid;
      }
      case 1 -> {
        int at = random.nextInt(valid.length + 1);
        byte[] head = java.util.Arrays.copyOfRange(valid, 0, at);
        byte[] tail = java.util.Arrays.copyOfRange(valid, at, valid.length);
        return concat(head, bytes(BROKEN[random.nextInt(BROKEN.length)]), tail);
      }
      case 2 -> {
        if (valid.length > 0) {
          valid[random.nextInt(valid.length)] = (byte) random.nextInt(256);
        }
        return valid;
      }
      default -> {
        byte[] b = new byte[random.nextInt(24)];
        random.nextBytes(b);
        return b;
      }
    }
  }

  /** A short text from ASCII, Latin-1, punctuation, the replacement character and emoji. */
  private static String text(Random random) {
    String[] pieces = {
      "a",
      "Z",
      " ",
      "\n",
      "é",
      "ß",
      "\u00a0",
      "–",
      "’",
      "€",
      "\uFFFD",
      "\uD83D\uDE00",
      "\u0301",
      "\uFEFF",
      "国"
    };
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(20);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  private static byte[] bytes(int[] values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format(java.util.Locale.ROOT, "%02X ", b & 0xff));
    }
    return sb.toString().trim();
  }
}
