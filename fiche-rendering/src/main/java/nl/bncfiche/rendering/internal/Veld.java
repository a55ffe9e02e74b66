package nl.bncfiche.rendering.internal;

import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;

/**
 * Every section and item a fiche template knows: its JSON path in the model, its canonical label per
 * template and generation, and the label variants seen in real fiches. This table is the one place
 * where headings live; writers take the canonical label, readers match any variant.
 */
public enum Veld {
  // Section 1
  ALGEMENE_GEGEVENS(null, "/algemeneGegevens", "Algemene gegevens"),
  TITEL(ALGEMENE_GEGEVENS, "/algemeneGegevens/titels", "Titel voorstel", "Voorstel", "Titel voorstel en Nr. Commissiedocument", "Titel"),
  DATUM(ALGEMENE_GEGEVENS, "/algemeneGegevens/datumOntvangst", "Datum ontvangst Commissiedocument", "Datum Commissiedocument", "Datum ontvangst Commissiedocumenten", "Datum ontvangst"),
  COMMISSIEDOCUMENT(ALGEMENE_GEGEVENS, "/algemeneGegevens/commissieDocumenten", "Nr. Commissiedocument", "Nr. Commissiedocumenten", "Nummer Commissiedocument", "Nr Commissiedocument"),
  EUR_LEX(ALGEMENE_GEGEVENS, "/algemeneGegevens/eurLex", "EUR-Lex", "Prelex", "EUR-lex", "Eurlex"),
  IMPACT_ASSESSMENT(ALGEMENE_GEGEVENS, "/algemeneGegevens/impactAssessment", "Nr. impact assessment Commissie en Opinie", "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing", "Nr. impact-assessment Commissie en Opinie Impact-assessment Board", "Nr. impact assessment Commissie en Opinie Impact-assessment Board", "Nr. impact assessment Commissie", "Impact assessment Commissie en Opinie"),
  RAAD(ALGEMENE_GEGEVENS, "/algemeneGegevens/behandelingstrajectRaad", "Behandelingstraject Raad"),
  MINISTERIE(ALGEMENE_GEGEVENS, "/algemeneGegevens/eerstverantwoordelijkMinisterie", "Eerstverantwoordelijk ministerie", "Eerstverantwoordelijke ministerie", "Eerstverantwoordelijk ministerie(s)"),
  RECHTSBASIS(ALGEMENE_GEGEVENS, "/algemeneGegevens/rechtsbasis", "Rechtsbasis"),
  BESLUITVORMING(ALGEMENE_GEGEVENS, "/algemeneGegevens/besluitvormingsprocedureRaad", "Besluitvormingsprocedure Raad", "Besluitvormingsprocedure"),
  ROL_EP(ALGEMENE_GEGEVENS, "/algemeneGegevens/rolEuropeesParlement", "Rol Europees Parlement", "Rol Europees parlement", "Rol EP"),
  // Section 2
  ESSENTIE(null, "/essentie", "Essentie voorstel", "Samenvatting voorstel"),
  INHOUD(ESSENTIE, "/essentie/inhoud", "Inhoud voorstel"),
  IMPACT_ASSESSMENT_ESSENTIE(ESSENTIE, "/essentie/impactAssessment", "Impact assessment Commissie"),
  // Section 3
  POSITIE(null, "/nederlandsePositie", "Nederlandse positie ten aanzien van het voorstel"),
  ESSENTIE_BELEID(POSITIE, "/nederlandsePositie/essentieBeleid", "Essentie Nederlands beleid op dit terrein"),
  BEOORDELING(POSITIE, "/nederlandsePositie/beoordeling", "Beoordeling + inzet ten aanzien van dit voorstel", "Beoordeling en inzet ten aanzien van dit voorstel"),
  KRACHTENVELD(POSITIE, "/nederlandsePositie/krachtenveld", "Eerste inschatting van krachtenveld"),
  // Section 4 (2025) or 4 (2013: a-c only)
  GRONDHOUDING(null, "/grondhouding",
      "Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
      "Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit",
      "Beoordeling bevoegdheid, subsidiariteit en proportionaliteit",
      "Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële gevolgen en gevolgen voor regeldruk en concurrentiekracht"),
  BEVOEGDHEID(GRONDHOUDING, "/grondhouding/bevoegdheid", "Bevoegdheid"),
  SUBSIDIARITEIT(GRONDHOUDING, "/grondhouding/subsidiariteit", "Subsidiariteit"),
  PROPORTIONALITEIT(GRONDHOUDING, "/grondhouding/proportionaliteit", "Proportionaliteit"),
  FINANCIELE_GEVOLGEN(GRONDHOUDING, "/grondhouding/financieleGevolgen", "Financiële gevolgen"),
  REGELDRUK(GRONDHOUDING, "/grondhouding/regeldruk", "Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten", "Gevolgen voor regeldruk en concurrentiekracht"),
  // Section 5 of 2013-2024
  FINANCIEEL(null, "/financieleGevolgen",
      "Financiële gevolgen, gevolgen voor regeldruk en administratieve lasten",
      "Financiële gevolgen, gevolgen voor regeldruk en administratieve lasten en concurrentiekracht",
      "Financiële gevolgen, gevolgen voor regeldruk en concurrentiekracht en geopolitieke aspecten",
      "Grondhouding ten aanzien van financiële gevolgen, gevolgen voor regeldruk en administratieve lasten",
      "Grondhouding ten aanzien van financiële gevolgen, gevolgen voor regeldruk en concurrentiekracht"),
  EU_BEGROTING(FINANCIEEL, "/financieleGevolgen/euBegroting", "Consequenties EU-begroting"),
  RIJKSOVERHEID(FINANCIEEL, "/financieleGevolgen/rijksoverheid", "Financiële consequenties (incl. personele) voor rijksoverheid en/of medeoverheden"),
  BEDRIJFSLEVEN(FINANCIEEL, "/financieleGevolgen/bedrijfslevenEnBurger", "Financiële consequenties en gevolgen voor regeldruk voor bedrijfsleven en burger", "Financiële consequenties en gevolgen voor regeldruk/administratieve lasten voor bedrijfsleven en burger"),
  CONCURRENTIEKRACHT(FINANCIEEL, "/financieleGevolgen/concurrentiekracht", "Gevolgen voor concurrentiekracht"),
  GEOPOLITIEK(FINANCIEEL, "/financieleGevolgen/geopolitiek", "Geopolitieke aspecten"),
  // Legislative consequences
  CONSEQUENTIES(null, "/consequenties", "Wettelijke, uitvoerings- en/of handhavingsconsequenties"),
  REGELGEVING(CONSEQUENTIES, "/consequenties/regelgeving", "Consequenties nationale en decentrale regelgeving en/of sanctiebeleid"),
  DELEGATIE(CONSEQUENTIES, "/consequenties/delegatie", "Delegatie- en/of uitvoeringsbevoegdheden"),
  IMPLEMENTATIETERMIJN(CONSEQUENTIES, "/consequenties/implementatietermijn",
      "Voorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum inwerkingtreding (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid"),
  EVALUATIE(CONSEQUENTIES, "/consequenties/evaluatie", "Wenselijkheid evaluatie-/horizonbepaling"),
  UITVOERBAARHEID(CONSEQUENTIES, "/consequenties/uitvoerbaarheid", "Uitvoerbaarheid"),
  HANDHAAFBAARHEID(CONSEQUENTIES, "/consequenties/handhaafbaarheid", "Handhaafbaarheid"),
  // Developing countries
  ONTWIKKELINGSLANDEN(null, "/ontwikkelingslanden", "Implicaties voor ontwikkelingslanden");

  private final Veld sectie;
  private final String pad;
  private final List<String> labels;
  /** {@link #normaliseer} of each label, computed once: readers and writers compare with these per fiche. */
  private final List<String> genormaliseerd;

  Veld(Veld sectie, String pad, String... labels) {
    this.sectie = sectie;
    this.pad = pad;
    this.labels = List.of(labels);
    String[] norm = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      norm[i] = normaliseer(labels[i]);
    }
    this.genormaliseerd = List.of(norm);
  }

  /** The section this item belongs to; null for a section. */
  public Veld sectie() {
    return sectie;
  }

  /** The item's zero-based position in its section's template (a = 0); 0 for a section. */
  public int positie() {
    return sectie == null ? 0 : ordinal() - sectie.ordinal() - 1;
  }

  /** The item letter of a zero-based position: a, b, …, z, aa, ab, …. */
  public static String letter(int positie) {
    return positie < 26
        ? String.valueOf((char) ('a' + positie))
        : letter(positie / 26 - 1) + (char) ('a' + positie % 26);
  }

  /** Whether this is a section rather than an item. */
  public boolean isSectie() {
    return sectie == null;
  }

  /** JSON pointer of the field, relative to the fiche. */
  public String pad() {
    return pad;
  }

  /** The label variants, canonical (2025) first. */
  public List<String> labels() {
    return labels;
  }

  /** {@link #normaliseer} of each of {@link #labels()}, in the same order. */
  public List<String> genormaliseerdeLabels() {
    return genormaliseerd;
  }

  /**
   * {@link #normaliseer} of {@code label}; without work when it is one of this field's own labels as
   * written in the table (what the writer always has).
   */
  public String normaliseerLabel(String label) {
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).equals(label)) {
        return genormaliseerd.get(i);
      }
    }
    return normaliseer(label);
  }

  /** The label a fiche of this template and generation writes. */
  public String label(Sjabloon sjabloon, Generatie generatie) {
    boolean wet = sjabloon == Sjabloon.WETGEVING;
    switch (this) {
      case TITEL:
        return generatie == Generatie.G2007 ? "Voorstel" : labels.get(0);
      case DATUM:
        return generatie == Generatie.G2007 ? "Datum Commissiedocument" : labels.get(0);
      case EUR_LEX:
        return generatie == Generatie.G2007 ? "Prelex" : labels.get(0);
      case IMPACT_ASSESSMENT:
        if (generatie == Generatie.G2007) {
          return labels.get(2);
        }
        return wet || generatie == Generatie.G2013 ? labels.get(1) : labels.get(0);
      case GRONDHOUDING:
        if (generatie == Generatie.G2025) {
          return labels.get(0);
        }
        return wet ? labels.get(2) : labels.get(1);
      case FINANCIEEL:
        return wet ? labels.get(0) : labels.get(3);
      default:
        return labels.get(0);
    }
  }

  /** Normalises a label for matching: lower case, single spaces, no trailing colon or period. */
  public static String normaliseer(String label) {
    String s = collapseWhitespace(label.strip()).toLowerCase(Locale.ROOT);
    while (s.endsWith(":") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * No-break spaces as spaces and every run of ASCII white space ({@code \s} of a regex: space, tab,
   * line ends, vertical tab, form feed) as one space. A scanner, not {@code replaceAll}: this runs for
   * every line read and written, and the regex was most of the reader's time.
   */
  private static String collapseWhitespace(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\u00a0' || isRegexSpace(c) && (c != ' ' || i + 1 < n && isSpaceOrNbsp(s.charAt(i + 1)))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    boolean inRun = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\u00a0' || isRegexSpace(c)) {
        if (!inRun) {
          sb.append(' ');
          inRun = true;
        }
      } else {
        sb.append(c);
        inRun = false;
      }
    }
    return sb.toString();
  }

  private static boolean isSpaceOrNbsp(char c) {
    return c == '\u00a0' || isRegexSpace(c);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }
}
