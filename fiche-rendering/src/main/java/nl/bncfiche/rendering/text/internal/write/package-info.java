/** The canonical text writer's internals: a document in, its text out. Not an API. */
package nl.bncfiche.rendering.text.internal.write;
