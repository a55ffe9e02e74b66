/**
 * The BNC-fiche and the Kamerstuk around it as immutable values, named as the fiche names its
 * parts.
 *
 * <p>Start at {@link nl.bncfiche.model.KamerstukDocument} (a published unit: header, cover letter,
 * fiches) or at {@link nl.bncfiche.model.Fiche}. Every type has a builder ({@code Fiche.builder()})
 * that accepts incomplete content: a draft or a fiche cut off after section 1 builds fine, and what
 * is missing is reported by the validator, not by the builder. Sections and items that a text lacks
 * are empty {@code Optional}s or empty lists; content under a heading the template does not know is
 * kept in {@link nl.bncfiche.model.Sectie}s.
 *
 * <p>Accessors are {@code get*}/{@code is*} so that any Jakarta Bean Validation provider sees
 * constraints on them; JSON field names are the accessor names without the prefix. All values are
 * immutable and thread-safe; no accessor returns {@code null}.
 *
 * <p>A list's builder adds one element in the singular, several in the plural: {@code
 * addTitel("…")}, {@code addTitels("…", "…")}, {@code addAllTitels(list)}.
 */
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    // Dutch plurals: the last word of a list's name, singular:plural; a word ending in "s" that is
    // no plural is its own singular
    depluralize = true,
    depluralizeDictionary = {
      "document:documenten",
      "onderdeel:onderdelen",
      "rechtsbasis:rechtsbasis",
      "sectie:secties",
      "vermelding:vermeldingen",
      "voetnoot:voetnoten",
      "zin:zinnen"
    },
    privateNoargConstructor = false,
    forceJacksonPropertyNames = true,
    allParameters = false,
    delegateToString = "nl.bncfiche.model.ShortToString.of")
package nl.bncfiche.model;

import org.immutables.value.Value;
