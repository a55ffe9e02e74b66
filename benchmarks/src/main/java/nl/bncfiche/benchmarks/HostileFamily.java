package nl.bncfiche.benchmarks;

import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.ImmutableAlgemeneGegevens;
import nl.bncfiche.model.ImmutableAlinea;
import nl.bncfiche.model.ImmutableFiche;
import nl.bncfiche.model.ImmutableTekst;
import nl.bncfiche.model.KamerstukDocument;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.json.FicheJson;
import nl.bncfiche.rendering.text.TextWriter;

/**
 * The families of hostile input whose size grows along one dimension that once made, or could make,
 * the library quadratic (issue 20): each a fiche of {@code size} units of that dimension, in the
 * three forms the library reads and writes. Immutable; {@link #n()} is the family's base size in
 * the scaling suite, which measures it at n and 4n.
 */
public enum HostileFamily {
  /**
   * A paragraph with a run of {@code size} pairs of combining marks of two classes (U+0301 U+0316).
   */
  MARKS(200_000) {
    @Override
    KamerstukDocument document(int size) {
      return essentie(Tekst.of("Zie e" + "\u0301\u0316".repeat(size) + " hier."));
    }

    /** The run as written, not in NFC: the writers' output is normalised already. */
    @Override
    String text(int size) {
      return "Fiche: Schaal\n\n1. Essentie voorstel\n\nZie e"
          + "\u0301\u0316".repeat(size)
          + " hier.\n";
    }
  },

  /** {@code size} paragraphs, each citing a footnote of its own. */
  FOOTNOTES(5_000) {
    @Override
    KamerstukDocument document(int size) {
      ImmutableTekst.Builder t = Tekst.builder();
      ImmutableFiche.Builder f = fiche();
      for (int k = 1; k <= size; k++) {
        t.addAlinea(
            Alinea.builder()
                .addInhoud(TekstRun.of("Alinea " + k + "."), VoetnootVerwijzing.of(k))
                .build());
        f.addVoetnoot(Voetnoot.of(k, "Noot " + k + "."));
      }
      return KamerstukDocument.of(
          f.essentie(EssentieVoorstel.builder().inhoud(t.build()).build()).build());
    }
  },

  /** One paragraph citing one footnote {@code size} times. */
  REFERENCES(20_000) {
    @Override
    KamerstukDocument document(int size) {
      ImmutableAlinea.Builder a = Alinea.builder();
      for (int k = 0; k < size; k++) {
        a.addInhoud(TekstRun.of("zie "), VoetnootVerwijzing.of(1));
      }
      return KamerstukDocument.of(
          fiche()
              .essentie(EssentieVoorstel.builder().inhoud(Tekst.of(a.build())).build())
              .addVoetnoot(Voetnoot.of(1, "De noot."))
              .build());
    }
  },

  /** Section 1 with {@code size} titles, Commission documents, EUR-Lex references, legal bases. */
  VALUES(20_000) {
    @Override
    KamerstukDocument document(int size) {
      ImmutableAlgemeneGegevens.Builder ag = AlgemeneGegevens.builder();
      for (int k = 1; k <= size; k++) {
        ag.addTitel("Voorstel " + k)
            .addCommissieDocument(Parsed.parse("COM(2025) " + k, CommissieDocument::parse))
            .addEurLex(EurLexVerwijzing.of("https://eur-lex.europa.eu/x" + k))
            .addRechtsbasis("Artikel " + k + " VWEU");
      }
      return KamerstukDocument.of(fiche().algemeneGegevens(ag.build()).build());
    }
  },

  /**
   * A paragraph of {@code size} footnote bodies and references opened and never closed; at 4n its
   * 3.8 million characters stay under the longest string JSON reading takes (5 million).
   */
  NESTING(60_000) {
    @Override
    KamerstukDocument document(int size) {
      return essentie(Tekst.of("Zie " + "[1: [footnoteRef:".repeat(size) + " hier."));
    }
  };

  private final int n;

  HostileFamily(int n) {
    this.n = n;
  }

  /** The base size of the scaling suite. */
  public int n() {
    return n;
  }

  /** The family's fiche of {@code size} units, as a model. */
  abstract KamerstukDocument document(int size);

  /** The family's fiche of {@code size} units as text for the reader. */
  String text(int size) {
    return TextWriter.create().write(document(size));
  }

  /** The family's fiche of {@code size} units as JSON. */
  String json(int size) {
    return JSON.write(document(size));
  }

  /**
   * The JSON binding the suite measures: the default one with room for the largest family at 4n
   * (the values family's JSON passes the default 20 MB bound since identifiers carry their derived
   * parts), so that it measures reading, not the refusal.
   */
  static final FicheJson JSON = FicheJson.builder().maxDocumentLength(256L << 20).build();

  /** The family by its name in lower case, as the benchmarks' parameter gives it. */
  static HostileFamily named(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }

  private static ImmutableFiche.Builder fiche() {
    return Fiche.builder().titel("Schaal").sjabloon(Sjabloon.WETGEVING).generatie(Generatie.G2025);
  }

  private static KamerstukDocument essentie(Tekst t) {
    return KamerstukDocument.of(
        fiche().essentie(EssentieVoorstel.builder().inhoud(t).build()).build());
  }
}
