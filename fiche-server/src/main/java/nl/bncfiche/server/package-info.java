/**
 * The fiche server: a local web page on which a fiche is checked, and the HTTP API ({@code
 * /api/v1/validate}, {@code /api/v1/render}, {@code /api/v1/rules}, {@code /api/v1/openapi.json})
 * that runs the same checks for systems that are not written in Java. Start it with {@link
 * nl.bncfiche.server.FicheServer#builder()}.
 */
package nl.bncfiche.server;
