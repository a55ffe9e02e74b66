package nl.bncfiche.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.bncfiche.rendering.text.SourceMap;
import nl.bncfiche.rendering.text.SourcePosition;
import org.junit.jupiter.api.Test;

class JsonPositionsTest {
  private static final String JSON =
      """
      {
        "a": {"b": [10, {"c": "x"}, [1, 2]]},
        "d~e/f": true,
        "g": "y"
      }
      """;

  private static String at(SourceMap map, String pointer) {
    return map.positionOf(pointer).map(SourcePosition::toString).orElse("none");
  }

  @Test
  void findsTheValuesAskedForAndTheirAncestors() {
    SourceMap map =
        JsonPositions.of(
            JSON, List.of("/a/b/1/c", "/a/b/2/1", "/d~0e~1f", "/g", "/a/b/1/absent", "/zz"));
    assertThat(map.positionOf("/a/b/1/c")).contains(SourcePosition.of(2, 25));
    assertThat(map.positionOf("/a/b/2/1")).contains(SourcePosition.of(2, 35));
    assertThat(map.positionOf("/d~0e~1f")).contains(SourcePosition.of(3, 12));
    assertThat(map.positionOf("/g")).contains(SourcePosition.of(4, 8));
    // An absent value falls back to its nearest ancestor: the object, then the document.
    assertThat(map.positionOf("/a/b/1/absent")).contains(SourcePosition.of(2, 19));
    assertThat(map.positionOf("/zz")).contains(SourcePosition.of(1, 1));
    // Nothing else is kept: a sibling not asked for is not in the table.
    assertThat(map.asMap()).doesNotContainKey("/a/b/0").doesNotContainKey("/a/b/2/0");
    assertThat(at(JsonPositions.of(JSON, List.of()), "/g")).isEqualTo("none");
  }

  @Test
  void aBrokenDocumentGivesWhatCameBeforeTheBreak() {
    SourceMap map = JsonPositions.of("{\"a\": [1, 2,, 3], \"b\": 4}", List.of("/a/1", "/b"));
    assertThat(map.positionOf("/a/1")).contains(SourcePosition.of(1, 11));
    assertThat(map.positionOf("/b")).contains(SourcePosition.of(1, 1));
  }
}
