package nl.bncfiche.validation.internal;

import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;

/**
 * Documents sent in dossier 22 112 that are not fiches: a kabinetsappreciatie (of a white paper,
 * say), or a letter sent "in plaats van een BNC-fiche". Read as a document, such a text has a
 * letter and perhaps a "fiche" with none of the template's sections; the fiche rules do not apply
 * to it, and one rule reports what it is.
 */
public final class NotAFiche {
  private static final int MAX = 2000;
  private static final List<String> MARKERS =
      List.of(
          "in plaats van een bnc-fiche",
          "in plaats van een fiche",
          "kabinetsappreciatie",
          "appreciatie van het kabinet");

  private NotAFiche() {}

  /**
   * Whether {@code fiche} of {@code doc} is no fiche: it has none of the template's sections, and
   * its title or the letter says it is a kabinetsappreciatie or is sent in place of a fiche.
   */
  public static boolean is(KamerstukDocument doc, Fiche fiche) {
    if (fiche.getAlgemeneGegevens().isPresent()
        || fiche.getEssentie().isPresent()
        || fiche.getNederlandsePositie().isPresent()
        || fiche.getGrondhouding().isPresent()
        || fiche.getFinancieleGevolgen().isPresent()
        || fiche.getConsequenties().isPresent()
        || fiche.getOntwikkelingslanden().isPresent()) {
      return false;
    }
    return marks(fiche.getTitel()) || letterSays(doc);
  }

  /**
   * Whether the letter says that what it sends is no fiche: in its announcement, a further
   * sentence, or the title of an entry.
   */
  public static boolean letterSays(KamerstukDocument doc) {
    if (doc.getBrief().isEmpty()) {
      return false;
    }
    Aanbiedingsbrief b = doc.getBrief().get();
    if (b.getAankondiging().filter(NotAFiche::marks).isPresent()) {
      return true;
    }
    for (String zin : b.getAanvullendeZinnen()) {
      if (marks(zin)) {
        return true;
      }
    }
    for (BriefVermelding v : b.getVermeldingen()) {
      if (v.getReferentie().isEmpty() && marks(v.getTitel())) {
        return true;
      }
    }
    return false;
  }

  private static boolean marks(String text) {
    String t = (text.length() > MAX ? text.substring(0, MAX) : text).toLowerCase(Locale.ROOT);
    for (String m : MARKERS) {
      if (t.contains(m)) {
        return true;
      }
    }
    return false;
  }
}
