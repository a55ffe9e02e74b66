package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is complete and well-formed, and {@code docs/rules.md} is generated from it. Run
 * with {@code -Dbncfiche.updateDocs=true} to rewrite the file.
 */
class RuleCatalogTest {
  static final Path DOC = Path.of("..", "docs", "rules.md");

  @Test
  void everyRuleHasAnIdBothLanguagesInNormativeWordingAndNoTemplateCharacters() {
    Set<String> ids = new HashSet<>();
    assertThat(RuleCatalog.rules()).hasSizeGreaterThanOrEqualTo(30);
    for (RuleDescription r : RuleCatalog.rules()) {
      assertThat(r.getId()).matches("BNC-[VFCNBTPX]-\\d{3}");
      assertThat(ids.add(r.getId())).as("unique " + r.getId()).isTrue();
      assertThat(r.getDescriptionNl())
          .as(r.getId())
          .isNotBlank()
          .containsAnyOf("MOET", "MAG NIET", "MOGEN NIET");
      assertThat(r.getDescriptionEn()).as(r.getId()).isNotBlank().contains("MUST");
      assertThat(r.getDescriptionNl() + r.getDescriptionEn())
          .as(r.getId())
          .doesNotContain("{", "}", "$", "#", "\\");
      assertThat(r.getSince()).isEqualTo("0.1.0");
      assertThat(RuleCatalog.rule(r.getId())).contains(r);
      assertThat(r.getProfile() == Profile.DEFINITIEF).isEqualTo(r.getId().startsWith("BNC-V-"));
      assertThat(r.appliesTo(Profile.DEFINITIEF)).isTrue();
      assertThat(r.appliesTo(Profile.CONCEPT)).isEqualTo(r.getProfile() == Profile.CONCEPT);
      assertThat(r.toString()).startsWith(r.getId() + " " + r.getDefaultSeverity());
    }
    assertThat(RuleCatalog.rule("BNC-Q-001")).isEmpty();
  }

  static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalogue\n\n")
        .append("Generated from `RuleCatalog` by `RuleCatalogTest`; do not edit by hand ")
        .append("(regenerate with `./mvnw -pl fiche-validation -am verify -Dtest=RuleCatalogTest ")
        .append("-Dsurefire.failIfNoSpecifiedTests=false -Dbncfiche.updateDocs=true`).\n\n")
        .append(
            "Ids are stable and never reused. Profile CONCEPT means the rule applies to drafts and to ")
        .append(
            "fiches ready to send; DEFINITIEF means it applies only to fiches ready to send. Only ERROR ")
        .append("makes a fiche invalid. Tune a rule by its id with ")
        .append("`FicheValidator.builder().severity(id, severity)` or `.disable(id)`.\n\n")
        .append("| id | severity | profile | since | description (nl) | description (en) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (RuleDescription r : RuleCatalog.rules()) {
      sb.append("| ")
          .append(r.getId())
          .append(" | ")
          .append(r.getDefaultSeverity())
          .append(" | ")
          .append(r.getProfile())
          .append(" | ")
          .append(r.getSince())
          .append(" | ")
          .append(r.getDescriptionNl().replace("|", "\\|"))
          .append(" | ")
          .append(r.getDescriptionEn().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.toString();
  }

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String expected = markdown();
    if (Boolean.getBoolean("bncfiche.updateDocs")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC))
        .as(DOC.toAbsolutePath().normalize() + " is missing; run with -Dbncfiche.updateDocs=true")
        .isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as(
            DOC.toAbsolutePath().normalize()
                + " is out of date; run with -Dbncfiche.updateDocs=true")
        .isEqualTo(expected);
  }
}
