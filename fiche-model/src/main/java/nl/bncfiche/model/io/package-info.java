/**
 * Input bytes as text, the one way every reader of this library takes a file or stream: {@link
 * nl.bncfiche.model.io.Utf8Input} reads at most a given number of bytes and decodes them as strict
 * UTF-8, and says why it refused an input with {@link nl.bncfiche.model.io.InputTooLargeException}
 * or {@link nl.bncfiche.model.io.MalformedUtf8Exception}.
 */
package nl.bncfiche.model.io;
