package nl.bncfiche.validation.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.bncfiche.validation.Issue;

/**
 * The report order: by path in the order the JSON writes the fields (so section 1 comes before
 * section 4), indices numerically, then by rule id, then by arguments.
 */
public final class IssueOrder implements Comparator<Issue> {
  /** The single instance. */
  public static final IssueOrder INSTANCE = new IssueOrder();

  // Every parent's fields appear here in the model's order; a name used by several parents has one
  // rank that fits all of them.
  private static final String[] FIELDS = {
    "kop",
    "dossier",
    "dossierTitel",
    "nummer",
    "afzender",
    "geadresseerde",
    "plaats",
    "datum",
    "brief",
    "aankondiging",
    "aangekondigdAantal",
    "aantalZoalsGeschreven",
    "aanvullendeZinnen",
    "vermeldingen",
    "markering",
    "voorvoegsel",
    "fiches",
    "titel",
    "referentie",
    "ondertekenaarFunctie",
    "ondertekenaarNaam",
    "sjabloon",
    "generatie",
    "soort",
    "algemeneGegevens",
    "titels",
    "datumOntvangst",
    "commissieDocumenten",
    "eurLex",
    "inhoud",
    "impactAssessment",
    "behandelingstrajectRaad",
    "eerstverantwoordelijkMinisterie",
    "rechtsbasis",
    "besluitvormingsprocedureRaad",
    "rolEuropeesParlement",
    "procedures",
    "overigeOnderdelen",
    "label",
    "essentie",
    "onderverdeeld",
    "nederlandsePositie",
    "essentieBeleid",
    "beoordeling",
    "krachtenveld",
    "grondhouding",
    "bevoegdheid",
    "subsidiariteit",
    "proportionaliteit",
    "financieleGevolgen",
    "regeldruk",
    "oordeel",
    "euBegroting",
    "rijksoverheid",
    "bedrijfslevenEnBurger",
    "concurrentiekracht",
    "geopolitiek",
    "consequenties",
    "regelgeving",
    "delegatie",
    "implementatietermijn",
    "evaluatie",
    "uitvoerbaarheid",
    "handhaafbaarheid",
    "ontwikkelingslanden",
    "overigeSecties",
    "voetnoten",
    "tekst",
    "alineas"
  };
  private static final Map<String, Integer> RANK = new HashMap<>();

  static {
    for (int i = 0; i < FIELDS.length; i++) {
      RANK.put(FIELDS[i], i);
    }
  }

  private IssueOrder() {}

  @Override
  public int compare(Issue a, Issue b) {
    int c = comparePaths(a.getPath(), b.getPath());
    if (c != 0) {
      return c;
    }
    c = a.getRuleId().compareTo(b.getRuleId());
    if (c != 0) {
      return c;
    }
    List<String> x = a.getArguments();
    List<String> y = b.getArguments();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  static int comparePaths(List<Object> a, List<Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareSegments(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareSegments(Object x, Object y) {
    if (x instanceof Integer xi && y instanceof Integer yi) {
      return Integer.compare(xi, yi);
    }
    if (x instanceof Integer) {
      return -1;
    }
    if (y instanceof Integer) {
      return 1;
    }
    int rx = RANK.getOrDefault(x, FIELDS.length);
    int ry = RANK.getOrDefault(y, FIELDS.length);
    return rx != ry ? Integer.compare(rx, ry) : ((String) x).compareTo((String) y);
  }
}
