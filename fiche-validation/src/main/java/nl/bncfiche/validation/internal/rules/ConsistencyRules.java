package nl.bncfiche.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.Oordeel;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.id.CelexNummer;
import nl.bncfiche.model.id.CommissieDocument;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Grondhoudingszin.Herkend;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.validation.Profile;
import nl.bncfiche.validation.Severity;
import nl.bncfiche.validation.internal.Findings;
import nl.bncfiche.validation.internal.NodePath;
import nl.bncfiche.validation.internal.Rule;
import nl.bncfiche.validation.internal.StanceSentence;
import nl.bncfiche.validation.internal.Walk;

/**
 * Consistency (family C): the Commission document of item 1c and the CELEX number of item 1d agree,
 * the CELEX type fits the kind of proposal, and stance sentences agree with their item: its oordeel
 * and its subject.
 */
public final class ConsistencyRules {
  /** COM/JOIN number and year agree with the CELEX number. */
  public static final String CELEX_NUMMER = "BNC-C-001";

  /** The CELEX type fits the kind. */
  public static final String CELEX_TYPE = "BNC-C-002";

  /** A stance sentence agrees with the oordeel. */
  public static final String STANCE = "BNC-C-003";

  /** A stance sentence names a known verdict. */
  public static final String STANCE_ONBEKEND = "BNC-C-004";

  /** A stance sentence about bevoegdheid, subsidiariteit or proportionaliteit is in that item. */
  public static final String STANCE_ONDERWERP = "BNC-C-005";

  /** Items 1a, 1c and 1d name as many documents. */
  public static final String PAKKET = "BNC-C-006";

  /** Items 1i and 1j fit the legal basis of item 1h. */
  public static final String RECHTSBASIS = "BNC-C-007";

  private ConsistencyRules() {}

  /** The rules of this family, in id order. */
  static List<Rule> rules() {
    return List.of(
        Rule.of(
                CELEX_NUMMER,
                Severity.ERROR,
                Profile.CONCEPT,
                "Jaar en nummer van een COM- of JOIN-document in 1c MOETEN gelijk zijn aan jaar en nummer"
                    + " van het bijbehorende CELEX-nummer in 1d.",
                "The year and number of a COM or JOIN document in 1c MUST equal the year and number of the"
                    + " corresponding CELEX number in 1d.",
                "CELEX-nummer {0} hoort niet bij Commissiedocument {1}.",
                "CELEX number {0} does not belong to Commission document {1}.",
                (doc, out) -> Walk.fiches(doc, ConsistencyRules::celexNumber, out))
            .source(Sources.EUR_LEX),
        Rule.of(
                CELEX_TYPE,
                Severity.WARNING,
                Profile.CONCEPT,
                "Het type van een CELEX-nummer in 1d MOET passen bij de soort voorstel: PC bij een"
                    + " wetgevingsvoorstel, DC bij een mededeling of voorstel voor een Raadsaanbeveling, JC bij"
                    + " een JOIN-document.",
                "The type of a CELEX number in 1d MUST fit the kind of proposal: PC for a legislative"
                    + " proposal, DC for a communication or proposed Council recommendation, JC for a JOIN"
                    + " document.",
                "CELEX-nummer {0} heeft type {1}; bij dit voorstel past {2}.",
                "CELEX number {0} has type {1}; this proposal calls for {2}.",
                (doc, out) -> Walk.fiches(doc, ConsistencyRules::celexType, out))
            .source(Sources.EUR_LEX),
        Rule.of(
                STANCE,
                Severity.WARNING,
                Profile.CONCEPT,
                "Een zin over de grondhouding in de tekst van een onderdeel van sectie 4 MOET hetzelfde"
                    + " oordeel geven als het oordeel van dat onderdeel, waar het onderdeel er een heeft.",
                "A stance sentence in the text of an item of section 4 MUST give the same verdict as the"
                    + " item's oordeel, where the item has one.",
                "De tekst noemt de grondhouding \"{0}\", maar het oordeel van het onderdeel is \"{1}\".",
                "The text calls the stance \"{0}\", but the item's oordeel is \"{1}\".",
                (doc, out) -> Walk.fiches(doc, (f, p) -> stances(f, p, out, Check.AGREEMENT)))
            .source(Sources.CONVENTION),
        Rule.of(
                STANCE_ONBEKEND,
                Severity.WARNING,
                Profile.CONCEPT,
                "Een zin over de grondhouding MOET een bekend oordeel noemen (positief, positief met"
                    + " kanttekeningen, neutraal, kritisch, negatief met kanttekeningen, negatief; ook"
                    + " overwegend of in beginsel positief, positief-kritisch, en deels positief en deels"
                    + " negatief).",
                "A stance sentence MUST name a known verdict (positief, positief met kanttekeningen,"
                    + " neutraal, kritisch, negatief met kanttekeningen, negatief; also overwegend or in"
                    + " beginsel positief, positief-kritisch, and deels positief en deels negatief).",
                "Onbekend oordeel \"{0}\" in een zin over de grondhouding.",
                "Unknown verdict \"{0}\" in a stance sentence.",
                (doc, out) -> Walk.fiches(doc, (f, p) -> stances(f, p, out, Check.KNOWN)))
            .source(Sources.CONVENTION),
        Rule.of(
                STANCE_ONDERWERP,
                Severity.WARNING,
                Profile.CONCEPT,
                "Een zin over de grondhouding die zegt waarover hij gaat (ten aanzien van de"
                    + " subsidiariteit) MOET in het onderdeel over dat onderwerp staan.",
                "A stance sentence that names its subject (ten aanzien van de subsidiariteit) MUST"
                    + " stand in the item on that subject.",
                "De zin over de grondhouding gaat over \"{0}\", maar staat in het onderdeel over de"
                    + " {1}.",
                "The stance sentence is about \"{0}\", but stands in the item on {1}.",
                (doc, out) -> Walk.fiches(doc, (f, p) -> stances(f, p, out, Check.SUBJECT)))
            .source(Sources.CONVENTION),
        Rule.of(
                PAKKET,
                Severity.WARNING,
                Profile.CONCEPT,
                "De onderdelen 1a (titels), 1c (Commissiedocumenten, zonder SWD en SEC) en 1d (EUR-Lex)"
                    + " MOETEN even veel documenten noemen, waar ze ingevuld zijn: bij een pakket één"
                    + " per voorstel.",
                "Items 1a (titles), 1c (Commission documents, SWD and SEC left out) and 1d (EUR-Lex)"
                    + " MUST name as many documents, where they are filled in: in a package one per"
                    + " proposal.",
                "Onderdeel 1a noemt {0} titels, 1c {1} documenten en 1d {2} links.",
                "Item 1a names {0} titles, 1c {1} documents and 1d {2} links.",
                (doc, out) -> Walk.fiches(doc, ConsistencyRules::packageCounts, out))
            .source(Sources.CONVENTION),
        Rule.of(
                RECHTSBASIS,
                Severity.WARNING,
                Profile.CONCEPT,
                "De stemregel (1i) en de rol van het Europees Parlement (1j) MOETEN passen bij de"
                    + " rechtsbasis (1h), voor de artikelen van het VWEU die de procedure duidelijk"
                    + " voorschrijven (zoals art. 114: gekwalificeerde meerderheid en medebeslissing;"
                    + " art. 122: geen rol van het Parlement; art. 322, lid 2: raadpleging).",
                "The voting rule (1i) and the European Parliament's role (1j) MUST fit the legal basis"
                    + " (1h), for the articles of the VWEU that state the procedure plainly (such as art."
                    + " 114: qualified majority and co-decision; art. 122: no role for the Parliament;"
                    + " art. 322(2): consultation).",
                "Bij {0} hoort {1}; onderdeel {2} noemt \"{3}\".",
                "{0} calls for {1}; item {2} names \"{3}\".",
                (doc, out) -> Walk.fiches(doc, LegalBases::check, out))
            .source(Sources.RECHTSBASIS));
  }

  /**
   * Whether a line of item 1d is a link (a CELEX number, a URL, an EUR-Lex link text) rather than a
   * sentence around one, such as the 2008 template's "De link naar dit Commissievoorstel op de
   * Prelex-site:".
   */
  private static boolean isLink(EurLexVerwijzing e) {
    String t = e.getTekst().toLowerCase(Locale.ROOT);
    return e.getCelex().isPresent()
        || t.contains("://")
        || t.contains("www.")
        || t.startsWith("eur-lex")
        || t.contains("celex");
  }

  /**
   * Items 1a, 1c and 1d of a fiche name as many documents, each list counted where it is filled in;
   * 1c without its staff documents (SWD, SEC), which have no title or link of their own.
   */
  private static void packageCounts(Fiche f, NodePath p, Findings out) {
    if (f.getAlgemeneGegevens().isEmpty()) {
      return;
    }
    AlgemeneGegevens a = f.getAlgemeneGegevens().get();
    int titles = (int) a.getTitels().stream().filter(t -> !t.isBlank()).count();
    int docs = 0;
    for (Parsed<CommissieDocument> d : a.getCommissieDocumenten()) {
      boolean staff =
          d.getValue()
              .map(
                  c ->
                      c.getType() == CommissieDocument.Type.SWD
                          || c.getType() == CommissieDocument.Type.SEC)
              .orElse(false);
      if (!staff && !d.getText().isBlank()) {
        docs++;
      }
    }
    int links = (int) a.getEurLex().stream().filter(ConsistencyRules::isLink).count();
    int known = 0;
    boolean differ = false;
    for (int n : new int[] {titles, docs, links}) {
      if (n > 0) {
        differ |= known > 0 && n != known;
        known = n;
      }
    }
    if (differ) {
      out.report(
          p.field("algemeneGegevens"),
          Integer.toString(titles),
          Integer.toString(docs),
          Integer.toString(links));
    }
  }

  /**
   * A CELEX number of item 1d with its index, and the Commission document it belongs to, if any.
   */
  private record Pair(int index, CelexNummer celex, Optional<CommissieDocument> doc) {}

  /**
   * The sector-5 CELEX numbers of PC, DC or JC type, each paired with a COM/JOIN document of 1c.
   */
  private static List<Pair> pairs(AlgemeneGegevens a) {
    if (a.getEurLex().stream()
        .noneMatch(e -> e.getCelex().filter(ConsistencyRules::isProposalType).isPresent())) {
      return List.of(); // nothing to pair: the documents of 1c need not be looked at
    }
    List<CommissieDocument> docs = new ArrayList<>();
    for (Parsed<CommissieDocument> d : a.getCommissieDocumenten()) {
      docs.add(d.getValue().filter(ConsistencyRules::isComOrJoin).orElse(null));
    }
    boolean byIndex = docs.size() == a.getEurLex().size();
    // Otherwise by year and number (the last document with them), else the first document: found
    // in a map, so that many numbers against many documents stay linear.
    Map<Long, CommissieDocument> byNumber = new HashMap<>();
    CommissieDocument first = null;
    if (!byIndex) {
      for (CommissieDocument d : docs) {
        if (d != null) {
          byNumber.put(yearAndNumber(d.getYear(), d.getNumber()), d);
          first = first == null ? d : first;
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < a.getEurLex().size(); i++) {
      Optional<CelexNummer> c =
          a.getEurLex().get(i).getCelex().filter(ConsistencyRules::isProposalType);
      if (c.isEmpty()) {
        continue;
      }
      CommissieDocument doc;
      if (byIndex) {
        doc = docs.get(i);
      } else {
        doc = byNumber.get(yearAndNumber(c.get().getYear(), c.get().getNumberValue()));
        doc = doc == null ? first : doc;
      }
      pairs.add(new Pair(i, c.get(), Optional.ofNullable(doc)));
    }
    return pairs;
  }

  private static long yearAndNumber(int year, int number) {
    return (long) year << 32 | (number & 0xFFFF_FFFFL);
  }

  private static boolean isComOrJoin(CommissieDocument d) {
    return d.getType() == CommissieDocument.Type.COM || d.getType() == CommissieDocument.Type.JOIN;
  }

  private static boolean isProposalType(CelexNummer c) {
    String t = c.getDocumentType();
    return c.getSector() == '5' && (t.equals("PC") || t.equals("DC") || t.equals("JC"));
  }

  private static void celexNumber(Fiche f, NodePath p, Findings out) {
    f.getAlgemeneGegevens()
        .ifPresent(
            a -> {
              for (Pair pair : pairs(a)) {
                if (pair.doc().isPresent()) {
                  CommissieDocument d = pair.doc().get();
                  if (d.getYear() != pair.celex().getYear()
                      || d.getNumber() != pair.celex().getNumberValue()) {
                    out.report(
                        p.fields("algemeneGegevens", "eurLex").index(pair.index()),
                        pair.celex().toString(),
                        d.toString());
                  }
                }
              }
            });
  }

  private static void celexType(Fiche f, NodePath p, Findings out) {
    f.getAlgemeneGegevens()
        .ifPresent(
            a -> {
              for (Pair pair : pairs(a)) {
                Optional<String> expected = expectedType(f, pair.doc());
                if (expected.isPresent()
                    && !expected.get().equals(pair.celex().getDocumentType())) {
                  out.report(
                      p.fields("algemeneGegevens", "eurLex").index(pair.index()),
                      pair.celex().toString(),
                      pair.celex().getDocumentType(),
                      expected.get());
                }
              }
            });
  }

  /** The CELEX type the kind calls for; empty when the kind does not say (a package, unknown). */
  static Optional<String> expectedType(Fiche f, Optional<CommissieDocument> doc) {
    if (doc.isPresent() && doc.get().getType() == CommissieDocument.Type.JOIN) {
      return Optional.of("JC");
    }
    if (f.getSoort().isPresent()) {
      return switch (f.getSoort().get()) {
        case VERORDENING, RICHTLIJN, BESLUIT -> Optional.of("PC");
        case MEDEDELING, AANBEVELING -> Optional.of("DC");
        case GEZAMENLIJKE_MEDEDELING -> Optional.of("JC");
        default -> Optional.empty();
      };
    }
    return f.getSjabloon().map(t -> t == Sjabloon.WETGEVING ? "PC" : "DC");
  }

  /** What a stance rule checks of each sentence. */
  private enum Check {
    /** C-003: the verdict agrees with the item's oordeel. */
    AGREEMENT,
    /** C-004: the verdict is known. */
    KNOWN,
    /** C-005: the subject is the item's. */
    SUBJECT
  }

  private static void stances(Fiche f, NodePath p, Findings out, Check check) {
    if (f.getGrondhouding().isEmpty()) {
      return;
    }
    for (Veld veld : Veld.GRONDHOUDING.getItems()) {
      Optional<GrondhoudingOnderdeel> item = veld.waarde(f).map(GrondhoudingOnderdeel.class::cast);
      if (item.isEmpty()) {
        continue;
      }
      NodePath q = Walk.path(p, veld).field("tekst");
      for (Herkend h : out.memo(StanceSentence.FOUND, item.get().getTekst())) {
        List<Veld> about = h.getOnderwerpItems();
        // A sentence about another item says nothing about this one's verdict.
        boolean elsewhere = !about.isEmpty() && !about.contains(veld);
        switch (check) {
          case AGREEMENT -> {
            Optional<Oordeel> own = item.get().getOordeel();
            if (!elsewhere
                && own.isPresent()
                && h.getOordeel().isPresent()
                && h.getOordeel().get() != own.get()) {
              out.report(q, h.getOordeel().get().getTekst(), own.get().getTekst());
            }
          }
          case KNOWN -> {
            if (!h.isBekend()) {
              out.report(q, h.getWoorden());
            }
          }
          case SUBJECT -> {
            Optional<String> subject = Grondhoudingszin.onderwerp(veld);
            if (elsewhere && subject.isPresent()) {
              out.report(q, h.getOnderwerp().orElse(""), subject.get());
            }
          }
        }
      }
    }
  }
}
