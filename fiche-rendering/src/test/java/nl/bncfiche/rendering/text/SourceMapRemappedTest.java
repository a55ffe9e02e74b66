package nl.bncfiche.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bncfiche.model.KamerstukDocument;
import org.junit.jupiter.api.Test;

/** {@link SourceMap#remapped}: every position through the function, and only when looked up. */
class SourceMapRemappedTest {
  private static SourcePosition paragraphOf(SourcePosition at) {
    return SourcePosition.ofParagraph(at.getLine() / 2 + 1);
  }

  @Test
  void aReadTableRemappedHoldsEveryPointerWithItsRemappedPosition() {
    KamerstukDocument d = new RandomDocuments(17).document();
    SourceMap read = TextReader.create().read(TextWriter.create().write(d)).getSourceMap();
    SourceMap remapped = read.remapped(SourceMapRemappedTest::paragraphOf);

    Map<String, SourcePosition> expected = new LinkedHashMap<>();
    read.asMap().forEach((pointer, at) -> expected.put(pointer, paragraphOf(at)));
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(remapped.asMap()).containsExactlyEntriesOf(expected);
    String pointer = expected.keySet().iterator().next();
    assertThat(remapped.positionOf(pointer + "/no/such/child")).contains(expected.get(pointer));
  }

  @Test
  void theFunctionRunsOnTheFirstLookUpOnlyAndOncePerPosition() {
    SourceMap table =
        SourceMap.of(Map.of("/a", SourcePosition.of(3, 1), "/b", SourcePosition.of(8, 2)));
    AtomicInteger calls = new AtomicInteger();
    SourceMap remapped =
        table.remapped(
            at -> {
              calls.incrementAndGet();
              return paragraphOf(at);
            });
    assertThat(calls).hasValue(0);
    assertThat(remapped.positionOf("/b/c")).contains(SourcePosition.ofParagraph(5));
    assertThat(remapped.positionOf("/a")).contains(SourcePosition.ofParagraph(2));
    assertThat(remapped.asMap()).hasSize(2);
    assertThat(calls).hasValue(2);
    // the table remapped is left as it was
    assertThat(table.positionOf("/a")).contains(SourcePosition.of(3, 1));
  }

  @Test
  void aFunctionThatGivesNullIsRefusedAtTheLookUp() {
    SourceMap remapped = SourceMap.of(Map.of("/a", SourcePosition.of(1, 1))).remapped(at -> null);
    assertThatThrownBy(() -> remapped.positionOf("/a")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SourceMap.empty().remapped(null))
        .isInstanceOf(NullPointerException.class);
    assertThat(SourceMap.empty().remapped(at -> at).asMap()).isEmpty();
  }
}
