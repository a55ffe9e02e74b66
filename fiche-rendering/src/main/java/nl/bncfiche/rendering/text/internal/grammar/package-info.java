/** The line grammar of the canonical text that the reader and the writer share. Not an API. */
package nl.bncfiche.rendering.text.internal.grammar;
