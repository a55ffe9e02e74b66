package nl.bncfiche.model;

/**
 * A piece of a paragraph: a run of text ({@link TekstRun}) or a footnote reference ({@link
 * VoetnootVerwijzing}). There are no other kinds.
 */
public interface Inline {}
