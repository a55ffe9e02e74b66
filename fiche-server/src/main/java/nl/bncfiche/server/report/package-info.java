/**
 * What the command line and the server both answer: a fiche read from an input's text ({@link
 * nl.bncfiche.server.report.FicheContent}), the JSON validation report of {@code fiche validate
 * --format json} and {@code POST /api/v1/validate} ({@link nl.bncfiche.server.report.JsonReport}),
 * and the rule catalogue as JSON ({@link nl.bncfiche.server.report.RulesJson}). One implementation,
 * so that both give byte for byte the same output.
 */
package nl.bncfiche.server.report;
