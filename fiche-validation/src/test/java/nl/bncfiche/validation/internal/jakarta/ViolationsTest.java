package nl.bncfiche.validation.internal.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationsTest {
  @Test
  void aTemplateIsTheRuleIdAndItsEnglishDescription() {
    assertThat(Violations.template("BNC-V-001")).isEqualTo("BNC-V-001: A fiche MUST have a title.");
    assertThat(Violations.template("BNC-Q-001")).isEqualTo("BNC-Q-001: ");
  }
}
