package nl.bncfiche.rendering.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.bncfiche.model.Voetnoot;

/**
 * The anchors of one fiche's footnotes and of the references to them: {@code fn-N} and {@code
 * fnref-N}, {@code fnref-N-2} for a second reference to the same footnote, all prefixed {@code fK-}
 * for the K-th fiche (K ≥ 2) of a document so that ids stay unique. Not thread-safe.
 */
public final class Voetnootankers {
  private final String prefix;
  private final Set<Integer> bekend = new HashSet<>();
  private final Map<Integer, Integer> verwijzingen = new HashMap<>();

  /**
   * The anchors of the fiche at {@code ficheIndex} (0-based) of a document, with these footnotes.
   */
  public Voetnootankers(int ficheIndex, List<Voetnoot> voetnoten) {
    this.prefix = ficheIndex == 0 ? "" : "f" + (ficheIndex + 1) + "-";
    voetnoten.forEach(v -> bekend.add(v.getNummer()));
  }

  /** Whether the fiche has a footnote {@code nummer}, so that a link to it resolves. */
  public boolean bestaat(int nummer) {
    return bekend.contains(nummer);
  }

  /** Records one more reference to {@code nummer} and returns its id. */
  public String nieuweVerwijzing(int nummer) {
    int k = verwijzingen.merge(nummer, 1, Integer::sum);
    return verwijzingId(nummer, k);
  }

  /** How many references to {@code nummer} were recorded. */
  public int aantalVerwijzingen(int nummer) {
    return verwijzingen.getOrDefault(nummer, 0);
  }

  /** The id of the {@code k}-th reference (1-based) to {@code nummer}. */
  public String verwijzingId(int nummer, int k) {
    return prefix + "fnref-" + nummer + (k > 1 ? "-" + k : "");
  }

  /** The id of footnote {@code nummer}. */
  public String voetnootId(int nummer) {
    return prefix + "fn-" + nummer;
  }
}
