package nl.bncfiche.integration.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.ImmutableEssentieVoorstel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableGrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableKamerstukKop;
import nl.bncfiche.model.ImmutableNederlandsePositie;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;

/**
 * Random damage to a document, drawn from a seeded {@link Random}: parts and list items dropped,
 * texts blanked, identifiers garbled. What a half-finished draft or a badly read file looks like.
 */
final class Damage {
  private static final int KINDS = 16;

  private final Random random;

  Damage(long seed) {
    this.random = new Random(seed);
  }

  /** The document with one to six random damages. */
  KamerstukDocument apply(KamerstukDocument d) {
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      d = once(d);
    }
    return d;
  }

  private KamerstukDocument once(KamerstukDocument d) {
    ImmutableKamerstukDocument doc = ImmutableKamerstukDocument.copyOf(d);
    if (doc.getFiches().isEmpty()) {
      return doc;
    }
    ImmutableFiche f = ImmutableFiche.copyOf(doc.getFiches().get(0));
    return switch (random.nextInt(KINDS)) {
      case 0 -> doc.withKop(Optional.empty());
      case 1 -> doc.withBrief(Optional.empty());
      case 2 -> random.nextBoolean() ? doc.withFiches(List.of()) : doc.withFiches(f, f);
      case 3 -> with(doc, f.withAlgemeneGegevens(Optional.empty()));
      case 4 ->
          with(
              doc,
              random.nextBoolean()
                  ? f.withEssentie(Optional.empty())
                  : f.withEssentie(
                      f.getEssentie()
                          .map(
                              e -> ImmutableEssentieVoorstel.copyOf(e).withInhoud(Tekst.of(" ")))));
      case 5 ->
          with(
              doc,
              random.nextBoolean()
                  ? f.withNederlandsePositie(Optional.empty())
                  : f.withNederlandsePositie(
                      f.getNederlandsePositie()
                          .map(
                              n ->
                                  ImmutableNederlandsePositie.copyOf(n)
                                      .withBeoordeling(Tekst.leeg()))));
      case 6 ->
          with(
              doc,
              random.nextBoolean()
                  ? f.withGrondhouding(Optional.empty())
                  : f.withGrondhouding(
                      f.getGrondhouding()
                          .map(
                              g ->
                                  ImmutableGrondhouding.copyOf(g)
                                      .withBevoegdheid(
                                          g.getBevoegdheid()
                                              .map(
                                                  b ->
                                                      ImmutableGrondhoudingOnderdeel.copyOf(b)
                                                          .withOordeel(Optional.empty())
                                                          .withTekst(Tekst.leeg()))))));
      case 7 ->
          with(
              doc,
              f.withConsequenties(Optional.empty())
                  .withFinancieleGevolgen(Optional.empty())
                  .withOntwikkelingslanden(
                      random.nextBoolean() ? Optional.empty() : Optional.of(Tekst.of(""))));
      case 8 -> with(doc, f.withVoetnoten(drop(f.getVoetnoten())));
      case 9 ->
          with(doc, f.withTitel(random.nextBoolean() ? "" : "   ").withSjabloon(Optional.empty()));
      case 10 -> with(doc, f.withGeneratie(Optional.empty()).withSoort(Optional.empty()));
      case 11 ->
          algemeen(
              doc,
              f,
              a ->
                  a.withDatumOntvangst(Parsed.parse(garbage(), NederlandseDatum::parse))
                      .withCommissieDocumenten(Parsed.parse(garbage(), CommissieDocument::parse)));
      case 12 ->
          algemeen(
              doc,
              f,
              a ->
                  a.withProcedures(Parsed.parse(garbage(), ProcedureNummer::parse))
                      .withEurLex(drop(a.getEurLex()))
                      .withTitels(drop(a.getTitels())));
      case 13 ->
          doc.getKop().isEmpty()
              ? doc
              : doc.withKop(
                  ImmutableKamerstukKop.copyOf(doc.getKop().get())
                      .withDatum(Parsed.parse(garbage(), NederlandseDatum::parse))
                      .withNummer(garbage())
                      .withDossier(garbage()));
      case 14 -> doc.getBrief().isEmpty() ? doc : doc.withBrief(brief(doc.getBrief().get()));
      default ->
          algemeen(
              doc,
              f,
              a ->
                  a.withBehandelingstrajectRaad(garbage())
                      .withEerstverantwoordelijkMinisterie(Optional.empty())
                      .withRolEuropeesParlement(" "));
    };
  }

  private ImmutableAanbiedingsbrief brief(nl.bncfiche.model.Aanbiedingsbrief b) {
    ImmutableAanbiedingsbrief c =
        ImmutableAanbiedingsbrief.copyOf(b).withVermeldingen(drop(b.getVermeldingen()));
    if (!c.getVermeldingen().isEmpty()) {
      List<nl.bncfiche.model.BriefVermelding> list = new ArrayList<>(c.getVermeldingen());
      int i = random.nextInt(list.size());
      list.set(
          i,
          ImmutableBriefVermelding.copyOf(list.get(i))
              .withTitel("")
              .withReferentie(Parsed.parse(garbage(), KamerstukReferentie::parse)));
      c = c.withVermeldingen(list);
    }
    return random.nextBoolean()
        ? c.withAantalZoalsGeschreven(garbage())
        : c.withAangekondigdAantal(0);
  }

  private interface Change {
    ImmutableAlgemeneGegevens apply(ImmutableAlgemeneGegevens a);
  }

  private static KamerstukDocument algemeen(
      ImmutableKamerstukDocument doc, ImmutableFiche f, Change c) {
    return f.getAlgemeneGegevens().isEmpty()
        ? doc
        : with(
            doc,
            f.withAlgemeneGegevens(
                c.apply(ImmutableAlgemeneGegevens.copyOf(f.getAlgemeneGegevens().get()))));
  }

  private static KamerstukDocument with(ImmutableKamerstukDocument doc, Fiche f) {
    List<Fiche> fiches = new ArrayList<>(doc.getFiches());
    fiches.set(0, f);
    return doc.withFiches(fiches);
  }

  /** The list with a random element removed, or cleared now and then. */
  private <T> List<T> drop(List<T> list) {
    if (list.isEmpty() || random.nextInt(4) == 0) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(list);
    copy.remove(random.nextInt(copy.size()));
    return copy;
  }

  private String garbage() {
    String[] g = {
      "garbage",
      "",
      " ",
      "COM(",
      "2026/",
      "31 februari",
      "Kamerstuk",
      "\u0000",
      "(((((",
      "x".repeat(3000),
      "٣١ مارس ٢٠٢٦",
      "İ",
      "22 112, nr. ",
      "5202X"
    };
    return g[random.nextInt(g.length)];
  }
}
