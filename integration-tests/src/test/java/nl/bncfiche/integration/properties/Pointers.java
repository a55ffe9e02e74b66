package nl.bncfiche.integration.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.ValidationReport;

/**
 * Checks that every issue's JSON pointer resolves in the document's JSON; for a completeness issue
 * (family {@code BNC-V}), which may name an absent part, its parent must resolve (the convention in
 * {@link Issue}'s documentation).
 */
final class Pointers {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final FicheJson JSON = FicheJson.create();

  private Pointers() {}

  static void assertAllResolve(KamerstukDocument d, ValidationReport report, long seed) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(JSON.write(d));
    } catch (JsonProcessingException e) {
      throw new AssertionError("seed " + seed + ": the JSON of the document does not read", e);
    }
    for (Issue i : report.issues()) {
      String pointer = i.getPointer();
      if (i.getRuleId().startsWith("BNC-V-") && tree.at(pointer).isMissingNode()) {
        pointer = parent(pointer);
      }
      assertThat(tree.at(pointer).isMissingNode())
          .as("seed %d: pointer %s of %s does not resolve", seed, pointer, i)
          .isFalse();
    }
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
