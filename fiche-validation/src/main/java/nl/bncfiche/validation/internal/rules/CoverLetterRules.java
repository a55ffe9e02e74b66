package nl.bncfiche.validation.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.NotAFiche;
import nl.bncfiche.validation.internal.ReferenceReading;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.TextMatch;
import nl.bncfiche.validation.internal.Walk;

/**
 * The cover letter (family B): the announced count, the entry of the Kamerstuk's own fiche, the
 * dossier, and the numbers of the batch (close together, none twice). A letter's entries are
 * numbered when its Kamerstuk has a number or any entry refers to a Kamerstuk.
 */
public final class CoverLetterRules {
  /** The announced count equals the entries. */
  public static final String AANTAL = "BNC-B-001";

  /** A published Kamerstuk has exactly one entry without reference. */
  public static final String EIGEN_VERMELDING = "BNC-B-002";

  /** That entry's title matches the fiche. */
  public static final String EIGEN_TITEL = "BNC-B-003";

  /** Retired: the numbers of the batch were to be consecutive; see {@link #UITSCHIETER}. */
  public static final String NUMMERING = "BNC-B-004";

  /** The dossier is 22 112. */
  public static final String DOSSIER = "BNC-B-005";

  /** No number of the batch lies far from the others. */
  public static final String UITSCHIETER = "BNC-B-006";

  /** No two entries, nor an entry and the Kamerstuk itself, share a number. */
  public static final String DUBBEL = "BNC-B-007";

  /** A document that is no fiche is recognised as such. */
  public static final String GEEN_FICHE = "BNC-B-008";

  /**
   * How far a number may lie from the batch, beyond the batch's own size: real batches skip the
   * numbers that went to other documents in between, a typo ("5025" for 4025) lies much further.
   */
  static final int SPEELRUIMTE = 20;

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
                "Zodra het Kamerstuk een nummer heeft of een vermelding in de brief naar een Kamerstuk"
                    + " verwijst, MOET precies één vermelding zonder verwijzing zijn: die van de fiche in"
                    + " dit Kamerstuk.",
                "Once the Kamerstuk has a number or an entry of the letter refers to a Kamerstuk,"
                    + " exactly one entry MUST lack a reference: that of the fiche this Kamerstuk"
                    + " contains.",
                "{0} vermeldingen zonder verwijzing naar een Kamerstuk; verwacht: precies één.",
                "{0} entries without a Kamerstuk reference; expected exactly one.",
                (doc, out) ->
                    numbered(doc)
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
                "Zodra het Kamerstuk een nummer heeft of een vermelding in de brief naar een Kamerstuk"
                    + " verwijst, MOET de titel van de vermelding zonder verwijzing overeenkomen met de"
                    + " titel van de fiche (ruim vergeleken).",
                "Once the Kamerstuk has a number or an entry of the letter refers to a Kamerstuk, the"
                    + " title of the entry without reference MUST match the fiche's title (compared"
                    + " tolerantly).",
                "De brief vermeldt \"{0}\", maar de fiche heet \"{1}\".",
                "The letter lists \"{0}\", but the fiche is titled \"{1}\".",
                (doc, out) ->
                    numbered(doc)
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
            .source(Sources.DOSSIER),
        Rule.of(
                UITSCHIETER,
                Severity.WARNING,
                Profile.CONCEPT,
                "De Kamerstuknummers in dossier 22 112 van één brief MOETEN dicht bij elkaar en bij het"
                    + " eigen nummer van het Kamerstuk liggen; een reeks MAG nummers overslaan.",
                "The Kamerstuk numbers in dossier 22 112 of one letter MUST lie close to each other and"
                    + " to the Kamerstuk's own number; a batch MAY skip numbers.",
                "Nummer {0} ligt ver van de andere nummers van de brief (rond {1}); een tikfout?",
                "Number {0} lies far from the letter's other numbers (around {1}); a typo?",
                CoverLetterRules::outliers)
            .source(Sources.CONVENTION),
        Rule.of(
                DUBBEL,
                Severity.WARNING,
                Profile.CONCEPT,
                "Twee vermeldingen van één brief MOGEN NIET naar hetzelfde Kamerstuk in dossier 22 112"
                    + " verwijzen, en een vermelding MAG NIET het eigen nummer van het Kamerstuk hebben.",
                "Two entries of one letter MUST NOT refer to the same Kamerstuk in dossier 22 112, and"
                    + " an entry MUST NOT have the Kamerstuk's own number.",
                "Nummer {0} komt meer dan eens voor in de brief.",
                "Number {0} occurs more than once in the letter.",
                CoverLetterRules::duplicates)
            .source(Sources.CONVENTION),
        Rule.of(
                GEEN_FICHE,
                Severity.INFO,
                Profile.CONCEPT,
                "Een document dat geen fiche is (een kabinetsappreciatie, een brief in plaats van een"
                    + " BNC-fiche) MOET als zodanig herkend worden: de regels voor fiches gelden er niet"
                    + " voor.",
                "A document that is no fiche (a kabinetsappreciatie, a letter in place of a BNC-fiche)"
                    + " MUST be recognised as such: the rules for fiches do not apply to it.",
                "Dit document is geen fiche (een kabinetsappreciatie of een brief in plaats van een"
                    + " fiche); de regels voor fiches zijn niet toegepast.",
                "This document is no fiche (a kabinetsappreciatie or a letter in place of a fiche);"
                    + " the rules for fiches were not applied.",
                CoverLetterRules::notAFiche)
            .source(Sources.GEEN_FICHE));
  }

  /** Each part that is no fiche; without fiches, the letter that says it sends none. */
  private static void notAFiche(KamerstukDocument doc, Findings out) {
    if (doc.getFiches().isEmpty()) {
      if (NotAFiche.letterSays(doc)) {
        out.report(NodePath.root().field("brief"));
      }
      return;
    }
    for (int i = 0; i < doc.getFiches().size(); i++) {
      if (NotAFiche.is(doc, doc.getFiches().get(i))) {
        out.report(NodePath.fiche(i));
      }
    }
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

  /**
   * The letter when its entries are numbered: the Kamerstuk has a number, or an entry refers to a
   * Kamerstuk. Then the one entry without a reference is the fiche of this Kamerstuk, whether the
   * text kept the header or not (a Word export of a numbered batch has none).
   */
  private static Optional<Aanbiedingsbrief> numbered(KamerstukDocument doc) {
    return doc.getBrief()
        .filter(
            b ->
                Walk.isPublished(doc)
                    || b.getVermeldingen().stream().anyMatch(v -> v.getReferentie().isPresent()));
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

  /** A number of the batch in dossier 22 112, with where it stands. */
  private record Numbered(int number, NodePath path) {}

  /**
   * The numbers in dossier 22 112 of the letter's entries, in order, read tolerantly ({@link
   * ReferenceReading}); then the Kamerstuk's own number, when the header has one in digits.
   */
  private static List<Numbered> numbers(KamerstukDocument doc) {
    List<Numbered> result = new ArrayList<>();
    if (doc.getBrief().isEmpty()) {
      return result;
    }
    List<BriefVermelding> entries = doc.getBrief().get().getVermeldingen();
    for (int i = 0; i < entries.size(); i++) {
      Optional<ReferenceReading> r = entries.get(i).getReferentie().flatMap(ReferenceReading::of);
      if (r.isPresent() && r.get().dossiers().contains(BNC_DOSSIER) && !r.get().ondernummer()) {
        Optional<Integer> n = r.get().number();
        if (n.isPresent()) {
          result.add(
              new Numbered(
                  n.get(),
                  NodePath.root().fields("brief", "vermeldingen").index(i).field("referentie")));
        }
      }
    }
    doc.getKop()
        .flatMap(k -> k.getNummer())
        .filter(n -> !n.isEmpty() && n.length() < 9 && Character.isDigit(n.charAt(0)))
        .flatMap(TextMatch::count)
        .ifPresent(n -> result.add(new Numbered(n, NodePath.root().fields("kop", "nummer"))));
    return result;
  }

  /**
   * Reports the numbers that lie further than the batch's size plus {@value #SPEELRUIMTE} from the
   * batch's (lower) median; of two numbers, one of them the Kamerstuk's own, from the own number.
   */
  private static void outliers(KamerstukDocument doc, Findings out) {
    List<Numbered> numbers = numbers(doc);
    if (numbers.size() < 2) {
      return;
    }
    Numbered last = numbers.get(numbers.size() - 1);
    int reference;
    if (numbers.size() == 2 && last.path().segments().get(0).equals("kop")) {
      reference = last.number();
    } else {
      List<Integer> sorted = new ArrayList<>();
      numbers.forEach(n -> sorted.add(n.number()));
      sorted.sort(null);
      reference = sorted.get((sorted.size() - 1) / 2);
    }
    int tolerance = numbers.size() + SPEELRUIMTE;
    for (Numbered n : numbers) {
      if (Math.abs((long) n.number() - reference) > tolerance) {
        out.report(n.path(), Integer.toString(n.number()), Integer.toString(reference));
      }
    }
  }

  /**
   * Reports every occurrence of a number but one: the header's own number counts first, so that an
   * entry repeating it is the one reported.
   */
  private static void duplicates(KamerstukDocument doc, Findings out) {
    List<Numbered> numbers = numbers(doc);
    TreeSet<Integer> seen = new TreeSet<>();
    for (int i = numbers.size() - 1; i >= 0; i--) {
      Numbered n = numbers.get(i);
      if (!seen.add(n.number())) {
        out.report(n.path(), Integer.toString(n.number()));
      }
    }
  }
}
