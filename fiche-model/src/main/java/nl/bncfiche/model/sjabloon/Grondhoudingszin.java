package nl.bncfiche.model.sjabloon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Oordeel;

/**
 * The stance sentence that opens a grondhouding item and gives the cabinet's verdict: how each
 * generation writes it, and the forms a reader recognises.
 *
 * <ul>
 *   <li>{@value #OPENING}<i>positief</i>. — the 2025 generation, and every generation's items 4d
 *       and 4e;
 *   <li>{@value #OPENING_OUD}<i>subsidiariteit</i>{@value #ALS}<i>positief</i>. — before 2025, for
 *       bevoegdheid, subsidiariteit and proportionaliteit.
 * </ul>
 *
 * <p>{@link #leesAanBegin} reads exactly these written forms. {@link #herken} recognises every form
 * published fiches use (2013–2024 and 2025): "De grondhouding (van het kabinet) (ten aanzien van X)
 * is (eveneens|ook) …", "Het kabinet heeft een positieve grondhouding ten aanzien van X", "Het
 * kabinet beoordeelt X als …", the comma variant "positief, met kanttekeningen", and the nuances
 * "overwegend", "in beginsel", "positief-kritisch" and "deels positief en deels negatief".
 */
public final class Grondhoudingszin {
  /** The opening of the 2025 form, up to the verdict. */
  public static final String OPENING = "De grondhouding van het kabinet is ";

  /** The opening of the older form, up to its subject. */
  public static final String OPENING_OUD = "Het kabinet beoordeelt de ";

  /** What stands between the older form's subject and its verdict. */
  public static final String ALS = " als ";

  /** The most characters a subject of the older form takes before {@value #ALS}. */
  public static final int MAX_ONDERWERP = 60;

  /** The most characters a verdict takes before its period. */
  public static final int MAX_OORDEEL = 40;

  /**
   * The openings a reader recognises, lower case, each up to where its verdict or subject starts.
   */
  public static final List<String> OPENINGEN =
      List.of("grondhouding van het kabinet is ", "kabinet beoordeelt ");

  private Grondhoudingszin() {}

  /**
   * The subject of the older form for a grondhouding item ("subsidiariteit"); empty for the items
   * that are always written in the 2025 form, and for parts that are no grondhouding item.
   */
  public static Optional<String> onderwerp(Veld item) {
    return switch (item) {
      case BEVOEGDHEID -> Optional.of("bevoegdheid");
      case SUBSIDIARITEIT -> Optional.of("subsidiariteit");
      case PROPORTIONALITEIT -> Optional.of("proportionaliteit");
      default -> Optional.empty();
    };
  }

  /**
   * The sentence as a fiche of {@code generatie} writes it for {@code item}: "De grondhouding van
   * het kabinet is positief." (2025), "Het kabinet beoordeelt de subsidiariteit als positief."
   * (before).
   */
  public static String schrijf(Generatie generatie, Veld item, Oordeel oordeel) {
    return schrijf(generatie, onderwerp(item).orElse(null), oordeel.getTekst());
  }

  /**
   * The sentence for a verdict as written ({@code oordeel}); {@code onderwerp} null writes the 2025
   * form in every generation.
   */
  public static String schrijf(Generatie generatie, String onderwerp, String oordeel) {
    if (generatie != Generatie.G2025 && onderwerp != null) {
      return OPENING_OUD + onderwerp + ALS + oordeel + ".";
    }
    return OPENING + oordeel + ".";
  }

  /** A stance sentence at the start of a text: its verdict and the index after its period. */
  public static final class Gelezen {
    private final Optional<Oordeel> oordeel;
    private final int einde;

    private Gelezen(Optional<Oordeel> oordeel, int einde) {
      this.oordeel = oordeel;
      this.einde = einde;
    }

    /** The verdict; empty when the words between opening and period name no {@link Oordeel}. */
    public Optional<Oordeel> getOordeel() {
      return oordeel;
    }

    /** The index just after the sentence's period. */
    public int getEinde() {
      return einde;
    }
  }

  /**
   * The stance sentence that {@code geschreven} starts with, in either form, written as the
   * templates write it (case as written, single spaces or no-break spaces); empty when it does not
   * start with one, or when its verdict runs past {@value #MAX_OORDEEL} characters or has no
   * period.
   */
  public static Optional<Gelezen> leesAanBegin(String geschreven) {
    // No-break spaces as spaces, character for character: the end found holds for the text as
    // written.
    String tekst =
        geschreven.indexOf('\u00a0') < 0 ? geschreven : geschreven.replace('\u00a0', ' ');
    int from;
    if (tekst.startsWith(OPENING)) {
      from = OPENING.length();
    } else if (tekst.startsWith(OPENING_OUD)) {
      int als = tekst.indexOf(ALS, OPENING_OUD.length());
      if (als < 0 || als > OPENING_OUD.length() + MAX_ONDERWERP) {
        return Optional.empty();
      }
      from = als + ALS.length();
    } else {
      return Optional.empty();
    }
    int dot = tekst.indexOf('.', from);
    if (dot < 0 || dot - from > MAX_OORDEEL) {
      return Optional.empty();
    }
    return Optional.of(new Gelezen(Oordeel.vanTekst(tekst.substring(from, dot)), dot + 1));
  }

  /** The most characters of a paragraph that {@link #herken} reads. */
  public static final int MAX_ALINEA = 20_000;

  /**
   * A stance sentence found by {@link #herken}: the verdict it names, how it is nuanced, the
   * subject it names ("ten aanzien van de subsidiariteit"), and where it stands in its paragraph.
   */
  public static final class Herkend {
    private final Optional<Oordeel> oordeel;
    private final boolean bekend;
    private final String woorden;
    private final Optional<String> nuance;
    private final Optional<String> onderwerp;
    private final int begin;
    private final int einde;

    Herkend(
        Oordeel oordeel,
        boolean bekend,
        String woorden,
        String nuance,
        String onderwerp,
        int begin,
        int einde) {
      this.oordeel = Optional.ofNullable(oordeel);
      this.bekend = bekend;
      this.woorden = woorden;
      this.nuance = Optional.ofNullable(nuance);
      this.onderwerp = Optional.ofNullable(onderwerp);
      this.begin = begin;
      this.einde = einde;
    }

    /**
     * The verdict the sentence names, nuances left out ("overwegend positief" is {@code POSITIEF});
     * empty when its words name no verdict, or a mixed one ("deels positief en deels negatief").
     */
    public Optional<Oordeel> getOordeel() {
      return oordeel;
    }

    /**
     * Whether the verdict words are a known phrasing: a verdict, with or without a known nuance, or
     * the mixed "deels positief en deels negatief". False when the sentence has the form of a
     * stance sentence but its verdict words are unknown ("… is lauw.").
     */
    public boolean isBekend() {
      return bekend;
    }

    /** The verdict words as written, such as "positief, met kanttekeningen" or "lauw". */
    public String getWoorden() {
      return woorden;
    }

    /** The nuance of the verdict: "overwegend", "in beginsel", "positief-kritisch", …; or empty. */
    public Optional<String> getNuance() {
      return nuance;
    }

    /**
     * The subject as written, such as "de subsidiariteit" (after "ten aanzien van", or between
     * "beoordeelt" and "als"); empty when the sentence names none.
     */
    public Optional<String> getOnderwerp() {
      return onderwerp;
    }

    /**
     * The grondhouding items that the subject names (bevoegdheid, subsidiariteit,
     * proportionaliteit), in that order; empty when the sentence names none of them.
     */
    public List<Veld> getOnderwerpItems() {
      List<Veld> items = new ArrayList<>(3);
      if (onderwerp.isPresent()) {
        String o = onderwerp.get().toLowerCase(Locale.ROOT);
        for (Veld v : List.of(Veld.BEVOEGDHEID, Veld.SUBSIDIARITEIT, Veld.PROPORTIONALITEIT)) {
          if (o.contains(onderwerp(v).orElseThrow())) {
            items.add(v);
          }
        }
      }
      return items;
    }

    /** The index in the paragraph where the sentence's key word starts. */
    public int getBegin() {
      return begin;
    }

    /** The index in the paragraph just after the sentence's verdict or subject. */
    public int getEinde() {
      return einde;
    }
  }

  /**
   * Every stance sentence of a paragraph, in order, in any of the forms published fiches use (see
   * the class comment). Reads at most {@value #MAX_ALINEA} characters, and a bounded number around
   * each occurrence of "grondhouding" or "beoordeelt": no regular expression, no lower-cased copy
   * of the paragraph. The key words are matched in lower case after their first letter ("De
   * grondhouding", "Grondhouding"), as the fiches write them.
   */
  public static List<Herkend> herken(String alinea) {
    return StanceScanner.scan(alinea, Math.min(alinea.length(), MAX_ALINEA));
  }
}
