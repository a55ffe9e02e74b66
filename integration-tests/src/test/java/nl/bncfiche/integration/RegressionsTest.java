package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every file under {@code src/test/resources/regressions/}: inputs that once broke a reader
 * promise (found by {@link FuzzTest} or by hand). {@code *.json} goes to the JSON reader, every
 * other file to the text reader, with the full checks of {@link ReaderOracle} and the fuzzer's time
 * bound.
 */
class RegressionsTest {
  @TempDir Path scratchDir;

  @TestFactory
  Stream<DynamicTest> everyRegressionFileKeepsThePromises() throws IOException, URISyntaxException {
    Path root = Path.of(RegressionsTest.class.getResource("/regressions").toURI());
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().equals("README.md"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(files).as("regression inputs").isNotEmpty();
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> replay(file)));
  }

  private void replay(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    ReaderOracle oracle = new ReaderOracle(Files.createTempFile(scratchDir, "regression", ".in"));
    boolean json = file.getFileName().toString().endsWith(".json");
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "regression");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<?> f =
          executor.submit(
              () -> {
                if (json) {
                  oracle.checkJson(input);
                } else {
                  oracle.checkText(input, true);
                }
              });
      try {
        f.get(FuzzTest.TIME_BOUND_SECONDS * 5L, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new AssertionError(file.getFileName() + ": " + e.getCause(), e.getCause());
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
