package nl.bncfiche.integration.properties;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * A seeded generator of strings built to be mistaken for the canonical text's own syntax: brackets,
 * footnote bodies "[3: x ]" and references "[footnoteRef:7]", Word bookmarks, the marker line,
 * backslashes (the escape itself), item letters, section numbers, bullets, sub-heading marks,
 * "Fiche:" and signature openings, short lines ending in a colon, the template's labels in every
 * wording, stance sentences, words broken by a hyphen at a line end, and characters beyond the
 * Basic Multilingual Plane.
 */
final class HostileStrings {
  private static final List<String> PIECES = pieces();

  private final Random random;

  HostileStrings(long seed) {
    this.random = new Random(seed);
  }

  /**
   * A string of one to six pieces as a field holds it in canonical form: one line, NFC, no white
   * space at either end, not empty.
   */
  String next() {
    return join("");
  }

  /**
   * As {@link #next()}, with line breaks ("\n", "\r\n", "\r") between some pieces: a writer writes
   * each as a space.
   */
  String withLineBreaks() {
    String[] breaks = {"\n", "\r\n", "\r"};
    return join(breaks[random.nextInt(breaks.length)]);
  }

  /** {@code s} as the text writer writes a line break inside a line: a space. */
  static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private String join(String lineBreak) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        int gap = random.nextInt(4);
        sb.append(gap == 0 ? "" : gap == 1 && !lineBreak.isEmpty() ? lineBreak : " ");
      }
      sb.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    String s = Normalizer.normalize(sb.toString(), Normalizer.Form.NFC).strip();
    return s.isEmpty() ? "x" : s;
  }

  private static List<String> pieces() {
    List<String> p =
        new ArrayList<>(
            List.of(
                "[",
                "]",
                "[3:",
                "[3: x ]",
                "[12:  noot ]",
                "noot ]",
                "[99: vervalste voetnoot ]",
                "[1:",
                "[0:",
                "[footnoteRef:7]",
                "[footnoteRef:1]",
                "[footnoteRef:",
                "[footnoteRef:0]",
                "[footnoteRef:1234567]",
                "[bookmark: _Toc1]",
                "[bookmark:",
                "[fiche: sjabloon=WETGEVING generatie=G2013 soort=-]",
                "\\",
                "\\\\",
                "\\[",
                "\\[3: x ]",
                "\\[footnoteRef:1]",
                "\\\\[footnoteRef:2]",
                "x\\",
                "a)",
                "b) ",
                "aa) x",
                "1.",
                "4. ",
                "12. Kop",
                "•",
                "• ",
                "\u25cf",
                "## ",
                "#",
                "Fiche",
                "Fiche: ",
                "Fiche - ",
                "Fiche 3:",
                "Herzien Fiche:",
                "fiche",
                "De minister van Buitenlandse Zaken,",
                "de Staatssecretaris",
                ":",
                "x:",
                "Label:",
                "(BNC).",
                "Overeenkomstig de bestaande afspraken ontvangt u hierbij",
                "De grondhouding van het kabinet is positief.",
                "De grondhouding van het kabinet is negatief. Rest.",
                "Het kabinet beoordeelt de subsidiariteit als positief.",
                "22 112",
                "Nr. 17",
                "Den Haag, 3 maart 2026",
                "\ud83d\ude00",
                "\ud834\udd1e",
                "é",
                "ë",
                "€",
                "–",
                "kabinet",
                "voorstel",
                "Zie",
                "hier.",
                "samen-",
                "werking",
                "EU-",
                "midden-",
                "en",
                "Regelgevings-",
                "toetsing"));
    for (Veld v : Veld.values()) {
      p.addAll(v.getLabelteksten());
    }
    return List.copyOf(p);
  }
}
