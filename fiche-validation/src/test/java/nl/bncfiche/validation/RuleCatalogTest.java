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
      assertThat(r.getId()).matches("BNC-[VFCNBTPRX]-\\d{3}");
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
      assertThat(r.getSource()).as(r.getId()).isNotBlank().doesNotContain("{", "}", "$", "#");
      r.getReduction()
          .ifPresent(
              x -> {
                assertThat(x.getSeverity())
                    .as(r.getId())
                    .as("milder than the default")
                    .isGreaterThan(r.getDefaultSeverity());
                assertThat(x.getWhenNl()).as(r.getId()).isNotBlank();
                assertThat(x.getWhenEn()).as(r.getId()).isNotBlank();
              });
      assertThat(RuleCatalog.rule(r.getId())).contains(r);
      assertThat(r.getProfile() == Profile.DEFINITIEF).isEqualTo(r.getId().startsWith("BNC-V-"));
      assertThat(r.appliesTo(Profile.DEFINITIEF)).isTrue();
      assertThat(r.appliesTo(Profile.CONCEPT)).isEqualTo(r.getProfile() == Profile.CONCEPT);
      assertThat(r.toString()).startsWith(r.getId() + " " + r.getDefaultSeverity());
    }
    assertThat(RuleCatalog.rule("BNC-Q-001")).isEmpty();
    for (RetiredRule r : RuleCatalog.retired()) {
      assertThat(ids).as("a retired id is never used again").doesNotContain(r.getId());
      assertThat(ids)
          .as("retired " + r.getId() + " names its successor")
          .contains(r.getReplacedBy());
      assertThat(r.getReasonNl()).isNotBlank();
      assertThat(r.getReasonEn()).isNotBlank();
    }
  }

  static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalogue\n\n")
        .append("Generated from `RuleCatalog` by `RuleCatalogTest`; do not edit by hand ")
        .append("(regenerate with `./mvnw -pl fiche-validation -am verify -Dtest=RuleCatalogTest ")
        .append("-Dsurefire.failIfNoSpecifiedTests=false -Dbncfiche.updateDocs=true`).\n\n")
        .append(
            "Ids are stable and never reused. An id keeps its meaning, the requirement it checks; ")
        .append(
            "its default severity and the forms it accepts may be calibrated. When what a rule ")
        .append("requires changes, its id is retired and a new id takes its place (see ")
        .append("[Retired ids](#retired-ids)).\n\n")
        .append("## Severities\n\n")
        .append(
            "- **ERROR**: the fiche is unusable or certainly wrong; it must not be sent like this. ")
        .append("Only ERROR makes a fiche invalid (`ValidationReport.isValid()`, exit code 1 of ")
        .append("`fiche validate`).\n")
        .append(
            "- **WARNING**: probably wrong, or a point where published practice varies: a person ")
        .append("should look.\n")
        .append("- **INFO**: worth knowing, nothing to fix (a late fiche with a delay letter, a ")
        .append(
            "legislative fiche after the national parliaments' eight weeks, a document that is ")
        .append("no fiche).\n\n")
        .append(
            "Some rules report with a milder severity in the circumstances their severity column ")
        .append("names, such as \"ERROR; WARNING in a published Kamerstuk\". A published ")
        .append(
            "Kamerstuk is a document whose header has a number (\"Nr. 4243\"): it was sent and ")
        .append(
            "accepted, so what it lacks is noted, not refused; a draft or a Word export has no ")
        .append("numbered header. Tune a rule by its id with ")
        .append("`FicheValidator.builder().severity(id, severity)`, which then holds in every ")
        .append("circumstance, or switch it off with `.disable(id)`.\n\n")
        .append("## Profiles\n\n")
        .append("Profile CONCEPT means the rule applies to drafts and to fiches ready to send; ")
        .append("DEFINITIEF means it applies only to fiches ready to send (completeness).\n\n")
        .append("## Settings\n\n")
        .append("The timing rules read what the document does not say from the validator: ")
        .append("`FicheValidator.builder().summerRecess(first, last)` (a year's EU summer recess; ")
        .append(
            "by default the four weeks from the Monday of ISO week 31), `.threeWeekTerm()` (an ")
        .append("MFK package), `.delayLetter(reference)` and `.firstCouncilDiscussion(date)`. A ")
        .append("rule that reports only with such a setting says so in its severity column.\n\n")
        .append("## Sources\n\n")
        .append(
            "Each rule names what it rests on: a Kamerstuk of dossier 22 112 (the templates of ")
        .append(
            "nrs. 539, 1198 and 1366; the terms of nr. 1366; the MFK term and the delay letter ")
        .append(
            "of nr. 4183), a treaty article, an EU register, or \"project convention\" where no ")
        .append("public source prescribes the check.\n\n")
        .append("## Rules\n\n")
        .append(
            "| id | severity | profile | since | source | description (nl) | description (en) |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (RuleDescription r : RuleCatalog.rules()) {
      sb.append("| ")
          .append(r.getId())
          .append(" | ")
          .append(severity(r))
          .append(" | ")
          .append(r.getProfile())
          .append(" | ")
          .append(r.getSince())
          .append(" | ")
          .append(cell(r.getSource()))
          .append(" | ")
          .append(cell(r.getDescriptionNl()))
          .append(" | ")
          .append(cell(r.getDescriptionEn()))
          .append(" |\n");
    }
    sb.append("\n## Retired ids\n\n");
    if (RuleCatalog.retired().isEmpty()) {
      sb.append("None.\n");
    } else {
      sb.append("| id | replaced by | reason (nl) | reason (en) |\n|---|---|---|---|\n");
      for (RetiredRule r : RuleCatalog.retired()) {
        sb.append("| ")
            .append(r.getId())
            .append(" | ")
            .append(r.getReplacedBy())
            .append(" | ")
            .append(cell(r.getReasonNl()))
            .append(" | ")
            .append(cell(r.getReasonEn()))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String severity(RuleDescription r) {
    return r.getDefaultSeverity()
        + r.getReduction().map(x -> "; " + x.getSeverity() + " " + x.getWhenEn()).orElse("")
        + r.getRequiredSetting().map(x -> " (only with `" + x + "`)").orElse("");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
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
