/**
 * The JSON binding of the model for Jackson 3 ({@code tools.jackson}), beside the Jackson 2 one of
 * {@link nl.bncfiche.model.json.FicheJson}: the same JSON, for applications whose mapper is a
 * Jackson 3 {@code JsonMapper} (Spring Boot 4). Jackson 3 is an optional dependency of this module:
 * only applications that use this package need it.
 */
package nl.bncfiche.model.jackson3;
