package nl.bncfiche.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.json.FicheJson;
import org.junit.jupiter.api.Test;

class FicheGeneratorTest {
  private static final long BASE = 20261101L;

  @Test
  void sameSeedGivesEqualValues() {
    for (long s = BASE; s < BASE + 20; s++) {
      assertThat(FicheGenerator.withSeed(s).validDocument())
          .as("seed %d", s)
          .isEqualTo(FicheGenerator.withSeed(s).validDocument());
      assertThat(FicheGenerator.withSeed(s).validFiche())
          .as("seed %d", s)
          .isEqualTo(FicheGenerator.withSeed(s).validDocument().getFiches().get(0));
    }
    FicheGenerator g = FicheGenerator.withSeed(7);
    assertThat(g.getSeed()).isEqualTo(7);
    assertThat(g.validFiche()).isNotEqualTo(g.validFiche());
  }

  @Test
  void differentSeedsGiveDifferentFiches() {
    Set<Fiche> fiches = new HashSet<>();
    Set<String> titels = new HashSet<>();
    for (long s = BASE; s < BASE + 200; s++) {
      Fiche f = FicheGenerator.withSeed(s).validFiche();
      fiches.add(f);
      titels.add(f.getTitel());
    }
    assertThat(fiches).hasSize(200);
    assertThat(titels.size()).isGreaterThan(100);
  }

  @Test
  void everyTemplateAndGenerationAppears() {
    Set<String> gezien = new HashSet<>();
    for (long s = BASE; s < BASE + 200; s++) {
      Fiche f = FicheGenerator.withSeed(s).validFiche();
      gezien.add(f.getSjabloon().orElseThrow() + "/" + f.getGeneratie().orElseThrow());
    }
    assertThat(gezien).hasSize(Sjabloon.values().length * Generatie.values().length);
  }

  @Test
  void generatedDocumentsAreValid() {
    for (long s = BASE; s < BASE + 300; s++) {
      try {
        FicheChecks.checkDocument(FicheGenerator.withSeed(s).validDocument());
      } catch (AssertionError e) {
        throw new AssertionError("seed " + s + ": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void everyCombinationIsValid() {
    FicheGenerator g = FicheGenerator.withSeed(BASE);
    for (Sjabloon sj : Sjabloon.values()) {
      for (Generatie ge : Generatie.values()) {
        for (int i = 0; i < 20; i++) {
          KamerstukDocument d = g.validDocument(sj, ge);
          assertThat(d.getFiches().get(0).getSjabloon()).contains(sj);
          assertThat(d.getFiches().get(0).getGeneratie()).contains(ge);
          FicheChecks.checkDocument(d);
          FicheChecks.checkFiche(g.validFiche(sj, ge));
        }
      }
    }
  }

  @Test
  void fichesAreVaried() {
    Set<AlineaSoort> soorten = EnumSet.noneOf(AlineaSoort.class);
    boolean pakket = false;
    boolean voetnootBovenEen = false;
    boolean voetnoten = false;
    Set<String> rollen = new HashSet<>();
    Set<Integer> aantallen = new HashSet<>();
    for (long s = BASE; s < BASE + 200; s++) {
      KamerstukDocument d = FicheGenerator.withSeed(s).validDocument();
      Fiche f = d.getFiches().get(0);
      for (Alinea a : f.getEssentie().orElseThrow().getInhoud().getAlineas()) {
        soorten.add(a.getSoort());
      }
      for (Alinea a :
          f.getNederlandsePositie().orElseThrow().getBeoordeling().orElseThrow().getAlineas()) {
        soorten.add(a.getSoort());
      }
      pakket |= f.getAlgemeneGegevens().orElseThrow().getCommissieDocumenten().size() > 1;
      voetnoten |= !f.getVoetnoten().isEmpty();
      voetnootBovenEen |= !f.getVoetnoten().isEmpty() && f.getVoetnoten().get(0).getNummer() > 1;
      f.getAlgemeneGegevens().orElseThrow().getRolEuropeesParlement().ifPresent(rollen::add);
      aantallen.add(d.getBrief().orElseThrow().getVermeldingen().size());
    }
    assertThat(soorten).containsExactlyInAnyOrder(AlineaSoort.values());
    assertThat(pakket).isTrue();
    assertThat(voetnoten).isTrue();
    assertThat(voetnootBovenEen).isTrue();
    assertThat(rollen).containsExactlyInAnyOrder("Medebeslissing", "Raadpleging", "Goedkeuring");
    assertThat(aantallen).contains(1, 2, 6).hasSizeGreaterThan(5);
  }

  @Test
  void jsonRoundTrip() {
    FicheJson json = FicheJson.create();
    for (long s = BASE; s < BASE + 300; s++) {
      KamerstukDocument d = FicheGenerator.withSeed(s).validDocument();
      assertThat(json.read(json.write(d))).as("seed %d", s).isEqualTo(d);
    }
  }

  @Test
  void largeFichesScale() {
    for (int size : new int[] {5_000, 50_000, 500_000}) {
      Fiche f = FicheGenerator.withSeed(BASE + size).largeFiche(size);
      FicheChecks.checkFiche(f);
      long chars = tekens(f);
      // From 50,000 characters on, tight enough to catch a wrong share of the size per item (the
      // prose
      // is spread over the items); below, the fixed parts of a fiche weigh in.
      double slack = size >= 50_000 ? 1.15 : 1.5;
      assertThat(chars).as("size %d", size).isBetween((long) (size / slack), (long) (size * slack));
      if (size >= 50_000) {
        assertThat(f.getVoetnoten()).hasSizeGreaterThan(size / 5_000);
      }
    }
    FicheChecks.checkDocument(FicheGenerator.withSeed(BASE).largeDocument(20_000));
    assertThatThrownBy(() -> FicheGenerator.withSeed(1).largeFiche(999))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FicheGenerator.withSeed(1).largeFiche(5_000_001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void outputDoesNotDependOnDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      String root = schrijf();
      for (Locale l :
          new Locale[] {
            Locale.forLanguageTag("tr-TR"),
            Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("nl-NL")
          }) {
        Locale.setDefault(l);
        assertThat(schrijf()).as("locale %s", l).isEqualTo(root);
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  private static String schrijf() {
    StringBuilder sb = new StringBuilder();
    FicheJson json = FicheJson.create();
    for (long s = BASE; s < BASE + 30; s++) {
      sb.append(json.write(FicheGenerator.withSeed(s).validDocument()));
    }
    return sb.toString();
  }

  /** All free text and footnotes of a fiche, in characters. */
  static long tekens(Fiche f) {
    String j = FicheJson.create().write(f);
    // The JSON without field names and indentation is close enough: count only string contents.
    long n = 0;
    boolean in = false;
    boolean esc = false;
    int start = 0;
    for (int i = 0; i < j.length(); i++) {
      char c = j.charAt(i);
      if (in) {
        if (esc) {
          esc = false;
        } else if (c == '\\') {
          esc = true;
        } else if (c == '"') {
          in = false;
          int k = i + 1;
          while (k < j.length() && j.charAt(k) == ' ') {
            k++;
          }
          if (k >= j.length() || j.charAt(k) != ':') {
            n += i - start;
          }
        }
      } else if (c == '"') {
        in = true;
        start = i + 1;
      }
    }
    return n;
  }
}
