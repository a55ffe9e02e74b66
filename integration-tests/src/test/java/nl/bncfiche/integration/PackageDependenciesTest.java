package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of each module depend on each other one way only, and no module uses another
 * module's {@code internal} packages: "internal" is a boundary, not a naming habit. Main sources
 * only; tests may look inside what they test.
 */
class PackageDependenciesTest {
  /** Internals that another module may use: none (every module reads files through model.io). */
  private static final Set<String> ALLOWED_FOREIGN = Set.of();

  private static PackageGraph graph;

  @BeforeAll
  static void read() throws IOException {
    graph = PackageGraph.read(Path.of(".."));
  }

  @Test
  void theSourcesOfEveryLibraryModuleAreRead() {
    // Guards against passing on an empty graph when run from another folder.
    assertThat(graph.modules())
        .contains(
            "fiche-model",
            "fiche-validation",
            "fiche-rendering",
            "fiche-testing",
            "fiche-docx",
            "fiche-server",
            "fiche-cli");
    assertThat(graph.uses())
        .anySatisfy(
            u -> {
              assertThat(u.from()).isEqualTo("nl.bncfiche.validation");
              assertThat(u.to()).isEqualTo("nl.bncfiche.model");
            });
  }

  @Test
  void noModuleHasAPackageCycle() {
    assertThat(graph.cycles()).as("packages that depend on each other").isEmpty();
  }

  @Test
  void noModuleUsesAnotherModulesInternals() {
    assertThat(graph.foreignInternals(ALLOWED_FOREIGN))
        .as("uses of another module's internals")
        .isEmpty();
  }

  @Test
  void theChecksSeeACycleAndAForeignInternal() {
    PackageGraph g = new PackageGraph();
    g.add("a", "A.java", "package nl.bncfiche.a;\nimport nl.bncfiche.a.internal.X;\nclass A {}");
    g.add(
        "a",
        "X.java",
        "package nl.bncfiche.a.internal;\n"
            + "import static nl.bncfiche.a.rules.R.check;\nimport nl.bncfiche.a.A;\nclass X {}");
    g.add(
        "a",
        "R.java",
        "package nl.bncfiche.a.rules;\n"
            + "class R { Object x = nl.bncfiche.a.internal.X.class; }");
    g.add(
        "b",
        "B.java",
        "package nl.bncfiche.b;\n"
            + "/** Not counted: {@link nl.bncfiche.a.rules.R} */\n"
            + "class B { String s = \"nl.bncfiche.a.internal.X\"; String t = \"/*\"; }");
    g.add(
        "b", "C.java", "package nl.bncfiche.b.internal;\n// nl.bncfiche.a.internal.Y\nclass C {}");

    // a -> a.internal is the public package starting its implementation: not a cycle with
    // a.internal -> a.
    assertThat(g.cycles())
        .singleElement()
        .asString()
        .startsWith("a: [nl.bncfiche.a.internal, nl.bncfiche.a.rules]")
        .contains("nl.bncfiche.a.internal -> nl.bncfiche.a.rules in [X.java]")
        .contains("nl.bncfiche.a.rules -> nl.bncfiche.a.internal in [R.java]");
    assertThat(g.foreignInternals(Set.of()))
        .containsExactly("B.java uses nl.bncfiche.a.internal.X");
    assertThat(g.foreignInternals(Set.of("nl.bncfiche.a.internal.X"))).isEmpty();
  }
}
