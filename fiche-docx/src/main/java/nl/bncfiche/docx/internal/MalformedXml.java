package nl.bncfiche.docx.internal;

/**
 * A part's XML broken at a byte offset; made into a reader's refusal (with line and column) by the
 * part's {@link XmlInput}. Carries no stack trace: it is a result, not a bug.
 */
final class MalformedXml extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int at;
  final XmlWhy why;

  MalformedXml(int at, XmlWhy why) {
    super(why.en, null, false, false);
    this.at = at;
    this.why = why;
  }
}
