package nl.bncfiche.integration.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.model.jackson3.FicheJackson3;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.model.json.FicheJsonException;
import nl.bncfiche.testing.FicheGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The identifiers and dates the model reads from text, in the JSON beside their text (issue 15),
 * over generated valid and violating documents: write then read is the identity in {@code
 * FicheJson} and in both bindings; the JSON of the text alone (as written before) reads the same;
 * every derived value of the model is in the JSON, worked out here from the model's own accessors;
 * and a random change to one derived field is refused by all three at that field's pointer.
 */
class DerivedIdentifiersPropertiesTest {
  static final FicheJson JSON = FicheJson.create();
  static final ObjectMapper PLAIN = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static final ObjectMapper JACKSON2 =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(FicheJson.module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  static final tools.jackson.databind.json.JsonMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder()
          .addModule(FicheJackson3.module())
          .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** How often each kind of derived value was seen, so that no property holds vacuously. */
  static final List<String> KINDS =
      List.of("datum", "kamerstuk", "commissieDocument", "eurLex", "impactAssessment", "procedure");

  static final AtomicIntegerArray SEEN = new AtomicIntegerArray(KINDS.size());
  static final AtomicIntegerArray UNPARSED = new AtomicIntegerArray(1);

  static Stream<Arguments> documents() {
    List<Arguments> docs = new ArrayList<>();
    Seeds.of(150)
        .forEach(s -> docs.add(Arguments.of(s, FicheGenerator.withSeed(s).validDocument())));
    List<String> rules = List.copyOf(FicheGenerator.violableRuleIds());
    Seeds.of(rules.size())
        .forEach(
            s -> {
              String rule = rules.get((int) (s - Seeds.BASE));
              docs.add(Arguments.of(s, FicheGenerator.withSeed(s).violating(rule)));
            });
    return docs.stream();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("documents")
  void writeThenReadIsTheIdentityAlsoForTheFormWrittenBefore(long seed, KamerstukDocument d)
      throws Exception {
    String written = JSON.write(d);
    assertThat(JSON.read(written)).as("seed %d", seed).isEqualTo(d);
    assertThat(JACKSON2.readValue(written, KamerstukDocument.class))
        .as("seed %d", seed)
        .isEqualTo(d);
    assertThat(JACKSON3.readValue(written, KamerstukDocument.class))
        .as("seed %d", seed)
        .isEqualTo(d);
    String before = PLAIN.writeValueAsString(textOnly(PLAIN.readTree(written)));
    assertThat(before).doesNotContain("\"afgeleid\"");
    assertThat(JSON.read(before)).as("seed %d", seed).isEqualTo(d);
    assertThat(JACKSON3.readValue(before, KamerstukDocument.class))
        .as("seed %d", seed)
        .isEqualTo(d);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("documents")
  void everyDerivedValueOfTheModelIsInTheJson(long seed, KamerstukDocument d) throws Exception {
    JsonNode tree = PLAIN.readTree(JSON.write(d));
    Map<String, Expected> expected = expected(d);
    for (Map.Entry<String, Expected> e : expected.entrySet()) {
      JsonNode node = tree.at(e.getKey());
      assertThat(node.path("tekst").textValue())
          .as("seed %d %s", seed, e.getKey())
          .isEqualTo(e.getValue().text());
      if (e.getValue().derived().isEmpty()) {
        assertThat(node.has("afgeleid")).as("seed %d %s", seed, e.getKey()).isFalse();
      } else {
        assertThat(node.get("afgeleid"))
            .as("seed %d %s", seed, e.getKey())
            .isEqualTo(e.getValue().derived());
      }
    }
    List<String> inJson = new ArrayList<>();
    derivedPointers(tree, "", inJson);
    long withDerived = expected.values().stream().filter(x -> !x.derived().isEmpty()).count();
    assertThat(inJson)
        .as("seed %d: no afgeleid beyond the model's", seed)
        .hasSize((int) withDerived);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("documents")
  void aContradictingDerivedValueIsRefusedAtItsPointer(long seed, KamerstukDocument d)
      throws Exception {
    JsonNode tree = PLAIN.readTree(JSON.write(d));
    List<String> fields = new ArrayList<>();
    for (String afgeleid : derivedPointers(tree, "", new ArrayList<>())) {
      tree.at(afgeleid).properties().forEach(f -> fields.add(afgeleid + "/" + f.getKey()));
    }
    assertThat(fields).as("seed %d", seed).isNotEmpty();
    Random random = new Random(seed);
    String pointer = fields.get(random.nextInt(fields.size()));
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) tree.at(pointer.substring(0, slash));
    String name = pointer.substring(slash + 1);
    parent.set(name, contradicting(parent.get(name), random));
    String body = PLAIN.writeValueAsString(tree);

    FicheJsonException e = catchThrowableOfType(FicheJsonException.class, () -> JSON.read(body));
    assertThat(e).as("seed %d: %s", seed, pointer).isNotNull();
    assertThat(e.getPointer()).as("seed %d", seed).isEqualTo(pointer);
    assertThat(e.getMessageEn()).startsWith("derived value contradicts the text: the text gives ");
    assertThat(e.getMessageNl()).startsWith("afgeleide waarde in strijd met de tekst: de tekst ");
    assertThat(e.getLine()).isPositive();

    JsonMappingException j2 =
        catchThrowableOfType(
            JsonMappingException.class, () -> JACKSON2.readValue(body, KamerstukDocument.class));
    assertThat(pointer(j2)).as("seed %d", seed).isEqualTo(pointer);
    tools.jackson.databind.DatabindException j3 =
        catchThrowableOfType(
            tools.jackson.databind.DatabindException.class,
            () -> JACKSON3.readValue(body, KamerstukDocument.class));
    assertThat(pointer(j3)).as("seed %d", seed).isEqualTo(pointer);
  }

  @AfterAll
  static void everyKindWasSeen() {
    for (int i = 0; i < KINDS.size(); i++) {
      assertThat(SEEN.get(i)).as("documents with a derived " + KINDS.get(i)).isGreaterThan(10);
    }
    assertThat(UNPARSED.get(0)).as("unparsed values among the violating documents").isPositive();
  }

  /** A field's text and the {@code afgeleid} object the model's accessors give. */
  record Expected(String text, ObjectNode derived) {}

  /** Pointer of every value read from text to what its JSON must hold, from the model alone. */
  static Map<String, Expected> expected(KamerstukDocument d) {
    Map<String, Expected> out = new LinkedHashMap<>();
    d.getKop().flatMap(k -> k.getDatum()).ifPresent(p -> out.put("/kop/datum", datum(p)));
    d.getBrief()
        .ifPresent(
            b -> {
              for (int i = 0; i < b.getVermeldingen().size(); i++) {
                Optional<Parsed<KamerstukReferentie>> r =
                    b.getVermeldingen().get(i).getReferentie();
                if (r.isPresent()) {
                  out.put("/brief/vermeldingen/" + i + "/referentie", kamerstuk(r.get()));
                }
              }
            });
    for (int i = 0; i < d.getFiches().size(); i++) {
      Fiche f = d.getFiches().get(i);
      if (f.getAlgemeneGegevens().isEmpty()) {
        continue;
      }
      AlgemeneGegevens ag = f.getAlgemeneGegevens().get();
      String at = "/fiches/" + i + "/algemeneGegevens/";
      ag.getDatumOntvangst().ifPresent(p -> out.put(at + "datumOntvangst", datum(p)));
      for (int j = 0; j < ag.getCommissieDocumenten().size(); j++) {
        out.put(at + "commissieDocumenten/" + j, document(ag.getCommissieDocumenten().get(j)));
      }
      for (int j = 0; j < ag.getEurLex().size(); j++) {
        out.put(at + "eurLex/" + j, eurLex(ag.getEurLex().get(j)));
      }
      ag.getImpactAssessment().ifPresent(ia -> out.put(at + "impactAssessment", impact(ia)));
      for (int j = 0; j < ag.getProcedures().size(); j++) {
        out.put(at + "procedures/" + j, procedure(ag.getProcedures().get(j)));
      }
    }
    return out;
  }

  static Expected datum(Parsed<NederlandseDatum> p) {
    ObjectNode o = NODES.objectNode();
    p.getValue().ifPresent(v -> o.put("datum", v.toIso()));
    return seen(0, p, o);
  }

  static Expected kamerstuk(Parsed<KamerstukReferentie> p) {
    ObjectNode o = NODES.objectNode();
    p.getValue()
        .ifPresent(
            k -> {
              o.put("dossiernummer", k.getDossierNumber());
              k.getSubNumber().ifPresent(s -> o.put("ondernummer", s));
              o.put("nummer", k.getNumber());
            });
    return seen(1, p, o);
  }

  static Expected document(Parsed<CommissieDocument> p) {
    ObjectNode o = NODES.objectNode();
    p.getValue()
        .ifPresent(
            c -> {
              o.put("soort", c.getType().name());
              o.put("jaar", c.getYear());
              o.put("nummer", c.getNumber());
              switch (c.getSuffix()) {
                case FINAL -> o.put("toevoeging", "final");
                case DEFINITIEF -> o.put("toevoeging", "definitief");
                case NONE -> {}
              }
              if (c.getCorrigendum() != 0) {
                o.put("corrigendum", c.getCorrigendum());
              }
            });
    return seen(2, p, o);
  }

  static Expected eurLex(EurLexVerwijzing e) {
    ObjectNode o = NODES.objectNode();
    e.getCelex().ifPresent(c -> o.put("celex", c.toString()));
    e.getCommissieDocument().ifPresent(c -> o.put("commissieDocument", c.toString()));
    if (!o.isEmpty()) {
      SEEN.incrementAndGet(3);
    }
    return new Expected(e.getTekst(), o);
  }

  static Expected impact(ImpactAssessment ia) {
    ObjectNode o = NODES.objectNode();
    if (!ia.getDocumenten().isEmpty()) {
      ArrayNode a = o.putArray("documenten");
      ia.getDocumenten().forEach(c -> a.add(c.toString()));
      SEEN.incrementAndGet(4);
    }
    return new Expected(ia.getTekst(), o);
  }

  static Expected procedure(Parsed<ProcedureNummer> p) {
    ObjectNode o = NODES.objectNode();
    p.getValue()
        .ifPresent(
            v -> {
              o.put("jaar", v.getYear());
              o.put("nummer", v.getNumber());
              o.put("soort", v.getType());
            });
    return seen(5, p, o);
  }

  static Expected seen(int kind, Parsed<?> p, ObjectNode derived) {
    if (p.isParsed()) {
      SEEN.incrementAndGet(kind);
    } else {
      UNPARSED.incrementAndGet(0);
    }
    return new Expected(p.getText(), derived);
  }

  /** The pointers of every {@code afgeleid} object in {@code node}, added to {@code out}. */
  static List<String> derivedPointers(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = at + "/" + e.getKey();
        if (e.getKey().equals("afgeleid") && node.path("tekst").isTextual()) {
          out.add(child);
        } else {
          derivedPointers(e.getValue(), child, out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        derivedPointers(node.get(i), at + "/" + i, out);
      }
    }
    return out;
  }

  /** The JSON as written before derived values: each {@code {"tekst": …}} object as its text. */
  static JsonNode textOnly(JsonNode node) {
    if (node.isObject()) {
      if (node.path("tekst").isTextual()
          && node.size() <= 2
          && (node.size() == 1 || node.has("afgeleid"))) {
        return node.get("tekst");
      }
      ObjectNode copy = NODES.objectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), textOnly(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      node.forEach(n -> copy.add(textOnly(n)));
      return copy;
    }
    return node;
  }

  /** Another value of the same kind that the text does not give. */
  static JsonNode contradicting(JsonNode value, Random random) {
    if (value.isInt()) {
      int delta = 1 + random.nextInt(9);
      return NODES.numberNode(
          random.nextBoolean() ? value.intValue() + delta : value.intValue() - delta);
    }
    if (value.isArray()) {
      ArrayNode more = ((ArrayNode) value).deepCopy();
      more.add("SWD(2019) " + (1 + random.nextInt(400)));
      return more;
    }
    String s = value.textValue();
    return NODES.textNode(
        random.nextBoolean() ? s + (char) ('A' + random.nextInt(26)) : s.substring(1));
  }

  static String pointer(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      b.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
    }
    return b.toString();
  }

  static String pointer(tools.jackson.databind.DatabindException e) {
    StringBuilder b = new StringBuilder();
    for (tools.jackson.core.JacksonException.Reference r : e.getPath()) {
      b.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : r.getIndex());
    }
    return b.toString();
  }
}
