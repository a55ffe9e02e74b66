package nl.bncfiche.validation.internal;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.id.Parsed;

/**
 * Visits every text value of a document with its path: header, letter, every fiche field, every run
 * of every paragraph, footnotes, unknown sections and items. Identifier fields give their text.
 */
public final class AllStrings {
  /** What is done with each text value. */
  @FunctionalInterface
  public interface Visitor {
    /** Visits {@code value} at {@code path}. */
    void visit(String value, NodePath path);
  }

  private AllStrings() {}

  /** Visits every text value of {@code doc} in document order. */
  public static void visit(KamerstukDocument doc, Visitor v) {
    NodePath root = NodePath.root();
    doc.getKop().ifPresent(k -> kop(k, root.field("kop"), v));
    doc.getBrief().ifPresent(b -> brief(b, root.field("brief"), v));
    // Every fiche, those that are no fiche too: a control character is unsafe anywhere.
    for (int i = 0; i < doc.getFiches().size(); i++) {
      fiche(doc.getFiches().get(i), NodePath.fiche(i), v);
    }
  }

  private static void kop(KamerstukKop k, NodePath p, Visitor v) {
    opt(k.getDossier(), p.field("dossier"), v);
    opt(k.getDossierTitel(), p.field("dossierTitel"), v);
    opt(k.getNummer(), p.field("nummer"), v);
    opt(k.getAfzender(), p.field("afzender"), v);
    opt(k.getGeadresseerde(), p.field("geadresseerde"), v);
    opt(k.getPlaats(), p.field("plaats"), v);
    k.getDatum().ifPresent(d -> v.visit(d.getText(), p.field("datum")));
  }

  private static void brief(Aanbiedingsbrief b, NodePath p, Visitor v) {
    opt(b.getAankondiging(), p.field("aankondiging"), v);
    opt(b.getAantalZoalsGeschreven(), p.field("aantalZoalsGeschreven"), v);
    list(b.getAanvullendeZinnen(), p.field("aanvullendeZinnen"), v);
    List<BriefVermelding> vermeldingen = b.getVermeldingen();
    for (int i = 0; i < vermeldingen.size(); i++) {
      BriefVermelding e = vermeldingen.get(i);
      NodePath q = p.field("vermeldingen").index(i);
      opt(e.getMarkering(), q.field("markering"), v);
      opt(e.getVoorvoegsel(), q.field("voorvoegsel"), v);
      v.visit(e.getTitel(), q.field("titel"));
      e.getReferentie().ifPresent(r -> v.visit(r.getText(), q.field("referentie")));
    }
    opt(b.getOndertekenaarFunctie(), p.field("ondertekenaarFunctie"), v);
    opt(b.getOndertekenaarNaam(), p.field("ondertekenaarNaam"), v);
  }

  private static void fiche(Fiche f, NodePath p, Visitor v) {
    v.visit(f.getTitel(), p.field("titel"));
    f.getAlgemeneGegevens().ifPresent(a -> algemeen(a, p.field("algemeneGegevens"), v));
    for (Located<Tekst> t : Walk.texts(f, p)) {
      tekst(t.value(), t.path(), v);
    }
    for (int i = 0; i < f.getOverigeSecties().size(); i++) {
      v.visit(
          f.getOverigeSecties().get(i).getKop(), p.field("overigeSecties").index(i).field("kop"));
    }
    for (int i = 0; i < f.getVoetnoten().size(); i++) {
      tekst(f.getVoetnoten().get(i).getTekst(), p.field("voetnoten").index(i).field("tekst"), v);
    }
  }

  private static void algemeen(AlgemeneGegevens a, NodePath p, Visitor v) {
    list(a.getTitels(), p.field("titels"), v);
    a.getDatumOntvangst().ifPresent(d -> v.visit(d.getText(), p.field("datumOntvangst")));
    parsed(a.getCommissieDocumenten(), p.field("commissieDocumenten"), v);
    for (int i = 0; i < a.getEurLex().size(); i++) {
      v.visit(a.getEurLex().get(i).getTekst(), p.field("eurLex").index(i));
    }
    a.getImpactAssessment().ifPresent(i -> v.visit(i.getTekst(), p.field("impactAssessment")));
    opt(a.getBehandelingstrajectRaad(), p.field("behandelingstrajectRaad"), v);
    a.getEerstverantwoordelijkMinisterie()
        .ifPresent(m -> v.visit(m.getTekst(), p.field("eerstverantwoordelijkMinisterie")));
    list(a.getRechtsbasis(), p.field("rechtsbasis"), v);
    opt(a.getBesluitvormingsprocedureRaad(), p.field("besluitvormingsprocedureRaad"), v);
    opt(a.getRolEuropeesParlement(), p.field("rolEuropeesParlement"), v);
    parsed(a.getProcedures(), p.field("procedures"), v);
    for (int i = 0; i < a.getOverigeOnderdelen().size(); i++) {
      v.visit(
          a.getOverigeOnderdelen().get(i).getLabel(),
          p.field("overigeOnderdelen").index(i).field("label"));
    }
  }

  private static void tekst(Tekst t, NodePath p, Visitor v) {
    List<Alinea> alineas = t.getAlineas();
    for (int i = 0; i < alineas.size(); i++) {
      List<Inline> inhoud = alineas.get(i).getInhoud();
      for (int j = 0; j < inhoud.size(); j++) {
        if (inhoud.get(j) instanceof TekstRun) {
          v.visit(
              ((TekstRun) inhoud.get(j)).getTekst(),
              p.field("alineas").index(i).field("inhoud").index(j));
        }
      }
    }
  }

  private static void opt(Optional<String> s, NodePath p, Visitor v) {
    s.ifPresent(x -> v.visit(x, p));
  }

  private static void list(List<String> values, NodePath p, Visitor v) {
    for (int i = 0; i < values.size(); i++) {
      v.visit(values.get(i), p.index(i));
    }
  }

  private static void parsed(List<? extends Parsed<?>> values, NodePath p, Visitor v) {
    for (int i = 0; i < values.size(); i++) {
      v.visit(values.get(i).getText(), p.index(i));
    }
  }
}
