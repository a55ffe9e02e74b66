package nl.bncfiche.testing;

import java.util.Objects;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.testing.internal.Dice;
import nl.bncfiche.testing.internal.FicheAssembler;
import nl.bncfiche.testing.internal.LetterAssembler;

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
 * calls, on every JVM and in every default locale; each call draws further, so a second call returns
 * a different fiche. An instance is not thread-safe; give each thread its own.
 *
 * <pre>{@code
 * FicheGenerator gen = FicheGenerator.withSeed(42);
 * KamerstukDocument doc = gen.validDocument();
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
    return fiches.fiche(check(sjabloon), check(generatie), 0).fiche();
  }

  /**
   * A published Kamerstuk: header lines in dossier 22 112, a cover letter, and one complete fiche of
   * a randomly chosen template and generation. A generator with the same seed that calls
   * {@link #validFiche()} first gets this document's fiche.
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
    return letters.document(fiches.fiche(check(sjabloon), check(generatie), 0));
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
    return fiches.fiche(Sjabloon.WETGEVING, Generatie.G2025, size(approxChars)).fiche();
  }

  /**
   * A published Kamerstuk, with header and letter, around a fiche of {@link #largeFiche(int)}.
   *
   * @throws IllegalArgumentException when {@code approxChars} is out of range, as for
   *     {@link #largeFiche(int)}
   */
  public KamerstukDocument largeDocument(int approxChars) {
    return letters.document(fiches.fiche(Sjabloon.WETGEVING, Generatie.G2025, size(approxChars)));
  }

  private static int size(int approxChars) {
    if (approxChars < MIN_LARGE_CHARS || approxChars > MAX_LARGE_CHARS) {
      throw new IllegalArgumentException("approxChars must be from " + MIN_LARGE_CHARS + " to "
          + MAX_LARGE_CHARS + ": " + approxChars);
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
