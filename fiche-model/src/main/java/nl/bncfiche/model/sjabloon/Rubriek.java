package nl.bncfiche.model.sjabloon;

import java.util.List;
import java.util.Objects;

/**
 * A section or item at its place in one template of one generation ({@link Indeling}): its number
 * or letter, the label that template writes, and whether a fiche ready to be sent must fill it in.
 * Immutable.
 */
public final class Rubriek {
  private final Veld veld;
  private final String nummer;
  private final String label;
  private final boolean verplicht;
  private final boolean oordeelVerplicht;
  private final List<Rubriek> items;

  Rubriek(
      Veld veld,
      String nummer,
      String label,
      boolean verplicht,
      boolean oordeelVerplicht,
      List<Rubriek> items) {
    this.veld = Objects.requireNonNull(veld, "veld");
    this.nummer = nummer;
    this.label = label;
    this.verplicht = verplicht;
    this.oordeelVerplicht = oordeelVerplicht;
    this.items = List.copyOf(items);
  }

  /** The part of the model this is. */
  public Veld getVeld() {
    return veld;
  }

  /**
   * How the template refers to it: "3" for a section, "3b" for an item (also in the 2007
   * generation, whose fiches print no letters).
   */
  public String getNummer() {
    return nummer;
  }

  /** The item's letter ("b"); empty for a section. */
  public String getLetter() {
    return veld.getLetter();
  }

  /** The label this template writes: "Beoordeling + inzet ten aanzien van dit voorstel". */
  public String getLabel() {
    return label;
  }

  /**
   * Whether a fiche ready to be sent must fill it in (a section: be present; an item: hold visible
   * text, see {@link Veld#isIngevuld}). A draft need fill in nothing. These are the completeness
   * rules of fiche-validation's profile DEFINITIEF.
   */
  public boolean isVerplicht() {
    return verplicht;
  }

  /**
   * Whether the item must open with the stance sentence that gives the cabinet's verdict (items
   * 4a–4c from 2025 on; see {@link Grondhoudingszin}).
   */
  public boolean isOordeelVerplicht() {
    return oordeelVerplicht;
  }

  /** A section's items in order; empty for an item and for a section of text only. */
  public List<Rubriek> getItems() {
    return items;
  }

  /** Whether this is a section. */
  public boolean isSectie() {
    return veld.isSectie();
  }

  /** The number and label: "3b Beoordeling + inzet ten aanzien van dit voorstel". */
  @Override
  public String toString() {
    return nummer + " " + label;
  }
}
