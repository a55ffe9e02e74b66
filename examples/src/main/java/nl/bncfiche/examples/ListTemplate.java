package nl.bncfiche.examples;

import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.sjabloon.Indeling;
import nl.bncfiche.model.sjabloon.Rubriek;

/**
 * Lists the sections and items of a template, as a form or an editor would: the template is data,
 * the same table that the readers, writers and rules use.
 */
public final class ListTemplate {
  private ListTemplate() {}

  /** Runs the example and returns what it printed. */
  public static String run() {
    StringBuilder out = new StringBuilder();
    // tag::template[]
    for (Rubriek sectie : Indeling.van(Sjabloon.WETGEVING, Generatie.G2025).getSecties()) {
      out.append(sectie).append('\n'); // "1 Algemene gegevens"
      for (Rubriek item : sectie.getItems()) {
        out.append("  ").append(item).append(item.isVerplicht() ? "" : " (optional)").append('\n');
      }
    }
    // end::template[]
    return out.toString();
  }

  /** Prints the example's output. */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
