package com.example.fiches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import nl.bncfiche.validation.FicheValidator;
import nl.bncfiche.validation.Issue;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The application over HTTP, on a free port, with Spring Boot's defaults and our starter. */
class FicheEndpointTest {
  static final FicheJson JSON = FicheJson.create();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static ConfigurableApplicationContext context;
  static String base;

  @BeforeAll
  static void start() {
    context =
        SpringApplication.run(
            FicheApplication.class, "--server.port=0", "--spring.main.banner-mode=off");
    base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  static HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static List<Issue> errors(KamerstukDocument document) {
    return FicheValidator.create().validate(document, Profile.DEFINITIEF).issues(Severity.ERROR);
  }

  @Test
  void aValidFicheIsAnsweredWithTheJsonFicheJsonReads() throws Exception {
    for (KamerstukDocument d : List.of(VoorbeeldFiches.mededeling(), VoorbeeldFiches.wetgeving())) {
      HttpResponse<String> r = post("/fiches", JSON.write(d));
      assertEquals(200, r.statusCode(), r.body());
      assertFalse(r.body().contains("null"), r.body());
      assertEquals(d, JSON.read(r.body()));
    }
  }

  @Test
  void generatedFichesGoThroughSpringsMapperBothWays() throws Exception {
    for (long seed = 0; seed < 20; seed++) {
      KamerstukDocument d = KamerstukDocument.of(FicheGenerator.withSeed(seed).validFiche());
      HttpResponse<String> r = post("/fiches/echo", JSON.write(d));
      assertEquals(200, r.statusCode(), "seed " + seed + ": " + r.body());
      assertEquals(d, JSON.read(r.body()), "seed " + seed);
    }
  }

  @Test
  void anInvalidFicheIs400WithOurRuleIdsAndPointers() throws Exception {
    KamerstukDocument broken = FicheGenerator.withSeed(7).violating("BNC-V-003");
    List<Issue> expected = errors(broken);
    assertFalse(expected.isEmpty());
    HttpResponse<String> r = post("/fiches", JSON.write(broken));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        r.headers().toString());
    for (Issue issue : expected) {
      assertTrue(r.body().contains("\"ruleId\":\"" + issue.getRuleId() + "\""), r.body());
      assertTrue(r.body().contains("\"pointer\":\"" + issue.getPointer() + "\""), r.body());
    }
  }

  @Test
  void errorCodesAreOurRuleIds() throws Exception {
    KamerstukDocument broken = FicheGenerator.withSeed(7).violating("BNC-V-003");
    HttpResponse<String> r = post("/fiches/codes", JSON.write(broken));
    assertEquals(200, r.statusCode(), r.body());
    String expected =
        errors(broken).stream()
            .map(i -> "\"" + i.getRuleId() + "\"")
            .collect(Collectors.toCollection(TreeSet::new))
            .stream()
            .collect(Collectors.joining(",", "[", "]"));
    assertEquals(expected, r.body());
  }

  @Test
  void unknownFieldsAndNullsAreRefusedAsFicheJsonRefusesThem() throws Exception {
    String valid = JSON.write(VoorbeeldFiches.mededeling());
    String unknown = valid.replaceFirst("\\{", "{\"onbekend\": 1,");
    String nulled = valid.replaceFirst("\\{", "{\"kop\": null,");
    for (String body : List.of(unknown, nulled)) {
      assertEquals(400, post("/fiches/echo", body).statusCode(), body);
    }
  }
}
