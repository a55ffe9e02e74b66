package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableEssentieVoorstel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.model.sjabloon.Waarde;
import nl.bncfiche.rendering.text.ReadFinding;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.LinePrefix;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;
import nl.bncfiche.rendering.text.internal.read.SectionScanner.FootnoteBody;
import nl.bncfiche.rendering.text.internal.read.SectionScanner.Item;
import nl.bncfiche.rendering.text.internal.read.SectionScanner.Section;

/**
 * The second pass: turns the sections and items of {@link SectionScanner} into a {@link Fiche},
 * parsing section 1's values and taking the stance sentence off grondhouding items, and records
 * positions.
 */
final class FicheBuilder {
  private final ReadReport report;
  private final String path;

  /** A builder of the fiche at {@code path}, recording into {@code report}. */
  FicheBuilder(ReadReport report, String path) {
    this.report = report;
    this.path = path;
  }

  /**
   * The fiche of {@code title} and {@code scanned}; {@code marker}, when not null, gives its
   * layout.
   */
  Fiche build(String title, Line titleLine, SectionScanner scanned, MarkerLine marker) {
    ImmutableFiche.Builder f = Fiche.builder().titel(title);
    // Sections of items, in reading order: a later one of the same part replaces an earlier one.
    List<Part> sections = new ArrayList<>();
    List<Sectie> overige = new ArrayList<>();
    for (Section s : scanned.sections) {
      if (s.field == null) {
        String p = "/overigeSecties/" + overige.size();
        if (s.twice) {
          report.warn(
              s.headingLine,
              ReadFinding.SECTION_TWICE,
              path + p,
              "sectie komt twee keer voor; de tweede is bewaard als overige sectie",
              "section occurs twice; the second is kept as a further section");
        } else if (s.heading.isEmpty()) {
          report.warn(
              s.content.get(0),
              ReadFinding.TEXT_OUTSIDE_SECTION,
              path + p,
              "tekst buiten een sectie, bewaard als overige sectie zonder kop",
              "text outside a section, kept as a further section without heading");
        }
        report.position(path, p, s.headingLine);
        overige.add(Sectie.builder().kop(s.heading).tekst(text(s.content, p + "/tekst")).build());
        continue;
      }
      report.position(path, s.field.getPad(), s.headingLine);
      if (!s.content.isEmpty()
          && s.field != Veld.ESSENTIE
          && s.field != Veld.ONTWIKKELINGSLANDEN
          && s.field != Veld.ALGEMENE_GEGEVENS) {
        String p = "/overigeSecties/" + overige.size();
        report.warn(
            s.content.get(0),
            ReadFinding.TEXT_OUTSIDE_SECTION,
            path + p,
            "tekst onder een sectiekop vóór het eerste onderdeel, bewaard als overige sectie",
            "text under a section heading before its first item, kept as a further section");
        overige.add(Sectie.builder().kop(s.heading).tekst(text(s.content, p + "/tekst")).build());
      }
      switch (s.field) {
        case ALGEMENE_GEGEVENS ->
            f.algemeneGegevens(new AlgemeneGegevensBuilder(report, path, this::text).build(s));
        case ESSENTIE -> f.essentie(essentie(s));
        case POSITIE, GRONDHOUDING, FINANCIEEL, CONSEQUENTIES ->
            sections.add(new Part(s.field, items(s)));
        case ONTWIKKELINGSLANDEN -> f.ontwikkelingslanden(text(s.content, s.field.getPad()));
        default -> {
          // an item, never a section's field
        }
      }
    }
    f.overigeSecties(overige);
    f.voetnoten(voetnoten(scanned.bodies));
    Fiche fiche = f.build();
    for (Part part : sections) {
      fiche = part.veld().met(fiche, part.waarde());
    }
    Optional<AlgemeneGegevens> ag = fiche.getAlgemeneGegevens();
    Optional<VoorstelSoort> soort = LayoutEvidence.soort(ag);
    LayoutEvidence evidence = scanned.evidence;
    Optional<Sjabloon> sjabloon = evidence.sjabloon(soort, ag);
    Optional<Generatie> generatie = evidence.generatie(sjabloon, ag);
    Set<Kenmerk> vermoed;
    if (marker != null) {
      sjabloon = marker.sjabloon();
      generatie = marker.generatie();
      soort = marker.soort();
      vermoed = marker.vermoed();
    } else {
      vermoed = evidence.vermoed(soort, ag, generatie);
      if (!vermoed.isEmpty()) {
        presumed(titleLine, sjabloon, generatie, vermoed);
      }
    }
    return ImmutableFiche.copyOf(fiche)
        .withSjabloon(sjabloon)
        .withGeneratie(generatie)
        .withSoort(soort)
        .withVermoed(vermoed);
  }

  /** Reports a template or generation that the text does not show, with the value presumed. */
  private void presumed(
      Line titleLine,
      Optional<Sjabloon> sjabloon,
      Optional<Generatie> generatie,
      Set<Kenmerk> vermoed) {
    StringBuilder nl = new StringBuilder();
    StringBuilder en = new StringBuilder();
    if (vermoed.contains(Kenmerk.SJABLOON) && sjabloon.isPresent()) {
      boolean wetgeving = sjabloon.get() == Sjabloon.WETGEVING;
      nl.append("sjabloon vermoed (").append(wetgeving ? "wetgeving" : "mededeling").append(')');
      en.append("template presumed (").append(wetgeving ? "legislation" : "communication");
      en.append(')');
    }
    if (vermoed.contains(Kenmerk.GENERATIE) && generatie.isPresent()) {
      String jaar = generatie.get().name().substring(1);
      nl.append(nl.length() > 0 ? " en " : "").append("generatie vermoed (").append(jaar);
      nl.append(", uit de datum van 1b)");
      en.append(en.length() > 0 ? " and " : "").append("generation presumed (").append(jaar);
      en.append(", from the date of 1b)");
    }
    report.warn(
        titleLine,
        ReadFinding.LAYOUT_PRESUMED,
        path + (vermoed.contains(Kenmerk.SJABLOON) ? "/sjabloon" : "/generatie"),
        nl
            + ": geen kop of label van de fiche toont het; regels die ervan afhangen melden"
            + " hoogstens een waarschuwing",
        en
            + ": no heading or label of the fiche shows it; rules that depend on it report at"
            + " most a warning");
  }

  private List<Voetnoot> voetnoten(List<FootnoteBody> bodies) {
    List<Voetnoot> result = new ArrayList<>(bodies.size());
    for (List<FootnoteBody> list : byNumber(bodies)) {
      String p = "/voetnoten/" + result.size();
      report.position(path, p, list.get(0).line());
      List<Alinea> alineas = new ArrayList<>();
      String alineaPath = null;
      for (FootnoteBody b : list) {
        if (!b.text().isEmpty()) {
          if (alineaPath == null) {
            alineaPath = p + "/tekst/alineas/";
          }
          report.position(path, alineaPath, alineas.size(), b.line());
          alineas.add(InlineText.paragraph(AlineaSoort.ALINEA, b.text()));
        }
      }
      result.add(
          Voetnoot.builder()
              .nummer(list.get(0).number())
              .tekst(Tekst.builder().alineas(alineas).build())
              .build());
    }
    return result;
  }

  /**
   * The bodies grouped by footnote number, in number order, each group in reading order. Bodies
   * usually come with rising numbers, one each: then every group is one body, without a sorted map.
   */
  private static Iterable<List<FootnoteBody>> byNumber(List<FootnoteBody> bodies) {
    boolean rising = true;
    for (int k = 1; k < bodies.size() && rising; k++) {
      rising = bodies.get(k - 1).number() < bodies.get(k).number();
    }
    if (rising) {
      List<List<FootnoteBody>> result = new ArrayList<>(bodies.size());
      for (FootnoteBody b : bodies) {
        result.add(List.of(b));
      }
      return result;
    }
    TreeMap<Integer, List<FootnoteBody>> byNumber = new TreeMap<>();
    for (FootnoteBody b : bodies) {
      byNumber.computeIfAbsent(b.number(), k -> new ArrayList<>()).add(b);
    }
    return byNumber.values();
  }

  /**
   * Paragraphs: one per line; "• " (or another bullet and a space, {@link
   * LinePrefix#listItemMarking}) a list item, "## " a sub-heading; an escape makes plain text.
   */
  Tekst text(List<Line> lines, String p) {
    List<Alinea> alineas = new ArrayList<>(lines.size());
    String alineaPath = p + "/alineas/";
    for (Line r : lines) {
      report.position(path, alineaPath, alineas.size(), r);
      alineas.add(paragraph(r));
    }
    return Tekst.builder().alineas(alineas).build();
  }

  private static Alinea paragraph(Line r) {
    String t = r.text();
    AlineaSoort soort = AlineaSoort.ALINEA;
    if (!r.literal()) {
      int marking = LinePrefix.listItemMarking(t);
      if (marking > 0) {
        soort = AlineaSoort.OPSOMMING;
        t = t.substring(marking).strip();
      } else if (isSubheading(t)) {
        soort = AlineaSoort.TUSSENKOP;
        t = t.substring(Syntax.TUSSENKOP.length()).strip();
      }
      if (soort != AlineaSoort.ALINEA && !t.isEmpty() && t.charAt(0) == Syntax.ESCAPE) {
        t = t.substring(1);
      }
    }
    return r.mayHoldBracket()
        ? InlineText.paragraph(soort, t)
        : InlineText.plainParagraph(soort, t);
  }

  /** "## " and a sub-heading, the space also a tab or a no-break space. */
  private static boolean isSubheading(String t) {
    if (t.length() <= Syntax.TUSSENKOP.length() || !t.startsWith("##")) {
      return false;
    }
    char c = t.charAt(2);
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  private Optional<Tekst> itemText(Section s, Veld v) {
    Item i = s.item(v);
    if (i == null) {
      return Optional.empty();
    }
    report.position(path, v.getPad(), i.labelLine);
    return Optional.of(text(i.content, v.getPad()));
  }

  private EssentieVoorstel essentie(Section s) {
    ImmutableEssentieVoorstel.Builder e = EssentieVoorstel.builder();
    Item inhoud = s.item(Veld.INHOUD);
    List<Line> lines = new ArrayList<>(s.content);
    if (inhoud != null) {
      report.position(path, Veld.INHOUD.getPad(), inhoud.labelLine);
      lines.addAll(inhoud.content);
    }
    e.inhoud(text(lines, Veld.INHOUD.getPad()));
    itemText(s, Veld.IMPACT_ASSESSMENT_ESSENTIE).ifPresent(e::impactAssessment);
    if (!s.items.isEmpty()) {
      e.onderverdeeld(true);
    }
    return e.build();
  }

  /** A part of the template table and its value as the model holds it. */
  private record Part(Veld veld, Object waarde) {}

  private static final Fiche LEEG = Fiche.builder().build();

  /**
   * A section of items, each taken as the template table says the model holds it (paragraphs, or a
   * verdict and paragraphs) and set through the table; the section is there even without items.
   */
  private Object items(Section s) {
    Veld sectie = s.field;
    Fiche part = sectie.met(LEEG, sectie.leeg().orElseThrow());
    for (Veld item : s.field.getItems()) {
      Optional<?> waarde =
          item.getWaarde() == Waarde.OORDEEL_EN_TEKST ? onderdeel(s, item) : itemText(s, item);
      if (waarde.isPresent()) {
        part = item.met(part, waarde.get());
      }
    }
    return sectie.waarde(part).orElseThrow();
  }

  /** A grondhouding item; a leading stance sentence with a known verdict becomes its oordeel. */
  private Optional<GrondhoudingOnderdeel> onderdeel(Section s, Veld v) {
    Item i = s.item(v);
    if (i == null) {
      return Optional.empty();
    }
    report.position(path, v.getPad(), i.labelLine);
    List<Line> lines = new ArrayList<>(i.content);
    List<Alinea> alineas = new ArrayList<>();
    for (Line r : lines) {
      alineas.add(paragraph(r));
    }
    Optional<Oordeel> oordeel = Optional.empty();
    // An escaped first line is text, also when it reads like a stance sentence.
    if (!alineas.isEmpty()
        && !lines.get(0).literal()
        && alineas.get(0).getSoort() == AlineaSoort.ALINEA
        && !alineas.get(0).getInhoud().isEmpty()
        && alineas.get(0).getInhoud().get(0) instanceof TekstRun run) {
      Alinea first = alineas.get(0);
      // A stance sentence whose verdict names no Oordeel stays in the text, where a rule reports
      // it.
      Optional<Grondhoudingszin.Gelezen> stance =
          Grondhoudingszin.leesAanBegin(run.getTekst()).filter(g -> g.getOordeel().isPresent());
      if (stance.isPresent()) {
        oordeel = stance.get().getOordeel();
        report.position(path, v.getPad() + "/oordeel", lines.get(0));
        String rest = run.getTekst().substring(stance.get().getEinde());
        if (rest.startsWith(" ")) {
          rest = rest.substring(1);
        }
        List<Inline> inhoud = new ArrayList<>(first.getInhoud());
        if (rest.isEmpty()) {
          inhoud.remove(0);
        } else {
          inhoud.set(0, TekstRun.of(rest));
        }
        if (inhoud.isEmpty()) {
          alineas.remove(0);
          lines.remove(0);
        } else {
          alineas.set(0, Alinea.builder().from(first).inhoud(inhoud).build());
        }
      }
    }
    String alineaPath = v.getPad() + "/tekst/alineas/";
    for (int k = 0; k < lines.size(); k++) {
      report.position(path, alineaPath, k, lines.get(k));
    }
    return Optional.of(
        GrondhoudingOnderdeel.builder()
            .oordeel(oordeel)
            .tekst(Tekst.builder().alineas(alineas).build())
            .build());
  }
}
