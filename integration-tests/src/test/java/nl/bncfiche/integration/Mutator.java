package nl.bncfiche.integration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * A seeded mutation fuzzer over seed inputs: byte and character flips, inserted, deleted and
 * duplicated spans, lines spliced in from other seeds, structure tokens of the text and JSON
 * formats, deep nesting and truncation. Input {@code i} of a run depends only on the run's seed and
 * {@code i}, so a failure is reproduced from the two numbers alone.
 */
final class Mutator {
  /** Tokens that the text reader treats as structure, or that JSON treats as syntax. */
  private static final List<String> TOKENS = tokens();

  private static final String ODD_CHARS =
      "\u00e9\u00eb\u20ac\u2013\u2014\u2022\u00a0\u200b\u202e\u2066\ufeff\ufffd\ud83d\ude00\u0301\t\r\\\"'<>&{}[]():;,.0123456789";

  private final List<String> seeds;
  private final long runSeed;

  Mutator(List<String> seeds, long runSeed) {
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("no seeds");
    }
    this.seeds = List.copyOf(seeds);
    this.runSeed = runSeed;
  }

  /** Input {@code index} of this run, as UTF-8 bytes (sometimes no longer valid UTF-8). */
  byte[] input(long index) {
    Random r = new Random(runSeed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 1);
    String s = seeds.get(r.nextInt(seeds.size()));
    int rounds = 1 + r.nextInt(r.nextInt(8) == 0 ? 12 : 4);
    for (int k = 0; k < rounds; k++) {
      s = mutate(s, r);
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (r.nextInt(12) == 0 && bytes.length > 0) {
      // Raw byte damage: a flipped bit, a Latin-1 byte, a lone continuation byte or a cut sequence.
      bytes = bytes.clone();
      int at = r.nextInt(bytes.length);
      switch (r.nextInt(4)) {
        case 0 -> bytes[at] ^= (byte) (1 << r.nextInt(8));
        case 1 -> bytes[at] = (byte) 0xE9;
        case 2 -> bytes[at] = (byte) 0x80;
        default -> bytes[at] = (byte) 0xF0;
      }
    }
    return bytes;
  }

  private String mutate(String s, Random r) {
    int n = s.length();
    int at = n == 0 ? 0 : r.nextInt(n + 1);
    switch (r.nextInt(12)) {
      case 0 -> {
        // character flip
        if (n == 0) {
          return s;
        }
        int i = Math.min(at, n - 1);
        return s.substring(0, i) + oddChar(r) + s.substring(i + 1);
      }
      case 1 -> {
        // delete a span
        int len = Math.min(n - at, 1 + r.nextInt(r.nextBoolean() ? 8 : 400));
        return s.substring(0, at) + s.substring(at + len);
      }
      case 2 -> {
        // duplicate a span
        int len = Math.min(n - at, 1 + r.nextInt(200));
        return s.substring(0, at + len) + s.substring(at, at + len) + s.substring(at + len);
      }
      case 3 -> {
        // move a span from elsewhere
        int from = n == 0 ? 0 : r.nextInt(n);
        int len = Math.min(n - from, 1 + r.nextInt(300));
        return s.substring(0, at) + s.substring(from, from + len) + s.substring(at);
      }
      case 4 -> {
        // splice lines from another seed
        String other = seeds.get(r.nextInt(seeds.size()));
        String[] lines = other.split("\n", -1);
        int first = r.nextInt(lines.length);
        int count = 1 + r.nextInt(Math.min(20, lines.length - first));
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < first + count; i++) {
          sb.append(lines[i]).append('\n');
        }
        int lineStart = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        return s.substring(0, lineStart) + sb + s.substring(lineStart);
      }
      case 5, 6 -> {
        // a structure token, at a line start or anywhere
        String token = TOKENS.get(r.nextInt(TOKENS.size()));
        if (r.nextBoolean()) {
          at = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        }
        return s.substring(0, at) + token + s.substring(at);
      }
      case 7 -> {
        // truncate
        return s.substring(0, at);
      }
      case 8 -> {
        // deep nesting or a long repetition
        String unit =
            r.nextBoolean()
                ? (r.nextBoolean() ? "[" : "{\"a\":")
                : TOKENS.get(r.nextInt(TOKENS.size()));
        return s.substring(0, at)
            + unit.repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 5_000 : 100))
            + s.substring(at);
      }
      case 9 -> {
        // swap two lines
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) {
          return s;
        }
        int a = r.nextInt(lines.length);
        int b = r.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
      }
      case 10 -> {
        // line ends and blank lines
        String[] choices = {"\r\n", "\r", "\n\n\n", "\u2028", " \n", "\t\n"};
        return s.substring(0, at) + choices[r.nextInt(choices.length)] + s.substring(at);
      }
      default -> {
        // replace a digit run with an extreme number
        String[] numbers = {
          "0", "-1", "99999999999999999999999", "1e309", "2147483648", "00", "3.5", "-0"
        };
        int d = at;
        while (d < n && !Character.isDigit(s.charAt(d))) {
          d++;
        }
        int e = d;
        while (e < n && Character.isDigit(s.charAt(e))) {
          e++;
        }
        return s.substring(0, d) + numbers[r.nextInt(numbers.length)] + s.substring(e);
      }
    }
  }

  private static String oddChar(Random r) {
    int i = r.nextInt(ODD_CHARS.length());
    char c = ODD_CHARS.charAt(i);
    if (Character.isHighSurrogate(c) && r.nextBoolean() && i + 1 < ODD_CHARS.length()) {
      return ODD_CHARS.substring(i, i + 2);
    }
    return String.valueOf(c);
  }

  private static List<String> tokens() {
    List<String> t =
        new ArrayList<>(
            List.of(
                "a) ",
                "b) ",
                "j) ",
                "[footnoteRef:9]",
                "[footnoteRef:1]",
                "[footnoteRef:0]",
                "[3:  x ]",
                "[1:  ",
                "Fiche: ",
                "Fiche - ",
                "• ",
                "• a) ",
                "## ",
                "1. ",
                "7. ",
                "\\",
                "COM(",
                "COM(2025) 12",
                "JOIN(",
                "SEC(",
                "SWD(",
                "32025R0001",
                "2025/0001(COD)",
                "Kamerstuk 22 112, nr. 4001",
                "22 112",
                "Nr. 17 ",
                "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Den Haag, 31 februari 2025",
                "Datum: 30-02-2024",
                "De grondhouding van het kabinet is positief.",
                "De minister van Buitenlandse Zaken,",
                "[fiche: sjabloon=WETGEVING generatie=G2013 soort=RICHTLIJN]",
                "[fiche: ",
                "[bookmark: _Toc1]",
                "[bookmark:",
                ": ",
                "{",
                "}",
                "[",
                "]",
                "\"",
                "\":",
                ",",
                "null",
                "true",
                "{\"voetnoot\": 3}",
                "{\"voetnoot\": -1}",
                "\"titel\": ",
                "\"fiches\": [",
                "\"inhoud\": [",
                "\"oordeel\": \"POSITIEF\"",
                "\"sjabloon\": \"X\"",
                "\\u0000",
                "\\ud800",
                "${7*7}",
                "#{1}",
                "{0}",
                "<script>",
                "javascript:",
                "\u202e",
                "\u0000",
                "\u0007"));
    for (Veld v : Veld.values()) {
      t.addAll(v.getLabelteksten());
    }
    return List.copyOf(t);
  }
}
