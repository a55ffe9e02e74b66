package nl.bncfiche.integration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.UnsafeCharacters;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.BriefLayout;
import nl.bncfiche.rendering.internal.Nfc;
import nl.bncfiche.rendering.text.internal.grammar.Escaping;
import nl.bncfiche.rendering.text.internal.grammar.HeaderLines;
import nl.bncfiche.rendering.text.internal.grammar.LabelMatcher;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.LineClassifier;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;
import nl.bncfiche.rendering.text.internal.grammar.PageChrome;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * The text writer as it was before it streamed into one buffer (round 4 of the performance work),
 * kept verbatim as the reference that {@link WriterEquivalenceTest} compares the current writer
 * with. Its name, package, use of {@link ReferenceOutline} and of {@link Nfc} (bounded
 * normalisation), and lone surrogates written as U+FFFD differ from the original; and the format's
 * later fixes (issue 20, each found by the fuzzer: header lines the reader would cut, where
 * sections under unknown headings go, label lines, the signer's name) are made here as well, in
 * this class's own code.
 */
final class ReferenceTextWriter {
  private static final ReferenceTextWriter INSTANCE = new ReferenceTextWriter();

  /**
   * The head of a header line that no cut of the reader splits: the dossier and the title's first
   * word, the number and the sender's first word, "BRIEF VAN…", "Aan de" and the next word.
   */
  private static final Pattern HEADER_HEAD =
      Pattern.compile(
          "([0-9]{1,7}(?: [0-9]{3})* [^ ]+|Nr\\. [^ ]+ [^ ]+|BRIEF VAN[^ ]*|Aan de [^ ]+) ");

  private ReferenceTextWriter() {}

  /** The writer; thread-safe and shareable. */
  static ReferenceTextWriter create() {
    return INSTANCE;
  }

  /**
   * The canonical text of {@code document}.
   *
   * @throws NullPointerException when {@code document} is null
   */
  public String write(KamerstukDocument document) {
    Objects.requireNonNull(document, "document");
    Lines out = new Lines();
    document
        .getKop()
        .ifPresent(
            kop -> {
              List<String> lines = BriefLayout.kopRegels(kop);
              boolean datum = kop.getPlaats().isPresent() || kop.getDatum().isPresent();
              for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                Matcher head = HEADER_HEAD.matcher(l);
                if ((!datum || i < lines.size() - 1)
                    && head.lookingAt()
                    && HeaderLines.fields(l).size() > 1
                    && HeaderLines.fields(head.group(1)).size() == 1) {
                  // A line the reader would cut: its field's head, then the rest escaped.
                  out.line(head.group(1));
                  out.line(Syntax.ESCAPE + l.substring(head.end()));
                } else {
                  out.line(l);
                }
              }
              if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().matches("[0-9]{1,3}")) {
                out.joinNext = true;
              }
            });
    document.getBrief().ifPresent(brief -> brief(brief, out));
    for (Fiche f : document.getFiches()) {
      fiche(f, out);
    }
    return out.text();
  }

  /**
   * The canonical text of one fiche, without header or letter.
   *
   * @throws NullPointerException when {@code fiche} is null
   */
  public String write(Fiche fiche) {
    Objects.requireNonNull(fiche, "fiche");
    Lines out = new Lines();
    fiche(fiche, out);
    return out.text();
  }

  /**
   * Writes the canonical text of {@code document} to {@code writer}, which is not closed.
   *
   * @throws UncheckedIOException when the writer fails
   * @throws NullPointerException when an argument is null
   */
  public void write(KamerstukDocument document, Writer writer) {
    Objects.requireNonNull(writer, "writer");
    String text = write(document);
    try {
      writer.write(text);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void brief(Aanbiedingsbrief brief, Lines out) {
    out.blank();
    List<String> zinnen = new ArrayList<>();
    String aankondiging = BriefLayout.aankondiging(brief);
    if (brief.getAankondiging().isPresent()) {
      // An own announcement that the reader would not take for one goes first among the further
      // sentences; one that goes on after "(BNC)." is split there.
      String line = oneLine(aankondiging).strip();
      int end = LineClassifier.announcementEnd(line);
      String head = line.substring(0, end);
      if (LineClassifier.isAnnouncement(head)
          && !HeaderLines.mayBe(head)
          && LineClassifier.entryMarkerLength(head, true) == 0
          && !LineClassifier.isSignature(head)) {
        aankondiging = head;
        zinnen.add(line.substring(end).strip());
      } else {
        aankondiging =
            BriefLayout.aankondiging(
                nl.bncfiche.model.ImmutableAanbiedingsbrief.copyOf(brief)
                    .withAankondiging(Optional.empty()));
        if (line.endsWith(":")) {
          aankondiging = aankondiging.substring(0, aankondiging.length() - 1) + ":";
        }
        zinnen.add(line);
      }
      if (zinnen.get(0).isEmpty()) {
        zinnen.remove(0);
      }
    }
    out.line(oneLine(aankondiging));
    zinnen.addAll(brief.getAanvullendeZinnen());
    for (String zin : zinnen) {
      out.blank();
      String z = oneLine(zin).strip();
      out.line(z.isEmpty() ? "\\" : escape(z));
    }
    if (!brief.getVermeldingen().isEmpty()) {
      out.blank();
      for (BriefVermelding v : brief.getVermeldingen()) {
        BriefVermelding w =
            nl.bncfiche.model.ImmutableBriefVermelding.copyOf(v).withTitel(v.getTitel().strip());
        String line = oneLine(BriefLayout.vermelding(w));
        if (LineClassifier.opensSections(line)) {
          String semicolon = line.substring(0, line.length() - 1) + ";";
          line =
              LineClassifier.opensSections(semicolon)
                  ? oneLine(
                      BriefLayout.vermelding(
                          nl.bncfiche.model.ImmutableBriefVermelding.copyOf(w)
                              .withMarkering(Optional.empty())))
                  : semicolon;
        }
        out.line(line);
      }
    }
    List<String> ondertekening = BriefLayout.ondertekening(brief);
    if (!ondertekening.isEmpty()) {
      out.blank();
      String naam = oneLine(brief.getOndertekenaarNaam().orElse("")).strip();
      if (ondertekening.size() == 2
          && brief.getOndertekenaarFunctie().orElse("").indexOf(',') < 0
          && (LineClassifier.entryMarkerLength(naam, false) > 0
              || PageChrome.is(naam)
              || LineClassifier.opensUntitledFiche(naam))) {
        out.line(oneLine(ondertekening.get(0) + " " + ondertekening.get(1)));
      } else {
        for (String l : ondertekening) {
          out.line(oneLine(l));
        }
      }
    }
  }

  private static void fiche(Fiche fiche, Lines out) {
    out.blank();
    out.line("Fiche: " + oneLine(fiche.getTitel()).strip());
    ReferenceOutline outline = ReferenceOutline.of(fiche);
    LayoutEvidence seen = new LayoutEvidence();
    Map<Integer, List<Voetnoot>> voetnoten = new LinkedHashMap<>();
    for (Voetnoot v : fiche.getVoetnoten()) {
      voetnoten.computeIfAbsent(v.getNummer(), k -> new ArrayList<>()).add(v);
    }
    Set<Integer> written = new HashSet<>();
    boolean g2007 = outline.generatie() == Generatie.G2007;
    Lines content = new Lines();
    int lastNumber = 0;
    for (ReferenceOutline.Section s : ordered(outline.sections())) {
      content.blank();
      String kop;
      if (!s.nummer.isEmpty()) {
        kop = s.nummer + ". " + s.kop;
      } else if (slot(s.kop) == Integer.MAX_VALUE && !isHeading(s.kop, lastNumber)) {
        String numbered = Math.max(1, lastNumber) + ". " + s.kop;
        kop = LineClassifier.section(LinePrefix.of(numbered)) != null ? numbered : s.kop;
      } else {
        kop = s.kop;
      }
      lastNumber = Math.max(lastNumber, LinePrefix.of(kop).number());
      content.line(oneLine(kop));
      Veld sv = veldOf(s.pad);
      if (sv != null) {
        seen.see(sv, s.kop);
        content.context = sv;
      }
      if (s.tekst.isPresent()) {
        content.blank();
        tekst(s.tekst.get(), content, voetnoten, written);
      }
      for (ReferenceOutline.Item item : s.items) {
        Veld iv = veldOf(item.pad);
        if (iv != null) {
          seen.see(iv, item.label);
        }
        content.blank();
        String letter = item.letter;
        if (iv == null && letter.isEmpty() && !readsAsLabel(oneLine(item.label) + ":")) {
          int index = Integer.parseInt(item.pad.substring(item.pad.lastIndexOf('/') + 1));
          letter = Veld.letter(Veld.ROL_EP.getPositie() + 1 + index);
        }
        String label = letter.isEmpty() ? item.label : letter + ") " + item.label;
        if (item.isWaarden()) {
          if (g2007 && item.letter.isEmpty() && item.regels.size() == 1) {
            content.line(oneLine(label) + ": " + oneLine(item.regels.get(0)).strip());
          } else {
            content.labelLine(oneLine(item.letter.isEmpty() ? label + ":" : label));
            String before = content.label;
            String beforeThat = null;
            for (int k = 0; k < item.regels.size(); k++) {
              String r = item.regels.get(k);
              // A further title is escaped unless a document number starts it, so that the
              // reader never joins it to the title before as a wrapped line.
              boolean ownTitle =
                  item.pad.equals("/algemeneGegevens/titels") && k > 0 && !numbered(r.strip());
              for (String part : r.split("\n", -1)) {
                String value = part.strip();
                boolean force =
                    (ownTitle
                            || Syntax.holdsFootnoteBodyStart(part)
                            || LineClassifier.continuesLabel(
                                content.context, beforeThat, before, value))
                        && !value.isEmpty();
                content.line(force ? Syntax.ESCAPE + value : escape(value));
                ownTitle = false;
                beforeThat = before;
                before = value;
              }
            }
          }
        } else {
          content.labelLine(oneLine(letter.isEmpty() ? label + ":" : label));
          Object waarde = iv == null ? null : iv.waarde(fiche).orElse(null);
          if (waarde instanceof GrondhoudingOnderdeel o) {
            onderdeel(o, iv, outline.generatie(), content, voetnoten, written);
          } else {
            tekst(item.tekst, content, voetnoten, written);
          }
        }
      }
    }
    Optional<AlgemeneGegevens> ag = fiche.getAlgemeneGegevens();
    Optional<VoorstelSoort> soort = LayoutEvidence.soort(ag);
    Optional<Sjabloon> sjabloon = seen.sjabloon(soort, ag);
    Optional<Generatie> generatie = seen.generatie(sjabloon, ag);
    if (outline.sections().isEmpty()
        || fiche.getOverigeSecties().stream().anyMatch(x -> x.getKop().isEmpty())
        || !sjabloon.equals(fiche.getSjabloon())
        || !generatie.equals(fiche.getGeneratie())
        || !soort.equals(fiche.getSoort())
        || !seen.vermoed(soort, ag, generatie).equals(fiche.getVermoed())) {
      out.line(MarkerLine.of(fiche).text());
    }
    out.blank();
    out.addAll(content);
    List<Voetnoot> rest = new ArrayList<>();
    voetnoten.forEach(
        (n, list) -> {
          if (!written.contains(n)) {
            rest.addAll(list);
          }
        });
    if (!rest.isEmpty()) {
      out.blank();
      rest.forEach(v -> voetnoot(v, out));
    }
  }

  /**
   * The sections in the order they are written: one without heading before every other, one under
   * an unknown numbered heading "N. Kop" right after the known section numbered N (right before it
   * when after it "N. Kop" reads as one of its items, and before it not), the rest after every
   * known section. Between two known sections and after the last, the first is one that the section
   * before does not read as its item: another of the same number, else a known heading met again.
   */
  private static List<ReferenceOutline.Section> ordered(List<ReferenceOutline.Section> sections) {
    List<ReferenceOutline.Section> known = new ArrayList<>();
    List<ReferenceOutline.Section> unknown = new ArrayList<>();
    for (ReferenceOutline.Section s : sections) {
      (s.nummer.isEmpty() ? unknown : known).add(s);
    }
    unknown.sort((a, b) -> Integer.compare(slot(a.kop), slot(b.kop)));
    List<ReferenceOutline.Section> result = new ArrayList<>();
    Set<Veld> seen = new HashSet<>();
    Veld last = null;
    for (ReferenceOutline.Section s : known) {
      int number = Integer.parseInt(s.nummer);
      Veld field = veldOf(s.pad);
      List<ReferenceOutline.Section> gap = new ArrayList<>();
      for (var it = unknown.iterator(); it.hasNext(); ) {
        ReferenceOutline.Section u = it.next();
        int slot = slot(u.kop);
        if (slot < number
            || slot == number
                && last != null
                && readsAsItem(u, field)
                && (!gap.isEmpty() || !readsAsItem(u, last))) {
          gap.add(u);
          it.remove();
        }
      }
      arrange(gap, unknown, last, seen);
      result.addAll(gap);
      result.add(s);
      last = field;
      seen.add(field);
    }
    arrange(unknown, unknown, last, seen);
    result.addAll(unknown);
    return result;
  }

  /**
   * Puts first in {@code gap} a section that {@code last} does not read as its item: another of the
   * same number, else one from {@code pool} under a known heading in {@code seen}, met again.
   */
  private static void arrange(
      List<ReferenceOutline.Section> gap,
      List<ReferenceOutline.Section> pool,
      Veld last,
      Set<Veld> seen) {
    if (last == null || gap.isEmpty() || !readsAsItem(gap.get(0), last)) {
      return;
    }
    ReferenceOutline.Section first = null;
    for (ReferenceOutline.Section g : gap) {
      if (first == null && slot(g.kop) == slot(gap.get(0).kop) && !readsAsItem(g, last)) {
        first = g;
      }
    }
    if (first == null) {
      int lowest = slot(gap.get(0).kop);
      for (ReferenceOutline.Section u : pool) {
        LinePrefix p = LinePrefix.of(u.kop);
        if (first == null
            && slot(u.kop) == Integer.MAX_VALUE
            && seen.contains(LineClassifier.section(p))
            && p.number() <= lowest) {
          first = u;
        }
      }
      pool.remove(first);
    }
    gap.remove(first);
    if (first != null) {
      gap.add(0, first);
    }
  }

  private static boolean readsAsItem(ReferenceOutline.Section s, Veld field) {
    return LineClassifier.readsAsNumberedItem(LinePrefix.of(s.kop), field);
  }

  private static int slot(String kop) {
    if (kop.isEmpty()) {
      return 0;
    }
    LinePrefix p = LinePrefix.of(kop);
    return p.number() >= 1
            && LineClassifier.section(p) == null
            && LineClassifier.isUnknownHeading(p, 0, true)
        ? p.number()
        : Integer.MAX_VALUE;
  }

  private static boolean isHeading(String line, int lastNumber) {
    LinePrefix p = LinePrefix.of(line);
    return LineClassifier.section(p) != null
        || LineClassifier.isUnknownHeading(p, lastNumber, lastNumber > 0);
  }

  /** Whether "Label:" alone reads as an unknown item of section 1 (2007, without letters). */
  private static boolean readsAsLabel(String line) {
    LinePrefix p = LinePrefix.of(line);
    return line.length() <= 100
        && Character.isUpperCase(line.charAt(0))
        && line.indexOf(':') == line.length() - 1
        && p.mayBeHeading()
        && p.number() < 0
        && LineClassifier.section(p) == null
        && !LineClassifier.isFicheTitle(line)
        && LabelMatcher.item(Veld.ALGEMENE_GEGEVENS, line) == null
        && LabelMatcher.itemWithValue(Veld.ALGEMENE_GEGEVENS, line) == null;
  }

  private static Veld veldOf(String pad) {
    return Veld.vanPad(pad).orElse(null);
  }

  /**
   * A grondhouding item: its stance sentence joined to its first plain paragraph, or alone before
   * it when there is none or when the joined line would need an escape; without a verdict, a first
   * paragraph that reads like a stance sentence is escaped.
   */
  private static void onderdeel(
      GrondhoudingOnderdeel o,
      Veld veld,
      Generatie generatie,
      Lines out,
      Map<Integer, List<Voetnoot>> voetnoten,
      Set<Integer> written) {
    List<Alinea> alineas = o.getTekst().getAlineas();
    boolean plainFirst = !alineas.isEmpty() && alineas.get(0).getSoort() == AlineaSoort.ALINEA;
    if (o.getOordeel().isEmpty()) {
      boolean literal =
          plainFirst
              && !alineas.get(0).getInhoud().isEmpty()
              && alineas.get(0).getInhoud().get(0) instanceof TekstRun run
              && Grondhoudingszin.leesAanBegin(run.getTekst().strip())
                  .flatMap(Grondhoudingszin.Gelezen::getOordeel)
                  .isPresent();
      tekst(o.getTekst(), out, voetnoten, written, literal);
      return;
    }
    String sentence = Grondhoudingszin.schrijf(generatie, veld, o.getOordeel().get());
    Tekst joined = ReferenceOutline.withStance(o.getTekst(), sentence);
    if (plainFirst && !Escaping.isNeeded(content(joined.getAlineas().get(0)))) {
      tekst(joined, out, voetnoten, written, false);
    } else {
      out.line(sentence);
      if (!alineas.isEmpty()) {
        out.blank();
      }
      tekst(o.getTekst(), out, voetnoten, written, false);
    }
  }

  /**
   * Paragraphs separated by blank lines, each followed by the bodies of footnotes it first cites.
   */
  private static void tekst(
      Tekst tekst, Lines out, Map<Integer, List<Voetnoot>> voetnoten, Set<Integer> written) {
    tekst(tekst, out, voetnoten, written, false);
  }

  /** As above; with {@code literalFirst}, the first paragraph escaped whatever it holds. */
  private static void tekst(
      Tekst tekst,
      Lines out,
      Map<Integer, List<Voetnoot>> voetnoten,
      Set<Integer> written,
      boolean literalFirst) {
    boolean first = true;
    for (Alinea a : tekst.getAlineas()) {
      if (!first) {
        out.blank();
      }
      out.line(alinea(a, first && literalFirst));
      first = false;
      for (Inline i : a.getInhoud()) {
        if (i instanceof VoetnootVerwijzing voetnootVerwijzing) {
          int n = voetnootVerwijzing.getNummer();
          if (voetnoten.containsKey(n) && written.add(n)) {
            voetnoten.get(n).forEach(v -> voetnoot(v, out));
          }
        }
      }
    }
  }

  private static void voetnoot(Voetnoot v, Lines out) {
    List<Alinea> alineas = v.getTekst().getAlineas();
    if (alineas.isEmpty()) {
      out.line("[" + v.getNummer() + ":  ]");
    }
    for (Alinea a : alineas) {
      out.line("[" + v.getNummer() + ":  " + escapeInline(a) + " ]");
    }
  }

  /** A paragraph's content as written: inline syntax escaped, stripped. */
  private static String content(Alinea a) {
    return escapeInline(a).strip();
  }

  private static String alinea(Alinea a, boolean literal) {
    String text = content(a);
    String escaped = literal && !text.isEmpty() ? Syntax.ESCAPE + text : escape(text);
    if (a.getSoort() == AlineaSoort.OPSOMMING) {
      return Syntax.OPSOMMING + escaped;
    }
    if (a.getSoort() == AlineaSoort.TUSSENKOP) {
      return Syntax.TUSSENKOP + escaped;
    }
    return escaped;
  }

  /**
   * The runs and references of a paragraph on one line, with a backslash before a "[" of the text
   * that starts "[footnoteRef:" or "[" digits ":", and before a backslash that a backslash or a "["
   * (of the text or a reference) follows.
   */
  private static String escapeInline(Alinea a) {
    StringBuilder sb = new StringBuilder();
    BitSet references = new BitSet();
    for (Inline i : a.getInhoud()) {
      if (i instanceof TekstRun tekstRun) {
        sb.append(oneLine(tekstRun.getTekst()));
      } else if (i instanceof VoetnootVerwijzing voetnootVerwijzing) {
        references.set(sb.length());
        sb.append("[footnoteRef:").append(voetnootVerwijzing.getNummer()).append(']');
      }
    }
    String s = sb.toString();
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escape;
      if (c == '\\') {
        escape = s.startsWith("\\", i + 1) || s.startsWith("[", i + 1);
      } else if (c == '[' && !references.get(i)) {
        int j = i + 1;
        while (j < s.length() && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) {
          j++;
        }
        escape = j > i + 1 && s.startsWith(":", j) || s.startsWith("footnoteRef:", i + 1);
      } else {
        escape = false;
      }
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether a title starts with the number of a Commission document, as in a package. */
  private static boolean numbered(String title) {
    String head = title.length() > 40 ? title.substring(0, 40) : title;
    List<CommissieDocument> found = CommissieDocument.findAll(head);
    return !found.isEmpty() && head.startsWith(found.get(0).getType().name());
  }

  private static String escape(String line) {
    return Escaping.isNeeded(line) ? Syntax.ESCAPE + line : line;
  }

  private static String oneLine(String s) {
    return s.indexOf('\n') < 0 && s.indexOf('\r') < 0
        ? s
        : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** Output lines with at most one blank line in a row, none at the start. */
  private static final class Lines {
    private final List<String> lines = new ArrayList<>();
    private boolean afterLabel;

    /** Whether the next blank line is left out (after a dossier number alone). */
    boolean joinNext;

    /** The last label line written. */
    String label;

    /** The section whose items' labels the reader knows. */
    Veld context = Veld.ALGEMENE_GEGEVENS;

    /**
     * An item's label line: a line directly after it that starts in lower case, or that makes a
     * known label with it, is escaped.
     */
    void labelLine(String l) {
      line(l);
      label = lines.get(lines.size() - 1);
      afterLabel = true;
    }

    void line(String l) {
      boolean escape =
          afterLabel
              && !l.isEmpty()
              && (Character.isLowerCase(l.charAt(0))
                  || LineClassifier.continuesLabel(context, null, label, l));
      lines.add(stripTrailing(escape ? Syntax.ESCAPE + l : l));
      afterLabel = false;
    }

    void blank() {
      afterLabel = false;
      if (joinNext) {
        joinNext = false;
        return;
      }
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
        lines.add("");
      }
    }

    void addAll(Lines other) {
      for (String l : other.lines) {
        if (l.isEmpty()) {
          blank();
        } else {
          lines.add(l);
        }
      }
    }

    String text() {
      int end = lines.size();
      while (end > 0 && lines.get(end - 1).isEmpty()) {
        end--;
      }
      int size = 0;
      int kinds = 0;
      for (int i = 0; i < end; i++) {
        String l = lines.get(i);
        size += l.length() + 1;
        kinds |= kinds(l);
      }
      StringBuilder sb = new StringBuilder(size);
      boolean notNfc = (kinds & NOT_NFC) != 0;
      if ((kinds & UNSAFE) != 0) {
        // Rare: patch the unsafe characters line by line.
        for (int i = 0; i < end; i++) {
          notNfc |= neutralise(lines.get(i), sb);
          sb.append('\n');
        }
      } else {
        if ((kinds & WIDE) != 0) {
          // The text will be UTF-16: the builder is made so now, rather than re-encoding what it
          // holds when the first such character comes.
          sb.append('\u0100').setLength(0);
        }
        for (int i = 0; i < end; i++) {
          sb.append(lines.get(i)).append('\n');
        }
      }
      String text = sb.toString();
      text = text.replace("[bookmark:", "\\[bookmark:");
      return notNfc ? Nfc.normalize(text) : text;
    }

    /** {@link #kinds}: the line holds a character that {@link #neutralise} replaces. */
    private static final int UNSAFE = 1;

    /** {@link #kinds}: the line is not NFC. */
    private static final int NOT_NFC = 2;

    /** {@link #kinds}: the line holds a character from U+0100 on. */
    private static final int WIDE = 4;

    /** What {@code line} holds: {@link #UNSAFE}, {@link #NOT_NFC}, {@link #WIDE}, combined. */
    private static int kinds(String line) {
      int kinds = 0;
      boolean beyond = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c < 0x20 || c >= 0x7f) {
          if (UnsafeCharacters.isUnsafe(c) || c == '\n' || c == '\r' || isLoneSurrogate(line, i)) {
            kinds |= UNSAFE;
          }
          if (c >= 0x100) {
            kinds |= WIDE;
            beyond |= c >= 0x300;
          }
        }
      }
      return beyond && !Nfc.isNormalized(line) ? kinds | NOT_NFC : kinds;
    }

    /**
     * Appends {@code line} with control characters other than tab and lone surrogates (the reader
     * refuses them as "not text") and bidirectional embeddings, overrides and isolates (they
     * reorder what an editor shows) replaced by U+FFFD, as the HTML and Markdown writers do.
     * Appends the line whole and patches the rare unsafe character, rather than appending character
     * by character.
     *
     * <p>The text is NFC when each of its lines is: a line break neither composes nor reorders, so
     * normalising never crosses one. Text below U+0300 is NFC already, so only a line with a later
     * character is checked, on its own rather than the whole text.
     *
     * @return whether the line as appended may not be NFC (then the whole text is normalised)
     */
    private static boolean neutralise(String line, StringBuilder sb) {
      int at = sb.length();
      sb.append(line);
      boolean beyond = false;
      boolean patched = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c < 0x20 || c >= 0x7f) {
          // A line has no line breaks left here, so a CR or LF is unsafe too.
          if (UnsafeCharacters.isUnsafe(c) || c == '\n' || c == '\r' || isLoneSurrogate(line, i)) {
            sb.setCharAt(at + i, UnsafeCharacters.REPLACEMENT);
            patched = true;
          } else if (c >= 0x300) {
            beyond = true;
          }
        }
      }
      // A patched line is rare: normalise the whole text, as before, rather than check the patch.
      return patched || beyond && !Nfc.isNormalized(line);
    }

    /** Whether {@code s.charAt(i)} is half of a surrogate pair without its other half. */
    private static boolean isLoneSurrogate(String s, int i) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
      }
      return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static String stripTrailing(String s) {
      int end = s.length();
      while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      return s.substring(0, end);
    }
  }
}
