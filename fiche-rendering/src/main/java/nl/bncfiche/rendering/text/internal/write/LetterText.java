package nl.bncfiche.rendering.text.internal.write;

import java.util.List;
import java.util.Optional;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.text.internal.grammar.HeaderLines;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.PageChrome;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * The cover letter written into the buffer: the announcement, each further sentence (escaped where
 * the reader would take it for structure), one line per listed fiche, then the signature's role and
 * name; the four separated by blank lines. Each is one line: line breaks in the model become
 * spaces. An own announcement that the reader would not take for one is written as the first
 * further sentence, after the standard announcement.
 */
public final class LetterText {
  private LetterText() {}

  /** Writes {@code brief} into {@code out}. */
  public static void write(Aanbiedingsbrief brief, LineBuffer out) {
    out.blank();
    String aankondiging = BriefLayout.aankondiging(brief);
    String first = null;
    if (brief.getAankondiging().isPresent()) {
      // The reader takes the letter's first line for its announcement only when it reads like one
      // and not like a line of the header, and ends it at "(BNC).": an own sentence that does not
      // goes first among the further sentences, after the standard announcement, and one that
      // goes on after "(BNC)." is split.
      String line = oneLine(aankondiging).strip();
      int end = LineClassifier.announcementEnd(line);
      if (readsAsAnnouncement(line.substring(0, end))) {
        aankondiging = line.substring(0, end);
        first = line.substring(end).strip();
      } else {
        aankondiging =
            BriefLayout.aankondiging(
                ImmutableAanbiedingsbrief.copyOf(brief).withAankondiging(Optional.empty()));
        if (line.endsWith(":")) {
          // The colon tells the reader that the listed fiches are numbered ("1. …").
          aankondiging = aankondiging.substring(0, aankondiging.length() - 1) + ":";
        }
        first = line;
      }
    }
    oneLine(aankondiging, out);
    if (first != null && !first.isEmpty()) {
      zin(first, out);
    }
    for (String zin : brief.getAanvullendeZinnen()) {
      zin(zin, out);
    }
    if (!brief.getVermeldingen().isEmpty()) {
      out.blank();
      for (BriefVermelding v : brief.getVermeldingen()) {
        oneLine(vermelding(v), out);
      }
    }
    List<String> ondertekening = BriefLayout.ondertekening(brief);
    if (!ondertekening.isEmpty()) {
      out.blank();
      if (ondertekening.size() == 2 && joinsName(brief)) {
        oneLine(ondertekening.get(0) + " " + ondertekening.get(1), out);
      } else {
        for (String l : ondertekening) {
          oneLine(l, out);
        }
      }
    }
  }

  /**
   * Whether the signature's name goes on the role's line, after its comma: the reader takes the
   * next line for the name unless it starts like a listed fiche ("Fiche: …"), is page chrome or
   * opens a fiche without a title line ("4. Grondhouding …"), and the name after the role's first
   * comma.
   */
  private static boolean joinsName(Aanbiedingsbrief brief) {
    String functie = brief.getOndertekenaarFunctie().orElse("");
    String naam = oneLine(brief.getOndertekenaarNaam().orElse("")).strip();
    return functie.indexOf(',') < 0
        && (LineClassifier.entryMarkerLength(naam, false) > 0
            || PageChrome.is(naam)
            || LineClassifier.opensUntitledFiche(naam));
  }

  /**
   * Whether the reader takes {@code line}, the letter's first, for its announcement: it reads like
   * one, and not like a line of the header, a listed fiche or a fiche's title, or the signature.
   */
  private static boolean readsAsAnnouncement(String line) {
    return LineClassifier.isAnnouncement(line)
        && !HeaderLines.mayBe(line)
        && LineClassifier.entryMarkerLength(line, true) == 0
        && !LineClassifier.isSignature(line);
  }

  /**
   * The line of a listed fiche, as the reader reads it: the title stripped (a wrapped entry whose
   * first line held only its marker has a space before it), and never a section's heading. In a
   * letter that is not signed yet, a listed "Fiche: …" is a fiche's title when a section's heading
   * follows it, and a numbered entry can read as one ("1. Algemene gegevens."): such an entry ends
   * with ";" instead of ".", which the reader takes off as well, or, when it names its section also
   * so, gets the standard marker.
   */
  private static String vermelding(BriefVermelding v) {
    String titel = v.getTitel().strip();
    BriefVermelding w =
        titel.equals(v.getTitel()) ? v : ImmutableBriefVermelding.copyOf(v).withTitel(titel);
    String line = oneLine(BriefLayout.vermelding(w));
    if (!LineClassifier.opensSections(line)) {
      return line;
    }
    String semicolon = line.substring(0, line.length() - 1) + ";";
    return LineClassifier.opensSections(semicolon)
        ? oneLine(
            BriefLayout.vermelding(
                ImmutableBriefVermelding.copyOf(w).withMarkering(Optional.empty())))
        : semicolon;
  }

  /**
   * A further sentence, a block of its own, escaped where the reader would take it for more; an
   * empty one is the escape alone.
   */
  private static void zin(String zin, LineBuffer out) {
    out.blank();
    out.begin();
    int from = out.length();
    out.appendOneLine(zin);
    out.strip(from);
    if (out.length() == from) {
      out.append(Syntax.ESCAPE);
    } else {
      out.escape(from);
    }
    out.end();
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  private static void oneLine(String line, LineBuffer out) {
    out.begin();
    out.appendOneLine(line);
    out.end();
  }
}
