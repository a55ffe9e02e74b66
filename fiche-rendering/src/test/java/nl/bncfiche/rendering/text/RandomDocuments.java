package nl.bncfiche.rendering.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.bncfiche.model.ImmutableAanbiedingsbrief;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableAlinea;
import nl.bncfiche.model.ImmutableBriefVermelding;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableKamerstukDocument;
import nl.bncfiche.model.ImmutableTekst;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.KamerstukKop;
import nl.bncfiche.model.Kenmerk;
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
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.NederlandseDatum;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.id.ProcedureNummer;

/**
 * A seeded random builder of documents in canonical form (texts single-line, stripped, NFC; runs
 * never adjacent; footnotes in number order), for round-trip tests. Invented words only.
 */
final class RandomDocuments {
  private static final String[] WOORDEN = {
    "kabinet",
    "voorstel",
    "lidstaten",
    "regels",
    "toezicht",
    "markt",
    "digitale",
    "Unie",
    "steunt",
    "beoordeelt",
    "kritisch",
    "gevolgen",
    "begroting",
    "vrachtbrief",
    "haven",
    "energie",
    "zorg",
    "één",
    "café",
    "coördinatie",
    "€",
    "10%",
    "(zie",
    "hierna)",
    "art.",
    "5:",
    "a)",
    "-",
    "–",
    "«x»",
    "Commissie",
  };

  /** Starts that look like structure, to exercise escaping. */
  private static final String[] LASTIGE_BEGINNEN = {
    "a) ",
    "3. ",
    "Fiche: ",
    "• ",
    "\\",
    "## ",
    "Subsidiariteit: ",
    "De minister ",
    "Bevoegdheid",
    "[x] ",
    "Inhoud voorstel",
    "Fiche - ",
    "Rechtsbasis:",
  };

  private final Random r;

  RandomDocuments(long seed) {
    this.r = new Random(seed);
  }

  private boolean kans(int procent) {
    return r.nextInt(100) < procent;
  }

  private String woorden(int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WOORDEN[r.nextInt(WOORDEN.length)]);
    }
    return sb.toString();
  }

  private String zin() {
    String s = woorden(2, 9);
    s = Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    if (kans(10)) {
      s = LASTIGE_BEGINNEN[r.nextInt(LASTIGE_BEGINNEN.length)] + s;
    }
    return s;
  }

  private String label() {
    String w = woorden(1, 3).replace(":", "").replace("a)", "b").replace("(", "").replace(")", "");
    return "Extra " + w;
  }

  KamerstukDocument document() {
    ImmutableKamerstukDocument.Builder d = KamerstukDocument.builder();
    if (kans(50)) {
      d.kop(
          KamerstukKop.builder()
              .dossier("22 112")
              .dossierTitel(
                  "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie")
              .nummer(Integer.toString(3000 + r.nextInt(2000)))
              .afzender("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
              .geadresseerde("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
              .plaats("Den Haag")
              .datum(
                  Parsed.of(
                      NederlandseDatum.of(
                          LocalDate.of(
                              2010 + r.nextInt(16), 1 + r.nextInt(12), 1 + r.nextInt(28)))))
              .build());
    }
    int fiches = 1 + (kans(20) ? 1 : 0);
    List<Fiche> list = new ArrayList<>();
    for (int i = 0; i < fiches; i++) {
      list.add(fiche());
    }
    if (kans(70)) {
      d.brief(brief(list));
    }
    return d.fiches(list).build();
  }

  private Aanbiedingsbrief brief(List<Fiche> fiches) {
    ImmutableAanbiedingsbrief.Builder b = Aanbiedingsbrief.builder();
    int n = 1 + r.nextInt(12);
    String[] woord = {
      "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
      "twaalf"
    };
    String geschreven = kans(50) ? Integer.toString(n) : woord[n - 1];
    b.aangekondigdAantal(n).aantalZoalsGeschreven(geschreven);
    if (kans(20)) {
      b.aankondiging(
          "Hierbij ontvangt u "
              + geschreven
              + (n == 1 ? " fiche" : " fiches")
              + " over nieuwe voorstellen.");
    }
    int zinnen = kans(30) ? 1 + r.nextInt(2) : 0;
    for (int i = 0; i < zinnen; i++) {
      b.addAanvullendeZin(zin());
    }
    String[] markeringen = {"Fiche:", "Fiche -", "Fiche –", "Herzien Fiche:", "Fiche 3:"};
    int vermeldingen = r.nextInt(4);
    for (int i = 0; i < vermeldingen; i++) {
      ImmutableBriefVermelding.Builder v =
          BriefVermelding.builder()
              .markering(markeringen[r.nextInt(markeringen.length)])
              .titel("Mededeling " + woorden(1, 5));
      if (kans(20)) {
        v.voorvoegsel("MFK");
      }
      if (kans(60)) {
        v.referentie(
            Parsed.of(KamerstukReferentie.of(22112, Integer.toString(4000 + r.nextInt(900)))));
      }
      b.addVermelding(v.build());
    }
    if (kans(80)) {
      b.ondertekenaarFunctie(
              kans(50)
                  ? "De Minister van Buitenlandse Zaken"
                  : "De staatssecretaris van Buitenlandse Zaken")
          .ondertekenaarNaam("A.B. de " + (kans(50) ? "Vries" : "Jong"));
    }
    return b.build();
  }

  private final List<Integer> voetnootNummers = new ArrayList<>();
  private int volgendeVoetnoot;

  private Tekst tekst(int min, int max) {
    ImmutableTekst.Builder t = Tekst.builder();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      t.addAlinea(alinea());
    }
    return t.build();
  }

  private Alinea alinea() {
    AlineaSoort soort =
        kans(75) ? AlineaSoort.ALINEA : kans(50) ? AlineaSoort.OPSOMMING : AlineaSoort.TUSSENKOP;
    ImmutableAlinea.Builder a = Alinea.builder().soort(soort);
    String eerste = zin();
    a.addInhoud(TekstRun.of(eerste));
    if (soort == AlineaSoort.ALINEA && kans(30)) {
      int n = volgendeVoetnoot++;
      voetnootNummers.add(n);
      a.addInhoud(VoetnootVerwijzing.of(n));
      if (kans(60)) {
        a.addInhoud(TekstRun.of(" " + zin()));
      }
    }
    return a.build();
  }

  private GrondhoudingOnderdeel onderdeel() {
    Oordeel[] o = Oordeel.values();
    var b = GrondhoudingOnderdeel.builder().tekst(tekst(0, 3));
    if (kans(60)) {
      b.oordeel(o[r.nextInt(o.length)]);
    }
    return b.build();
  }

  private <T extends Enum<T>> java.util.Optional<T> enumOf(T[] values) {
    return kans(85)
        ? java.util.Optional.of(values[r.nextInt(values.length)])
        : java.util.Optional.empty();
  }

  Fiche fiche() {
    voetnootNummers.clear();
    volgendeVoetnoot = 1 + r.nextInt(3);
    ImmutableFiche.Builder f = Fiche.builder().titel(Character.toUpperCase('x') + woorden(1, 6));
    f.sjabloon(enumOf(Sjabloon.values()))
        .generatie(enumOf(Generatie.values()))
        .soort(enumOf(VoorstelSoort.values()));
    for (Kenmerk k : Kenmerk.values()) {
      if (kans(25)) {
        f.addVermoed(k);
      }
    }
    int secties = 0;
    if (kans(85)) {
      f.algemeneGegevens(algemeen());
      secties++;
    }
    if (kans(80)) {
      var e = EssentieVoorstel.builder().inhoud(tekst(0, 4));
      if (kans(30)) {
        e.impactAssessment(tekst(0, 2));
      } else if (kans(20)) {
        e.onderverdeeld(true);
      }
      f.essentie(e.build());
      secties++;
    }
    if (kans(75)) {
      var p = NederlandsePositie.builder();
      if (kans(80)) {
        p.essentieBeleid(tekst(0, 3));
      }
      if (kans(80)) {
        p.beoordeling(tekst(1, 3));
      }
      if (kans(80)) {
        p.krachtenveld(tekst(1, 2));
      }
      f.nederlandsePositie(p.build());
      secties++;
    }
    if (kans(75)) {
      var g = Grondhouding.builder();
      if (kans(85)) {
        g.bevoegdheid(onderdeel());
      }
      if (kans(85)) {
        g.subsidiariteit(onderdeel());
      }
      if (kans(85)) {
        g.proportionaliteit(onderdeel());
      }
      if (kans(60)) {
        g.financieleGevolgen(onderdeel());
      }
      if (kans(60)) {
        g.regeldruk(onderdeel());
      }
      f.grondhouding(g.build());
      secties++;
    }
    if (kans(25)) {
      f.financieleGevolgen(
          FinancieleGevolgen.builder()
              .euBegroting(tekst(1, 2))
              .concurrentiekracht(tekst(0, 1))
              .build());
      secties++;
    }
    if (kans(25)) {
      f.consequenties(
          Consequenties.builder().regelgeving(tekst(1, 2)).uitvoerbaarheid(tekst(1, 1)).build());
      secties++;
    }
    if (kans(20)) {
      f.ontwikkelingslanden(tekst(1, 2));
      secties++;
    }
    if (secties > 0 && kans(25)) {
      f.addOverigeSectie(
          Sectie.builder()
              .kop(
                  (secties + 1)
                      + ". Overig "
                      + woorden(1, 3).replace(".", "").replace(":", "").replace(";", ""))
              .tekst(tekst(1, 2))
              .build());
    }
    List<Voetnoot> voetnoten = new ArrayList<>();
    for (int n : voetnootNummers) {
      if (kans(90)) {
        voetnoten.add(Voetnoot.builder().nummer(n).tekst(Tekst.of(zin())).build());
      }
    }
    if (kans(15)) {
      voetnoten.add(
          Voetnoot.builder().nummer(volgendeVoetnoot + 5).tekst(Tekst.of(zin(), zin())).build());
    }
    return f.voetnoten(voetnoten).build();
  }

  private AlgemeneGegevens algemeen() {
    ImmutableAlgemeneGegevens.Builder a = AlgemeneGegevens.builder();
    int titels = r.nextInt(3);
    for (int i = 0; i < titels; i++) {
      a.addTitel("Proposal for a " + (kans(50) ? "Regulation" : "Directive") + " " + woorden(1, 8));
    }
    if (kans(85)) {
      a.datumOntvangst(
          kans(90)
              ? Parsed.of(
                  kans(85)
                      ? NederlandseDatum.of(
                          LocalDate.of(2005 + r.nextInt(22), 1 + r.nextInt(12), 1 + r.nextInt(28)))
                      : NederlandseDatum.of(java.time.YearMonth.of(2018, 6)))
              : Parsed.parse("31 februari 2025", NederlandseDatum::parse));
    }
    if (kans(85)) {
      if (kans(90)) {
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
          CommissieDocument.Type[] types = {
            CommissieDocument.Type.COM, CommissieDocument.Type.JOIN, CommissieDocument.Type.C
          };
          CommissieDocument doc =
              CommissieDocument.of(
                  types[r.nextInt(types.length)], 2010 + r.nextInt(16), 1 + r.nextInt(900));
          if (kans(50)) {
            doc = doc.withSuffix(CommissieDocument.Suffix.FINAL);
          }
          a.addCommissieDocument(Parsed.of(doc));
        }
      } else {
        a.addCommissieDocument(Parsed.parse("COM(20x5) 12", CommissieDocument::parse));
      }
      if (kans(30)) {
        a.addProcedure(
            Parsed.of(ProcedureNummer.of(2020 + r.nextInt(6), 1 + r.nextInt(300), "COD")));
      }
    }
    int eurLex = r.nextInt(3);
    for (int i = 0; i < eurLex; i++) {
      a.addEurLex(
          EurLexVerwijzing.of(
              "EUR-Lex - 5202"
                  + r.nextInt(6)
                  + "PC0"
                  + (100 + r.nextInt(800))
                  + " - EN - EUR-Lex"));
    }
    if (kans(80)) {
      a.impactAssessment(
          kans(50)
              ? ImpactAssessment.nietOpgesteld()
              : ImpactAssessment.of("SWD(2025) 40\nGeen opinie."));
    }
    if (kans(80)) {
      a.behandelingstrajectRaad("Raad " + woorden(1, 3));
    }
    if (kans(80)) {
      a.eerstverantwoordelijkMinisterie(
          Ministeries.of("Ministerie van Financiën", "het Ministerie van Justitie en Veiligheid"));
    }
    if (kans(40)) {
      a.addRechtsbasis("Artikel " + (1 + r.nextInt(300)) + " VWEU");
      a.besluitvormingsprocedureRaad("Gekwalificeerde meerderheid");
      a.rolEuropeesParlement("Medebeslissing");
    }
    if (kans(20)) {
      a.addOverigeOnderdeel(Onderdeel.builder().label(label()).tekst(tekst(0, 2)).build());
    }
    return a.build();
  }
}
