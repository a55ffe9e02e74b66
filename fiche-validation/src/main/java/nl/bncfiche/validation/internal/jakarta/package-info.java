/**
 * The bridge to Jakarta Bean Validation: the constraint validators of the model's annotations
 * ({@code @GeldigDocument}, {@code @GeldigeFiche}, {@code @GeldigeDatum},
 * {@code @GeldigeIdentificatie}), registered in {@code META-INF/services}, which run the rules and
 * turn their issues into violations.
 *
 * <p>Not an API. It sits on top: it uses the rules ({@code internal.rules}) and the engine ({@code
 * internal}), and neither knows it.
 */
package nl.bncfiche.validation.internal.jakarta;
