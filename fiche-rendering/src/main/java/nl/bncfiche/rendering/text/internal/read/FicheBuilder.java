package nl.bncfiche.rendering.text.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImmutableConsequenties;
import nl.bncfiche.model.ImmutableEssentieVoorstel;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableFinancieleGevolgen;
import nl.bncfiche.model.ImmutableGrondhouding;
import nl.bncfiche.model.ImmutableNederlandsePositie;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.rendering.internal.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;
import nl.bncfiche.rendering.text.internal.grammar.MarkerLine;
import nl.bncfiche.rendering.text.internal.grammar.Syntax;

/**
 * The second pass: turns the sections and items of {@link SectionScanner} into a {@link Fiche}, parsing
 * section 1's values and taking the stance sentence off grondhouding items, and records positions.
 */
final class FicheBuilder {
  private final ReadReport verslag;
  private final String pad;

  FicheBuilder(ReadReport verslag, String pad) {
    this.verslag = verslag;
    this.pad = pad;
  }

  Fiche bouw(String titel, SectionScanner seg, MarkerLine marker) {
    ImmutableFiche.Builder f = Fiche.builder().titel(titel);
    List<nl.bncfiche.model.Sectie> overige = new ArrayList<>();
    for (SectionScanner.Sectie s : seg.secties) {
      if (s.veld == null) {
        if (s.kop.isEmpty()) {
          verslag.waarschuw(s.inhoud.get(0), "tekst buiten een sectie, bewaard als overige sectie zonder kop",
              "text outside a section, kept as a further section without heading");
        }
        String p = "/overigeSecties/" + overige.size();
        verslag.positie(pad, p, s.kopRegel);
        overige.add(nl.bncfiche.model.Sectie.builder().kop(s.kop).tekst(tekst(s.inhoud, p + "/tekst")).build());
        continue;
      }
      verslag.positie(pad, s.veld.pad(), s.kopRegel);
      if (!s.inhoud.isEmpty() && s.veld != Veld.ESSENTIE && s.veld != Veld.ONTWIKKELINGSLANDEN
          && s.veld != Veld.ALGEMENE_GEGEVENS) {
        verslag.waarschuw(s.inhoud.get(0), "tekst onder een sectiekop vóór het eerste onderdeel, bewaard als overige sectie",
            "text under a section heading before its first item, kept as a further section");
        String p = "/overigeSecties/" + overige.size();
        overige.add(nl.bncfiche.model.Sectie.builder().kop(s.kop).tekst(tekst(s.inhoud, p + "/tekst")).build());
      }
      switch (s.veld) {
        case ALGEMENE_GEGEVENS:
          f.algemeneGegevens(new AlgemeneGegevensBuilder(verslag, pad, this::tekst).bouw(s));
          break;
        case ESSENTIE:
          f.essentie(essentie(s));
          break;
        case POSITIE:
          f.nederlandsePositie(positie(s));
          break;
        case GRONDHOUDING:
          f.grondhouding(grondhouding(s));
          break;
        case FINANCIEEL:
          f.financieleGevolgen(financieel(s));
          break;
        case CONSEQUENTIES:
          f.consequenties(consequenties(s));
          break;
        case ONTWIKKELINGSLANDEN:
          f.ontwikkelingslanden(tekst(s.inhoud, s.veld.pad()));
          break;
        default:
          break;
      }
    }
    f.overigeSecties(overige);
    f.voetnoten(voetnoten(seg.bodies));
    Fiche fiche = f.build();
    Optional<VoorstelSoort> soort = LayoutEvidence.soort(fiche.getAlgemeneGegevens());
    Optional<Sjabloon> sjabloon = seg.evidence.sjabloon(soort);
    Optional<Generatie> generatie = seg.evidence.generatie(sjabloon, fiche.getAlgemeneGegevens());
    if (marker != null) {
      sjabloon = marker.sjabloon();
      generatie = marker.generatie();
      soort = marker.soort();
    }
    return ImmutableFiche.copyOf(fiche).withSjabloon(sjabloon).withGeneratie(generatie).withSoort(soort);
  }

  private List<Voetnoot> voetnoten(List<SectionScanner.Body> bodies) {
    List<Voetnoot> result = new ArrayList<>(bodies.size());
    for (List<SectionScanner.Body> list : perNummer(bodies)) {
      String p = "/voetnoten/" + result.size();
      verslag.positie(pad, p, list.get(0).regel);
      List<Alinea> alineas = new ArrayList<>();
      String alineaPad = null;
      for (SectionScanner.Body b : list) {
        if (!b.tekst.isEmpty()) {
          if (alineaPad == null) {
            alineaPad = p + "/tekst/alineas/";
          }
          verslag.positie(pad, alineaPad, alineas.size(), b.regel);
          alineas.add(InlineText.alinea(AlineaSoort.ALINEA, b.tekst));
        }
      }
      result.add(Voetnoot.builder().nummer(list.get(0).nummer).tekst(Tekst.builder().alineas(alineas).build()).build());
    }
    return result;
  }

  /**
   * The bodies grouped by footnote number, in number order, each group in reading order. Bodies
   * usually come with rising numbers, one each: then every group is one body, without a sorted map.
   */
  private static Iterable<List<SectionScanner.Body>> perNummer(List<SectionScanner.Body> bodies) {
    boolean stijgend = true;
    for (int k = 1; k < bodies.size() && stijgend; k++) {
      stijgend = bodies.get(k - 1).nummer < bodies.get(k).nummer;
    }
    if (stijgend) {
      List<List<SectionScanner.Body>> result = new ArrayList<>(bodies.size());
      for (SectionScanner.Body b : bodies) {
        result.add(List.of(b));
      }
      return result;
    }
    TreeMap<Integer, List<SectionScanner.Body>> byNumber = new TreeMap<>();
    for (SectionScanner.Body b : bodies) {
      byNumber.computeIfAbsent(b.nummer, k -> new ArrayList<>()).add(b);
    }
    return byNumber.values();
  }

  /** Paragraphs: one per line; "• " a list item, "## " a sub-heading; an escape makes plain text. */
  Tekst tekst(List<Line> regels, String p) {
    List<Alinea> alineas = new ArrayList<>(regels.size());
    String alineaPad = p + "/alineas/";
    for (Line r : regels) {
      verslag.positie(pad, alineaPad, alineas.size(), r);
      alineas.add(alinea(r));
    }
    return Tekst.builder().alineas(alineas).build();
  }

  private static Alinea alinea(Line r) {
    String t = r.tekst;
    AlineaSoort soort = AlineaSoort.ALINEA;
    if (!r.letterlijk) {
      if (t.startsWith("•")) {
        soort = AlineaSoort.OPSOMMING;
        t = t.substring(1).strip();
      } else if (t.startsWith(Syntax.TUSSENKOP)) {
        soort = AlineaSoort.TUSSENKOP;
        t = t.substring(Syntax.TUSSENKOP.length()).strip();
      }
      if (soort != AlineaSoort.ALINEA && !t.isEmpty() && t.charAt(0) == Syntax.ESCAPE) {
        t = t.substring(1);
      }
    }
    return r.haak ? InlineText.alinea(soort, t) : InlineText.alineaZonderVerwijzing(soort, t);
  }

  private Optional<Tekst> itemTekst(SectionScanner.Sectie s, Veld v) {
    SectionScanner.Item i = s.item(v);
    if (i == null) {
      return Optional.empty();
    }
    verslag.positie(pad, v.pad(), i.labelRegel);
    return Optional.of(tekst(i.inhoud, v.pad()));
  }

  private EssentieVoorstel essentie(SectionScanner.Sectie s) {
    ImmutableEssentieVoorstel.Builder e = EssentieVoorstel.builder();
    SectionScanner.Item inhoud = s.item(Veld.INHOUD);
    List<Line> regels = new ArrayList<>(s.inhoud);
    if (inhoud != null) {
      verslag.positie(pad, Veld.INHOUD.pad(), inhoud.labelRegel);
      regels.addAll(inhoud.inhoud);
    }
    e.inhoud(tekst(regels, Veld.INHOUD.pad()));
    itemTekst(s, Veld.IMPACT_ASSESSMENT_ESSENTIE).ifPresent(e::impactAssessment);
    if (!s.items.isEmpty()) {
      e.onderverdeeld(true);
    }
    return e.build();
  }

  private NederlandsePositie positie(SectionScanner.Sectie s) {
    ImmutableNederlandsePositie.Builder b = NederlandsePositie.builder();
    itemTekst(s, Veld.ESSENTIE_BELEID).ifPresent(b::essentieBeleid);
    itemTekst(s, Veld.BEOORDELING).ifPresent(b::beoordeling);
    itemTekst(s, Veld.KRACHTENVELD).ifPresent(b::krachtenveld);
    return b.build();
  }

  private FinancieleGevolgen financieel(SectionScanner.Sectie s) {
    ImmutableFinancieleGevolgen.Builder b = FinancieleGevolgen.builder();
    itemTekst(s, Veld.EU_BEGROTING).ifPresent(b::euBegroting);
    itemTekst(s, Veld.RIJKSOVERHEID).ifPresent(b::rijksoverheid);
    itemTekst(s, Veld.BEDRIJFSLEVEN).ifPresent(b::bedrijfslevenEnBurger);
    itemTekst(s, Veld.CONCURRENTIEKRACHT).ifPresent(b::concurrentiekracht);
    itemTekst(s, Veld.GEOPOLITIEK).ifPresent(b::geopolitiek);
    return b.build();
  }

  private Consequenties consequenties(SectionScanner.Sectie s) {
    ImmutableConsequenties.Builder b = Consequenties.builder();
    itemTekst(s, Veld.REGELGEVING).ifPresent(b::regelgeving);
    itemTekst(s, Veld.DELEGATIE).ifPresent(b::delegatie);
    itemTekst(s, Veld.IMPLEMENTATIETERMIJN).ifPresent(b::implementatietermijn);
    itemTekst(s, Veld.EVALUATIE).ifPresent(b::evaluatie);
    itemTekst(s, Veld.UITVOERBAARHEID).ifPresent(b::uitvoerbaarheid);
    itemTekst(s, Veld.HANDHAAFBAARHEID).ifPresent(b::handhaafbaarheid);
    return b.build();
  }

  private Grondhouding grondhouding(SectionScanner.Sectie s) {
    ImmutableGrondhouding.Builder b = Grondhouding.builder();
    onderdeel(s, Veld.BEVOEGDHEID).ifPresent(b::bevoegdheid);
    onderdeel(s, Veld.SUBSIDIARITEIT).ifPresent(b::subsidiariteit);
    onderdeel(s, Veld.PROPORTIONALITEIT).ifPresent(b::proportionaliteit);
    onderdeel(s, Veld.FINANCIELE_GEVOLGEN).ifPresent(b::financieleGevolgen);
    onderdeel(s, Veld.REGELDRUK).ifPresent(b::regeldruk);
    return b.build();
  }

  /** A grondhouding item; a leading stance sentence with a known verdict becomes its oordeel. */
  private Optional<GrondhoudingOnderdeel> onderdeel(SectionScanner.Sectie s, Veld v) {
    SectionScanner.Item i = s.item(v);
    if (i == null) {
      return Optional.empty();
    }
    verslag.positie(pad, v.pad(), i.labelRegel);
    List<Line> regels = new ArrayList<>(i.inhoud);
    List<Alinea> alineas = new ArrayList<>();
    for (Line r : regels) {
      alineas.add(alinea(r));
    }
    Optional<Oordeel> oordeel = Optional.empty();
    if (!alineas.isEmpty() && alineas.get(0).getSoort() == AlineaSoort.ALINEA
        && !alineas.get(0).getInhoud().isEmpty() && alineas.get(0).getInhoud().get(0) instanceof TekstRun) {
      Alinea first = alineas.get(0);
      String run = ((TekstRun) first.getInhoud().get(0)).getTekst();
      int[] end = new int[1];
      oordeel = stance(run, end);
      if (oordeel.isPresent()) {
        verslag.positie(pad, v.pad() + "/oordeel", regels.get(0));
        String rest = run.substring(end[0]);
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
          regels.remove(0);
        } else {
          alineas.set(0, Alinea.builder().from(first).inhoud(inhoud).build());
        }
      }
    }
    String alineaPad = v.pad() + "/tekst/alineas/";
    for (int k = 0; k < regels.size(); k++) {
      verslag.positie(pad, alineaPad, k, regels.get(k));
    }
    return Optional.of(
        GrondhoudingOnderdeel.builder().oordeel(oordeel).tekst(Tekst.builder().alineas(alineas).build()).build());
  }

  /**
   * The verdict of a stance sentence at the start of {@code run}: "De grondhouding van het kabinet is
   * positief." or "Het kabinet beoordeelt de subsidiariteit als positief."; {@code end[0]} is set after
   * its period. Empty when there is none or its verdict is not an {@link Oordeel}.
   */
  static Optional<Oordeel> stance(String run, int[] end) {
    String a = "De grondhouding van het kabinet is ";
    String b = "Het kabinet beoordeelt de ";
    int from;
    if (run.startsWith(a)) {
      from = a.length();
    } else if (run.startsWith(b)) {
      int als = run.indexOf(" als ", b.length());
      if (als < 0 || als > b.length() + 60) {
        return Optional.empty();
      }
      from = als + 5;
    } else {
      return Optional.empty();
    }
    int dot = run.indexOf('.', from);
    if (dot < 0 || dot - from > 40) {
      return Optional.empty();
    }
    Optional<Oordeel> o = Oordeel.vanTekst(run.substring(from, dot));
    end[0] = dot + 1;
    return o;
  }
}
