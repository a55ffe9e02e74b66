package nl.bncfiche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.bncfiche.testing.FicheAssertions;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import org.junit.jupiter.api.Test;

/**
 * {@code fiche rules --format json} lists exactly the catalogue's rules, in its order; so a test
 * that loops over {@code RuleCatalog.rules()} covers every id the command shows, and each of them
 * (but the internal-error rule) can be broken by {@code FicheGenerator.violating}.
 */
class RulesListingTest {
  private static final FicheValidator VALIDATOR =
      FicheValidator.builder().clock(FicheCliTest.TODAY).build();

  private static JsonNode listing() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FicheCli.run(
            new String[] {"rules", "--format", "json"},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(FicheCli.OK);
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  private static List<String> listedIds() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FicheCli.run(
            new String[] {"rules", "--format", "json"},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(FicheCli.OK);
    List<String> ids = new ArrayList<>();
    for (JsonNode rule :
        new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("rules")) {
      ids.add(rule.get("id").asText());
    }
    return ids;
  }

  @Test
  void listedIdsAreTheCatalogue() throws IOException {
    assertThat(listedIds())
        .containsExactlyElementsOf(
            RuleCatalog.rules().stream().map(RuleDescription::getId).collect(Collectors.toList()));
  }

  @Test
  void everyListedRuleNamesItsSourceAndItsMilderSeverity() throws IOException {
    JsonNode json = listing();
    int i = 0;
    for (JsonNode rule : json.get("rules")) {
      RuleDescription r = RuleCatalog.rules().get(i++);
      assertThat(rule.get("source").asText()).as(r.getId()).isNotBlank().isEqualTo(r.getSource());
      if (r.getReduction().isPresent()) {
        assertThat(rule.get("reduced").get("severity").asText())
            .isEqualTo(r.getReduction().get().getSeverity().name());
        assertThat(rule.get("reduced").get("en").asText())
            .isEqualTo(r.getReduction().get().getWhenEn());
      } else {
        assertThat(rule.has("reduced")).as(r.getId()).isFalse();
      }
      assertThat(rule.has("requiredSetting")).isEqualTo(r.getRequiredSetting().isPresent());
      r.getRequiredSetting()
          .ifPresent(x -> assertThat(rule.get("requiredSetting").asText()).isEqualTo(x));
    }
    List<String> retired = new ArrayList<>();
    for (JsonNode r : json.get("retired")) {
      retired.add(r.get("id").asText() + " -> " + r.get("replacedBy").asText());
    }
    assertThat(retired)
        .containsExactlyElementsOf(
            RuleCatalog.retired().stream().map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void everyListedRuleCanBeBroken() throws IOException {
    for (String id : listedIds()) {
      if (id.equals("BNC-X-000")) {
        continue; // marks a bug in a rule of the validator; no fiche can provoke it
      }
      if (id.startsWith("BNC-R-")) {
        continue; // reported by the readers about a text, never by the validator of a document
      }
      if (RuleCatalog.rule(id).orElseThrow().getRequiredSetting().isPresent()) {
        continue; // reports only with a setting of the validator, on no document alone
      }
      FicheAssertions.assertThat(FicheGenerator.withSeed(6).violating(id))
          .as(id)
          .usingValidator(VALIDATOR)
          .hasIssue(id);
    }
  }
}
