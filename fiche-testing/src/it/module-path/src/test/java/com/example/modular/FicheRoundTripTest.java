package com.example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.FicheSoftAssertions;
import nl.bncfiche.testing.VoorbeeldFiches;
import nl.bncfiche.validation.FicheValidator;
import org.junit.jupiter.api.Test;

/** Runs on the module path: our jars are named modules here, not the class path. */
class FicheRoundTripTest {
  @Test
  void ourJarsAreNamedModulesThatHideTheirInternals() {
    Module model = FicheJson.class.getModule();
    assertEquals("nl.bncfiche.model", model.getName());
    assertEquals("nl.bncfiche.validation", FicheValidator.class.getModule().getName());
    assertEquals("nl.bncfiche.testing", FicheGenerator.class.getModule().getName());
    assertTrue(model.isExported("nl.bncfiche.model.json"));
    assertFalse(model.isExported("nl.bncfiche.model.json.internal"));
    assertFalse(model.isOpen("nl.bncfiche.model", FicheRoundTripTest.class.getModule()));
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("nl.bncfiche.model.json.internal.NoSuchClass"));
  }

  @Test
  void jsonAndTextRoundTrip() {
    for (KamerstukDocument d : List.of(VoorbeeldFiches.mededeling(), VoorbeeldFiches.wetgeving())) {
      assertEquals(d, FicheRoundTrip.throughJson(d));
      assertEquals(
          FicheRoundTrip.throughText(d), FicheRoundTrip.throughText(FicheRoundTrip.throughText(d)));
      for (String rendering : FicheRoundTrip.renderings(d)) {
        assertFalse(rendering.isEmpty());
      }
    }
  }

  @Test
  void bothValidatorsReportTheSameErrors() {
    assertEquals(List.of(), FicheRoundTrip.errorRuleIds(VoorbeeldFiches.mededeling()));
    assertEquals(List.of(), FicheRoundTrip.jakartaRuleIds(VoorbeeldFiches.mededeling()));
    KamerstukDocument broken = FicheGenerator.withSeed(7).violating("BNC-V-003");
    assertTrue(FicheRoundTrip.errorRuleIds(broken).contains("BNC-V-003"));
    assertEquals(
        new TreeSet<>(FicheRoundTrip.errorRuleIds(broken)),
        new TreeSet<>(FicheRoundTrip.jakartaRuleIds(broken)));
  }

  @Test
  void softAssertionsProxyOurAssertClasses() {
    FicheSoftAssertions softly = new FicheSoftAssertions();
    softly.assertThat(FicheGenerator.withSeed(7).violating("BNC-V-003")).isValid();
    softly.assertThat(VoorbeeldFiches.wetgeving()).isValid();
    AssertionError e = assertThrows(AssertionError.class, softly::assertAll);
    assertTrue(e.getMessage().contains("BNC-V-003"), e.getMessage());
  }
}
