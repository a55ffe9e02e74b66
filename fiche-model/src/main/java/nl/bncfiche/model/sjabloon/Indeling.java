package nl.bncfiche.model.sjabloon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;

/**
 * The layout of one template in one generation: its numbered sections and their lettered items,
 * each with the label that template writes and whether a fiche ready to be sent must fill it in.
 *
 * <p>Sources: the templates as Kamerstuk 22 112 describes them (nr. 539, 2007; nr. 1198, 2011; nr.
 * 1366, 2012) and the published fiches; the later sections of the 2013 and 2025 generations are
 * recalled from published fiches rather than seen in the corpus (see the project's domain notes).
 * Immutable; {@link #van} returns shared instances.
 *
 * <pre>{@code
 * for (Rubriek sectie : Indeling.van(Sjabloon.WETGEVING, Generatie.G2025).getSecties()) {
 *   for (Rubriek item : sectie.getItems()) {
 *     System.out.println(item.getNummer() + ") " + item.getLabel()); // 1a) Titel voorstel …
 *   }
 * }
 * }</pre>
 */
public final class Indeling {
  private static final Map<Sjabloon, Map<Generatie, Indeling>> ALLE = new EnumMap<>(Sjabloon.class);

  static {
    for (Sjabloon s : Sjabloon.values()) {
      Map<Generatie, Indeling> perGeneratie = new EnumMap<>(Generatie.class);
      for (Generatie g : Generatie.values()) {
        perGeneratie.put(g, new Indeling(s, g));
      }
      ALLE.put(s, perGeneratie);
    }
  }

  private final Sjabloon sjabloon;
  private final Generatie generatie;
  private final List<Rubriek> secties;
  private final Map<Veld, Rubriek> perVeld = new EnumMap<>(Veld.class);

  private Indeling(Sjabloon sjabloon, Generatie generatie) {
    this.sjabloon = sjabloon;
    this.generatie = generatie;
    boolean wet = sjabloon == Sjabloon.WETGEVING;
    boolean g2025 = generatie == Generatie.G2025;
    List<Rubriek> s = new ArrayList<>();
    Veld laatsteAlgemeen = wet ? Veld.ROL_EP : Veld.MINISTERIE;
    s.add(sectie(s.size() + 1, Veld.ALGEMENE_GEGEVENS, laatsteAlgemeen, laatsteAlgemeen));
    // A legislative fiche divides section 2 into its content and the impact assessment; a
    // communication's section 2 is text only.
    s.add(
        wet
            ? sectie(s.size() + 1, Veld.ESSENTIE, Veld.INHOUD, Veld.IMPACT_ASSESSMENT_ESSENTIE)
            : tekst(s.size() + 1, Veld.ESSENTIE));
    s.add(sectie(s.size() + 1, Veld.POSITIE, Veld.KRACHTENVELD, Veld.KRACHTENVELD));
    Veld laatste = g2025 ? Veld.REGELDRUK : Veld.PROPORTIONALITEIT;
    s.add(sectie(s.size() + 1, Veld.GRONDHOUDING, laatste, laatste));
    if (generatie == Generatie.G2013) {
      s.add(
          sectie(s.size() + 1, Veld.FINANCIEEL, Veld.CONCURRENTIEKRACHT, Veld.CONCURRENTIEKRACHT));
    }
    if (wet && generatie != Generatie.G2007) {
      s.add(sectie(s.size() + 1, Veld.CONSEQUENTIES, Veld.HANDHAAFBAARHEID, Veld.HANDHAAFBAARHEID));
      s.add(tekst(s.size() + 1, Veld.ONTWIKKELINGSLANDEN));
    }
    this.secties = List.copyOf(s);
  }

  /**
   * A section numbered {@code nummer} with its items up to {@code totEnMet}; those up to {@code
   * verplichtTotEnMet} must be filled in.
   */
  private Rubriek sectie(int nummer, Veld veld, Veld verplichtTotEnMet, Veld totEnMet) {
    String n = Integer.toString(nummer);
    List<Rubriek> items = new ArrayList<>();
    for (Veld item : veld.getItems()) {
      if (item.ordinal() > totEnMet.ordinal()) {
        break;
      }
      boolean oordeel =
          generatie == Generatie.G2025
              && item.ordinal() <= Veld.PROPORTIONALITEIT.ordinal()
              && item.getSectie().orElseThrow() == Veld.GRONDHOUDING;
      items.add(
          plaats(
              new Rubriek(
                  item,
                  n + item.getLetter(),
                  item.label(sjabloon, generatie),
                  item.ordinal() <= verplichtTotEnMet.ordinal(),
                  oordeel,
                  List.of())));
    }
    return plaats(new Rubriek(veld, n, veld.label(sjabloon, generatie), true, false, items));
  }

  /** A section of text only, numbered {@code nummer}, that must be filled in. */
  private Rubriek tekst(int nummer, Veld veld) {
    return plaats(
        new Rubriek(
            veld,
            Integer.toString(nummer),
            veld.label(sjabloon, generatie),
            true,
            false,
            List.of()));
  }

  private Rubriek plaats(Rubriek r) {
    perVeld.put(r.getVeld(), r);
    return r;
  }

  /** The layout of {@code sjabloon} in {@code generatie}. */
  public static Indeling van(Sjabloon sjabloon, Generatie generatie) {
    return ALLE.get(sjabloon).get(generatie);
  }

  /** Every layout: each template in each generation. */
  public static List<Indeling> alle() {
    List<Indeling> alle = new ArrayList<>();
    ALLE.values().forEach(m -> alle.addAll(m.values()));
    return alle;
  }

  /** The template. */
  public Sjabloon getSjabloon() {
    return sjabloon;
  }

  /** The generation. */
  public Generatie getGeneratie() {
    return generatie;
  }

  /** The sections in order, numbered from 1. */
  public List<Rubriek> getSecties() {
    return secties;
  }

  /** Where this layout places {@code veld}; empty when the template has no place for it. */
  public Optional<Rubriek> rubriek(Veld veld) {
    return Optional.ofNullable(perVeld.get(veld));
  }

  /** The label this layout writes for {@code veld}, also for a part it has no place for. */
  public String label(Veld veld) {
    Rubriek r = perVeld.get(veld);
    return r != null ? r.getLabel() : veld.label(sjabloon, generatie);
  }

  /** Whether the fiche prints item letters: not in the 2007 generation ("Voorstel: …"). */
  public boolean heeftLetters() {
    return generatie != Generatie.G2007;
  }

  /** "WETGEVING G2025". */
  @Override
  public String toString() {
    return sjabloon + " " + generatie;
  }
}
