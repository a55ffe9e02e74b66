/**
 * Word (.docx) in and out for BNC-fiches: {@code DocxReader} into the text reader's {@code
 * ReadResult}, {@code DocxWriter} in the template's Word layout. No dependency beyond the JDK.
 *
 * <p>The one package {@code nl.bncfiche.docx} is API; {@code internal} is not exported.
 */
module nl.bncfiche.docx {
  requires transitive nl.bncfiche.rendering;
  requires java.xml;

  exports nl.bncfiche.docx;
}
