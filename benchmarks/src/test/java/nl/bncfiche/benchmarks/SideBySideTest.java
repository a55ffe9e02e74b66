package nl.bncfiche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  @Test
  void joinsTheRunsByRatioWithEachRunsOwnTargetAndADashWhereARunHasNone() {
    SideBySide.Run jdk17 =
        SideBySide.Run.parse(
            "JDK 17",
            """
            name\tratio\ttarget\tresult
            cold-validate-vs-jvm\t3.100\t4.0\tpass
            batch-vs-warm-command-line\t2.200\t-\tdiagnostic
            """);
    SideBySide.Run jdk25 =
        SideBySide.Run.parse(
            "JDK 25, AOT cache",
            """
            name\tratio\ttarget\tresult
            cold-validate-vs-jvm\t2.600\t2.5\tMISS
            docx-read-vs-poi/sample\t0.150\t0.2\tpass
            """);

    assertThat(SideBySide.markdown(List.of(jdk17, jdk25)))
        .isEqualTo(
            """
            | ratio | JDK 17 | target | result | JDK 25, AOT cache | target | result |
            |---|---:|---:|---|---:|---:|---|
            | cold-validate-vs-jvm | 3.10 | ≤ 4.0 | pass | 2.60 | ≤ 2.5 | **MISS** |
            | batch-vs-warm-command-line | 2.20 | — | diagnostic | – | – | – |
            | docx-read-vs-poi/sample | – | – | – | 0.15 | ≤ 0.2 | pass |
            """);
  }
}
