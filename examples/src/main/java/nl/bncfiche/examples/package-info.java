/**
 * Runnable examples of embedding bnc-fiche; every example is run by a test, and the README's
 * snippets are the tagged regions of these sources.
 */
package nl.bncfiche.examples;
