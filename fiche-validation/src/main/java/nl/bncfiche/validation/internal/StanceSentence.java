package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Grondhoudingszin.Herkend;

/**
 * The stance sentences of a grondhouding text, in every form that {@link Grondhoudingszin#herken}
 * recognises: the rules that check verdicts, subjects and completeness read them from here.
 */
public final class StanceSentence {
  /**
   * {@link #in} as one constant function, so that the rules reading the same texts share one result
   * per run ({@code Findings.memo}).
   */
  public static final Function<Tekst, List<Herkend>> FOUND = StanceSentence::in;

  private StanceSentence() {}

  /** Every stance sentence of the text's paragraphs, in order; each paragraph read bounded. */
  public static List<Herkend> in(Tekst tekst) {
    List<Herkend> result = List.of();
    for (Alinea a : tekst.getAlineas()) {
      List<Herkend> found = Grondhoudingszin.herken(a.platteTekst());
      if (!found.isEmpty()) {
        if (result.isEmpty()) {
          result = new ArrayList<>(found.size());
        }
        result.addAll(found);
      }
    }
    return result;
  }
}
