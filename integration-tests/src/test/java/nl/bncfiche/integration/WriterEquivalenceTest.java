package nl.bncfiche.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.bncfiche.model.Aanbiedingsbrief;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.BriefVermelding;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.fixture.SampleDocuments;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.internal.Outline;
import nl.bncfiche.rendering.text.FicheReadException;
import nl.bncfiche.rendering.text.TextReader;
import nl.bncfiche.rendering.text.TextWriter;
import nl.bncfiche.testing.FicheGenerator;
import nl.bncfiche.testing.VoorbeeldFiches;
import org.junit.jupiter.api.Test;

/**
 * The text writer writes every document exactly as {@link ReferenceTextWriter} (the writer before
 * it streamed into one buffer) does, and {@link Outline} lays out every fiche as {@link
 * ReferenceOutline} does (the Markdown and HTML writers render it): over generated valid, large and
 * violating documents, every free string field set to awkward text, documents read from fuzzed
 * text, and random models full of line breaks, white space, unsafe and non-NFC characters and lines
 * that look like structure.
 */
class WriterEquivalenceTest {
  private static final TextWriter WRITER = TextWriter.create();
  private static final ReferenceTextWriter REFERENCE = ReferenceTextWriter.create();

  static void assertSame(KamerstukDocument d, String what) {
    assertThat(WRITER.write(d)).as(what).isEqualTo(REFERENCE.write(d));
    for (Fiche f : d.getFiches()) {
      assertThat(WRITER.write(f)).as(what).isEqualTo(REFERENCE.write(f));
      assertSameOutline(f, what);
    }
  }

  private static void assertSameOutline(Fiche f, String what) {
    List<Outline.Section> sections = Outline.of(f).sections();
    List<ReferenceOutline.Section> expected = ReferenceOutline.of(f).sections();
    assertThat(sections).as(what).hasSameSizeAs(expected);
    for (int i = 0; i < sections.size(); i++) {
      Outline.Section s = sections.get(i);
      ReferenceOutline.Section e = expected.get(i);
      assertThat(List.of(s.nummer, s.kop, s.pad, s.tekst))
          .as(what)
          .isEqualTo(List.of(e.nummer, e.kop, e.pad, e.tekst));
      assertThat(s.items).as(what).hasSameSizeAs(e.items);
      for (int j = 0; j < s.items.size(); j++) {
        Outline.Item a = s.items.get(j);
        ReferenceOutline.Item b = e.items.get(j);
        assertThat(List.of(a.letter, a.label, a.pad, a.regels, Optional.ofNullable(a.tekst)))
            .as(what)
            .isEqualTo(List.of(b.letter, b.label, b.pad, b.regels, Optional.ofNullable(b.tekst)));
      }
    }
  }

  @Test
  void generatedDocuments() {
    assertSame(SampleDocuments.volledig(), "sample");
    assertSame(VoorbeeldFiches.wetgeving(), "wetgeving");
    assertSame(VoorbeeldFiches.mededeling(), "mededeling");
    for (long seed = 1; seed <= 300; seed++) {
      FicheGenerator gen = FicheGenerator.withSeed(seed);
      assertSame(gen.validDocument(), "valid, seed " + seed);
      for (Sjabloon s : Sjabloon.values()) {
        for (Generatie g : Generatie.values()) {
          assertSame(
              KamerstukDocument.of(gen.validFiche(s, g)),
              "valid " + s + " " + g + ", seed " + seed);
        }
      }
    }
    for (long seed = 1; seed <= 10; seed++) {
      for (int size : new int[] {1_000, 20_000, 300_000}) {
        assertSame(
            FicheGenerator.withSeed(seed).largeDocument(size), "large " + size + ", seed " + seed);
      }
    }
    for (String rule : FicheGenerator.violableRuleIds()) {
      for (long seed = 1; seed <= 5; seed++) {
        assertSame(
            FicheGenerator.withSeed(seed).violating(rule), "violating " + rule + ", seed " + seed);
      }
    }
  }

  @Test
  void dossierTitlesTheReaderWouldCutAndItemLinesThatCompleteALabel() {
    String[] tails = {"", " (Kamerstuk 22 112, nr. 17)", " Aan de orde", " Zwolle, 3 mei 2020"};
    for (String tail : tails) {
      for (String[] item :
          new String[][] {
            {"Nr. impact assessment Commissie en", "Opinie Raad voor Regelgevingstoetsing"},
            {"Eerstverantwoordelijk", "ministerie"},
            {"Titel", "voorstel"},
            {"Extra onderdeel", "Gewone tekst."}
          }) {
        Fiche f =
            Fiche.builder()
                .titel("Havens")
                .algemeneGegevens(
                    AlgemeneGegevens.builder()
                        .addTitel("Een voorstel over havens")
                        .addOverigeOnderdelen(
                            Onderdeel.builder()
                                .label(item[0])
                                .tekst(Tekst.of(item[1], "Nog een alinea."))
                                .build())
                        .build())
                .build();
        assertSame(
            KamerstukDocument.builder()
                .kop(
                    KamerstukKop.builder()
                        .dossier("22 112")
                        .dossierTitel("Nieuwe Commissievoorstellen" + tail)
                        .nummer("12")
                        .build())
                .addFiche(f)
                .build(),
            tail + " / " + item[0]);
      }
    }
  }

  @Test
  void awkwardTextInEveryField() {
    List<KamerstukDocument> docs =
        List.of(
            SampleDocuments.volledig(),
            FicheGenerator.withSeed(7).validDocument(),
            VoorbeeldFiches.mededeling());
    for (KamerstukDocument doc : docs) {
      EveryString every = new EveryString(doc);
      for (String s : AWKWARD) {
        if (s.chars().anyMatch(c -> Character.isSurrogate((char) c)) && !s.equals("\ud83d\ude00")) {
          // EveryString puts strings in through JSON, which refuses a lone surrogate; random models
          // (randomModelsWithAwkwardText) hold them.
          continue;
        }
        assertSame(every.replace(x -> s), "every field " + s);
        assertSame(every.replace(x -> s + x), "every field before " + s);
        assertSame(every.replace(x -> x + s), "every field after " + s);
      }
    }
  }

  @Test
  void documentsReadFromFuzzedText() {
    long seed = 20_261_129L;
    assertSameOnFuzzedText(new Mutator(FuzzTest.textSeeds(seed), seed), 3_000);
  }

  /** As above, on mutations of the real corpus's texts; skipped without the corpus. */
  @Test
  void documentsReadFromFuzzedCorpusText() throws Exception {
    assertSameOnFuzzedText(new Mutator(FuzzTest.corpusSeeds(), 20_261_204L), 3_000);
  }

  /**
   * Both writers agree on every document read from {@code inputs} mutated texts (most must read).
   */
  private static void assertSameOnFuzzedText(Mutator mutator, int inputs) {
    TextReader reader = TextReader.create();
    int read = 0;
    for (long i = 0; i < inputs; i++) {
      KamerstukDocument d;
      try {
        d = reader.read(new String(mutator.input(i), StandardCharsets.UTF_8)).getDocument();
      } catch (FicheReadException | IllegalArgumentException e) {
        continue;
      }
      read++;
      assertSame(d, "fuzzed input " + i);
    }
    assertThat(read).isGreaterThan(inputs / 3);
  }

  @Test
  void randomModelsWithAwkwardText() {
    for (long seed = 1; seed <= 4_000; seed++) {
      assertSame(new Awkward(seed).document(), "awkward, seed " + seed);
    }
  }

  @Test
  void stanceSentenceJoinedToRunsWithLineBreaks() {
    String[][] runs = {
      {"a\r", "\nb"},
      {"a\r", "", "\nb"},
      {"\r", "\n"},
      {"a\r", "\n"},
      {"x", "\r", "\n", "\r\n", "\n"},
      {"a\r", "#1", "\nb"},
      {"\n", "a"},
      {"a\r\r", "\n\n"},
      {"", "\r", "", "\n", "\r"},
      {" ", "a\r"},
      {},
      {"#2"},
      {"#1", "\r", "\n"},
    };
    for (Generatie g : Generatie.values()) {
      for (String[] r : runs) {
        List<Inline> inhoud = new ArrayList<>();
        for (String t : r) {
          inhoud.add(
              t.startsWith("#")
                  ? VoetnootVerwijzing.of(Integer.parseInt(t.substring(1)))
                  : TekstRun.of(t));
        }
        for (AlineaSoort soort : AlineaSoort.values()) {
          Tekst tekst =
              Tekst.of(
                  Alinea.builder().soort(soort).addAllInhoud(inhoud).build(),
                  Alinea.of("verder\r"));
          GrondhoudingOnderdeel o =
              GrondhoudingOnderdeel.builder().oordeel(Oordeel.KRITISCH).tekst(tekst).build();
          Fiche f =
              Fiche.builder()
                  .titel("t")
                  .generatie(g)
                  .grondhouding(
                      Grondhouding.builder().bevoegdheid(o).subsidiariteit(o).regeldruk(o).build())
                  .addVoetnoot(Voetnoot.of(1, "een"))
                  .build();
          assertSame(KamerstukDocument.of(f), g + " " + soort + " " + List.of(r));
        }
      }
    }
  }

  /** Strings a writer must strip, neutralise, normalise or escape. */
  static final List<String> AWKWARD = awkward();

  private static List<String> awkward() {
    List<String> l =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "\t",
                "\n",
                "\r",
                "\r\n",
                "\n\r",
                " \u000b",
                "\u001c",
                "\u0085",
                "\u00a0",
                "\u2003",
                "\u3000",
                "x\r",
                "\ny",
                "a\r\nb",
                "a\n\nb",
                "\u0000",
                "\u0007",
                "\u007f",
                "\u009f",
                "\u202a",
                "\u202e",
                "\u2066",
                "\u2069",
                "\u200e",
                "\ufffd",
                "e\u0301",
                "\u0301",
                "\u0316\u0301",
                "a\u0301\u0316",
                "\u1100\u1161",
                "\ud83d\ude00",
                "\ud83d",
                "\ude00",
                "\u0130",
                "\u212a",
                "\u00df",
                "\u03a3",
                "ĳ",
                "Ω",
                "€",
                "–",
                "•",
                "• x",
                "\u25cf y",
                "\u25aa z",
                "## kop",
                "#",
                "\\",
                "\\x",
                "[",
                "[x]",
                "[1:  x ]",
                "[footnoteRef:1]",
                "\\[footnoteRef:2]",
                "x\\",
                "[99: y ]",
                "[bookmark: _Toc1]",
                "\\[bookmark: _Toc1]",
                "[fiche: sjabloon=WETGEVING generatie=G2013 soort=-]",
                "Fiche",
                "Fiche: x",
                "fiche -",
                "Herzien fiche",
                "De minister",
                "de Staatssecretaris van",
                "a)",
                "a) x",
                "ab) x",
                "abc) x",
                "1.",
                "1. x",
                "123. x",
                "1234. x",
                "x:",
                "x :",
                "Label:",
                "   a) x",
                "1.x",
                "a)x",
                ":",
                ".",
                "..:",
                "Rechtsbasis",
                "rechtsbasis:",
                "Rechtsbasis: x",
                "RECHTSBASIS .",
                "Rechts basis",
                "Rechtsbasis  :",
                "Rechtsbasis x",
                "Rechtsbasis\u00a0:",
                "Nr. CommissiedocumentCOM(2024) 26",
                "Nr.  Commissiedocument",
                "Nr. Commissiedocument\u2003",
                "Inhoud voorstel",
                "Inhoud voorstelx",
                "Inhoud voorstel :x",
                "Inhoud voorstel  x",
                "Bevoegdheid",
                "Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit",
                "Financiële gevolgen",
                "FINANCIËLE GEVOLGEN:",
                "Datum Commissiedocument",
                "Prelex",
                "Voorstel:",
                "De grondhouding van het kabinet is positief.",
                "Het kabinet beoordeelt de subsidiariteit als kritisch."));
    l.add("Rechtsbasis" + " ".repeat(420) + "x");
    l.add("Rechtsbasis" + " ".repeat(395) + ":");
    l.add("Inhoud voorstel" + "\t".repeat(390) + "y");
    l.add("x".repeat(399) + ":");
    l.add("y".repeat(450));
    l.add(" ".repeat(500));
    l.add("Essentie voorstel" + ".".repeat(300));
    return List.copyOf(l);
  }

  /** Random models built from {@link #AWKWARD} strings and words, every field optional. */
  static final class Awkward {
    private final Random r;

    Awkward(long seed) {
      this.r = new Random(seed * 31 + 17);
    }

    private boolean maybe() {
      return r.nextInt(3) > 0;
    }

    String s() {
      int n = r.nextInt(4);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        switch (r.nextInt(4)) {
          case 0 -> sb.append(AWKWARD.get(r.nextInt(AWKWARD.size())));
          case 1 -> {
            List<String> labels = Veld.values()[r.nextInt(Veld.values().length)].getLabelteksten();
            sb.append(labels.get(r.nextInt(labels.size())));
          }
          default -> sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        if (r.nextBoolean()) {
          sb.append(' ');
        }
      }
      return sb.toString();
    }

    private static final String[] WORDS = {
      "kabinet",
      "voorstel",
      "één",
      "café",
      "coördinatie",
      "(zie",
      "art.",
      "5:",
      "COM(2026) 12",
      "2026/0051(COD)",
      "JOIN(2025) 3",
      "verordening",
      "richtlijn",
      "mededeling",
      "12 maart 2014",
      "1 januari 2026",
      "32026R0001",
    };

    <T> Optional<T> opt(T value) {
      return maybe() ? Optional.of(value) : Optional.empty();
    }

    Tekst tekst() {
      var t = Tekst.builder();
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        var a =
            Alinea.builder().soort(AlineaSoort.values()[r.nextInt(AlineaSoort.values().length)]);
        int k = r.nextInt(5);
        List<Inline> inhoud = new ArrayList<>();
        for (int j = 0; j < k; j++) {
          inhoud.add(
              r.nextInt(4) == 0 ? VoetnootVerwijzing.of(1 + r.nextInt(5)) : TekstRun.of(s()));
        }
        t.addAlinea(a.addAllInhoud(inhoud).build());
      }
      return t.build();
    }

    GrondhoudingOnderdeel onderdeel() {
      var o = GrondhoudingOnderdeel.builder().tekst(tekst());
      if (maybe()) {
        o.oordeel(Oordeel.values()[r.nextInt(Oordeel.values().length)]);
      }
      return o.build();
    }

    Fiche fiche() {
      var f = Fiche.builder().titel(s());
      opt(Sjabloon.values()[r.nextInt(2)]).ifPresent(f::sjabloon);
      opt(Generatie.values()[r.nextInt(Generatie.values().length)]).ifPresent(f::generatie);
      opt(VoorstelSoort.values()[r.nextInt(VoorstelSoort.values().length)]).ifPresent(f::soort);
      if (maybe()) {
        var ag = AlgemeneGegevens.builder();
        for (int i = r.nextInt(3); i > 0; i--) {
          ag.addTitel(s());
        }
        opt(s())
            .ifPresent(
                x ->
                    ag.datumOntvangst(
                        Parsed.parse(
                            r.nextBoolean() ? x : "12 maart 2014", NederlandseDatum::parse)));
        for (int i = r.nextInt(3); i > 0; i--) {
          ag.addCommissieDocument(
              Parsed.parse(r.nextBoolean() ? s() : "COM(2026) 1" + i, CommissieDocument::parse));
        }
        for (int i = r.nextInt(2); i > 0; i--) {
          ag.addProcedure(Parsed.parse(s(), ProcedureNummer::parse));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
          ag.addEurLex(EurLexVerwijzing.of(s()));
        }
        opt(s()).ifPresent(x -> ag.impactAssessment(ImpactAssessment.of(x)));
        opt(s()).ifPresent(ag::behandelingstrajectRaad);
        opt(s()).ifPresent(x -> ag.eerstverantwoordelijkMinisterie(Ministeries.of(x)));
        for (int i = r.nextInt(3); i > 0; i--) {
          ag.addRechtsbasis(s());
        }
        opt(s()).ifPresent(ag::besluitvormingsprocedureRaad);
        opt(s()).ifPresent(ag::rolEuropeesParlement);
        for (int i = r.nextInt(3); i > 0; i--) {
          ag.addOverigeOnderdeel(Onderdeel.builder().label(s()).tekst(tekst()).build());
        }
        f.algemeneGegevens(ag.build());
      }
      if (maybe()) {
        var e = EssentieVoorstel.builder().inhoud(tekst());
        opt(tekst()).ifPresent(e::impactAssessment);
        f.essentie(e.build());
      }
      if (maybe()) {
        var p = NederlandsePositie.builder();
        opt(tekst()).ifPresent(p::essentieBeleid);
        opt(tekst()).ifPresent(p::beoordeling);
        opt(tekst()).ifPresent(p::krachtenveld);
        f.nederlandsePositie(p.build());
      }
      if (maybe()) {
        var g = Grondhouding.builder();
        opt(onderdeel()).ifPresent(g::bevoegdheid);
        opt(onderdeel()).ifPresent(g::subsidiariteit);
        opt(onderdeel()).ifPresent(g::proportionaliteit);
        opt(onderdeel()).ifPresent(g::financieleGevolgen);
        opt(onderdeel()).ifPresent(g::regeldruk);
        f.grondhouding(g.build());
      }
      if (r.nextBoolean()) {
        var g = FinancieleGevolgen.builder();
        opt(tekst()).ifPresent(g::euBegroting);
        opt(tekst()).ifPresent(g::rijksoverheid);
        opt(tekst()).ifPresent(g::bedrijfslevenEnBurger);
        opt(tekst()).ifPresent(g::concurrentiekracht);
        opt(tekst()).ifPresent(g::geopolitiek);
        f.financieleGevolgen(g.build());
      }
      if (r.nextBoolean()) {
        var c = Consequenties.builder();
        opt(tekst()).ifPresent(c::regelgeving);
        opt(tekst()).ifPresent(c::delegatie);
        opt(tekst()).ifPresent(c::implementatietermijn);
        opt(tekst()).ifPresent(c::evaluatie);
        opt(tekst()).ifPresent(c::uitvoerbaarheid);
        opt(tekst()).ifPresent(c::handhaafbaarheid);
        f.consequenties(c.build());
      }
      opt(tekst()).ifPresent(f::ontwikkelingslanden);
      for (int i = r.nextInt(3); i > 0; i--) {
        f.addOverigeSectie(Sectie.builder().kop(s()).tekst(tekst()).build());
      }
      for (int i = r.nextInt(4); i > 0; i--) {
        f.addVoetnoot(Voetnoot.builder().nummer(1 + r.nextInt(6)).tekst(tekst()).build());
      }
      return f.build();
    }

    KamerstukDocument document() {
      var d = KamerstukDocument.builder();
      if (maybe()) {
        var k = KamerstukKop.builder();
        opt(s()).ifPresent(k::dossier);
        opt(s()).ifPresent(k::dossierTitel);
        opt(s()).ifPresent(k::nummer);
        opt(s()).ifPresent(k::afzender);
        opt(s()).ifPresent(k::geadresseerde);
        opt(s()).ifPresent(k::plaats);
        opt(s()).ifPresent(x -> k.datum(Parsed.parse(x, NederlandseDatum::parse)));
        d.kop(k.build());
      }
      if (maybe()) {
        var b = Aanbiedingsbrief.builder();
        opt(s()).ifPresent(b::aankondiging);
        opt(r.nextInt(4)).ifPresent(b::aangekondigdAantal);
        opt(s()).ifPresent(b::aantalZoalsGeschreven);
        for (int i = r.nextInt(3); i > 0; i--) {
          b.addAanvullendeZin(s());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
          var v = BriefVermelding.builder().titel(s());
          opt(s()).ifPresent(v::markering);
          opt(s()).ifPresent(v::voorvoegsel);
          opt(s()).ifPresent(x -> v.referentie(Parsed.parse(x, KamerstukReferentie::parse)));
          b.addVermelding(v.build());
        }
        opt(s()).ifPresent(b::ondertekenaarFunctie);
        opt(s()).ifPresent(b::ondertekenaarNaam);
        d.brief(b.build());
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        d.addFiche(fiche());
      }
      return d.build();
    }
  }
}
