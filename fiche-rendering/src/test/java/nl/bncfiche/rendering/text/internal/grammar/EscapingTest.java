package nl.bncfiche.rendering.text.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.Labels;
import org.junit.jupiter.api.Test;

/**
 * {@link Escaping#isNeeded} answers as its definition does ({@link #definition}: the rules written
 * plainly, each label variant in turn), on strings and on lines inside a larger array, over label
 * variants dressed up in case, white space, colons and periods, long lines and characters that
 * lower-case oddly.
 */
class EscapingTest {
  private static final Set<String> NORMS = new HashSet<>();

  static {
    for (Veld v : Veld.values()) {
      NORMS.addAll(Labels.genormaliseerd(v));
    }
  }

  /** The test as a specification: each rule in turn, each label variant in turn. */
  static boolean definition(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    if (c == '\\' || c == '[' || "•●▪◦·‣○\uf0b7".indexOf(c) >= 0 || line.startsWith("##")) {
      return true;
    }
    String lower = line.length() > 30 ? line.substring(0, 30) : line;
    for (String p : List.of("fiche", "herzien fiche", "de minister", "de staatssecretaris")) {
      if (startsWithLowerAscii(lower, p)) {
        return true;
      }
    }
    if (heeftLetterOfNummer(line)) {
      return true;
    }
    if (line.endsWith(":") && line.length() <= 100) {
      return true;
    }
    if (line.matches("[0-9]{1,3}") || PageChrome.is(line)) {
      return true;
    }
    if (line.length() <= LabelMatcher.MAX_LABEL_SCAN && NORMS.contains(Labels.normaliseer(line))) {
      return true;
    }
    for (String norm : NORMS) {
      if (labelAanBegin(line, norm)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithLowerAscii(String s, String p) {
    if (s.length() < p.length()) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || Character.toLowerCase(c) != p.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** A letter "a)", "(a)" or "a.", or a number "1.", at the start: the definition by regex. */
  private static boolean heeftLetterOfNummer(String line) {
    return LETTER_OF_NUMMER.matcher(line).lookingAt();
  }

  private static final java.util.regex.Pattern LETTER_OF_NUMMER =
      java.util.regex.Pattern.compile(
          "(?:[a-z]{1,2}\\)|\\([a-z]{1,2}\\)|[a-z]\\.|[0-9]{1,3}\\.)(?:[ \t\u00a0]|$)");

  /** Whether the line starts with the label {@code norm}, tested for this one variant. */
  private static boolean labelAanBegin(String line, String norm) {
    int n = Math.min(line.length(), LabelMatcher.MAX_LABEL_SCAN);
    int len = norm.length();
    int k = 0;
    char after1 = 0;
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00a0') {
        space = true;
        continue;
      }
      for (int e = space && k > 0 ? 0 : 1; e < 2; e++) {
        char out = e == 0 ? ' ' : Character.toLowerCase(c);
        if (k < len) {
          if (out != norm.charAt(k)) {
            return false;
          }
        } else if (k == len) {
          after1 = out;
        } else {
          return after1 != ' ' || out == ':';
        }
        k++;
      }
      space = false;
    }
    return k == len || k > len && after1 != ' ';
  }

  private static final String[] DRESS = {
    "",
    " ",
    "  ",
    "\t",
    "\u00a0",
    "\u2003",
    "\u000b",
    "\r",
    ":",
    " :",
    ".",
    "..",
    ": ",
    " x",
    "x",
    "X",
    ": x",
    "  : y",
    "\u00a0:",
    "1",
    "(",
    "-",
    "ë",
    "\u0130",
    "\u212a",
    "\u03a3",
    "\ud83d\ude00",
    "a) ",
    "12. ",
    "• ",
  };

  private static List<String> strings() {
    List<String> out = new ArrayList<>();
    Random r = new Random(20_261_129L);
    List<String> labels = new ArrayList<>();
    for (Veld v : Veld.values()) {
      labels.addAll(v.getLabelteksten());
      labels.addAll(Labels.genormaliseerd(v));
    }
    for (String l : labels) {
      for (String before : DRESS) {
        for (String after : DRESS) {
          out.add(before + l + after);
        }
      }
      out.add(l.toUpperCase(Locale.ROOT));
      out.add(l.replace(" ", "  "));
      out.add(l.replace(" ", "\t \u00a0"));
      out.add(l.replace(" ", "\u2003"));
      out.add(l.replace('i', '\u0130'));
      out.add(l.replace('k', '\u212a'));
      out.add(l.substring(0, l.length() / 2));
      out.add(l + " ".repeat(400 - Math.min(l.length(), 399)) + ":");
      out.add(l + " ".repeat(390) + ": x");
      out.add(l + "\t".repeat(395) + "x");
      out.add(l + ".".repeat(300));
      out.add(" ".repeat(200) + l);
    }
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(4); k >= 0; k--) {
        switch (r.nextInt(3)) {
          case 0 -> sb.append(labels.get(r.nextInt(labels.size())));
          case 1 -> sb.append(DRESS[r.nextInt(DRESS.length)]);
          default -> {
            String l = labels.get(r.nextInt(labels.size()));
            sb.append(l, 0, r.nextInt(l.length() + 1));
          }
        }
      }
      if (r.nextInt(20) == 0) {
        sb.append(" ".repeat(380 + r.nextInt(40)));
        sb.append(DRESS[r.nextInt(DRESS.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void answersAsItsDefinition() {
    List<String> strings = strings();
    int escaped = 0;
    for (String s : strings) {
      boolean expected = definition(s);
      assertThat(Escaping.isNeeded(s)).as("'%s'", s).isEqualTo(expected);
      char[] around = ("##" + s + "a) x").toCharArray();
      assertThat(Escaping.isNeeded(around, 2, s.length()))
          .as("'%s' in an array", s)
          .isEqualTo(expected);
      escaped += expected ? 1 : 0;
    }
    // Both answers are common, so the comparison means something.
    assertThat(escaped).isBetween(strings.size() / 10, strings.size() * 9 / 10);
  }
}
