package nl.bncfiche.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import nl.bncfiche.model.fixture.LinearTime;
import org.junit.jupiter.api.Test;

/**
 * The XML parser's work grows with the part, whatever the part holds many of: namespace bindings in
 * scope, declarations or attributes on one element, elements, nesting. A hostile part within the
 * reader's size limits must not make it quadratic.
 */
class XmlLinearTimeTest {
  @Test
  void manyBindingsInScopeCostNothingPerElement() {
    LinearTime.assertLinear(
        "elements under as many namespace bindings",
        2_000,
        n -> parse(n, i -> "", i -> " xmlns:p" + i + "='urn:" + i + "'", "<w:r/>"));
  }

  @Test
  void manyDeclarationsOnOneElementAreCheckedOnce() {
    LinearTime.assertLinear(
        "declarations on one element",
        2_000,
        n -> parse(n, i -> " xmlns:q" + i + "='urn:q'", i -> "", ""));
  }

  @Test
  void manyAttributesOnOneElementAreCheckedOnce() {
    LinearTime.assertLinear(
        "attributes on one element", 2_000, n -> parse(n, i -> " a" + i + "='v'", i -> "", ""));
  }

  @Test
  void deepNestingCostsItsDepth() {
    LinearTime.assertLinear(
        "nesting",
        1_000,
        n -> {
          byte[] xml =
              ("<w:document xmlns:w='"
                      + Xml.W
                      + "'>"
                      + "<a>".repeat(n)
                      + "</a>".repeat(n)
                      + "</w:document>")
                  .getBytes(StandardCharsets.UTF_8);
          return () -> assertThat(events(xml, 100_000)).isEqualTo(2 * n + 2);
        });
  }

  /**
   * A root with {@code n} times {@code onRoot} in its start tag, {@code n} times {@code binding}
   * declared on a wrapper, and {@code n} times {@code child} inside.
   */
  private static Runnable parse(
      int n, IntFunction<String> onRoot, IntFunction<String> binding, String child) {
    StringBuilder sb = new StringBuilder("<w:document xmlns:w='" + Xml.W + "'");
    for (int i = 0; i < n; i++) {
      sb.append(onRoot.apply(i));
    }
    sb.append("><w:body");
    for (int i = 0; i < n; i++) {
      sb.append(binding.apply(i));
    }
    sb.append('>').append(child.repeat(n)).append("</w:body></w:document>");
    byte[] xml = sb.toString().getBytes(StandardCharsets.UTF_8);
    int expected = 4 + (child.isEmpty() ? 0 : 2 * n);
    return () -> assertThat(events(xml, 64)).isEqualTo(expected);
  }

  private static int events(byte[] xml, int maxDepth) {
    int count = 0;
    try (Xml x = Xml.open(xml, "document.xml", maxDepth)) {
      while (x.hasNext()) {
        if (x.next() != Xml.END_DOCUMENT) {
          count++;
        }
      }
    }
    return count;
  }
}
