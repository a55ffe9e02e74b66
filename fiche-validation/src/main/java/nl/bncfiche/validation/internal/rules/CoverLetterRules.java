package nl.bncfiche.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.TextMatch;
import nl.bncfiche.validation.internal.Walk;

/**
 * The cover letter (family B): the announced count, the entry of the Kamerstuk's own fiche, the
 * numbering of the batch and the dossier. A document is a published Kamerstuk when its header has a
 * number.
 */
public final class CoverLetterRules {
  /** The announced count equals the entries. */
  public static final String AANTAL = "BNC-B-001";

  /** A published Kamerstuk has exactly one entry without reference. */
  public static final String EIGEN_VERMELDING = "BNC-B-002";

  /** That entry's title matches the fiche. */
  public static final String EIGEN_TITEL = "BNC-B-003";

  /** The numbers of the batch are consecutive, the gap being the Kamerstuk's own number. */
  public static final String NUMMERING = "BNC-B-004";

  /** The dossier is 22 112. */
  public static final String DOSSIER = "BNC-B-005";

  /** The dossier of the BNC-fiches. */
  public static final int BNC_DOSSIER = 22112;

  private CoverLetterRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                AANTAL,
                Severity.WARNING,
                Profile.CONCEPT,
                "Het aantal fiches dat de aanbiedingsbrief aankondigt (in cijfers of in woorden) MOET gelijk"
                    + " zijn aan het aantal vermelde fiches.",
                "The number of fiches the cover letter announces (in digits or words) MUST equal the number"
                    + " of fiches it lists.",
                "De brief kondigt {0} fiches aan maar vermeldt er {1}.",
                "The letter announces {0} fiches but lists {1}.",
                (doc, out) -> doc.getBrief().ifPresent(b -> count(b, out)))
            .source(Sources.CONVENTION),
        Rule.of(
                EIGEN_VERMELDING,
                Severity.WARNING,
                Profile.CONCEPT,
                "In een gepubliceerd Kamerstuk MOET precies één vermelding in de brief zonder verwijzing naar"
                    + " een Kamerstuk zijn: die van de fiche in dit Kamerstuk.",
                "In a published Kamerstuk exactly one entry of the letter MUST lack a Kamerstuk reference:"
                    + " that of the fiche this Kamerstuk contains.",
                "{0} vermeldingen zonder verwijzing naar een Kamerstuk; verwacht: precies één.",
                "{0} entries without a Kamerstuk reference; expected exactly one.",
                (doc, out) ->
                    published(doc)
                        .ifPresent(
                            b -> {
                              int without = withoutReference(b).size();
                              if (without != 1 && !b.getVermeldingen().isEmpty()) {
                                out.report(
                                    NodePath.root().fields("brief", "vermeldingen"),
                                    Integer.toString(without));
                              }
                            }))
            .source(Sources.CONVENTION),
        Rule.of(
                EIGEN_TITEL,
                Severity.WARNING,
                Profile.CONCEPT,
                "In een gepubliceerd Kamerstuk MOET de titel van de vermelding zonder verwijzing"
                    + " overeenkomen met de titel van de fiche (ruim vergeleken).",
                "In a published Kamerstuk the title of the entry without reference MUST match the fiche's"
                    + " title (compared tolerantly).",
                "De brief vermeldt \"{0}\", maar de fiche heet \"{1}\".",
                "The letter lists \"{0}\", but the fiche is titled \"{1}\".",
                (doc, out) ->
                    published(doc)
                        .ifPresent(
                            b -> {
                              List<Integer> without = withoutReference(b);
                              if (without.size() == 1 && !doc.getFiches().isEmpty()) {
                                int i = without.get(0);
                                String entry = b.getVermeldingen().get(i).getTitel();
                                String titel = doc.getFiches().get(0).getTitel();
                                if (!titel.isBlank() && !TextMatch.sameTitle(entry, titel)) {
                                  NodePath p =
                                      NodePath.root().fields("brief", "vermeldingen").index(i);
                                  // An empty title is not written to JSON: then the entry itself is
                                  // the
                                  // place.
                                  out.report(entry.isBlank() ? p : p.field("titel"), entry, titel);
                                }
                              }
                            }))
            .source(Sources.CONVENTION),
        Rule.of(
                NUMMERING,
                Severity.WARNING,
                Profile.CONCEPT,
                "De Kamerstuknummers van één brief MOETEN opeenvolgend zijn; het ene ontbrekende nummer MOET"
                    + " het eigen nummer van het Kamerstuk zijn.",
                "The Kamerstuk numbers of one letter MUST be consecutive; the one missing number MUST be the"
                    + " Kamerstuk's own number.",
                "De nummers {0} vormen met het eigen nummer {1} geen opeenvolgende reeks.",
                "The numbers {0} together with the own number {1} are not consecutive.",
                CoverLetterRules::numbering)
            .source(Sources.CONVENTION),
        Rule.of(
                DOSSIER,
                Severity.WARNING,
                Profile.CONCEPT,
                "Een fiche MOET verschijnen in dossier 22 112 (Nieuwe Commissievoorstellen en initiatieven van"
                    + " de lidstaten van de Europese Unie).",
                "A fiche MUST be published in dossier 22 112 (Nieuwe Commissievoorstellen en initiatieven van"
                    + " de lidstaten van de Europese Unie).",
                "Dossier \"{0}\" is niet 22 112.",
                "Dossier \"{0}\" is not 22 112.",
                (doc, out) ->
                    doc.getKop()
                        .flatMap(k -> k.getDossier())
                        .ifPresent(
                            d -> {
                              // A blank dossier is a missing one, not a wrong one (and JSON leaves
                              // it
                              // out).
                              if (!d.isBlank() && !isBncDossier(d)) {
                                out.report(NodePath.root().fields("kop", "dossier"), d);
                              }
                            }))
            .source(Sources.DOSSIER));
  }

  static boolean isBncDossier(String d) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < d.length() && i < 40; i++) {
      char c = d.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ' ' && c != '\u00a0' && c != '.') {
        return false;
      }
    }
    return digits.toString().equals(Integer.toString(BNC_DOSSIER));
  }

  private static Optional<Aanbiedingsbrief> published(KamerstukDocument doc) {
    return Walk.isPublished(doc) ? doc.getBrief() : Optional.empty();
  }

  private static List<Integer> withoutReference(Aanbiedingsbrief b) {
    List<Integer> result = new ArrayList<>();
    for (int i = 0; i < b.getVermeldingen().size(); i++) {
      if (b.getVermeldingen().get(i).getReferentie().isEmpty()) {
        result.add(i);
      }
    }
    return result;
  }

  private static void count(Aanbiedingsbrief b, Findings out) {
    int listed = b.getVermeldingen().size();
    NodePath brief = NodePath.root().field("brief");
    Optional<Integer> written = b.getAantalZoalsGeschreven().flatMap(TextMatch::count);
    if (b.getAangekondigdAantal().isPresent()) {
      int announced = b.getAangekondigdAantal().get();
      if (announced != listed) {
        out.report(
            brief.field("aangekondigdAantal"),
            Integer.toString(announced),
            Integer.toString(listed));
      }
      if (written.isPresent() && written.get() != announced) {
        out.report(
            brief.field("aantalZoalsGeschreven"),
            b.getAantalZoalsGeschreven().get(),
            Integer.toString(listed));
      }
    } else if (written.isPresent() && written.get() != listed) {
      out.report(
          brief.field("aantalZoalsGeschreven"),
          b.getAantalZoalsGeschreven().get(),
          Integer.toString(listed));
    }
  }

  private static void numbering(KamerstukDocument doc, Findings out) {
    if (doc.getBrief().isEmpty()) {
      return;
    }
    Aanbiedingsbrief b = doc.getBrief().get();
    List<Integer> numbers = new ArrayList<>();
    for (BriefVermelding v : b.getVermeldingen()) {
      Optional<KamerstukReferentie> r = v.getReferentie().flatMap(Parsed::getValue);
      if (r.isPresent()
          && r.get().getDossierNummer() == BNC_DOSSIER
          && r.get().getOndernummer().isEmpty()) {
        Optional<Integer> n =
            TextMatch.count(r.get().getNummer()).filter(x -> r.get().getNummer().length() < 9);
        if (n.isPresent() && Character.isDigit(r.get().getNummer().charAt(0))) {
          numbers.add(n.get());
        }
      }
    }
    if (numbers.isEmpty()) {
      return;
    }
    Optional<Integer> own =
        doc.getKop()
            .flatMap(k -> k.getNummer())
            .filter(n -> !n.isEmpty() && Character.isDigit(n.charAt(0)))
            .flatMap(TextMatch::count);
    TreeSet<Integer> all = new TreeSet<>(numbers);
    boolean duplicates = all.size() != numbers.size();
    int allowedGaps;
    if (own.isPresent()) {
      duplicates |= !all.add(own.get());
      allowedGaps = 0;
    } else {
      allowedGaps = withoutReference(b).size();
    }
    int gaps = all.last() - all.first() + 1 - all.size();
    if (duplicates || gaps > allowedGaps) {
      StringBuilder sb = new StringBuilder();
      for (int n : numbers) {
        sb.append(sb.length() == 0 ? "" : ", ").append(n);
      }
      out.report(
          NodePath.root().fields("brief", "vermeldingen"),
          sb.toString(),
          own.map(String::valueOf).orElse("—"));
    }
  }
}
