/**
 * The JSON binding of the model: {@link nl.bncfiche.model.json.FicheJson} reads and writes whole
 * documents with stable field names (the accessor names without {@code get}/{@code is}),
 * identifiers as their canonical strings, dates as ISO-8601, and strict, bounded reading.
 */
package nl.bncfiche.model.json;
