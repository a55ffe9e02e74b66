/** Internals of the canonical text reader and writer; not an API. */
package nl.bncfiche.rendering.text.internal;
