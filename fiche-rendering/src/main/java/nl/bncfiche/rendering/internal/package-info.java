/**
 * What every writer shares: the fields of the fiche's templates with their labels, the outline of a
 * fiche as its template lays it out, the lines of the header and the cover letter, footnote
 * anchors, and trailing white space stripped per line. Not an API.
 */
package nl.bncfiche.rendering.internal;
