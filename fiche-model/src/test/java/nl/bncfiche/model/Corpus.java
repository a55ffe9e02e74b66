package nl.bncfiche.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the optional corpus of real fiche texts (test data, never copied into the repository).
 *
 * <p>The corpus is not part of the repository: a fresh clone has none, and every test that needs it
 * is skipped through {@link #require()} with a message that says where it was looked for. Where it
 * is looked for:
 *
 * <ul>
 *   <li>the system property {@value #PROPERTY}, when set: a folder, or {@value #NONE} to act as if
 *       there were no corpus (CI runs the suite once that way, to prove a fresh clone passes);
 *   <li>otherwise a folder {@code shared/corpus} in the working directory, beside it, or beside one
 *       of its parents (the layout in which the repository is developed: {@code ../shared/corpus}).
 * </ul>
 */
public final class Corpus {
  /** The system property that names the corpus folder, or {@value #NONE}. */
  public static final String PROPERTY = "bncfiche.corpus";

  /** The value of {@value #PROPERTY} that hides the corpus. */
  public static final String NONE = "none";

  private Corpus() {}

  /** The corpus folder; empty when absent or hidden. */
  public static Optional<Path> folder() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      if (configured.strip().equals(NONE)) {
        return Optional.empty();
      }
      return Optional.of(Path.of(configured)).filter(Files::isDirectory);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      Path sibling = p.resolveSibling("shared").resolve("corpus");
      if (Files.isDirectory(sibling)) {
        return Optional.of(sibling);
      }
    }
    return Optional.empty();
  }

  /**
   * The corpus folder; when it is absent, the calling test is skipped (a JUnit assumption) with a
   * reason that names where the corpus was looked for and how to point at it.
   */
  public static Path require() {
    Optional<Path> folder = folder();
    assumeTrue(folder.isPresent(), Corpus::absence);
    return folder.get();
  }

  /** Why {@link #folder()} is empty, for a skipped test's reason. */
  public static String absence() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return configured.strip().equals(NONE)
          ? "real corpus hidden by -D" + PROPERTY + "=" + NONE
          : "real corpus absent: -D" + PROPERTY + "=" + configured + " is not a folder";
    }
    return "real corpus absent: no shared/corpus folder in or beside "
        + Path.of("").toAbsolutePath()
        + " or its parents (point at one with -D"
        + PROPERTY
        + "=FOLDER)";
  }

  /** The lines of a corpus file. */
  public static List<String> lines(Path folder, String name) throws IOException {
    return Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8);
  }
}
