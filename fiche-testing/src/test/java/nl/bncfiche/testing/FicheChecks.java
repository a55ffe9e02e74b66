package nl.bncfiche.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;

/**
 * The properties of a "valid" fiche, checked directly on the model: what a complete validator would
 * demand under the DEFINITIEF profile, as far as this module knows it.
 */
final class FicheChecks {
  static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 1);
  static final Set<String> EP_ROLLEN = Set.of("Medebeslissing", "Raadpleging", "Goedkeuring");
  static final Set<String> STEMREGELS = Set.of("Gekwalificeerde meerderheid", "Unanimiteit");
  static final Set<String> RADEN =
      Set.of(
          "Raad Algemene Zaken",
          "Raad Buitenlandse Zaken",
          "Raad Economische en Financiële Zaken",
          "Raad Justitie en Binnenlandse Zaken",
          "Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken",
          "Raad Concurrentievermogen",
          "Raad Vervoer, Telecommunicatie en Energie",
          "Raad Landbouw en Visserij",
          "Raad Milieu",
          "Raad Onderwijs, Jeugd, Cultuur en Sport");
  static final Set<String> MINISTERIES =
      Set.of(
          "Buitenlandse Zaken",
          "Justitie en Veiligheid",
          "Binnenlandse Zaken en Koninkrijksrelaties",
          "Onderwijs, Cultuur en Wetenschap",
          "Financiën",
          "Defensie",
          "Infrastructuur en Waterstaat",
          "Economische Zaken",
          "Klimaat en Groene Groei",
          "Landbouw, Visserij, Voedselzekerheid en Natuur",
          "Sociale Zaken en Werkgelegenheid",
          "Volksgezondheid, Welzijn en Sport",
          // The same ministries by their names of earlier years.
          "Justitie",
          "Veiligheid en Justitie",
          "Verkeer en Waterstaat",
          "Infrastructuur en Milieu",
          "Economische Zaken, Landbouw en Innovatie",
          "Economische Zaken en Klimaat",
          "Landbouw, Natuur en Voedselkwaliteit");

  private FicheChecks() {}

  static void checkDocument(KamerstukDocument d) {
    assertThat(d.getFiches()).hasSize(1);
    Fiche f = d.getFiches().get(0);
    checkFiche(f);
    KamerstukKop kop = d.getKop().orElseThrow();
    assertThat(kop.getDossier()).contains("22 112");
    assertThat(kop.getGeadresseerde())
        .contains("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal");
    assertThat(kop.getPlaats()).contains("Den Haag");
    assertThat(kop.getAfzender().orElseThrow()).startsWith("BRIEF VAN DE ");
    int nummer = Integer.parseInt(kop.getNummer().orElseThrow());
    LocalDate brief = datum(kop.getDatum());
    LocalDate ontvangst = datum(f.getAlgemeneGegevens().orElseThrow().getDatumOntvangst());
    assertThat(brief)
        .isAfterOrEqualTo(ontvangst.plusWeeks(1))
        .isBeforeOrEqualTo(ontvangst.plusWeeks(5))
        .isBefore(PEILDATUM);
    for (LocalDate x = ontvangst; !x.isAfter(brief); x = x.plusDays(1)) {
      assertThat(x.getMonth())
          .as("no August between receipt and letter")
          .isNotEqualTo(Month.AUGUST);
    }

    Aanbiedingsbrief b = d.getBrief().orElseThrow();
    int aantal = b.getAangekondigdAantal().orElseThrow();
    assertThat(b.getVermeldingen()).hasSize(aantal);
    String geschreven = b.getAantalZoalsGeschreven().orElseThrow();
    assertThat(geschreven.equals(Integer.toString(aantal)) || woord(aantal).equals(geschreven))
        .isTrue();
    List<BriefVermelding> zonder = new ArrayList<>();
    List<Integer> nummers = new ArrayList<>();
    for (BriefVermelding v : b.getVermeldingen()) {
      assertThat(v.getTitel()).isNotBlank();
      if (v.getReferentie().isEmpty()) {
        zonder.add(v);
        nummers.add(nummer);
      } else {
        KamerstukReferentie r = v.getReferentie().get().getValue().orElseThrow();
        assertThat(r.getDossierNumber()).isEqualTo(22112);
        nummers.add(Integer.parseInt(r.getNumber()));
      }
    }
    assertThat(zonder).hasSize(1);
    assertThat(zonder.get(0).getTitel()).isEqualTo(f.getTitel());
    for (int i = 1; i < nummers.size(); i++) {
      assertThat(nummers.get(i)).as("consecutive numbers").isEqualTo(nummers.get(i - 1) + 1);
    }
  }

  static void checkFiche(Fiche f) {
    assertThat(f.getTitel()).isNotBlank();
    Sjabloon sjabloon = f.getSjabloon().orElseThrow();
    Generatie generatie = f.getGeneratie().orElseThrow();
    boolean wet = sjabloon == Sjabloon.WETGEVING;
    VoorstelSoort soort = f.getSoort().orElseThrow();
    AlgemeneGegevens a = f.getAlgemeneGegevens().orElseThrow();
    assertThat(a.getTitels()).isNotEmpty().allSatisfy(t -> assertThat(t).isNotBlank());
    LocalDate ontvangst = datum(a.getDatumOntvangst());
    int jaar = ontvangst.getYear();
    int[] range =
        generatie == Generatie.G2007
            ? new int[] {2007, 2012}
            : generatie == Generatie.G2013 ? new int[] {2013, 2024} : new int[] {2025, 2026};
    assertThat(jaar).isBetween(range[0], range[1]);
    assertThat(ontvangst).isBefore(PEILDATUM);
    assertThat(a.getCommissieDocumenten()).hasSize(a.getTitels().size());
    assertThat(a.getEurLex()).hasSize(a.getTitels().size());
    String celexType = wet ? "PC" : soort == VoorstelSoort.GEZAMENLIJKE_MEDEDELING ? "JC" : "DC";
    for (int i = 0; i < a.getCommissieDocumenten().size(); i++) {
      CommissieDocument doc = a.getCommissieDocumenten().get(i).getValue().orElseThrow();
      assertThat(doc.getType())
          .isEqualTo(
              soort == VoorstelSoort.GEZAMENLIJKE_MEDEDELING
                  ? CommissieDocument.Type.JOIN
                  : CommissieDocument.Type.COM);
      assertThat(doc.getYear()).isEqualTo(jaar);
      String tekst = a.getEurLex().get(i).getTekst();
      CelexNummer celex = a.getEurLex().get(i).getCelex().orElseThrow();
      assertThat(tekst).isEqualTo("EUR-Lex - " + celex + " - NL - EUR-Lex");
      assertThat(celex.getSector()).isEqualTo('5');
      assertThat(celex.getYear()).isEqualTo(doc.getYear());
      assertThat(celex.getNumberValue()).isEqualTo(doc.getNumber());
      assertThat(celex.getNumber()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(celex.getDocumentType()).isEqualTo(celexType);
    }
    var ia = a.getImpactAssessment().orElseThrow();
    if (!ia.isNietOpgesteld()) {
      assertThat(ia.getDocumenten())
          .isNotEmpty()
          .allSatisfy(
              d -> {
                assertThat(d.getType()).isEqualTo(CommissieDocument.Type.SWD);
                assertThat(d.getYear()).isEqualTo(jaar);
              });
    }
    assertThat(a.getBehandelingstrajectRaad().orElseThrow()).isIn(RADEN);
    var min = a.getEerstverantwoordelijkMinisterie().orElseThrow();
    List<String> alle = new ArrayList<>(min.getMedeverantwoordelijken());
    alle.add(min.getEerstverantwoordelijke());
    assertThat(min.getMedeverantwoordelijken()).hasSizeLessThanOrEqualTo(2);
    assertThat(alle)
        .allSatisfy(
            m ->
                assertThat(m)
                    .startsWith("Ministerie van ")
                    .satisfies(
                        x ->
                            assertThat(x.substring("Ministerie van ".length())).isIn(MINISTERIES)));
    assertThat(new LinkedHashSet<>(alle)).hasSize(alle.size());
    if (wet) {
      assertThat(a.getRechtsbasis())
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r).matches("Artikel \\d+.* VWEU"));
      assertThat(a.getBesluitvormingsprocedureRaad().orElseThrow()).isIn(STEMREGELS);
      assertThat(a.getRolEuropeesParlement().orElseThrow()).isIn(EP_ROLLEN);
    } else {
      assertThat(a.getRechtsbasis()).isEmpty();
      assertThat(a.getBesluitvormingsprocedureRaad()).isEmpty();
      assertThat(a.getRolEuropeesParlement()).isEmpty();
    }

    List<Tekst> inOrde = new ArrayList<>();
    var e = f.getEssentie().orElseThrow();
    inOrde.add(e.getInhoud());
    if (wet) {
      inOrde.add(e.getImpactAssessment().orElseThrow());
    } else {
      assertThat(e.getImpactAssessment()).isEmpty();
    }
    NederlandsePositie p = f.getNederlandsePositie().orElseThrow();
    inOrde.add(p.getEssentieBeleid().orElseThrow());
    inOrde.add(p.getBeoordeling().orElseThrow());
    inOrde.add(p.getKrachtenveld().orElseThrow());
    Grondhouding g = f.getGrondhouding().orElseThrow();
    for (Optional<GrondhoudingOnderdeel> o :
        List.of(g.getBevoegdheid(), g.getSubsidiariteit(), g.getProportionaliteit())) {
      assertThat(o.orElseThrow().getOordeel()).isPresent();
      inOrde.add(o.get().getTekst());
    }
    if (generatie == Generatie.G2013) {
      assertThat(g.getFinancieleGevolgen()).isEmpty();
      assertThat(g.getRegeldruk()).isEmpty();
      FinancieleGevolgen fg = f.getFinancieleGevolgen().orElseThrow();
      inOrde.add(fg.getEuBegroting().orElseThrow());
      inOrde.add(fg.getRijksoverheid().orElseThrow());
      inOrde.add(fg.getBedrijfslevenEnBurger().orElseThrow());
      inOrde.add(fg.getConcurrentiekracht().orElseThrow());
    } else if (generatie == Generatie.G2025) {
      assertThat(f.getFinancieleGevolgen()).isEmpty();
      inOrde.add(g.getFinancieleGevolgen().orElseThrow().getTekst());
      inOrde.add(g.getRegeldruk().orElseThrow().getTekst());
    } else {
      // The 2007 template ends with items 4a-4c (section 1 is all that is seen of it).
      assertThat(f.getFinancieleGevolgen()).isEmpty();
      assertThat(g.getFinancieleGevolgen()).isEmpty();
      assertThat(g.getRegeldruk()).isEmpty();
    }
    if (wet && generatie != Generatie.G2007) {
      Consequenties c = f.getConsequenties().orElseThrow();
      for (Optional<Tekst> t :
          List.of(
              c.getRegelgeving(),
              c.getDelegatie(),
              c.getImplementatietermijn(),
              c.getEvaluatie(),
              c.getUitvoerbaarheid(),
              c.getHandhaafbaarheid())) {
        inOrde.add(t.orElseThrow());
      }
      inOrde.add(f.getOntwikkelingslanden().orElseThrow());
    } else {
      assertThat(f.getConsequenties()).isEmpty();
      assertThat(f.getOntwikkelingslanden()).isEmpty();
    }
    assertThat(inOrde).allSatisfy(t -> assertThat(t.heeftInhoud()).isTrue());
    for (Optional<GrondhoudingOnderdeel> o :
        List.of(
            g.getBevoegdheid(),
            g.getSubsidiariteit(),
            g.getProportionaliteit(),
            g.getFinancieleGevolgen(),
            g.getRegeldruk())) {
      o.ifPresent(
          x -> {
            String tekst = x.getTekst().platteTekst().toLowerCase(java.util.Locale.ROOT);
            assertThat(tekst)
                .doesNotContain("grondhouding van het kabinet is")
                .doesNotStartWith("het kabinet beoordeelt");
          });
    }

    // Footnotes: every one referenced, first references in rising order, bodies match.
    List<Integer> eerste = new ArrayList<>();
    for (Tekst t : inOrde) {
      for (int n : t.voetnootNummers()) {
        if (!eerste.contains(n)) {
          eerste.add(n);
        }
      }
    }
    List<Integer> lichamen = new ArrayList<>();
    for (Voetnoot v : f.getVoetnoten()) {
      lichamen.add(v.getNummer());
      assertThat(v.getTekst().heeftInhoud()).isTrue();
    }
    assertThat(eerste).isEqualTo(lichamen);
    for (int i = 1; i < lichamen.size(); i++) {
      assertThat(lichamen.get(i)).isEqualTo(lichamen.get(i - 1) + 1);
    }
  }

  static LocalDate datum(Optional<Parsed<NederlandseDatum>> d) {
    return d.orElseThrow().getValue().orElseThrow().getDate().orElseThrow();
  }

  private static String woord(int n) {
    return List.of(
            "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
            "twaalf")
        .get(n - 1);
  }
}
