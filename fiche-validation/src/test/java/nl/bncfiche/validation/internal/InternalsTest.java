package nl.bncfiche.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import org.junit.jupiter.api.Test;

class InternalsTest {
  @Test
  void messagesFillPlaceholdersOnceAndNeverRereadArguments() {
    assertThat(Messages.format("a {0} b {1} c", List.of("x", "{0}"))).isEqualTo("a x b {0} c");
    assertThat(Messages.format("{2} {", List.of("x"))).isEqualTo("{2} {");
    assertThat(Messages.format("{x}{0}", List.of("${1+1}"))).isEqualTo("{x}${1+1}");
    assertThat(Messages.format("{0}", List.of())).isEqualTo("{0}");
    assertThat(Messages.format("end {0", List.of("x"))).isEqualTo("end {0");
    assertThat(Messages.format("{0}{1}", List.of("a", "b"))).isEqualTo("ab");
  }

  @Test
  void messagesQuoteALongArgumentByItsFirstWordsOnly() {
    String sixty = "a".repeat(Messages.MAX_QUOTE);
    assertThat(Messages.excerpt(sixty)).isSameAs(sixty);
    String words =
        "Ministerie van een departement dat niet bestaat, met een naam die langer is dan";
    String quoted = Messages.excerpt(words);
    assertThat(quoted).isEqualTo("Ministerie van een departement dat niet bestaat, met een…");
    assertThat(words).startsWith(quoted.substring(0, quoted.length() - 1));
    assertThat(Messages.excerpt("x".repeat(500)))
        .isEqualTo("x".repeat(Messages.MAX_QUOTE - 1) + "…");
    // A long word of astral characters is cut between two characters, never inside one.
    String astral = "\uD835\uDC00".repeat(40);
    String cut = Messages.excerpt(astral);
    assertThat(cut.codePoints().filter(c -> c >= 0xD800 && c <= 0xDFFF).count()).isZero();
    assertThat(cut).endsWith("\uD835\uDC00…").hasSize(Messages.MAX_QUOTE - 2 + 1);
    assertThat(Messages.format("Onbekend \"{0}\".", List.of("x".repeat(10_000))))
        .hasSize("Onbekend \"\".".length() + Messages.MAX_QUOTE);
  }

  @Test
  void vocabularyMatchesTolerantly() {
    Vocabulary m = Vocabulary.MINISTERIES;
    assertThat(m.contains("Ministerie van Volksgezondheid, Welzijn en Sport (VWS)")).isTrue();
    assertThat(m.contains("Volksgezondheid, Welzijn en Sport")).isTrue();
    assertThat(m.contains("ministerie van VWS")).isTrue();
    assertThat(m.contains("JenV")).isTrue();
    assertThat(m.contains("Ministerie van Toerisme")).isFalse();
    assertThat(m.contains("Ministerie van Toerisme (VWS)")).isTrue();
    assertThat(m.contains("x".repeat(301))).isFalse();
    assertThat(m.entries())
        .contains(
            "Ministerie van Algemene Zaken (AZ)", "Ministerie van Veiligheid en Justitie (VenJ)")
        .hasSize(23);
    Vocabulary r = Vocabulary.RAADSFORMATIES;
    assertThat(r.contains("Milieuraad")).isTrue();
    assertThat(r.contains("Raad Milieu")).isTrue();
    assertThat(r.contains("Ecofin-raad")).isTrue();
    assertThat(r.contains("Ecofin")).isTrue();
    assertThat(r.contains("Raad voor Concurrentievermogen")).isTrue();
    assertThat(r.contains("Raad Justitie en Binnenlandse Zaken (JBZ)")).isTrue();
    assertThat(r.contains("Landbouw- en Visserijraad")).isTrue();
    assertThat(r.contains("Raad")).isFalse();
    assertThat(r.contains("Raad Ruimtevaart")).isFalse();
    assertThat(Vocabulary.EP_ROLLEN.contains("medebeslissing.")).isTrue();
    assertThat(Vocabulary.STEMREGELS.contains("Gekwalificeerde  meerderheid")).isTrue();
    assertThat(Vocabulary.of(List.of("A & B")).contains("a en b")).isTrue();
    assertThat(Vocabulary.normalize("Het Ministerie van Financiën")).isEqualTo("financiën");
    assertThat(Vocabulary.normalize("Raad van de Europese Unie")).isEqualTo("europese unie");
    assertThat(Vocabulary.normalize("Raad voor de Jeugd")).isEqualTo("jeugd");
    assertThat(Vocabulary.normalize("X \u2013 raad")).isEqualTo("x");
    assertThat(Vocabulary.keys("Raad Algemene Zaken (RAZ"))
        .containsExactlyInAnyOrder("raz", "algemene zaken");
    assertThatThrownBy(() -> Vocabulary.load("bestaat-niet.txt"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void countsAndTitles() {
    assertThat(TextMatch.count("10")).contains(10);
    assertThat(TextMatch.count(" één ")).contains(1);
    assertThat(TextMatch.count("Twee")).contains(2);
    assertThat(TextMatch.count("twintig")).contains(20);
    assertThat(TextMatch.count("nul")).contains(0);
    assertThat(TextMatch.count("eenentwintig")).isEmpty();
    assertThat(TextMatch.count("")).isEmpty();
    assertThat(TextMatch.count("1a")).isEmpty();
    assertThat(TextMatch.count("1234567890")).isEmpty();
    assertThat(TextMatch.sameTitle("Herziening EU-drugsstrategie", "EU-drugsstrategie")).isTrue();
    assertThat(TextMatch.sameTitle("EU-drugsstrategie", "Herziening EU-drugsstrategie")).isTrue();
    assertThat(
            TextMatch.sameTitle(
                "Verordening proefvelden waterstofveerboten",
                "Verordening over proefvelden voor waterstofveerboten"))
        .isTrue();
    assertThat(TextMatch.sameTitle("Mededeling over binnenhavens", "Richtlijn over loodsdiensten"))
        .isFalse();
    assertThat(TextMatch.sameTitle("", "")).isTrue();
    assertThat(TextMatch.sameTitle("", "x")).isFalse();
    assertThat(TextMatch.sameTitle("a b c d", "a b x y")).isTrue();
    assertThat(TextMatch.sameTitle("a b c d e", "a x y z w")).isFalse();
    assertThat(TextMatch.simplify("  Fiche – EU-Agenda!  ")).isEqualTo("fiche eu agenda");
    assertThat(TextMatch.simplify("x".repeat(2500))).hasSize(2000);
  }

  @Test
  void stanceSentencesOfEveryParagraphAreFoundInOrder() {
    Tekst t =
        Tekst.of(
            "Inleiding. De grondhouding van het kabinet is positief, met kanttekeningen. Verder.",
            "Het kabinet beoordeelt de subsidiariteit als negatief.",
            "Het kabinet beoordeelt dit niet. Als dat zo is.",
            "De grondhouding ten aanzien van de proportionaliteit is eveneens lauw;");
    assertThat(StanceSentence.in(t))
        .extracting(h -> h.getWoorden() + " " + h.getOordeel().map(Oordeel::name).orElse("-"))
        .containsExactly(
            "positief, met kanttekeningen POSITIEF_MET_KANTTEKENINGEN",
            "negatief NEGATIEF",
            "eveneens lauw -");
    assertThat(StanceSentence.in(Tekst.of("Geen oordeel hier.", ""))).isEmpty();
    assertThat(StanceSentence.FOUND.apply(t))
        .extracting(h -> h.getWoorden())
        .containsExactly("positief, met kanttekeningen", "negatief", "eveneens lauw");
  }

  @Test
  void nummersBehaveAsASetOfIntegers() {
    java.util.Random random = new java.util.Random(7L);
    int[] edges = {
      0,
      1,
      63,
      64,
      255,
      256,
      65_535,
      65_536,
      IntSet.BITS - 1,
      IntSet.BITS,
      IntSet.BITS + 1,
      -1,
      Integer.MIN_VALUE,
      Integer.MAX_VALUE
    };
    for (int round = 0; round < 200; round++) {
      IntSet nummers = new IntSet();
      java.util.Set<Integer> reference = new java.util.HashSet<>();
      // some rounds mostly outside the bits, so that the table for the rest grows several times
      boolean wide = round % 4 == 0;
      for (int k = 0; k < (wide ? 2_000 : 100); k++) {
        int n =
            random.nextInt(3) == 0
                ? edges[random.nextInt(edges.length)]
                : wide ? random.nextInt() : random.nextInt(70_000) - 100;
        if (random.nextBoolean()) {
          assertThat(nummers.add(n)).as("add %d", n).isEqualTo(reference.add(n));
        }
        int probe = random.nextBoolean() ? n : edges[random.nextInt(edges.length)];
        assertThat(nummers.contains(probe))
            .as("contains %d", probe)
            .isEqualTo(reference.contains(probe));
      }
    }
  }

  @Test
  void memoComputesOncePerRunAndKey() {
    java.util.Map<java.util.function.Function<?, ?>, java.util.Map<Object, Object>> run =
        new java.util.IdentityHashMap<>();
    List<Issue> issues = new ArrayList<>();
    Rule rule = RuleEngine.INTERNAL_ERROR_RULE;
    Findings first = new Findings(rule, Severity.ERROR, null, issues, run);
    Findings second = new Findings(rule, Severity.ERROR, null, issues, run);
    int[] calls = new int[1];
    java.util.function.Function<Tekst, Integer> count = t -> ++calls[0];
    Tekst a = Tekst.of("a");
    Tekst equalToA = Tekst.of("a");
    assertThat(first.memo(count, a)).isEqualTo(1);
    assertThat(second.memo(count, a)).isEqualTo(1);
    // By identity: an equal but other object is computed anew.
    assertThat(second.memo(count, equalToA)).isEqualTo(2);
    assertThat(
            new Findings(rule, Severity.ERROR, null, issues, new java.util.IdentityHashMap<>())
                .memo(count, a))
        .isEqualTo(3);
  }

  @Test
  void issueOrderFollowsTheDocument() {
    List<Issue> issues =
        new ArrayList<>(
            List.of(
                issue("B", "fiches", 10, "titel"),
                issue("B", "fiches", 2, "grondhouding"),
                issue("B", "fiches", 2, "nederlandsePositie"),
                issue("A", "fiches", 2, "nederlandsePositie"),
                issue("A", "fiches", 2, "zzz"),
                issue("A", "fiches", 2, "aaa"),
                issue("A", "brief"),
                issue("A")));
    issues.sort(IssueOrder.INSTANCE);
    assertThat(issues)
        .extracting(i -> i.getPointer() + " " + i.getRuleId())
        .containsExactly(
            " A",
            "/brief A",
            "/fiches/2/nederlandsePositie A",
            "/fiches/2/nederlandsePositie B",
            "/fiches/2/grondhouding B",
            "/fiches/2/aaa A",
            "/fiches/2/zzz A",
            "/fiches/10/titel B");
    Issue a = new Issue("A", Severity.ERROR, List.of(), "", "", List.of("x"));
    Issue b = new Issue("A", Severity.ERROR, List.of(), "", "", List.of("y"));
    Issue c = new Issue("A", Severity.ERROR, List.of(), "", "", List.of("x", "y"));
    assertThat(IssueOrder.INSTANCE.compare(a, b)).isNegative();
    assertThat(IssueOrder.INSTANCE.compare(b, a)).isPositive();
    assertThat(IssueOrder.INSTANCE.compare(a, c)).isNegative();
    assertThat(IssueOrder.INSTANCE.compare(a, a)).isZero();
    assertThat(IssueOrder.comparePaths(List.of(0), List.of("a"))).isNegative();
    assertThat(IssueOrder.comparePaths(List.of("a"), List.of(0))).isPositive();
  }

  private static Issue issue(String rule, Object... path) {
    return new Issue(rule, Severity.ERROR, List.of(path), "", "", List.of());
  }

  @Test
  void settingsAndEngine() {
    Settings s =
        new Settings(
            Profile.CONCEPT,
            nl.bncfiche.validation.Fixtures.CLOCK,
            Map.of("BNC-V-001", Optional.empty(), "BNC-F-001", Optional.of(Severity.INFO)),
            false);
    assertThat(s.severity("BNC-V-001", Severity.ERROR)).isEmpty();
    assertThat(s.severity("BNC-F-001", Severity.ERROR)).contains(Severity.INFO);
    assertThat(s.severity("BNC-F-002", Severity.WARNING)).contains(Severity.WARNING);
    assertThat(s.withProfile(Profile.DEFINITIEF).profile()).isEqualTo(Profile.DEFINITIEF);
    assertThat(s.withProfile(Profile.DEFINITIEF).allSeverities()).isFalse();
    assertThat(Settings.forPlainJakarta().profile()).isEqualTo(Profile.DEFINITIEF);
    assertThat(Settings.forPlainJakarta().allSeverities()).isFalse();
    Rule dup = RuleEngine.INTERNAL_ERROR_RULE;
    assertThatThrownBy(() -> new RuleEngine(List.of(dup, dup)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void internalErrorsCanBeTunedAndStackOverflowsAreCaught() {
    Rule deep =
        Rule.of(
            "BNC-Z-001",
            Severity.WARNING,
            Profile.CONCEPT,
            "MOET",
            "MUST",
            "x",
            "x",
            (d, out) -> {
              throw new StackOverflowError();
            });
    RuleEngine engine = new RuleEngine(List.of(deep, RuleEngine.INTERNAL_ERROR_RULE));
    nl.bncfiche.model.KamerstukDocument doc = nl.bncfiche.model.KamerstukDocument.of();
    List<Issue> issues =
        engine.run(
            doc,
            new Settings(Profile.CONCEPT, nl.bncfiche.validation.Fixtures.CLOCK, Map.of(), true));
    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getRuleId()).isEqualTo("BNC-X-000");
              assertThat(i.getArguments())
                  .containsExactly("BNC-Z-001", "java.lang.StackOverflowError");
              assertThat(i.getMessageEn())
                  .isEqualTo(
                      "Internal error in rule BNC-Z-001 (java.lang.StackOverflowError); the other rules did run.");
            });
    assertThat(
            engine.run(
                doc,
                new Settings(
                    Profile.CONCEPT,
                    nl.bncfiche.validation.Fixtures.CLOCK,
                    Map.of("BNC-X-000", Optional.empty()),
                    true)))
        .isEmpty();
    assertThat(
            engine.run(
                doc,
                new Settings(
                    Profile.CONCEPT,
                    nl.bncfiche.validation.Fixtures.CLOCK,
                    Map.of("BNC-X-000", Optional.of(Severity.INFO)),
                    false)))
        .isEmpty();
    // A warning rule is not even run when only errors are wanted.
    assertThat(
            engine.run(
                doc,
                new Settings(
                    Profile.CONCEPT, nl.bncfiche.validation.Fixtures.CLOCK, Map.of(), false)))
        .isEmpty();
  }

  @Test
  void reducedFindingsTakeTheMilderSeverityUnlessTheCallerSetOne() {
    Rule rule =
        Rule.of(
                "BNC-Z-002",
                Severity.ERROR,
                Profile.CONCEPT,
                "MOET",
                "MUST",
                "x {0}",
                "x {0}",
                (d, out) -> {
                  out.report(NodePath.root(), "gewoon");
                  out.reportReduced(NodePath.root(), "mild");
                  out.report(true, NodePath.root(), "ook mild");
                })
            .reduced(Severity.WARNING, "als het meevalt", "when it is mild")
            .source("project convention");
    assertThat(rule.description().getReduction().orElseThrow().toString())
        .isEqualTo("WARNING when it is mild");
    assertThat(rule.description().getSource()).isEqualTo("project convention");
    RuleEngine engine = new RuleEngine(List.of(rule));
    nl.bncfiche.model.KamerstukDocument doc = nl.bncfiche.model.KamerstukDocument.of();
    assertThat(engine.run(doc, settings(Map.of(), true)))
        .extracting(i -> i.getArguments().get(0) + " " + i.getSeverity())
        .containsExactly("gewoon ERROR", "mild WARNING", "ook mild WARNING");
    // The caller's severity holds in every circumstance.
    assertThat(engine.run(doc, settings(Map.of("BNC-Z-002", Optional.of(Severity.ERROR)), true)))
        .extracting(Issue::getSeverity)
        .containsOnly(Severity.ERROR)
        .hasSize(3);
    assertThat(engine.run(doc, settings(Map.of("BNC-Z-002", Optional.of(Severity.INFO)), true)))
        .extracting(Issue::getSeverity)
        .containsOnly(Severity.INFO)
        .hasSize(3);
    // A run for errors only (a plain Jakarta validator) drops the milder findings.
    assertThat(engine.run(doc, settings(Map.of(), false)))
        .extracting(i -> i.getArguments().get(0))
        .containsExactly("gewoon");
  }

  private static Settings settings(Map<String, Optional<Severity>> overrides, boolean all) {
    return new Settings(Profile.CONCEPT, nl.bncfiche.validation.Fixtures.CLOCK, overrides, all);
  }

  @Test
  void referencesAreReadInTheFormsPublishedLettersUse() {
    assertThat(ReferenceReading.tolerant("(Kamerstuk 22 112, 2962)"))
        .contains(new ReferenceReading(List.of(22112), "2962", false));
    assertThat(ReferenceReading.tolerant("(Kamerstukken 22 112 en 34 738, nr. 2666)"))
        .contains(new ReferenceReading(List.of(22112, 34738), "2666", false));
    assertThat(ReferenceReading.tolerant("Kamerstuk 21 501-20, 1742."))
        .contains(new ReferenceReading(List.of(21501), "1742", true));
    assertThat(ReferenceReading.tolerant("Kamerstuk 22 112, nr. GX"))
        .hasValueSatisfying(r -> assertThat(r.number()).isEmpty());
    assertThat(ReferenceReading.tolerant("Kamerstuk 22 112, nr. 0012").orElseThrow().number())
        .contains(12);
    for (String bad :
        List.of(
            "Kamerstuk twee",
            "Kamerstuk 22 12, nr. 4239",
            "Kamerstukken 22 112 en, nr. 1",
            "Kamerstuk 22 112",
            "22 112, 2962 en verder",
            "Kamerstuk 22 112, " + "1".repeat(200))) {
      assertThat(ReferenceReading.tolerant(bad)).as(bad).isEmpty();
    }
  }
}
