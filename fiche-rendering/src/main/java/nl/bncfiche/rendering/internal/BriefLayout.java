package nl.bncfiche.rendering.internal;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.id.Parsed;

/**
 * The lines of the Kamerstuk header and the cover letter, shared by every writer: the standard
 * announcement when the letter has none of its own, and one line per listed fiche.
 */
public final class BriefLayout {
  /** The marker written before a listed fiche when the letter does not say one. */
  public static final String STANDAARD_MARKERING = "Fiche -";

  private BriefLayout() {}

  /** The header lines in order: dossier, Kamerstuk number and sender, addressee, place and date. */
  public static List<String> kopRegels(KamerstukKop kop) {
    List<String> lines = new ArrayList<>();
    String dossier = (kop.getDossier().orElse("") + " " + kop.getDossierTitel().orElse("")).strip();
    if (!dossier.isEmpty()) {
      lines.add(dossier);
    }
    String nummer =
        (kop.getNummer().map(n -> "Nr. " + n).orElse("") + " " + kop.getAfzender().orElse(""))
            .strip();
    if (!nummer.isEmpty()) {
      lines.add(nummer);
    }
    kop.getGeadresseerde().ifPresent(lines::add);
    String datum =
        (kop.getPlaats().orElse("")
                + (kop.getPlaats().isPresent() && kop.getDatum().isPresent() ? ", " : "")
                + kop.getDatum().map(Parsed::getText).orElse(""))
            .strip();
    if (!datum.isEmpty()) {
      lines.add(datum);
    }
    return lines;
  }

  /**
   * The announcement: the letter's own sentence, or the standard one for the announced count (or,
   * without one, the number of listed fiches).
   */
  public static String aankondiging(Aanbiedingsbrief brief) {
    if (brief.getAankondiging().isPresent()) {
      return brief.getAankondiging().get();
    }
    int aantal = brief.getAangekondigdAantal().orElse(brief.getVermeldingen().size());
    String geschreven = brief.getAantalZoalsGeschreven().orElse(Integer.toString(aantal));
    boolean een = aantal == 1;
    return "Overeenkomstig de bestaande afspraken ontvangt u hierbij "
        + geschreven
        + (een ? " fiche die werd" : " fiches die werden")
        + " opgesteld door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).";
  }

  /** One listed fiche: "Fiche - MFK – Titel (Kamerstuk 22 112, nr. 4239)." */
  public static String vermelding(BriefVermelding v) {
    StringBuilder sb = new StringBuilder(v.getMarkering().orElse(STANDAARD_MARKERING)).append(' ');
    v.getVoorvoegsel().ifPresent(p -> sb.append(p).append(" – "));
    sb.append(v.getTitel());
    v.getReferentie().ifPresent(r -> sb.append(" (").append(r.getText()).append(')'));
    return sb.append('.').toString();
  }

  /** The signature lines: the role with a comma, then the name. */
  public static List<String> ondertekening(Aanbiedingsbrief brief) {
    List<String> lines = new ArrayList<>();
    brief.getOndertekenaarFunctie().ifPresent(f -> lines.add(f + ","));
    brief.getOndertekenaarNaam().ifPresent(lines::add);
    return lines;
  }
}
