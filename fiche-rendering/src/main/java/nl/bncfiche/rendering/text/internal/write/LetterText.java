package nl.bncfiche.rendering.text.internal.write;

import java.util.List;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.rendering.internal.BriefLayout;

/**
 * The cover letter written into the buffer: the announcement, each further sentence (escaped where
 * the reader would take it for structure), one line per listed fiche, then the signature's role and
 * name; the four separated by blank lines. Each is one line: line breaks in the model become
 * spaces.
 */
public final class LetterText {
  private LetterText() {}

  /** Writes {@code brief} into {@code out}. */
  public static void write(Aanbiedingsbrief brief, LineBuffer out) {
    out.blank();
    oneLine(BriefLayout.aankondiging(brief), out);
    for (String zin : brief.getAanvullendeZinnen()) {
      out.blank();
      out.begin();
      int from = out.length();
      out.appendOneLine(zin);
      out.escape(from);
      out.end();
    }
    if (!brief.getVermeldingen().isEmpty()) {
      out.blank();
      brief.getVermeldingen().forEach(v -> oneLine(BriefLayout.vermelding(v), out));
    }
    List<String> ondertekening = BriefLayout.ondertekening(brief);
    if (!ondertekening.isEmpty()) {
      out.blank();
      for (String l : ondertekening) {
        oneLine(l, out);
      }
    }
  }

  private static void oneLine(String line, LineBuffer out) {
    out.begin();
    out.appendOneLine(line);
    out.end();
  }
}
