/** The canonical text reader's internals: lines in, a document with positions and warnings out. Not an API. */
package nl.bncfiche.rendering.text.internal.read;
