package nl.bncfiche.testing.internal;

import java.util.List;

/**
 * The generators' vocabularies: policy fields with their Council formation, lead ministry and legal
 * basis, invented topics in Dutch and English, ministries, and number words. All text is written
 * for this project; nothing is taken from real fiches.
 */
public final class Woorden {
  private Woorden() {}

  /** An invented topic of a Commission document: a Dutch and an English noun phrase. */
  public record Onderwerp(String nl, String en) {}

  /**
   * A policy field: the Council formation that handles it, the lead ministry, the treaty article of
   * its proposals, the kind of competence, the Council voting rule, the EP committee, the Dutch
   * body that would carry out or supervise the rules, and topics.
   */
  public record Domein(
      String veld,
      String raad,
      String ministerie,
      String artikel,
      String bevoegdheid,
      boolean unanimiteit,
      String epCommissie,
      String uitvoerder,
      List<Onderwerp> onderwerpen) {}

  /** The ministries a fiche may name in item 1g, as "Ministerie van X". */
  public static final List<String> MINISTERIES =
      List.of(
          "Ministerie van Buitenlandse Zaken",
          "Ministerie van Justitie en Veiligheid",
          "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
          "Ministerie van Onderwijs, Cultuur en Wetenschap",
          "Ministerie van Financiën",
          "Ministerie van Defensie",
          "Ministerie van Infrastructuur en Waterstaat",
          "Ministerie van Economische Zaken",
          "Ministerie van Klimaat en Groene Groei",
          "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
          "Ministerie van Sociale Zaken en Werkgelegenheid",
          "Ministerie van Volksgezondheid, Welzijn en Sport");

  /**
   * The name a ministry of {@link #MINISTERIES} had in {@code jaar}, so that a drawn fiche names
   * the ministries of its own time: the names changed at the cabinet changes of 2010, 2012, 2017
   * and 2024.
   */
  public static String ministerieIn(String ministerie, int jaar) {
    String m = "Ministerie van ";
    String naam = ministerie.startsWith(m) ? ministerie.substring(m.length()) : ministerie;
    String toen =
        switch (naam) {
          case "Justitie en Veiligheid" ->
              jaar <= 2010 ? "Justitie" : jaar < 2017 ? "Veiligheid en Justitie" : naam;
          case "Infrastructuur en Waterstaat" ->
              jaar <= 2010
                  ? "Verkeer en Waterstaat"
                  : jaar < 2017 ? "Infrastructuur en Milieu" : naam;
          case "Economische Zaken", "Klimaat en Groene Groei" ->
              jaar == 2011
                  ? "Economische Zaken, Landbouw en Innovatie"
                  : jaar >= 2018 && jaar < 2024
                      ? "Economische Zaken en Klimaat"
                      : jaar >= 2024 ? naam : "Economische Zaken";
          case "Landbouw, Visserij, Voedselzekerheid en Natuur" ->
              jaar >= 2024
                  ? naam
                  : jaar >= 2018 || jaar <= 2010
                      ? "Landbouw, Natuur en Voedselkwaliteit"
                      : jaar == 2011
                          ? "Economische Zaken, Landbouw en Innovatie"
                          : "Economische Zaken";
          default -> naam;
        };
    return m + toen;
  }

  private static Onderwerp o(String nl, String en) {
    return new Onderwerp(nl, en);
  }

  /** The policy fields, each with its own topics. */
  public static final List<Domein> DOMEINEN =
      List.of(
          new Domein(
              "vervoer",
              "Raad Vervoer, Telecommunicatie en Energie",
              "Ministerie van Infrastructuur en Waterstaat",
              "Artikel 91, lid 1, VWEU",
              "gedeelde bevoegdheid",
              false,
              "TRAN",
              "de Inspectie Leefomgeving en Transport",
              List.of(
                  o("emissiearme binnenvaart", "low-emission inland navigation"),
                  o("digitale vrachtdocumenten", "digital freight documents"),
                  o("grensoverschrijdend spoorvervoer", "cross-border rail transport"),
                  o(
                      "rij- en rusttijden in het wegvervoer",
                      "driving and rest times in road transport"),
                  o("veilige laadpunten langs snelwegen", "safe charging points along motorways"))),
          new Domein(
              "energie",
              "Raad Vervoer, Telecommunicatie en Energie",
              "Ministerie van Klimaat en Groene Groei",
              "Artikel 194, lid 2, VWEU",
              "gedeelde bevoegdheid",
              false,
              "ITRE",
              "de Autoriteit Consument en Markt",
              List.of(
                  o("waterstofnetten", "hydrogen networks"),
                  o("opslag van elektriciteit", "electricity storage"),
                  o("collectieve warmtevoorziening", "collective heat supply"),
                  o("congestie op het elektriciteitsnet", "congestion on the electricity grid"),
                  o("windenergie op zee", "offshore wind energy"))),
          new Domein(
              "milieu",
              "Raad Milieu",
              "Ministerie van Infrastructuur en Waterstaat",
              "Artikel 192, lid 1, VWEU",
              "gedeelde bevoegdheid",
              false,
              "ENVI",
              "de Inspectie Leefomgeving en Transport",
              List.of(
                  o("herbruikbare verpakkingen", "reusable packaging"),
                  o("microplastics in oppervlaktewater", "microplastics in surface water"),
                  o("gezonde bodems", "healthy soils"),
                  o("inzameling van afgedankt textiel", "collection of discarded textiles"),
                  o("waterschaarste in droge zomers", "water scarcity in dry summers"))),
          new Domein(
              "landbouw en visserij",
              "Raad Landbouw en Visserij",
              "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
              "Artikel 43, lid 2, VWEU",
              "gedeelde bevoegdheid",
              false,
              "AGRI",
              "de Nederlandse Voedsel- en Warenautoriteit",
              List.of(
                  o("plantgezondheid", "plant health"),
                  o("dierenwelzijn tijdens transport", "animal welfare during transport"),
                  o("duurzame visserij in de Noordzee", "sustainable fisheries in the North Sea"),
                  o("nieuwe veredelingstechnieken", "new breeding techniques"),
                  o("korte ketens voor voedsel", "short food supply chains"))),
          new Domein(
              "strafrechtelijke samenwerking",
              "Raad Justitie en Binnenlandse Zaken",
              "Ministerie van Justitie en Veiligheid",
              "Artikel 82, lid 2, VWEU",
              "gedeelde bevoegdheid",
              false,
              "LIBE",
              "het Openbaar Ministerie",
              List.of(
                  o(
                      "de bescherming van slachtoffers van online fraude",
                      "the protection of victims of online fraud"),
                  o("de uitwisseling van digitaal bewijs", "the exchange of electronic evidence"),
                  o(
                      "de bestrijding van witwassen via cryptomunten",
                      "combating money laundering through crypto-assets"),
                  o(
                      "rechtsbijstand in grensoverschrijdende strafzaken",
                      "legal aid in cross-border criminal proceedings"))),
          new Domein(
              "migratie",
              "Raad Justitie en Binnenlandse Zaken",
              "Ministerie van Justitie en Veiligheid",
              "Artikel 79, lid 2, VWEU",
              "gedeelde bevoegdheid",
              false,
              "LIBE",
              "de Immigratie- en Naturalisatiedienst",
              List.of(
                  o(
                      "de terugkeer van uitgeprocedeerde vreemdelingen",
                      "the return of illegally staying third-country nationals"),
                  o("legale arbeidsmigratie", "legal labour migration"),
                  o(
                      "de registratie van reizigers aan de buitengrenzen",
                      "the registration of travellers at the external borders"))),
          new Domein(
              "financiële markten",
              "Raad Economische en Financiële Zaken",
              "Ministerie van Financiën",
              "Artikel 114 VWEU",
              "gedeelde bevoegdheid",
              false,
              "ECON",
              "de Autoriteit Financiële Markten",
              List.of(
                  o("beleggen door particulieren", "retail investment"),
                  o("betaaldiensten", "payment services"),
                  o("open financiële gegevens", "open financial data"),
                  o("de afwikkeling van kleine banken", "the resolution of small banks"))),
          new Domein(
              "belastingen",
              "Raad Economische en Financiële Zaken",
              "Ministerie van Financiën",
              "Artikel 113 VWEU",
              "gedeelde bevoegdheid",
              true,
              "ECON",
              "de Belastingdienst",
              List.of(
                  o("btw in het digitale tijdperk", "VAT in the digital age"),
                  o(
                      "de heffing van accijns op tabaksproducten",
                      "excise duties on tobacco products"),
                  o(
                      "administratieve samenwerking op het gebied van belastingen",
                      "administrative cooperation in the field of taxation"))),
          new Domein(
              "interne markt",
              "Raad Concurrentievermogen",
              "Ministerie van Economische Zaken",
              "Artikel 114 VWEU",
              "gedeelde bevoegdheid",
              false,
              "IMCO",
              "de Autoriteit Consument en Markt",
              List.of(
                  o("productveiligheid bij online verkoop", "product safety in online sales"),
                  o("het recht op reparatie", "the right to repair"),
                  o(
                      "betalingsachterstanden in handelstransacties",
                      "late payment in commercial transactions"),
                  o("Europese normalisatie", "European standardisation"),
                  o(
                      "kunstmatige intelligentie in de dienstensector",
                      "artificial intelligence in the services sector"))),
          new Domein(
              "volksgezondheid",
              "Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken",
              "Ministerie van Volksgezondheid, Welzijn en Sport",
              "Artikel 168, lid 4, VWEU",
              "gedeelde bevoegdheid",
              false,
              "ENVI",
              "de Inspectie Gezondheidszorg en Jeugd",
              List.of(
                  o("tekorten aan geneesmiddelen", "shortages of medicines"),
                  o("de uitwisseling van gezondheidsgegevens", "the exchange of health data"),
                  o(
                      "de kwaliteit van lichaamsmateriaal",
                      "the quality of substances of human origin"),
                  o("de paraatheid voor gezondheidscrises", "preparedness for health crises"))),
          new Domein(
              "werkgelegenheid en sociaal beleid",
              "Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken",
              "Ministerie van Sociale Zaken en Werkgelegenheid",
              "Artikel 153, lid 2, VWEU",
              "gedeelde bevoegdheid",
              false,
              "EMPL",
              "de Nederlandse Arbeidsinspectie",
              List.of(
                  o("werken via digitale platforms", "platform work"),
                  o("stages voor jongeren", "traineeships for young people"),
                  o(
                      "de bescherming van werknemers tegen hitte",
                      "the protection of workers against heat"),
                  o(
                      "de coördinatie van sociale zekerheid",
                      "the coordination of social security"))),
          new Domein(
              "onderwijs en cultuur",
              "Raad Onderwijs, Jeugd, Cultuur en Sport",
              "Ministerie van Onderwijs, Cultuur en Wetenschap",
              "Artikel 165, lid 4, VWEU",
              "ondersteunende bevoegdheid",
              false,
              "CULT",
              "de Dienst Uitvoering Onderwijs",
              List.of(
                  o("de erkenning van diploma's", "the recognition of qualifications"),
                  o("digitale vaardigheden in het onderwijs", "digital skills in education"),
                  o("de mobiliteit van onderzoekers", "the mobility of researchers"),
                  o("het behoud van cultureel erfgoed", "the preservation of cultural heritage"))),
          new Domein(
              "buitenlands beleid en defensie",
              "Raad Buitenlandse Zaken",
              "Ministerie van Buitenlandse Zaken",
              "Artikel 173, lid 3, VWEU",
              "ondersteunende bevoegdheid",
              false,
              "AFET",
              "de Rijksdienst voor Ondernemend Nederland",
              List.of(
                  o("de Europese defensie-industrie", "the European defence industry"),
                  o(
                      "partnerschappen met landen in Afrika",
                      "partnerships with countries in Africa"),
                  o("economische veiligheid", "economic security"),
                  o("het Arctisch gebied", "the Arctic region"))),
          new Domein(
              "institutionele zaken",
              "Raad Algemene Zaken",
              "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
              "Artikel 16, lid 2, VWEU",
              "gedeelde bevoegdheid",
              false,
              "AFCO",
              "de Autoriteit Persoonsgegevens",
              List.of(
                  o(
                      "de bescherming van persoonsgegevens door EU-instellingen",
                      "the protection of personal data by Union institutions"),
                  o(
                      "transparantie van belangenvertegenwoordiging",
                      "transparency of interest representation"),
                  o("de rechtsstaat in de lidstaten", "the rule of law in the Member States"))));

  /** Invented surnames for signatories. */
  public static final List<String> ACHTERNAMEN =
      List.of(
          "de Wilde",
          "van Oosterhout",
          "Brouwer-Kamp",
          "ter Horst",
          "Veenstra",
          "El Idrissi",
          "van Doorn",
          "Hofman",
          "Schuurmans",
          "de Graaf-Lindeman",
          "Nijhuis",
          "Kramers");

  /** Letters for initials. */
  public static final List<String> INITIALEN =
      List.of(
          "A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.",
          "S.", "T.", "W.");

  /** Sub-headings inside section 2. */
  public static final List<String> TUSSENKOPPEN =
      List.of(
          "Achtergrond",
          "Doelstellingen",
          "Belangrijkste maatregelen",
          "Reikwijdte",
          "Financiering",
          "Tijdpad");
}
