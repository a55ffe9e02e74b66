package nl.bncfiche.docx.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body, footnotes and numbering of a Word document written from the canonical text, one line a
 * paragraph, so that {@link LineStream} gives the same lines back: a fiche's title as "heading 1",
 * its numbered sections as "heading 2" and lettered items as "heading 3" numbered by Word, a
 * sub-heading ({@code ## }) as "heading 4", list items as a bulleted list, footnote references and
 * bodies as Word footnotes. Which style a line gets is presentation only: the text reader decides
 * what a line is, from the same lines, whether they came from text or from Word.
 *
 * <p>A fiche starts a section of its own (a new page) whose footnotes Word numbers from the fiche's
 * first ({@code w:numStart}), as in its text. A footnote that Word would number otherwise (numbers
 * not in order of first reference) gets its number as custom mark; a second reference to a
 * footnote, and a footnote no paragraph refers to, keep their text form. A footnote's id is its
 * number where no other footnote has that number, as tools on Apache POI show the id. Each list has
 * an abstract numbering of its own that starts where it starts (no {@code w:startOverride}, which
 * those tools ignore). A line's escape ({@code \}) is hidden text, so that Word shows the line as
 * it reads.
 */
public final class DocumentWriter {
  static final int SECTIONS = 0;
  static final int ITEMS = 1;
  static final int BULLETS = 2;
  static final int ENTRIES = 3;

  private static final Pattern SECTION = Pattern.compile("([1-9][0-9]{0,3})\\. (\\S.*)");
  private static final Pattern ITEM = Pattern.compile("([a-z])\\) (\\S.*)");
  private static final Pattern BULLET = Pattern.compile("• (\\S.*)");
  private static final Pattern SUB = Pattern.compile("## (.+)");
  private static final Pattern BODY = Pattern.compile("\\[([1-9][0-9]{0,8}):  (?:(.*) )?\\]");
  private static final String REF = "[footnoteRef:";

  /**
   * The parts written: the main document's whole XML, and the footnotes and numbering to go into
   * their parts.
   */
  public record Parts(String document, String footnotes, String numbering) {}

  private final StringBuilder body;
  private final StringBuilder notes = new StringBuilder();
  private final StringBuilder abstracts = new StringBuilder();
  private final StringBuilder nums = new StringBuilder();
  private final int[] currentNum = {-1, -1, -1, -1};
  private final int[] expected = new int[4];
  private int numCount;
  private int auto;
  private int sectionStart;
  private final Map<Integer, Integer> bodyRuns;
  private int spareId;
  private final Map<Integer, Integer> referenced = new HashMap<>();
  private final Map<Integer, Integer> awaiting = new HashMap<>();
  private final Map<Integer, List<String>> bodies = new LinkedHashMap<>();

  private DocumentWriter(int textLength, String[] lines) {
    // The XML is about three times the text: a first guess that saves most of the growing.
    body = new StringBuilder(1024 + 3 * textLength);
    bodyRuns = bodyRuns(lines);
    int max = 0;
    for (int n : bodyRuns.keySet()) {
      max = Math.max(max, n);
    }
    spareId = max;
  }

  /**
   * Writes the {@code lines} of the canonical text ({@code textLength} characters), whose lines at
   * {@code ficheTitles} (indices from 0) open a fiche.
   */
  public static Parts write(String[] lines, int textLength, Set<Integer> ficheTitles) {
    DocumentWriter w = new DocumentWriter(textLength, lines);
    PackageWriter.documentStart(w.body);
    w.lines(lines, ficheTitles);
    PackageWriter.documentEnd(w.body, w.sectionStart);
    for (Map.Entry<Integer, List<String>> e : w.bodies.entrySet()) {
      w.note(e.getKey(), e.getValue());
    }
    return new Parts(
        w.body.toString(),
        w.notes.toString(),
        Stylesheet.numbering(w.abstracts.toString(), w.nums.toString()));
  }

  /**
   * How many footnotes of each number the text has: runs of body lines of one number, each run a
   * footnote (a fiche's notes, or a second fiche's notes of the same numbers).
   */
  private static Map<Integer, Integer> bodyRuns(String[] lines) {
    Map<Integer, Integer> runs = new HashMap<>();
    int previous = 0;
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher b = line.charAt(0) == '[' ? BODY.matcher(line) : null;
      if (b == null || !b.matches()) {
        previous = 0;
        continue;
      }
      int n = Integer.parseInt(b.group(1));
      if (n != previous) {
        runs.merge(n, 1, Integer::sum);
      }
      previous = n;
    }
    return runs;
  }

  /**
   * The id of a footnote numbered {@code n}: {@code n} itself where no other footnote of the text
   * has that number (Apache POI, and every tool on its text, names a footnote by its id), else one
   * above every number.
   */
  private int footnoteId(int n) {
    return bodyRuns.getOrDefault(n, 0) == 1 ? n : ++spareId;
  }

  private void lines(String[] lines, Set<Integer> ficheTitles) {
    boolean inFiche = false;
    boolean any = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      Matcher b = line.charAt(0) == '[' ? BODY.matcher(line) : null;
      if (b != null && b.matches()) {
        Integer id = awaiting.get(Integer.parseInt(b.group(1)));
        if (id != null) {
          bodies.get(id).add(b.group(2) == null ? "" : b.group(2));
          continue;
        }
      }
      awaiting.clear();
      if (ficheTitles.contains(i)) {
        if (any) {
          body.append("<w:p><w:pPr>");
          PackageWriter.sectionProperties(body, sectionStart);
          body.append("</w:pPr></w:p>");
        }
        inFiche = true;
        referenced.clear();
        auto = 0;
        sectionStart = 0;
        paragraph("Heading1", -1, 0, line, lines, i);
      } else {
        structured(line, inFiche, lines, i);
      }
      any = true;
    }
  }

  /** A line other than a fiche's title: its style by its form (the forms exclude each other). */
  private void structured(String line, boolean inFiche, String[] lines, int i) {
    // Each form starts with its own character: only that form's pattern is tried.
    char c = line.charAt(0);
    Matcher section = matching(SECTION, line, c >= '1' && c <= '9');
    Matcher item = matching(ITEM, line, inFiche && c >= 'a' && c <= 'z');
    Matcher bullet = matching(BULLET, line, c == '\u2022');
    Matcher sub = matching(SUB, line, c == '#');
    if (section != null) {
      int n = Integer.parseInt(section.group(1));
      if (inFiche) {
        paragraph("Heading2", SECTIONS, n, section.group(2), lines, i);
      } else {
        paragraph("ListParagraph", ENTRIES, n, section.group(2), lines, i);
      }
    } else if (item != null) {
      paragraph("Heading3", ITEMS, item.group(1).charAt(0) - 'a' + 1, item.group(2), lines, i);
    } else if (bullet != null) {
      paragraph("ListParagraph", BULLETS, 0, bullet.group(1), lines, i);
    } else if (sub != null) {
      paragraph("Heading4", -1, 0, sub.group(1), lines, i);
    } else {
      paragraph(null, -1, 0, line, lines, i);
    }
  }

  /**
   * {@code pattern}'s match of the whole {@code line}, tried only when {@code possible}; or null.
   */
  private static Matcher matching(Pattern pattern, String line, boolean possible) {
    if (!possible) {
      return null;
    }
    Matcher m = pattern.matcher(line);
    return m.matches() ? m : null;
  }

  private void paragraph(String style, int list, int value, String text, String[] lines, int at) {
    body.append("<w:p>");
    if (style != null) {
      body.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
      if (list >= 0) {
        body.append("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"")
            .append(num(list, value))
            .append("\"/></w:numPr>");
      }
      body.append("</w:pPr>");
    }
    int from = 0;
    if (style == null && text.startsWith("\\")) {
      body.append("<w:r><w:rPr><w:vanish/></w:rPr><w:t>\\</w:t></w:r>");
      from = 1;
    }
    Set<Integer> following = null; // looked for at the first reference only: most lines have none
    int runStart = from;
    int i = from;
    while (i < text.length()) {
      int ref = text.indexOf(REF, i);
      if (ref < 0) {
        break;
      }
      int end = ref + REF.length();
      int digits = end;
      while (digits < text.length() && digits - end < 9 && Character.isDigit(text.charAt(digits))) {
        digits++;
      }
      boolean wellFormed =
          digits > end
              && text.charAt(end) != '0'
              && digits < text.length()
              && text.charAt(digits) == ']'
              && !escaped(text, ref);
      if (!wellFormed) {
        i = end;
        continue;
      }
      int n = Integer.parseInt(text, end, digits, 10);
      if (following == null) {
        following = followingBodies(lines, at);
      }
      if (referenced.containsKey(n) || !following.contains(n)) {
        i = digits + 1; // stays text: the reader reads it as the text reader would
        continue;
      }
      run(text, runStart, ref);
      if (sectionStart == 0) {
        // the section's footnotes are numbered from its first (w:numStart), as Word does
        sectionStart = n;
        auto = n - 1;
      }
      int id = footnoteId(n);
      referenced.put(n, id);
      awaiting.put(n, id);
      bodies.put(id, new ArrayList<>());
      body.append("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>");
      if (n == auto + 1) {
        auto++;
        body.append("<w:footnoteReference w:id=\"").append(id).append("\"/>");
      } else {
        body.append("<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"")
            .append(id)
            .append("\"/><w:t>")
            .append(n)
            .append("</w:t>");
      }
      body.append("</w:r>");
      i = digits + 1;
      runStart = i;
    }
    run(text, runStart, text.length());
    body.append("</w:p>");
  }

  /** The footnote numbers whose body lines directly follow line {@code at}. */
  private static Set<Integer> followingBodies(String[] lines, int at) {
    Set<Integer> out = new HashSet<>();
    for (int j = at + 1; j < lines.length; j++) {
      if (!lines[j].startsWith("[")) {
        break;
      }
      Matcher m = BODY.matcher(lines[j]);
      if (!m.matches()) {
        break;
      }
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  private static boolean escaped(String s, int at) {
    int k = at;
    while (k > 0 && s.charAt(k - 1) == '\\') {
      k--;
    }
    return (at - k) % 2 == 1;
  }

  private void run(String text, int from, int to) {
    if (from < to) {
      body.append("<w:r>");
      PackageWriter.runText(body, text, from, to);
      body.append("</w:r>");
    }
  }

  /**
   * The numbering instance for {@code value} in {@code list}: a new one, restarting, when needed.
   */
  private int num(int list, int value) {
    if (list == BULLETS) {
      if (currentNum[list] < 0) {
        currentNum[list] = newNum(list, 1);
      }
      return currentNum[list];
    }
    if (currentNum[list] < 0 || expected[list] != value) {
      currentNum[list] = newNum(list, value);
    }
    expected[list] = value + 1;
    return currentNum[list];
  }

  private int newNum(int list, int start) {
    int id = ++numCount;
    Stylesheet.abstractNum(abstracts, id, list, start);
    nums.append("<w:num w:numId=\"")
        .append(id)
        .append("\"><w:abstractNumId w:val=\"")
        .append(id)
        .append("\"/></w:num>");
    return id;
  }

  private void note(int id, List<String> paragraphs) {
    notes.append("<w:footnote w:id=\"").append(id).append("\">");
    List<String> ps = paragraphs.isEmpty() ? List.of("") : paragraphs;
    boolean first = true;
    for (String p : ps) {
      notes.append("<w:p><w:pPr><w:pStyle w:val=\"FootnoteText\"/></w:pPr>");
      if (first) {
        notes.append(
            "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>");
        if (!p.isEmpty()) {
          notes.append("<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>");
        }
        first = false;
      }
      if (!p.isEmpty()) {
        notes.append("<w:r>");
        PackageWriter.runText(notes, p, 0, p.length());
        notes.append("</w:r>");
      }
      notes.append("</w:p>");
    }
    notes.append("</w:footnote>");
  }
}
