package nl.bncfiche.rendering.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text reader and writer depend on their shared grammar, and neither on the other: read and
 * write may use grammar, grammar uses neither, read and write do not use each other.
 */
class PackageDependenciesTest {
  private static final Path INTERNAL = Path.of("src/main/java/nl/bncfiche/rendering/text/internal");
  private static final Pattern USE =
      Pattern.compile("nl\\.bncfiche\\.rendering\\.text\\.internal\\.(\\w+)");

  @Test
  void readAndWriteUseGrammarAndNotEachOther() throws IOException {
    assertThat(uses("grammar")).as("packages grammar uses").isEmpty();
    assertThat(uses("read")).as("packages read uses").containsOnly("grammar");
    assertThat(uses("write")).as("packages write uses").containsOnly("grammar");
  }

  /** The other text.internal packages that the sources of {@code pkg} name. */
  private static List<String> uses(String pkg) throws IOException {
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.list(INTERNAL.resolve(pkg))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!m.group(1).equals(pkg) && !used.contains(m.group(1))) {
            used.add(m.group(1));
          }
        }
      }
    }
    return used;
  }
}
