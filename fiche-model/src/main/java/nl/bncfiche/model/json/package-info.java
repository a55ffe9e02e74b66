/**
 * The JSON binding of the model: {@link nl.bncfiche.model.json.FicheJson} reads and writes whole
 * documents with stable field names (the accessor names without {@code get}/{@code is}), each
 * identifier or date as its text beside what the model derives from it ({@code {"tekst",
 * "afgeleid"}}), and strict, bounded reading.
 */
package nl.bncfiche.model.json;
