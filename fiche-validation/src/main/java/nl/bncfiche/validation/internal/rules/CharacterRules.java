package nl.bncfiche.validation.internal.rules;

import java.util.List;
import java.util.Locale;
import nl.bncfiche.model.UnsafeCharacters;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.AllStrings;
import nl.bncfiche.validation.internal.Rule;

/**
 * Characters (family F, continued): no text of a fiche may hold control characters (NUL, escape,
 * the C1 range) or bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 * They are invisible, can make a screen show text in another order than it is read, and come from
 * broken exports or from an attempt to mislead. The writers replace them by U+FFFD; this rule
 * reports them.
 */
public final class CharacterRules {
  /** No unsafe character in any text. */
  public static final String ONVEILIG_TEKEN = "BNC-F-008";

  private CharacterRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                ONVEILIG_TEKEN,
                Severity.ERROR,
                Profile.CONCEPT,
                "Een tekst MAG NIET stuurtekens (zoals NUL) of tekens die de leesrichting omkeren (U+202A"
                    + " tot en met U+202E, U+2066 tot en met U+2069) bevatten.",
                "A text MUST NOT contain control characters (such as NUL) or characters that override the"
                    + " reading direction (U+202A to U+202E, U+2066 to U+2069).",
                "Onzichtbaar teken {0} op positie {1} van deze tekst; het wordt bij het schrijven vervangen"
                    + " door \uFFFD.",
                "Invisible character {0} at position {1} of this text; writers replace it with \uFFFD.",
                (doc, out) -> {
                  // One scratch buffer for every text of the document.
                  char[] buffer = new char[256];
                  AllStrings.visit(
                      doc,
                      (value, path) -> {
                        int at = UnsafeCharacters.firstUnsafe(value, buffer);
                        if (at >= 0) {
                          out.report(
                              path,
                              String.format(Locale.ROOT, "U+%04X", (int) value.charAt(at)),
                              Integer.toString(at));
                        }
                      });
                })
            .source(Sources.CONVENTION));
  }
}
