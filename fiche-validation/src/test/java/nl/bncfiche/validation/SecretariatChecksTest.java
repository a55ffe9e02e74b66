package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import org.junit.jupiter.api.Test;

/**
 * The checks a BNC secretariat makes by hand: a plausible received date (P-006, P-007), a package
 * whose items agree (C-006), a legal basis that fits the voting rule and the Parliament's role
 * (C-007), and the vocabularies as published fiches write them (P-002 to P-005, P-008).
 */
class SecretariatChecksTest {
  private static final String AG = "/fiches/0/algemeneGegevens";

  private static List<String> found(KamerstukDocument d, String rule) {
    return Fixtures.validator().validate(d, Profile.CONCEPT).issues().stream()
        .filter(i -> i.getRuleId().equals(rule))
        .map(i -> i.getRuleId() + " " + i.getSeverity() + " " + i.getPointer())
        .collect(Collectors.toList());
  }

  private static KamerstukDocument ag(UnaryOperator<ImmutableAlgemeneGegevens> change) {
    return Fixtures.algemeen(Fixtures.geldig(), change);
  }

  private static Parsed<NederlandseDatum> datum(String s) {
    return Parsed.parse(s, NederlandseDatum::parse);
  }

  @Test
  void theReceivedDateLiesNotBeforeTheDocumentsYear() {
    String at = "BNC-P-006 WARNING " + AG + "/datumOntvangst";
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("15 december 2025"))), "BNC-P-006"))
        .containsExactly(at);
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("december 2025"))), "BNC-P-006"))
        .containsExactly(at);
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("2 januari 2026"))), "BNC-P-006"))
        .isEmpty();
    // A document of the year before, received in January: plausible.
    assertThat(
            found(
                ag(
                    a ->
                        a.withDatumOntvangst(datum("5 januari 2026"))
                            .withCommissieDocumenten(
                                Parsed.parse("COM(2025) 990 final", CommissieDocument::parse))
                            .withEurLex(
                                EurLexVerwijzing.of("EUR-Lex - 52025PC0990 - NL - EUR-Lex"))),
                "BNC-P-006"))
        .isEmpty();
  }

  @Test
  void theReceivedDateLiesNotAfterTheLetter() {
    String at = "BNC-P-007 WARNING " + AG + "/datumOntvangst";
    // The letter is of 20 April 2026.
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("21 april 2026"))), "BNC-P-007"))
        .containsExactly(at);
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("20 april 2026"))), "BNC-P-007")).isEmpty();
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("april 2026"))), "BNC-P-007")).isEmpty();
    assertThat(found(ag(a -> a.withDatumOntvangst(datum("mei 2026"))), "BNC-P-007"))
        .containsExactly(at);
    // Without a letter date there is nothing to compare.
    assertThat(found(Fixtures.mededeling(), "BNC-P-007")).isEmpty();
  }

  private static KamerstukDocument pakket(int titels, String documenten, int links) {
    return ag(
        a -> {
          var b = ImmutableAlgemeneGegevens.copyOf(a).withTitels(List.of());
          List<String> t = new java.util.ArrayList<>();
          for (int i = 0; i < titels; i++) {
            t.add("Proposal number " + i);
          }
          List<Parsed<CommissieDocument>> d = new java.util.ArrayList<>();
          for (String doc : documenten.split(";", -1)) {
            if (!doc.isBlank()) {
              d.add(Parsed.parse(doc.strip(), CommissieDocument::parse));
            }
          }
          List<EurLexVerwijzing> e = new java.util.ArrayList<>();
          for (int i = 0; i < links; i++) {
            e.add(EurLexVerwijzing.of("EUR-Lex - 52026PC012" + i + " - NL - EUR-Lex"));
          }
          return b.withTitels(t).withCommissieDocumenten(d).withEurLex(e);
        });
  }

  @Test
  void aPackageNamesAsManyDocumentsInEachItem() {
    String docs = "COM(2026) 120; COM(2026) 121; COM(2026) 122";
    assertThat(found(pakket(3, docs, 3), "BNC-C-006")).isEmpty();
    assertThat(found(pakket(3, docs + "; SWD(2026) 61", 3), "BNC-C-006")).isEmpty();
    assertThat(found(pakket(3, "COM(2026) 120; COM(2026) 121", 3), "BNC-C-006"))
        .containsExactly("BNC-C-006 WARNING " + AG);
    assertThat(found(pakket(2, docs, 3), "BNC-C-006")).hasSize(1);
    // A sentence around the link, as the 2008 template wrote it, is no link.
    assertThat(
            found(
                Fixtures.algemeen(
                    pakket(1, "COM(2026) 120", 1),
                    a ->
                        a.withEurLex(
                            EurLexVerwijzing.of("De link naar dit voorstel op de oude site:"),
                            EurLexVerwijzing.of("http://eur-lex.europa.eu/voorstel-120"))),
                "BNC-C-006"))
        .isEmpty();
    // An item left out (a fiche without EUR-Lex item) is not counted.
    assertThat(found(pakket(3, docs, 0), "BNC-C-006")).isEmpty();
    Issue issue =
        Fixtures.validator()
            .validate(pakket(3, "COM(2026) 120; COM(2026) 121", 3), Profile.CONCEPT)
            .issues()
            .stream()
            .filter(i -> i.getRuleId().equals("BNC-C-006"))
            .findFirst()
            .orElseThrow();
    assertThat(issue.getMessageEn())
        .isEqualTo("Item 1a names 3 titles, 1c 2 documents and 1d 3 links.");
  }

  private static KamerstukDocument basis(String rechtsbasis, String stemregel, String rol) {
    return ag(
        a ->
            a.withRechtsbasis(rechtsbasis)
                .withBesluitvormingsprocedureRaad(stemregel)
                .withRolEuropeesParlement(rol));
  }

  private static final String GK = "Gekwalificeerde meerderheid";

  @Test
  void theVotingRuleAndTheParliamentsRoleFitTheLegalBasis() {
    String i = "BNC-C-007 WARNING " + AG + "/besluitvormingsprocedureRaad";
    String j = "BNC-C-007 WARNING " + AG + "/rolEuropeesParlement";
    assertThat(found(basis("Artikel 114 VWEU", GK, "Medebeslissing"), "BNC-C-007")).isEmpty();
    assertThat(found(basis("Art. 114, lid 1, VWEU", "Unanimiteit", "Medebeslissing"), "BNC-C-007"))
        .containsExactly(i);
    assertThat(found(basis("Artikel 114 VWEU", GK, "Raadpleging"), "BNC-C-007")).containsExactly(j);
    // Article 122: the Council alone.
    for (String rol : List.of("N.v.t.", "Geen", "Informatie")) {
      assertThat(found(basis("Artikel 122, lid 1, VWEU", GK, rol), "BNC-C-007")).as(rol).isEmpty();
    }
    assertThat(found(basis("Artikel 122 VWEU", GK, "Medebeslissing"), "BNC-C-007"))
        .containsExactly(j);
    // Article 322(2): consultation; the table says nothing of its voting rule.
    assertThat(found(basis("Artikel 322, lid 2, VWEU", "Unanimiteit", "Raadpleging"), "BNC-C-007"))
        .isEmpty();
    assertThat(found(basis("Artikel 322(2) VWEU", GK, "Medebeslissing"), "BNC-C-007"))
        .containsExactly(j);
    assertThat(found(basis("Artikel 78(3) VWEU", GK, "Raadpleging"), "BNC-C-007")).isEmpty();
    String several =
        "Artikel 53, lid 1, artikel 62, artikel 91 en artikel 21, lid 2 van het Verdrag betreffende"
            + " de Werking van de Europese Unie (hierna: VWEU)";
    assertThat(found(basis(several, GK, "Medebeslissing"), "BNC-C-007")).isEmpty();
    assertThat(found(basis(several, GK, "Raadpleging"), "BNC-C-007")).containsExactly(j);
    Issue issue =
        Fixtures.validator()
            .validate(basis("Artikel 114 VWEU", GK, "Raadpleging"), Profile.CONCEPT)
            .issues()
            .get(0);
    assertThat(issue.getMessageEn())
        .isEqualTo("art. 114 VWEU calls for medebeslissing; item 1j names \"Raadpleging\".");
  }

  @Test
  void whatTheTableDoesNotKnowIsNotChecked() {
    for (String rechtsbasis :
        List.of(
            "Art. 192 VWEU",
            "Artikel 352 VWEU",
            "Artikelen 114 en 352 VWEU",
            "Artikel 114 VWEU en Verordening (EU) 2019/1242",
            "Artikel 31 VEU",
            "Artikel 114",
            "x".repeat(600))) {
      assertThat(found(basis(rechtsbasis, "Unanimiteit", "Raadpleging"), "BNC-C-007"))
          .as(rechtsbasis)
          .isEmpty();
    }
    // Values per proposal of a package, and two legal bases, are left alone.
    assertThat(
            found(basis("Artikel 114 VWEU", "Richtlijn: Unanimiteit", "Raadpleging"), "BNC-C-007"))
        .containsExactly("BNC-C-007 WARNING " + AG + "/rolEuropeesParlement");
    assertThat(
            found(
                ag(
                    a ->
                        a.withRechtsbasis("Artikel 114 VWEU", "Artikel 113 VWEU")
                            .withBesluitvormingsprocedureRaad("Unanimiteit")
                            .withRolEuropeesParlement("Raadpleging")),
                "BNC-C-007"))
        .isEmpty();
  }

  @Test
  void vocabulariesKnowWhatPublishedFichesWrite() {
    for (String rol : List.of("N.v.t.", "Niet van toepassing", "Verordening: Medebeslissing")) {
      assertThat(found(ag(a -> a.withRolEuropeesParlement(rol)), "BNC-P-003")).as(rol).isEmpty();
    }
    for (String stem :
        List.of(
            "Richtlijn: Gekwalificeerde meerderheid",
            "Verordening: Gekwalificeerde meerderheid\nAanbeveling: Unanimiteit",
            "Verordening: Gekwalificeerde meerderheid; Richtlijn: Gekwalificeerde meerderheid")) {
      assertThat(found(ag(a -> a.withBesluitvormingsprocedureRaad(stem)), "BNC-P-002"))
          .as(stem)
          .isEmpty();
    }
    assertThat(
            found(
                ag(
                    a ->
                        a.withBesluitvormingsprocedureRaad(
                            "Richtlijn: Meerderheid van de lidstaten")),
                "BNC-P-002"))
        .hasSize(1);
    for (String raad :
        List.of(
            "Telecomraad",
            "Raad voor Vervoer, Telecom en Energie (Telecom)",
            "Economische en Financiële Raad",
            "Vooralsnog onbekend.",
            "Raad Algemene Zaken en Externe Betrekkingen")) {
      assertThat(found(ag(a -> a.withBehandelingstrajectRaad(raad)), "BNC-P-005"))
          .as(raad)
          .isEmpty();
    }
    assertThat(found(ag(a -> a.withBehandelingstrajectRaad("Raad Ruimtevaart")), "BNC-P-005"))
        .hasSize(1);
    for (String m :
        List.of(
            "Gezamenlijke verantwoordelijkheid van het Ministerie van Financiën en het Ministerie van"
                + " Buitenlandse Zaken",
            "ministerie van Financiën",
            "het ministerie van Infrastructuur en Waterstaat in samenwerking met ministerie van"
                + " Financiën")) {
      assertThat(
              found(
                  ag(a -> a.withEerstverantwoordelijkMinisterie(Ministeries.ofTekst(m))),
                  "BNC-P-004"))
          .as(m)
          .isEmpty();
    }
    assertThat(
            Fixtures.validator()
                .validate(
                    ag(
                        a ->
                            a.withEerstverantwoordelijkMinisterie(
                                Ministeries.ofTekst(
                                    "Gezamenlijke verantwoordelijkheid van het Ministerie van"
                                        + " Toerisme en het Ministerie van Financiën"))),
                    Profile.CONCEPT)
                .issues())
        .extracting(Issue::getArguments)
        .containsExactly(List.of("Ministerie van Toerisme"));
  }

  /** The valid fiche, received and sent in {@code year}, with item 1g {@code ministerie}. */
  private static KamerstukDocument in(int year, String ministerie) {
    KamerstukDocument d =
        ag(
            a ->
                a.withDatumOntvangst(datum("3 maart " + year))
                    .withEerstverantwoordelijkMinisterie(Ministeries.ofTekst(ministerie)));
    return Fixtures.kop(d, k -> k.withDatum(datum("7 april " + year)));
  }

  @Test
  void aMinistryIsNamedAsItWasCalledAtTheFichesDate() {
    String at = "BNC-P-008 WARNING " + AG + "/eerstverantwoordelijkMinisterie";
    assertThat(found(in(2014, "Ministerie van Veiligheid en Justitie"), "BNC-P-008")).isEmpty();
    assertThat(
            found(
                in(
                    2014,
                    "Ministerie van Infrastructuur en Milieu (IenM) in nauwe samenwerking met"
                        + " het Ministerie van Economische Zaken"),
                "BNC-P-008"))
        .isEmpty();
    assertThat(found(in(2014, "Ministerie van Justitie en Veiligheid"), "BNC-P-008"))
        .containsExactly(at);
    // The year of a cabinet change knows both names.
    assertThat(found(in(2017, "Ministerie van Veiligheid en Justitie"), "BNC-P-008")).isEmpty();
    assertThat(found(in(2017, "Ministerie van Justitie en Veiligheid"), "BNC-P-008")).isEmpty();
    assertThat(found(in(2026, "Ministerie van Veiligheid en Justitie"), "BNC-P-008"))
        .containsExactly(at);
    assertThat(found(in(2011, "Ministerie van Economische Zaken"), "BNC-P-008"))
        .containsExactly(at);
    assertThat(
            found(in(2011, "Ministerie van Economische Zaken, Landbouw en Innovatie"), "BNC-P-008"))
        .isEmpty();
    // Written across a new year: the name of the year of receipt holds too.
    KamerstukDocument acrossNewYear =
        Fixtures.kop(
            ag(
                a ->
                    a.withDatumOntvangst(datum("20 december 2010"))
                        .withEerstverantwoordelijkMinisterie(
                            Ministeries.ofTekst("Ministerie van Verkeer en Waterstaat"))),
            k -> k.withDatum(datum("10 januari 2011")));
    assertThat(found(acrossNewYear, "BNC-P-008")).isEmpty();
    // An unknown ministry is P-004's, not P-008's; a ministry of every period never warns.
    assertThat(found(in(2014, "Ministerie van Toerisme"), "BNC-P-008")).isEmpty();
    assertThat(found(in(2009, "Ministerie van Financiën"), "BNC-P-008")).isEmpty();
    Issue issue =
        Fixtures.validator()
            .validate(in(2026, "Ministerie van Veiligheid en Justitie"), Profile.CONCEPT)
            .issues(Severity.WARNING)
            .stream()
            .filter(i -> i.getRuleId().equals("BNC-P-008"))
            .findFirst()
            .orElseThrow();
    assertThat(issue.getArguments())
        .containsExactly("Ministerie van Veiligheid en Justitie", "2026");
  }
}
