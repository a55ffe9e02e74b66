package nl.bncfiche.testing;

import java.util.Objects;
import java.util.Set;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.testing.internal.Dice;
import nl.bncfiche.testing.internal.FicheAssembler;
import nl.bncfiche.testing.internal.LetterAssembler;
import nl.bncfiche.testing.internal.Origins;
import nl.bncfiche.testing.internal.RuleBreakers;

/**
 * Seeded generator of varied, realistic and complete fiches on invented proposals, for tests and
 * benchmarks.
 *
 * <p>Every fiche it makes is meant to pass a complete validation under the DEFINITIEF profile: all
 * items of its template and generation are filled, identifiers are well-formed and agree (the CELEX
 * number in 1d is the one of the Commission document in 1c), dates are real and in order, and a
 * document's cover letter counts and numbers its fiches consistently. The text is invented Dutch,
 * with footnotes, lists and sub-headings now and then.
 *
 * <p>Reproducible: two generators with the same seed return equal values for the same sequence of
 * calls, on every JVM and in every default locale; each call draws further, so a second call
 * returns a different fiche. An instance is not thread-safe; give each thread its own. A failing
 * assertion of {@link FicheAssertions} on a value it made ends with the seed and call that
 * reproduce it, such as {@code Reproduce with FicheGenerator.withSeed(42): violating("BNC-F-001")}.
 *
 * <p>No property-testing engine is needed: a plain JUnit {@code @ParameterizedTest} runs the
 * generator over many seeds, and the seed in the test's name reproduces a failure.
 *
 * <pre>{@code
 * import static nl.bncfiche.testing.FicheAssertions.assertThat;
 *
 * class MijnFicheTest {
 *   static LongStream seeds() {
 *     return LongStream.range(0, 200);
 *   }
 *
 *   @ParameterizedTest(name = "seed {0}")
 *   @MethodSource("seeds")
 *   void generatedFichesAreValid(long seed) {
 *     assertThat(FicheGenerator.withSeed(seed).validFiche()).isValid();
 *   }
 *
 *   static Stream<Arguments> rulesAndSeeds() {
 *     return FicheGenerator.violableRuleIds().stream()
 *         .flatMap(id -> LongStream.range(0, 20).mapToObj(seed -> Arguments.of(id, seed)));
 *   }
 *
 *   @ParameterizedTest(name = "{0}, seed {1}")
 *   @MethodSource("rulesAndSeeds")
 *   void everyRuleIsCaught(String ruleId, long seed) {
 *     assertThat(FicheGenerator.withSeed(seed).violating(ruleId)).hasIssue(ruleId);
 *   }
 * }
 * }</pre>
 */
public final class FicheGenerator {
  /** The smallest text size {@link #largeFiche(int)} accepts, in characters. */
  public static final int MIN_LARGE_CHARS = 1_000;

  /** The largest text size {@link #largeFiche(int)} accepts, in characters: 5,000,000. */
  public static final int MAX_LARGE_CHARS = 5_000_000;

  private final long seed;
  private final Dice dice;
  private final FicheAssembler fiches;
  private final LetterAssembler letters;
  private int calls;

  private FicheGenerator(long seed) {
    this.seed = seed;
    this.dice = new Dice(seed);
    this.fiches = new FicheAssembler(dice);
    this.letters = new LetterAssembler(dice, fiches);
  }

  /** A generator whose output is fixed by {@code seed}. */
  public static FicheGenerator withSeed(long seed) {
    return new FicheGenerator(seed);
  }

  /** The seed this generator was made with; print it when a test fails, to reproduce the case. */
  public long getSeed() {
    return seed;
  }

  /**
   * A complete fiche of a randomly chosen template (Mededeling or Wetgeving) and generation (2007,
   * 2013 or 2025), each combination equally likely.
   */
  public Fiche validFiche() {
    Sjabloon sjabloon = dice.pick(Sjabloon.values());
    return validFiche(sjabloon, dice.pick(Generatie.values()));
  }

  /**
   * A complete fiche of the given template and generation.
   *
   * @throws NullPointerException when an argument is null
   */
  public Fiche validFiche(Sjabloon sjabloon, Generatie generatie) {
    return made(fiches.fiche(check(sjabloon), check(generatie), 0).fiche(), "validFiche()");
  }

  /**
   * A published Kamerstuk: header lines in dossier 22 112, a cover letter, and one complete fiche
   * of a randomly chosen template and generation. A generator with the same seed that calls {@link
   * #validFiche()} first gets this document's fiche.
   */
  public KamerstukDocument validDocument() {
    Sjabloon sjabloon = dice.pick(Sjabloon.values());
    return validDocument(sjabloon, dice.pick(Generatie.values()));
  }

  /**
   * A published Kamerstuk with one complete fiche of the given template and generation.
   *
   * @throws NullPointerException when an argument is null
   */
  public KamerstukDocument validDocument(Sjabloon sjabloon, Generatie generatie) {
    return made(
        letters.document(fiches.fiche(check(sjabloon), check(generatie), 0)), "validDocument()");
  }

  /**
   * A complete legislative fiche (template 2025) with about {@code approxChars} characters of text,
   * for benchmarks: its paragraphs and footnotes grow with the size. The result is within about a
   * factor 1.5 of the request from 10,000 characters on; below, the fiche's fixed parts dominate.
   *
   * @throws IllegalArgumentException when {@code approxChars} is below {@link #MIN_LARGE_CHARS} or
   *     above {@link #MAX_LARGE_CHARS}
   */
  public Fiche largeFiche(int approxChars) {
    return made(
        fiches.fiche(Sjabloon.WETGEVING, Generatie.G2025, size(approxChars)).fiche(),
        "largeFiche(" + approxChars + ")");
  }

  /**
   * A published Kamerstuk, with header and letter, around a fiche of {@link #largeFiche(int)}.
   *
   * @throws IllegalArgumentException when {@code approxChars} is out of range, as for {@link
   *     #largeFiche(int)}
   */
  public KamerstukDocument largeDocument(int approxChars) {
    return made(
        letters.document(fiches.fiche(Sjabloon.WETGEVING, Generatie.G2025, size(approxChars))),
        "largeDocument(" + approxChars + ")");
  }

  /**
   * A published Kamerstuk (header, cover letter, one fiche) that breaks exactly the rule {@code
   * ruleId} and no other: validated under {@code Profile.DEFINITIEF}, its issues are all of that
   * rule. It is a complete document of a template and generation where the rule applies, with one
   * small change, so a failure is easy to read: an item left empty, an identifier with one
   * character wrong, an unknown ministry. The rule on the received date not lying in the future
   * uses a date in the year 2999; every other date lies before {@code 2026-11-01}.
   *
   * <p>Every rule of {@code RuleCatalog.rules()} can be broken except {@code BNC-X-000}, the
   * internal-error rule, which marks a bug in a rule of the validator and not a property of a
   * fiche; the rules that report only with a setting of the validator ({@code
   * RuleDescription.getRequiredSetting()}, such as the date of the first Council discussion); and
   * the readers' rules (family {@code BNC-R}), which are about the text a document was read from.
   *
   * @throws IllegalArgumentException when {@code ruleId} is {@code BNC-X-000}, a rule that needs a
   *     setting of the validator, a reader's rule, or no known rule id; the message lists the known
   *     ids
   * @throws NullPointerException when {@code ruleId} is null
   */
  public KamerstukDocument violating(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return made(
        RuleBreakers.violating(ruleId, dice, fiches, letters), "violating(\"" + ruleId + "\")");
  }

  /**
   * The ids of the rules {@link #violating(String)} can break, in catalogue order; unmodifiable.
   */
  public static Set<String> violableRuleIds() {
    return RuleBreakers.ruleIds();
  }

  /** Remembers the seed and call that made {@code value}, for the assertions' failure messages. */
  private <T> T made(T value, String call) {
    calls++;
    return Origins.record(
        value,
        "FicheGenerator.withSeed("
            + seed
            + ")"
            + (calls == 1 ? "" : ", call " + calls)
            + ": "
            + call);
  }

  private static int size(int approxChars) {
    if (approxChars < MIN_LARGE_CHARS || approxChars > MAX_LARGE_CHARS) {
      throw new IllegalArgumentException(
          "approxChars must be from "
              + MIN_LARGE_CHARS
              + " to "
              + MAX_LARGE_CHARS
              + ": "
              + approxChars);
    }
    return approxChars;
  }

  private static <T> T check(T value) {
    return Objects.requireNonNull(value, "sjabloon and generatie must not be null");
  }

  /** Shows the seed only: enough to reproduce. */
  @Override
  public String toString() {
    return "FicheGenerator[seed=" + seed + "]";
  }
}
