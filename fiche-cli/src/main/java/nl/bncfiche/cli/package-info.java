/**
 * The {@code fiche} command line: {@link nl.bncfiche.cli.FicheCli} with the subcommands {@code
 * validate}, {@code render}, {@code rules} and {@code generate-completion}.
 */
package nl.bncfiche.cli;
