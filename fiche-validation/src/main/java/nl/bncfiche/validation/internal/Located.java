package nl.bncfiche.validation.internal;

/** A value of the document and its path. */
public record Located<T>(T value, NodePath path) {}
