package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Tekst;

/** Ways through a document that several rule families share. */
public final class Walk {
  /** The grondhouding items in order, with their JSON names and letters. */
  public static final List<String> GRONDHOUDING_ITEMS =
      List.of("bevoegdheid", "subsidiariteit", "proportionaliteit", "financieleGevolgen", "regeldruk");

  private Walk() {}

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

  /** Whether an optional text is absent or has no visible character. */
  public static boolean blank(Optional<Tekst> t) {
    return t.isEmpty() || !t.get().heeftInhoud();
  }

  /** Whether an optional string is absent or blank. */
  public static boolean blankString(Optional<String> s) {
    return s.isEmpty() || s.get().isBlank();
  }

  /** A grondhouding item by its JSON name. */
  public static Optional<GrondhoudingOnderdeel> item(Grondhouding g, String name) {
    switch (name) {
      case "bevoegdheid":
        return g.getBevoegdheid();
      case "subsidiariteit":
        return g.getSubsidiariteit();
      case "proportionaliteit":
        return g.getProportionaliteit();
      case "financieleGevolgen":
        return g.getFinancieleGevolgen();
      case "regeldruk":
        return g.getRegeldruk();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** Every text of a fiche's sections, in document order, footnote texts excluded. */
  public static List<Located<Tekst>> texts(Fiche f, NodePath p) {
    List<Located<Tekst>> out = new ArrayList<>();
    f.getAlgemeneGegevens().ifPresent(a -> {
      for (int i = 0; i < a.getOverigeOnderdelen().size(); i++) {
        out.add(new Located<>(a.getOverigeOnderdelen().get(i).getTekst(),
            p.fields("algemeneGegevens", "overigeOnderdelen").index(i).field("tekst")));
      }
    });
    if (f.getEssentie().isPresent()) {
      EssentieVoorstel e = f.getEssentie().get();
      out.add(new Located<>(e.getInhoud(), p.fields("essentie", "inhoud")));
      add(out, e.getImpactAssessment(), p.fields("essentie", "impactAssessment"));
    }
    if (f.getNederlandsePositie().isPresent()) {
      NederlandsePositie n = f.getNederlandsePositie().get();
      NodePath q = p.field("nederlandsePositie");
      add(out, n.getEssentieBeleid(), q.field("essentieBeleid"));
      add(out, n.getBeoordeling(), q.field("beoordeling"));
      add(out, n.getKrachtenveld(), q.field("krachtenveld"));
    }
    if (f.getGrondhouding().isPresent()) {
      for (String name : GRONDHOUDING_ITEMS) {
        Optional<GrondhoudingOnderdeel> item = item(f.getGrondhouding().get(), name);
        if (item.isPresent()) {
          out.add(new Located<>(item.get().getTekst(), p.fields("grondhouding", name, "tekst")));
        }
      }
    }
    if (f.getFinancieleGevolgen().isPresent()) {
      FinancieleGevolgen g = f.getFinancieleGevolgen().get();
      NodePath q = p.field("financieleGevolgen");
      add(out, g.getEuBegroting(), q.field("euBegroting"));
      add(out, g.getRijksoverheid(), q.field("rijksoverheid"));
      add(out, g.getBedrijfslevenEnBurger(), q.field("bedrijfslevenEnBurger"));
      add(out, g.getConcurrentiekracht(), q.field("concurrentiekracht"));
      add(out, g.getGeopolitiek(), q.field("geopolitiek"));
    }
    if (f.getConsequenties().isPresent()) {
      Consequenties c = f.getConsequenties().get();
      NodePath q = p.field("consequenties");
      add(out, c.getRegelgeving(), q.field("regelgeving"));
      add(out, c.getDelegatie(), q.field("delegatie"));
      add(out, c.getImplementatietermijn(), q.field("implementatietermijn"));
      add(out, c.getEvaluatie(), q.field("evaluatie"));
      add(out, c.getUitvoerbaarheid(), q.field("uitvoerbaarheid"));
      add(out, c.getHandhaafbaarheid(), q.field("handhaafbaarheid"));
    }
    add(out, f.getOntwikkelingslanden(), p.field("ontwikkelingslanden"));
    for (int i = 0; i < f.getOverigeSecties().size(); i++) {
      out.add(new Located<>(f.getOverigeSecties().get(i).getTekst(),
          p.field("overigeSecties").index(i).field("tekst")));
    }
    return out;
  }

  private static void add(List<Located<Tekst>> out, Optional<Tekst> t, NodePath p) {
    t.ifPresent(x -> out.add(new Located<>(x, p)));
  }
}
