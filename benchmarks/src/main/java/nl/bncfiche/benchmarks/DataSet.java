package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;

/**
 * One fiche to measure on, in the three forms the benchmarks compare: the model, its canonical text
 * and its JSON. Immutable once built.
 */
public final class DataSet {
  /**
   * The seed of every generated data set, so runs on different machines measure the same fiches.
   */
  public static final long SEED = 20_260_101L;

  /** The system property that points at the real corpus fiche when it is not in the usual place. */
  public static final String CORPUS_PROPERTY = "bncfiche.corpus";

  private static final String CORPUS_FILE = "eu-drugsstrategie-2026.txt";

  private final String name;
  private final KamerstukDocument document;
  private final String text;
  private final String json;

  private DataSet(String name, KamerstukDocument document) {
    this.name = name;
    this.document = document;
    this.text = TextWriter.create().write(document);
    this.json = FicheJson.create().write(document);
  }

  /**
   * The data set called {@code name}: {@code corpus} (the complete real fiche, read from its text),
   * {@code sample} (the project's own invented legislative fiche), or {@code gen5k}, {@code
   * gen50k}, {@code gen500k} (generated fiches of about that many characters).
   *
   * @throws IllegalArgumentException when the name is unknown
   * @throws MissingDataException when the corpus is asked for but absent
   */
  public static DataSet named(String name) {
    switch (name) {
      case "corpus" -> {
        Path file =
            corpusFile()
                .orElseThrow(
                    () ->
                        new MissingDataException(
                            "the real corpus fiche is absent: expected ../shared/corpus/"
                                + CORPUS_FILE
                                + " from the repository root, or -D"
                                + CORPUS_PROPERTY
                                + "=FOLDER"));
        return new DataSet(name, TextReader.create().read(readString(file)).getDocument());
      }
      case "sample" -> {
        return new DataSet(name, VoorbeeldFiches.wetgeving());
      }
      case "gen5k" -> {
        return generated(name, 5_000);
      }
      case "gen50k" -> {
        return generated(name, 50_000);
      }
      case "gen500k" -> {
        return generated(name, 500_000);
      }
      default -> throw new IllegalArgumentException("unknown data set: " + name);
    }
  }

  /** A generated document of about {@code chars} characters with the fixed seed. */
  public static DataSet generated(String name, int chars) {
    return new DataSet(name, FicheGenerator.withSeed(SEED).largeDocument(chars));
  }

  /**
   * The real corpus fiche's file: the system property {@value #CORPUS_PROPERTY} when set (the
   * corpus folder as for the tests, the file itself, or {@code none}), else {@code
   * ../shared/corpus/} next to the repository root, looked for from the working directory upwards;
   * empty when absent.
   */
  public static Optional<Path> corpusFile() {
    String prop = System.getProperty(CORPUS_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      if (prop.strip().equals("none")) {
        return Optional.empty();
      }
      Path p = Path.of(prop);
      Path inFolder = p.resolve(CORPUS_FILE);
      return Files.isRegularFile(p)
          ? Optional.of(p)
          : Files.isRegularFile(inFolder) ? Optional.of(inFolder) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolveSibling("shared").resolve("corpus").resolve(CORPUS_FILE);
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data set's name, as in the benchmarks' {@code dataSet} parameter. */
  public String name() {
    return name;
  }

  /** The model. */
  public KamerstukDocument document() {
    return document;
  }

  /** The canonical text of the model. */
  public String text() {
    return text;
  }

  /** The JSON of the model. */
  public String json() {
    return json;
  }

  /** Thrown when a data set's source is absent; the benchmark of that data set is skipped. */
  public static final class MissingDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingDataException(String message) {
      super(message);
    }
  }
}
