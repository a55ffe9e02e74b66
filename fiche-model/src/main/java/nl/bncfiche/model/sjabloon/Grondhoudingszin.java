package nl.bncfiche.model.sjabloon;

import java.util.List;
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
    switch (item) {
      case BEVOEGDHEID:
        return Optional.of("bevoegdheid");
      case SUBSIDIARITEIT:
        return Optional.of("subsidiariteit");
      case PROPORTIONALITEIT:
        return Optional.of("proportionaliteit");
      default:
        return Optional.empty();
    }
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
   * The stance sentence that {@code tekst} starts with, in either form, written as the templates
   * write it (case as written, single spaces); empty when it does not start with one, or when its
   * verdict runs past {@value #MAX_OORDEEL} characters or has no period.
   */
  public static Optional<Gelezen> leesAanBegin(String tekst) {
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
}
