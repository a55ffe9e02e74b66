/**
 * Word documents (.docx) of BNC-fiches: {@link nl.bncfiche.docx.DocxReader} reads a fiche straight
 * from Word into the same {@code ReadResult} as the text reader, with positions that name the
 * paragraph and footnote; {@link nl.bncfiche.docx.DocxWriter} writes a document in the template's
 * Word layout. Both use only the JDK: {@code java.util.zip}, and an XML parser of our own.
 */
package nl.bncfiche.docx;
