/**
 * The machinery behind {@code DocxReader} and {@code DocxWriter}, not an API: the bounded zip
 * reading ({@code ZipParts}), the safely configured StAX ({@code Xml}), the package's parts and
 * relationships ({@code DocxPackage}), styles and numbering ({@code Styles}, {@code Numbering}),
 * the paragraphs of the body and footnotes ({@code ParagraphReader}), the line stream that the text
 * reader reads ({@code LineStream}), and the writer's parts ({@code DocumentWriter}, {@code
 * PackageWriter}).
 */
package nl.bncfiche.docx.internal;
