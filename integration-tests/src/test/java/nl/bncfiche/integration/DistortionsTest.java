package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import nl.bncfiche.integration.CanonicalLines.Kind;
import nl.bncfiche.integration.CanonicalLines.Line;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The distortion generator itself: each distortion changes the text, keeps every word of it except
 * those it is defined to change, and draws only from its seed; the canonical lines it works on
 * render back to the text they came from.
 */
class DistortionsTest {
  private static final long SEED = 4_711L;

  /** Documents of every layout, two seeds each, a package fiche and the hand-written samples. */
  private static final List<String> TEXTS = texts();

  /**
   * Distortions that change every document, whatever its layout and text (the others need lettered
   * items, several titles, a quote or a drawn paragraph, or a header).
   */
  private static final Set<Distortion> ALWAYS =
      EnumSet.complementOf(
          EnumSet.of(
              Distortion.LETTERS_DOT,
              Distortion.LETTERS_PARENTHESISED,
              Distortion.LETTERS_NONE,
              Distortion.GLUED_LABELS,
              Distortion.PLURAL_TITLE_LABEL,
              Distortion.SMART_QUOTES,
              Distortion.HEADER_ON_ONE_LINE));

  private static final Pattern BULLET = Pattern.compile("[\u2022\u25aa\u25e6\u00b7\uf0b7]");
  private static final Pattern ITEM_MARKER =
      Pattern.compile("[a-z]{1,2}\\)|\\([a-z]{1,2}\\)|[a-z]{1,2}\\.|\\d+\\.");
  private static final Pattern CHROME_LINE =
      Pattern.compile(
          "Tweede Kamer der Staten-Generaal \\| \\d+ \\||Vergaderjaar \\d{4}-\\d{4} \\|"
              + "|Tweede Kamer, vergaderjaar \\d{4}\u2013\\d{4}, 22 112, nr\\. \\d+ \\d+|\\d+");

  @ParameterizedTest(name = "{0}")
  @EnumSource(Distortion.class)
  void changesTheTextAndKeepsItsWords(Distortion d) {
    int changed = 0;
    for (int i = 0; i < TEXTS.size(); i++) {
      String original = TEXTS.get(i);
      String distorted = Distortions.apply(original, List.of(d), new Random(SEED + i));
      if (!distorted.equals(original)) {
        changed++;
      } else {
        assertThat(ALWAYS).as("%s left text %d as it was", d, i).doesNotContain(d);
      }
      assertThat(words(distorted, List.of(d)))
          .as("%s, text %d", d, i)
          .isEqualTo(words(original, List.of(d)));
    }
    assertThat(changed).as("%s changed no text", d).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Distortion.class)
  void drawsOnlyFromItsSeed(Distortion d) {
    String text = TEXTS.get(0);
    assertThat(Distortions.apply(text, List.of(d), new Random(7)))
        .isEqualTo(Distortions.apply(text, List.of(d), new Random(7)));
  }

  @Test
  void combinationsHoldTwoOrThreeDistortionsThatDoNotRewriteTheSameThing() {
    Set<Distortion> seen = EnumSet.noneOf(Distortion.class);
    for (int i = 0; i < 500; i++) {
      List<Distortion> c = Distortions.combination(new Random(i));
      assertThat(c).hasSizeBetween(2, 3).isSorted().doesNotHaveDuplicates();
      for (Distortion a : c) {
        for (Distortion b : c) {
          assertThat(a != b && a.conflictsWith(b)).as("%s", c).isFalse();
        }
      }
      assertThat(Distortions.combination(new Random(i))).isEqualTo(c);
      seen.addAll(c);
    }
    assertThat(seen).containsExactlyInAnyOrder(Distortion.values());
  }

  @Test
  void combinedDistortionsKeepTheWordsToo() {
    for (int i = 0; i < 100; i++) {
      String original = TEXTS.get(i % TEXTS.size());
      Random random = new Random(SEED + i);
      List<Distortion> c = Distortions.combination(random);
      String distorted = Distortions.apply(original, c, random);
      assertThat(words(distorted, c))
          .as("%s, text %d", c, i % TEXTS.size())
          .isEqualTo(words(original, c));
    }
  }

  @Test
  void canonicalLinesRenderBackToTheTextTheyCameFrom() {
    for (String text : TEXTS) {
      List<Line> lines = CanonicalLines.classify(text);
      assertThat(CanonicalLines.render(lines)).isEqualTo(text);
      assertThat(lines).filteredOn(l -> l.kind() == Kind.FICHE_TITLE).hasSize(1);
      assertThat(lines).anyMatch(l -> l.kind() == Kind.HEADER);
      assertThat(lines).anyMatch(l -> l.kind() == Kind.ENTRY);
      assertThat(lines).anyMatch(l -> l.kind() == Kind.SIGNATURE);
      assertThat(lines).anyMatch(l -> l.kind() == Kind.SECTION);
      assertThat(lines).anyMatch(l -> l.kind() == Kind.ITEM && l.inSectionOne());
      assertThat(lines).anyMatch(l -> l.kind() == Kind.ITEM && !l.inSectionOne());
      assertThat(lines).anyMatch(l -> l.kind() == Kind.PARAGRAPH);
    }
  }

  @Test
  void wrappingKeepsEveryPartWithinTheWidthAndEveryWord() {
    String text =
        "Het kabinet steunt het doel van het voorstel en ziet goede aanknopingspunten in de"
            + " voorgestelde aanpak van grensoverschrijdende samenwerkingsverbanden tussen"
            + " lidstaten.";
    for (int w = 60; w <= 100; w++) {
      int width = w;
      for (boolean hyphens : new boolean[] {false, true}) {
        List<String> parts = Distortions.wrap(text, width, hyphens, new Random(width));
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(width));
        assertThat(
                String.join("\n", parts)
                    .replaceAll("(\\p{L})-\n(\\p{Ll})", "$1$2")
                    .replace('\n', ' '))
            .as("width %d", width)
            .isEqualTo(text);
      }
    }
  }

  /**
   * The words of {@code text} as the recovery table compares them ({@link RecoveredFields#words}),
   * one line at a time, after undoing what {@code distortions} change by definition: hyphenated
   * line breaks joined, page chrome lines removed, the plural label and a {@code Fiche N:} heading
   * made singular again, the {@code 1. Algemene gegevens} heading dropped, colons after labels and
   * bullets and item markers left out.
   */
  private static List<String> words(String text, List<Distortion> distortions) {
    Set<Distortion> ds = distortions.isEmpty() ? Set.of() : EnumSet.copyOf(distortions);
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      String w = RecoveredFields.words(l);
      if (!(ds.contains(Distortion.PAGE_CHROME) && CHROME_LINE.matcher(w).matches())
          && !(ds.contains(Distortion.NO_GENERAL_HEADING) && w.equals("1. Algemene gegevens"))) {
        lines.add(w);
      }
    }
    String t = String.join("\n", lines);
    if (ds.contains(Distortion.WRAPPED_HYPHENATED)) {
      t = t.replaceAll("(\\p{L})-\n(\\p{Ll})", "$1$2");
    }
    if (ds.contains(Distortion.PLURAL_TITLE_LABEL)) {
      t = t.replace("Titels voorstellen", "Titel voorstel");
    }
    if (ds.contains(Distortion.NUMBERED_ITEMS) || ds.contains(Distortion.FICHE_NUMBER_HEADING)) {
      t = t.replaceAll("(?m)^Fiche \\d+: ", "Fiche: ");
    }
    List<String> out = new ArrayList<>();
    for (String w : t.split("\\s+", -1)) {
      String v = w.endsWith(":") ? w.substring(0, w.length() - 1) : w;
      boolean marker =
          (ds.contains(Distortion.BULLETS) && BULLET.matcher(v).matches())
              || (markersChange(ds) && ITEM_MARKER.matcher(v).matches());
      if (!marker && !v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean markersChange(Set<Distortion> ds) {
    return ds.contains(Distortion.NUMBERED_ITEMS)
        || ds.contains(Distortion.LETTERS_DOT)
        || ds.contains(Distortion.LETTERS_PARENTHESISED)
        || ds.contains(Distortion.LETTERS_NONE);
  }

  private static List<String> texts() {
    List<KamerstukDocument> docs = new ArrayList<>();
    for (long seed = SEED; seed < SEED + 2; seed++) {
      for (Sjabloon s : Sjabloon.values()) {
        for (Generatie g : Generatie.values()) {
          docs.add(FicheGenerator.withSeed(seed).validDocument(s, g));
        }
      }
    }
    docs.add(
        Distortions.withSecondTitle(
            FicheGenerator.withSeed(SEED).validDocument(Sjabloon.WETGEVING, Generatie.G2025)));
    docs.add(SampleDocuments.volledig());
    docs.add(VoorbeeldFiches.mededeling());
    docs.add(VoorbeeldFiches.wetgeving());
    List<String> out = new ArrayList<>();
    TextWriter writer = TextWriter.create();
    for (KamerstukDocument doc : docs) {
      out.add(writer.write(doc));
    }
    return List.copyOf(out);
  }
}
