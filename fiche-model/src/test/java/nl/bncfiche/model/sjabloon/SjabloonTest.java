package nl.bncfiche.model.sjabloon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

class SjabloonTest {
  @Test
  void everyLayoutNumbersItsSectionsAndLettersItsItemsInOrder() {
    assertThat(Indeling.alle()).hasSize(Sjabloon.values().length * Generatie.values().length);
    for (Indeling indeling : Indeling.alle()) {
      List<Rubriek> secties = indeling.getSecties();
      for (int i = 0; i < secties.size(); i++) {
        Rubriek sectie = secties.get(i);
        assertThat(sectie.isSectie()).isTrue();
        assertThat(sectie.getNummer())
            .as(indeling + " " + sectie)
            .isEqualTo(Integer.toString(i + 1));
        assertThat(sectie.isVerplicht()).isTrue();
        assertThat(indeling.rubriek(sectie.getVeld())).containsSame(sectie);
        for (int j = 0; j < sectie.getItems().size(); j++) {
          Rubriek item = sectie.getItems().get(j);
          assertThat(item.getVeld().getSectie()).contains(sectie.getVeld());
          assertThat(item.getLetter()).isEqualTo(Veld.letter(j));
          assertThat(item.getNummer()).isEqualTo(sectie.getNummer() + Veld.letter(j));
          assertThat(item.getLabel())
              .isEqualTo(item.getVeld().label(indeling.getSjabloon(), indeling.getGeneratie()));
          assertThat(indeling.label(item.getVeld())).isEqualTo(item.getLabel());
          assertThat(indeling.rubriek(item.getVeld())).containsSame(item);
        }
      }
    }
  }

  @Test
  void theLayoutsAreThoseOfTheDomainReference() {
    assertThat(nummers(Indeling.van(Sjabloon.MEDEDELING, Generatie.G2025)))
        .containsExactly(
            "1", "1a", "1b", "1c", "1d", "1e", "1f", "1g", "2", "3", "3a", "3b", "3c", "4", "4a",
            "4b", "4c", "4d", "4e");
    Indeling wet2025 = Indeling.van(Sjabloon.WETGEVING, Generatie.G2025);
    assertThat(wet2025.rubriek(Veld.ROL_EP).orElseThrow().getNummer()).isEqualTo("1j");
    assertThat(wet2025.rubriek(Veld.CONSEQUENTIES).orElseThrow().getNummer()).isEqualTo("5");
    assertThat(wet2025.rubriek(Veld.ONTWIKKELINGSLANDEN).orElseThrow().getNummer()).isEqualTo("6");
    assertThat(wet2025.rubriek(Veld.FINANCIEEL)).isEmpty();
    Indeling wet2013 = Indeling.van(Sjabloon.WETGEVING, Generatie.G2013);
    assertThat(wet2013.rubriek(Veld.FINANCIEEL).orElseThrow().getNummer()).isEqualTo("5");
    assertThat(wet2013.rubriek(Veld.GEOPOLITIEK))
        .as("a later addition to the title, no item")
        .isEmpty();
    assertThat(wet2013.rubriek(Veld.CONCURRENTIEKRACHT).orElseThrow().isVerplicht()).isTrue();
    assertThat(wet2013.rubriek(Veld.ONTWIKKELINGSLANDEN).orElseThrow().getNummer()).isEqualTo("7");
    assertThat(wet2013.rubriek(Veld.FINANCIELE_GEVOLGEN)).isEmpty();
    assertThat(wet2013.label(Veld.GRONDHOUDING))
        .isEqualTo("Beoordeling bevoegdheid, subsidiariteit en proportionaliteit");
    Indeling med2007 = Indeling.van(Sjabloon.MEDEDELING, Generatie.G2007);
    assertThat(med2007.heeftLetters()).isFalse();
    assertThat(med2007.label(Veld.TITEL)).isEqualTo("Voorstel");
    assertThat(med2007.label(Veld.EUR_LEX)).isEqualTo("Prelex");
    assertThat(med2007.getSecties()).hasSize(4);
    assertThat(Indeling.van(Sjabloon.MEDEDELING, Generatie.G2013).rubriek(Veld.CONSEQUENTIES))
        .isEmpty();
  }

  private static List<String> nummers(Indeling indeling) {
    List<String> nummers = new ArrayList<>();
    for (Rubriek sectie : indeling.getSecties()) {
      nummers.add(sectie.getNummer());
      sectie.getItems().forEach(i -> nummers.add(i.getNummer()));
    }
    return nummers;
  }

  @Test
  void onlyItemsFourAToFourCOf2025MustCarryAVerdict() {
    Set<String> withVerdict = new HashSet<>();
    for (Indeling indeling : Indeling.alle()) {
      for (Rubriek sectie : indeling.getSecties()) {
        for (Rubriek item : sectie.getItems()) {
          if (item.isOordeelVerplicht()) {
            withVerdict.add(indeling.getGeneratie() + " " + item.getNummer());
          }
        }
      }
    }
    assertThat(withVerdict).containsExactlyInAnyOrder("G2025 4a", "G2025 4b", "G2025 4c");
  }

  @Test
  void writtenLabelsFollowTemplateAndGeneration() {
    assertThat(Veld.IMPACT_ASSESSMENT.label(Sjabloon.MEDEDELING, Generatie.G2025))
        .isEqualTo("Nr. impact assessment Commissie en Opinie");
    assertThat(Veld.IMPACT_ASSESSMENT.label(Sjabloon.MEDEDELING, Generatie.G2013))
        .isEqualTo("Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing");
    assertThat(Veld.IMPACT_ASSESSMENT.label(Sjabloon.WETGEVING, Generatie.G2025))
        .isEqualTo("Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing");
    assertThat(Veld.IMPACT_ASSESSMENT.label(Sjabloon.WETGEVING, Generatie.G2007))
        .isEqualTo("Nr. impact-assessment Commissie en Opinie Impact-assessment Board");
    // A part the template has no place for is still written, with its template's nearest wording.
    assertThat(Veld.FINANCIEEL.label(Sjabloon.MEDEDELING, Generatie.G2025))
        .startsWith("Grondhouding ten aanzien van financiële gevolgen");
    assertThat(Veld.FINANCIEEL.label(Sjabloon.WETGEVING, Generatie.G2025))
        .startsWith("Financiële gevolgen");
    assertThat(Veld.CONSEQUENTIES.label(Sjabloon.MEDEDELING, Generatie.G2025))
        .isEqualTo(Veld.CONSEQUENTIES.getLabel());
    for (Veld v : Veld.values()) {
      assertThat(v.getLabels().get(0).isVariant())
          .as(v + ": the canonical label is a template's")
          .isFalse();
      assertThat(new HashSet<>(v.getLabelteksten()))
          .as(v + ": no label twice")
          .hasSameSizeAs(v.getLabelteksten());
    }
  }

  @Test
  void headingOpeningsGeneraliseTheirOwnSectionsLabelsAndNoOtherOnes() {
    int openings = 0;
    for (Veld v : Veld.values()) {
      for (String opening : v.getKopbeginnen()) {
        openings++;
        String o = opening.toLowerCase(Locale.ROOT);
        assertThat(v.isSectie()).as(opening).isTrue();
        assertThat(v.getLabelteksten())
            .as(opening)
            .anyMatch(l -> l.toLowerCase(Locale.ROOT).startsWith(o));
        for (Veld other : Veld.secties()) {
          if (other != v) {
            assertThat(other.getLabelteksten())
                .as(opening + " against " + other)
                .noneMatch(l -> l.toLowerCase(Locale.ROOT).startsWith(o));
          }
        }
      }
    }
    assertThat(openings).isPositive();
  }

  @Test
  void pathsAreUniqueAndFoundBack() {
    Set<String> paden = new HashSet<>();
    for (Veld v : Veld.values()) {
      assertThat(paden.add(v.getPad())).as(v.getPad()).isTrue();
      assertThat(Veld.vanPad(v.getPad())).contains(v);
      assertThat(v.getPad()).endsWith("/" + v.getNaam());
      v.getSectie().ifPresent(s -> assertThat(v.getPad()).startsWith(s.getPad() + "/"));
      assertThat(v.getSectie().map(Veld::getItems).orElse(List.of(v))).contains(v);
    }
    assertThat(Veld.vanPad("/bestaatNiet")).isEmpty();
  }

  @Test
  void valuesAreReadFromTheModel() {
    Fiche f = SampleDocuments.volledig().getFiches().get(0);
    for (Veld v : Veld.values()) {
      assertThat(v.isIngevuld(f))
          .as(v.toString())
          .isEqualTo(v.waarde(f).isPresent() && filled(v, f));
    }
    assertThat(Veld.TITEL.isIngevuld(f)).isTrue();
    assertThat(Veld.BEVOEGDHEID.tekst(f))
        .contains(f.getGrondhouding().get().getBevoegdheid().get().getTekst());
    Fiche leeg =
        Fiche.builder()
            .titel("x")
            .grondhouding(
                Grondhouding.builder()
                    .bevoegdheid(
                        GrondhoudingOnderdeel.builder()
                            .oordeel(Oordeel.POSITIEF)
                            .tekst(Tekst.leeg())
                            .build())
                    .build())
            .build();
    assertThat(Veld.GRONDHOUDING.isIngevuld(leeg)).isTrue();
    assertThat(Veld.BEVOEGDHEID.waarde(leeg)).isPresent();
    assertThat(Veld.BEVOEGDHEID.isIngevuld(leeg))
        .as("a verdict alone does not fill an item in")
        .isFalse();
    assertThat(Veld.TITEL.isIngevuld(leeg)).isFalse();
    assertThat(Veld.TITEL.tekst(leeg)).isEmpty();
  }

  /** A value of the type {@code v} holds, different per part. */
  private static Object voorbeeld(Veld v) {
    String t = "tekst van " + v.getNaam();
    return switch (v.getWaarde()) {
      case TEKST -> Tekst.of(t);
      case OORDEEL_EN_TEKST ->
          GrondhoudingOnderdeel.builder().oordeel(Oordeel.NEUTRAAL).tekst(Tekst.of(t)).build();
      case REGELS -> List.of(t, t + " 2");
      case REGEL -> t;
      case DATUM -> Parsed.parse("3 maart 2026", NederlandseDatum::parse);
      case COMMISSIEDOCUMENTEN ->
          List.of(Parsed.parse("COM(2026) 12 final", CommissieDocument::parse));
      case EUR_LEX -> List.of(EurLexVerwijzing.of("EUR-Lex - 52026DC0012 - NL"));
      case IMPACT_ASSESSMENT -> ImpactAssessment.of("SWD(2026) 4");
      case MINISTERIES -> Ministeries.of("Ministerie van Buitenlandse Zaken");
      case SECTIE -> throw new IllegalArgumentException(v.toString());
    };
  }

  @Test
  void everyPartIsSetAndRemovedThroughTheTable() {
    Fiche vol = Fiche.builder().titel("t").build();
    for (Veld v : Veld.values()) {
      if (v.getWaarde() != Waarde.SECTIE) {
        vol = v.met(vol, voorbeeld(v));
        assertThat(v.waarde(vol)).as(v.toString()).contains(voorbeeld(v));
      }
    }
    for (Veld v : Veld.values()) {
      Object waarde = v.waarde(vol).orElseThrow(() -> new AssertionError(v + " not set"));
      assertThat(v.met(vol, waarde)).as(v.toString()).isEqualTo(vol);
      assertThat(v.isIngevuld(vol)).as(v.toString()).isTrue();
      Fiche leeg = v.met(Fiche.builder().titel("t").build(), waarde);
      assertThat(v.waarde(leeg)).as(v.toString()).contains(waarde);
      v.getSectie().ifPresent(s -> assertThat(s.waarde(leeg)).as("section of " + v).isPresent());
      assertThat(v.isIngevuld(v.met(vol, null))).as(v + " removed").isFalse();
    }
    Fiche f = vol;
    assertThatThrownBy(() -> Veld.BEOORDELING.met(f, "geen tekst"))
        .isInstanceOf(ClassCastException.class);
    assertThatThrownBy(
            () -> Veld.DATUM.met(f, Parsed.parse("COM(2026) 1", CommissieDocument::parse)))
        .isInstanceOf(ClassCastException.class);
  }

  private static boolean filled(Veld v, Fiche f) {
    Object o = v.waarde(f).orElseThrow();
    if (o instanceof List<?> l) {
      return !l.isEmpty() && !l.get(0).toString().isBlank();
    }
    return v.tekst(f).map(Tekst::heeftInhoud).orElse(true);
  }

  @Test
  void stanceSentencesAreReadAsWritten() {
    for (Generatie g : Generatie.values()) {
      for (Veld item : Veld.GRONDHOUDING.getItems()) {
        for (Oordeel o : Oordeel.values()) {
          String zin = Grondhoudingszin.schrijf(g, item, o);
          var gelezen = Grondhoudingszin.leesAanBegin(zin + " Verder.").orElseThrow();
          assertThat(gelezen.getOordeel()).contains(o);
          assertThat(gelezen.getEinde()).isEqualTo(zin.length());
        }
      }
    }
    assertThat(Grondhoudingszin.schrijf(Generatie.G2013, Veld.SUBSIDIARITEIT, Oordeel.POSITIEF))
        .isEqualTo("Het kabinet beoordeelt de subsidiariteit als positief.");
    assertThat(Grondhoudingszin.schrijf(Generatie.G2013, Veld.REGELDRUK, Oordeel.NEUTRAAL))
        .isEqualTo("De grondhouding van het kabinet is neutraal.");
    assertThat(
            Grondhoudingszin.leesAanBegin("De grondhouding van het kabinet is onbekend.")
                .orElseThrow()
                .getOordeel())
        .isEmpty();
    assertThat(Grondhoudingszin.leesAanBegin("Het kabinet is positief.")).isEmpty();
    assertThat(Grondhoudingszin.leesAanBegin("De grondhouding van het kabinet is positief"))
        .isEmpty();
  }

  @Test
  void numberWordsGoBothWays() {
    List<String> woorden = new ArrayList<>();
    for (int n = 1; n <= 20; n++) {
      String w = Telwoorden.woord(n).orElseThrow();
      woorden.add(w);
      assertThat(Telwoorden.waarde(w)).contains(n);
      assertThat(Telwoorden.waarde(" " + w.toUpperCase(java.util.Locale.ROOT) + " ")).contains(n);
    }
    assertThat(woorden).doesNotHaveDuplicates();
    assertThat(Telwoorden.waarde("één")).contains(1);
    assertThat(Telwoorden.waarde("nul")).contains(0);
    assertThat(Telwoorden.woord(0)).isEmpty();
    assertThat(Telwoorden.woord(21)).isEmpty();
    assertThat(Telwoorden.waarde("21")).isEmpty();
    assertThat(Telwoorden.waarde("eenentwintig")).isEmpty();
  }
}
