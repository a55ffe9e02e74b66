package nl.bncfiche.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the shared corpus of real fiche texts beside the checkout (test data, never copied). */
public final class Corpus {
  private Corpus() {}

  /** The corpus folder, searched upwards from the working directory; empty when absent. */
  public static Optional<Path> folder() {
    String configured = System.getProperty("bncfiche.corpus");
    if (configured != null) {
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

  /** The lines of a corpus file. */
  public static List<String> lines(Path folder, String name) throws IOException {
    return Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8);
  }
}
