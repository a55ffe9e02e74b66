package nl.bncfiche.testing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;

/**
 * Small, targeted changes to a generated document: one part replaced, the rest left as it was. The
 * document must have the part that is changed (a generated one has all of them).
 */
final class Edits {
  private Edits() {}

  /** The document with its (only) fiche changed. */
  static KamerstukDocument fiche(KamerstukDocument d, UnaryOperator<ImmutableFiche> change) {
    List<Fiche> fiches = new ArrayList<>(d.getFiches());
    fiches.set(0, change.apply(ImmutableFiche.copyOf(fiches.get(0))));
    return ImmutableKamerstukDocument.copyOf(d).withFiches(fiches);
  }

  /**
   * The document with its fiche changed, then stripped of the footnotes no text refers to any more:
   * for changes that blank a text which may have held the only reference to a footnote.
   */
  static KamerstukDocument ficheZonderLosseVoetnoten(
      KamerstukDocument d, UnaryOperator<ImmutableFiche> change) {
    return fiche(
        d,
        f -> {
          ImmutableFiche changed = change.apply(f);
          Set<Integer> used = new HashSet<>();
          for (Tekst t : texts(changed)) {
            used.addAll(t.voetnootNummers());
          }
          List<Voetnoot> kept = new ArrayList<>();
          for (Voetnoot v : changed.getVoetnoten()) {
            if (used.contains(v.getNummer())) {
              kept.add(v);
            }
          }
          return changed.withVoetnoten(kept);
        });
  }

  /** The document with section 1 of its fiche changed. */
  static KamerstukDocument algemeen(
      KamerstukDocument d, UnaryOperator<ImmutableAlgemeneGegevens> change) {
    return fiche(
        d,
        f ->
            f.withAlgemeneGegevens(
                change.apply(
                    ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().orElseThrow()))));
  }

  /** The document with section 4 of its fiche changed. */
  static KamerstukDocument grondhouding(
      KamerstukDocument d, UnaryOperator<ImmutableGrondhouding> change) {
    return fiche(
        d,
        f ->
            f.withGrondhouding(
                change.apply(ImmutableGrondhouding.copyOf(f.getGrondhouding().orElseThrow()))));
  }

  /** The document with its cover letter changed. */
  static KamerstukDocument brief(
      KamerstukDocument d, UnaryOperator<ImmutableAanbiedingsbrief> change) {
    return ImmutableKamerstukDocument.copyOf(d)
        .withBrief(change.apply(ImmutableAanbiedingsbrief.copyOf(d.getBrief().orElseThrow())));
  }

  /** The document with entry {@code i} of its cover letter replaced. */
  static KamerstukDocument vermelding(KamerstukDocument d, int i, BriefVermelding entry) {
    return brief(
        d,
        b -> {
          List<BriefVermelding> list = new ArrayList<>(b.getVermeldingen());
          list.set(i, entry);
          return b.withVermeldingen(list);
        });
  }

  /** The document with its header changed. */
  static KamerstukDocument kop(KamerstukDocument d, UnaryOperator<ImmutableKamerstukKop> change) {
    return ImmutableKamerstukDocument.copyOf(d)
        .withKop(change.apply(ImmutableKamerstukKop.copyOf(d.getKop().orElseThrow())));
  }

  /** The index of the letter's entry for the document's own fiche: the one without reference. */
  static int eigenVermelding(KamerstukDocument d) {
    List<BriefVermelding> v = d.getBrief().orElseThrow().getVermeldingen();
    for (int i = 0; i < v.size(); i++) {
      if (v.get(i).getReferentie().isEmpty()) {
        return i;
      }
    }
    throw new IllegalStateException("the letter has no entry without reference");
  }

  /**
   * The index of an entry with a reference at one end of the batch's numbering (the first entry, or
   * the last when the first is the document's own): changing it leaves no gap in the numbers. Needs
   * a letter of at least two entries.
   */
  static int randVermelding(KamerstukDocument d) {
    return eigenVermelding(d) == 0 ? d.getBrief().orElseThrow().getVermeldingen().size() - 1 : 0;
  }

  /** The highest number the letter refers to. */
  static int hoogsteVerwijzing(KamerstukDocument d) {
    int max = 0;
    for (BriefVermelding v : d.getBrief().orElseThrow().getVermeldingen()) {
      Optional<KamerstukReferentie> r = v.getReferentie().flatMap(Parsed::getValue);
      if (r.isPresent()) {
        max = Math.max(max, Integer.parseInt(r.get().getNumber()));
      }
    }
    return max;
  }

  /** The highest footnote number of the fiche, 0 when it has none. */
  static int hoogsteVoetnoot(Fiche f) {
    return f.getVoetnoten().stream().mapToInt(Voetnoot::getNummer).max().orElse(0);
  }

  /** The text with {@code extra} appended as its last paragraph. */
  static Tekst plus(Tekst t, Alinea extra) {
    return Tekst.builder().addAllAlineas(t.getAlineas()).addAlinea(extra).build();
  }

  /** The text with {@code first} put before its paragraphs. */
  static Tekst voor(Alinea first, Tekst t) {
    return Tekst.builder().addAlinea(first).addAllAlineas(t.getAlineas()).build();
  }

  /** The list with {@code extra} appended. */
  @SafeVarargs
  static <T> List<T> plus(List<T> list, T... extra) {
    List<T> copy = new ArrayList<>(list);
    copy.addAll(List.of(extra));
    return copy;
  }

  /** Every text of a fiche that may hold a footnote reference, footnote texts included. */
  static List<Tekst> texts(Fiche f) {
    List<Tekst> out = new ArrayList<>();
    f.getAlgemeneGegevens()
        .ifPresent(
            a -> a.getOverigeOnderdelen().stream().map(Onderdeel::getTekst).forEach(out::add));
    f.getEssentie()
        .ifPresent(
            e -> {
              out.add(e.getInhoud());
              e.getImpactAssessment().ifPresent(out::add);
            });
    f.getNederlandsePositie()
        .ifPresent(n -> add(out, n.getEssentieBeleid(), n.getBeoordeling(), n.getKrachtenveld()));
    f.getGrondhouding()
        .ifPresent(
            g -> {
              for (Optional<GrondhoudingOnderdeel> o :
                  List.of(
                      g.getBevoegdheid(),
                      g.getSubsidiariteit(),
                      g.getProportionaliteit(),
                      g.getFinancieleGevolgen(),
                      g.getRegeldruk())) {
                o.map(GrondhoudingOnderdeel::getTekst).ifPresent(out::add);
              }
            });
    f.getFinancieleGevolgen()
        .ifPresent(
            g ->
                add(
                    out,
                    g.getEuBegroting(),
                    g.getRijksoverheid(),
                    g.getBedrijfslevenEnBurger(),
                    g.getConcurrentiekracht(),
                    g.getGeopolitiek()));
    f.getConsequenties()
        .ifPresent(
            c ->
                add(
                    out,
                    c.getRegelgeving(),
                    c.getDelegatie(),
                    c.getImplementatietermijn(),
                    c.getEvaluatie(),
                    c.getUitvoerbaarheid(),
                    c.getHandhaafbaarheid()));
    f.getOntwikkelingslanden().ifPresent(out::add);
    f.getOverigeSecties().stream().map(Sectie::getTekst).forEach(out::add);
    f.getVoetnoten().stream().map(Voetnoot::getTekst).forEach(out::add);
    return out;
  }

  @SafeVarargs
  private static void add(List<Tekst> out, Optional<Tekst>... texts) {
    for (Optional<Tekst> t : texts) {
      t.ifPresent(out::add);
    }
  }
}
