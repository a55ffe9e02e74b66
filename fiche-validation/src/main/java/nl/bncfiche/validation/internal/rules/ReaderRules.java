package nl.bncfiche.validation.internal.rules;

import java.util.List;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Rule;

/**
 * What the readers report while they read (family R): text they could not place in the template, a
 * title taken from elsewhere, Word revisions and notes, a presumed template. The readers
 * (fiche-rendering's {@code ReadFinding}, fiche-docx) find these, not the validator, whose checks
 * here do nothing: the entries give the ids their place in the catalogue, with severity and source,
 * and the message is the reader's own.
 */
public final class ReaderRules {
  private ReaderRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        reader(
            "BNC-R-001",
            Severity.INFO,
            "Tekst vóór de fiche MOET bij de aanbiedingsbrief horen; andere tekst wordt bewaard als"
                + " aanvullende zin van de brief.",
            "Text before the fiche MUST belong to the cover letter; other text is kept as one of"
                + " the letter's further sentences."),
        reader(
            "BNC-R-002",
            Severity.INFO,
            "Een fiche MOET een titelregel 'Fiche: …' hebben; zonder die regel is de titel die van"
                + " de brief of van onderdeel 1a.",
            "A fiche MUST have a title line 'Fiche: …'; without it, its title is the letter's or"
                + " that of item 1a."),
        reader(
            "BNC-R-003",
            Severity.WARNING,
            "Tekst in sectie 1 MOET bij een onderdeel met een herkend label staan; andere tekst"
                + " wordt bewaard als onderdeel zonder label (onderdeel niet herkend).",
            "Text in section 1 MUST stand under an item with a recognised label; other text is"
                + " kept as an item without label (item not recognised)."),
        reader(
            "BNC-R-004",
            Severity.WARNING,
            "Tekst van een fiche MOET in een sectie of onderdeel van het sjabloon staan; andere"
                + " tekst wordt bewaard als overige sectie.",
            "A fiche's text MUST stand in a section or item of the template; other text is kept as"
                + " a further section."),
        reader(
            "BNC-R-005",
            Severity.INFO,
            "Tekst in de aanbiedingsbrief na de eerste vermelding MOET bij een vermelding horen;"
                + " andere tekst wordt bewaard als aanvullende zin.",
            "Text in the cover letter after its first entry MUST belong to an entry; other text is"
                + " kept as a further sentence."),
        reader(
            "BNC-R-006",
            Severity.WARNING,
            "Een sectie van het sjabloon MAG NIET twee keer voorkomen; de tweede wordt bewaard als"
                + " overige sectie.",
            "A section of the template MUST NOT occur twice; the second is kept as a further"
                + " section."),
        reader(
            "BNC-R-007",
            Severity.WARNING,
            "Een tekst met een aanbiedingsbrief of Kamerstukkop MOET een herkenbare fiche bevatten"
                + " (een regel 'Fiche: …' of bekende sectiekoppen), of zeggen dat hij er geen"
                + " stuurt.",
            "A text with a cover letter or Kamerstuk header MUST hold a recognisable fiche (a line"
                + " 'Fiche: …' or known section headings), or say that it sends none."),
        reader(
            "BNC-R-008",
            Severity.WARNING,
            "Een Word-document MOET zonder bijgehouden wijzigingen worden aangeboden; ze worden"
                + " gelezen als geaccepteerd.",
            "A Word document MUST be submitted without tracked changes; they are read as"
                + " accepted."),
        reader(
            "BNC-R-009",
            Severity.INFO,
            "Opmerkingen in een Word-document MOETEN vóór het aanbieden zijn verwerkt; ze worden"
                + " niet gelezen.",
            "Comments in a Word document MUST be resolved before submission; they are not read."),
        reader(
            "BNC-R-010",
            Severity.WARNING,
            "Een fiche MOET voetnoten gebruiken, geen eindnoten; eindnoten worden niet gelezen.",
            "A fiche MUST use footnotes, not endnotes; endnotes are not read."),
        reader(
            "BNC-R-011",
            Severity.INFO,
            "De koppen en labels van een fiche MOETEN het sjabloon en de generatie tonen; waar ze"
                + " dat niet doen, worden ze vermoed (een mededeling, de generatie uit het jaar van"
                + " 1b) en melden de regels die ervan afhangen hoogstens een waarschuwing.",
            "A fiche's headings and labels MUST show its template and generation; where they do"
                + " not, these are presumed (a communication, the generation from the year of 1b)"
                + " and the rules that depend on them report at most a warning."));
  }

  private static Rule reader(String id, Severity severity, String nl, String en) {
    // The message is the reader's; the validator never reports these itself.
    return Rule.of(id, severity, Profile.CONCEPT, nl, en, "{0}", "{1}", (doc, out) -> {})
        .source(Sources.CONVENTION);
  }
}
