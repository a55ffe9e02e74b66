package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.model.sjabloon.Waarde;

/** Ways through a document that several rule families share. */
public final class Walk {
  private Walk() {}

  /** The path of a part of the template ({@link Veld#getPad()}) in the fiche at {@code fiche}. */
  public static NodePath path(NodePath fiche, Veld veld) {
    return fiche.fields(SEGMENTS.get(veld));
  }

  private static final Map<Veld, String[]> SEGMENTS = new EnumMap<>(Veld.class);

  /** The parts that hold paragraphs (of a grondhouding item: its text), in template order. */
  private static final List<Veld> TEXT_PARTS = new ArrayList<>();

  static {
    for (Veld v : Veld.values()) {
      SEGMENTS.put(v, v.getPad().substring(1).split("/"));
      if (v.getWaarde() == Waarde.TEKST || v.getWaarde() == Waarde.OORDEEL_EN_TEKST) {
        TEXT_PARTS.add(v);
      }
    }
  }

  /**
   * Whether the document is a published Kamerstuk: its header has a number ("Nr. 4243"). A
   * published fiche was sent and accepted; drafts and Word exports have no numbered header.
   */
  public static boolean isPublished(KamerstukDocument document) {
    return document.getKop().flatMap(k -> k.getNummer()).filter(n -> !n.isBlank()).isPresent();
  }

  /** Calls {@code action} for every fiche with its path. */
  public static void fiches(KamerstukDocument document, BiConsumer<Fiche, NodePath> action) {
    List<Fiche> fiches = document.getFiches();
    for (int i = 0; i < fiches.size(); i++) {
      action.accept(fiches.get(i), NodePath.fiche(i));
    }
  }

  /** A check of one fiche. */
  @FunctionalInterface
  public interface FicheCheck {
    /** Checks one fiche at {@code path}. */
    void run(Fiche fiche, NodePath path, Findings out);
  }

  /** Runs {@code check} on every fiche. */
  public static void fiches(KamerstukDocument document, FicheCheck check, Findings out) {
    fiches(document, (f, p) -> check.run(f, p, out));
  }

  /**
   * Every text of a fiche's sections, in document order, footnote texts excluded: the items section
   * 1 does not know, every text of the template's parts (of a grondhouding item: its text), and the
   * sections the template does not know.
   */
  public static List<Located<Tekst>> texts(Fiche f, NodePath p) {
    List<Located<Tekst>> out = new ArrayList<>();
    f.getAlgemeneGegevens()
        .ifPresent(
            a -> {
              for (int i = 0; i < a.getOverigeOnderdelen().size(); i++) {
                out.add(
                    new Located<>(
                        a.getOverigeOnderdelen().get(i).getTekst(),
                        p.fields("algemeneGegevens", "overigeOnderdelen").index(i).field("tekst")));
              }
            });
    for (Veld veld : TEXT_PARTS) {
      Optional<Tekst> t = veld.tekst(f);
      if (t.isPresent()) {
        NodePath at = path(p, veld);
        out.add(new Located<>(t.get(), veld.getWaarde() == Waarde.TEKST ? at : at.field("tekst")));
      }
    }
    for (int i = 0; i < f.getOverigeSecties().size(); i++) {
      out.add(
          new Located<>(
              f.getOverigeSecties().get(i).getTekst(),
              p.field("overigeSecties").index(i).field("tekst")));
    }
    return out;
  }
}
