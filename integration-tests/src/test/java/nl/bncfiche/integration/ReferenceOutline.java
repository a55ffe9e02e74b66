package nl.bncfiche.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.Consequenties;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.FinancieleGevolgen;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Grondhouding;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.NederlandsePositie;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Veld;

/**
 * The outline as it was before it could be walked without building it, kept verbatim (name and
 * package aside) as the reference for {@link WriterEquivalenceTest}.
 */
final class ReferenceOutline {
  /** A numbered section; {@code nummer} is empty for a section under an unknown heading. */
  public static final class Section {
    public final String nummer;
    public final String kop;
    public final String pad;
    public final Optional<Tekst> tekst;
    public final List<Item> items;

    Section(String nummer, String kop, String pad, Optional<Tekst> tekst, List<Item> items) {
      this.nummer = nummer;
      this.kop = kop;
      this.pad = pad;
      this.tekst = tekst;
      this.items = List.copyOf(items);
    }
  }

  /**
   * A lettered item; {@code letter} is empty in the 2007 generation. Exactly one of {@code regels}
   * (values of section 1, one per line) and {@code tekst} (paragraphs) is meaningful, by {@link
   * #isWaarden()}.
   */
  public static final class Item {
    public final String letter;
    public final String label;
    public final String pad;
    public final List<String> regels;
    public final Tekst tekst;

    Item(String letter, String label, String pad, List<String> regels, Tekst tekst) {
      this.letter = letter;
      this.label = label;
      this.pad = pad;
      this.regels = List.copyOf(regels);
      this.tekst = tekst;
    }

    /** Whether the item holds value lines rather than paragraphs. */
    public boolean isWaarden() {
      return tekst == null;
    }
  }

  private final Sjabloon sjabloon;
  private final Generatie generatie;
  private final List<Section> sections = new ArrayList<>();

  private ReferenceOutline(Fiche fiche) {
    this.sjabloon = fiche.getSjabloon().orElse(Sjabloon.MEDEDELING);
    this.generatie = fiche.getGeneratie().orElse(Generatie.G2025);
    int n = 0;
    if (fiche.getAlgemeneGegevens().isPresent()) {
      sections.add(algemeen(++n, fiche.getAlgemeneGegevens().get()));
    }
    if (fiche.getEssentie().isPresent()) {
      var e = fiche.getEssentie().get();
      if (e.isOnderverdeeld()) {
        List<Item> items = new ArrayList<>();
        items.add(tekstItem(items, Veld.INHOUD, e.getInhoud()));
        e.getImpactAssessment()
            .ifPresent(t -> items.add(tekstItem(items, Veld.IMPACT_ASSESSMENT_ESSENTIE, t)));
        sections.add(section(++n, Veld.ESSENTIE, Optional.empty(), items));
      } else {
        sections.add(section(++n, Veld.ESSENTIE, Optional.of(e.getInhoud()), List.of()));
      }
    }
    if (fiche.getNederlandsePositie().isPresent()) {
      NederlandsePositie p = fiche.getNederlandsePositie().get();
      List<Item> items = new ArrayList<>();
      p.getEssentieBeleid().ifPresent(t -> items.add(tekstItem(items, Veld.ESSENTIE_BELEID, t)));
      p.getBeoordeling().ifPresent(t -> items.add(tekstItem(items, Veld.BEOORDELING, t)));
      p.getKrachtenveld().ifPresent(t -> items.add(tekstItem(items, Veld.KRACHTENVELD, t)));
      sections.add(section(++n, Veld.POSITIE, Optional.empty(), items));
    }
    if (fiche.getGrondhouding().isPresent()) {
      Grondhouding g = fiche.getGrondhouding().get();
      List<Item> items = new ArrayList<>();
      g.getBevoegdheid()
          .ifPresent(o -> items.add(tekstItem(items, Veld.BEVOEGDHEID, stance(o, "bevoegdheid"))));
      g.getSubsidiariteit()
          .ifPresent(
              o -> items.add(tekstItem(items, Veld.SUBSIDIARITEIT, stance(o, "subsidiariteit"))));
      g.getProportionaliteit()
          .ifPresent(
              o ->
                  items.add(
                      tekstItem(items, Veld.PROPORTIONALITEIT, stance(o, "proportionaliteit"))));
      g.getFinancieleGevolgen()
          .ifPresent(o -> items.add(tekstItem(items, Veld.FINANCIELE_GEVOLGEN, stance(o, null))));
      g.getRegeldruk().ifPresent(o -> items.add(tekstItem(items, Veld.REGELDRUK, stance(o, null))));
      sections.add(section(++n, Veld.GRONDHOUDING, Optional.empty(), items));
    }
    if (fiche.getFinancieleGevolgen().isPresent()) {
      FinancieleGevolgen f = fiche.getFinancieleGevolgen().get();
      List<Item> items = new ArrayList<>();
      f.getEuBegroting().ifPresent(t -> items.add(tekstItem(items, Veld.EU_BEGROTING, t)));
      f.getRijksoverheid().ifPresent(t -> items.add(tekstItem(items, Veld.RIJKSOVERHEID, t)));
      f.getBedrijfslevenEnBurger()
          .ifPresent(t -> items.add(tekstItem(items, Veld.BEDRIJFSLEVEN, t)));
      f.getConcurrentiekracht()
          .ifPresent(t -> items.add(tekstItem(items, Veld.CONCURRENTIEKRACHT, t)));
      f.getGeopolitiek().ifPresent(t -> items.add(tekstItem(items, Veld.GEOPOLITIEK, t)));
      sections.add(section(++n, Veld.FINANCIEEL, Optional.empty(), items));
    }
    if (fiche.getConsequenties().isPresent()) {
      Consequenties c = fiche.getConsequenties().get();
      List<Item> items = new ArrayList<>();
      c.getRegelgeving().ifPresent(t -> items.add(tekstItem(items, Veld.REGELGEVING, t)));
      c.getDelegatie().ifPresent(t -> items.add(tekstItem(items, Veld.DELEGATIE, t)));
      c.getImplementatietermijn()
          .ifPresent(t -> items.add(tekstItem(items, Veld.IMPLEMENTATIETERMIJN, t)));
      c.getEvaluatie().ifPresent(t -> items.add(tekstItem(items, Veld.EVALUATIE, t)));
      c.getUitvoerbaarheid().ifPresent(t -> items.add(tekstItem(items, Veld.UITVOERBAARHEID, t)));
      c.getHandhaafbaarheid().ifPresent(t -> items.add(tekstItem(items, Veld.HANDHAAFBAARHEID, t)));
      sections.add(section(++n, Veld.CONSEQUENTIES, Optional.empty(), items));
    }
    if (fiche.getOntwikkelingslanden().isPresent()) {
      sections.add(
          section(++n, Veld.ONTWIKKELINGSLANDEN, fiche.getOntwikkelingslanden(), List.of()));
    }
    List<Sectie> overige = fiche.getOverigeSecties();
    for (int i = 0; i < overige.size(); i++) {
      Sectie s = overige.get(i);
      sections.add(
          new Section(
              "", s.getKop(), "/overigeSecties/" + i, Optional.of(s.getTekst()), List.of()));
    }
  }

  /** The outline of {@code fiche}; a fiche without template or generation is laid out as 2025. */
  public static ReferenceOutline of(Fiche fiche) {
    return new ReferenceOutline(fiche);
  }

  /** The sections in order. */
  public List<Section> sections() {
    return sections;
  }

  /** The template the outline follows. */
  public Sjabloon sjabloon() {
    return sjabloon;
  }

  /** The generation the outline follows. */
  public Generatie generatie() {
    return generatie;
  }

  /**
   * The stance sentence of an item in the phrasing of the generation: "De grondhouding van het
   * kabinet is positief." (2025), "Het kabinet beoordeelt de subsidiariteit als positief."
   * (before).
   */
  public static String stanceSentence(Generatie generatie, String onderwerp, String oordeel) {
    if (generatie != Generatie.G2025 && onderwerp != null) {
      return "Het kabinet beoordeelt de " + onderwerp + " als " + oordeel + ".";
    }
    return "De grondhouding van het kabinet is " + oordeel + ".";
  }

  private Tekst stance(GrondhoudingOnderdeel o, String onderwerp) {
    if (o.getOordeel().isEmpty()) {
      return o.getTekst();
    }
    String sentence = stanceSentence(generatie, onderwerp, o.getOordeel().get().getTekst());
    return withStance(o.getTekst(), sentence);
  }

  /**
   * {@code tekst} with {@code sentence} joined to its first plain paragraph, or before it as a
   * paragraph of its own.
   */
  static Tekst withStance(Tekst tekst, String sentence) {
    List<Alinea> alineas = new ArrayList<>(tekst.getAlineas());
    if (alineas.isEmpty() || alineas.get(0).getSoort() != nl.bncfiche.model.AlineaSoort.ALINEA) {
      alineas.add(0, Alinea.of(sentence));
    } else {
      Alinea first = alineas.get(0);
      List<Inline> inhoud = new ArrayList<>();
      inhoud.add(TekstRun.of(first.getInhoud().isEmpty() ? sentence : sentence + " "));
      inhoud.addAll(first.getInhoud());
      alineas.set(0, Alinea.builder().from(first).inhoud(merge(inhoud)).build());
    }
    return Tekst.builder().alineas(alineas).build();
  }

  /** Joins adjacent text runs, so that a prepended sentence and the first run form one run. */
  private static List<Inline> merge(List<Inline> inhoud) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : inhoud) {
      if (i instanceof TekstRun tekstRun
          && !out.isEmpty()
          && out.get(out.size() - 1) instanceof TekstRun) {
        String prev = ((TekstRun) out.remove(out.size() - 1)).getTekst();
        out.add(TekstRun.of(prev + tekstRun.getTekst()));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private Section algemeen(int n, AlgemeneGegevens ag) {
    List<Item> items = new ArrayList<>();
    if (!ag.getTitels().isEmpty()) {
      items.add(waardeItem(items, Veld.TITEL, ag.getTitels()));
    }
    ag.getDatumOntvangst()
        .ifPresent(d -> items.add(waardeItem(items, Veld.DATUM, List.of(d.getText()))));
    if (!ag.getCommissieDocumenten().isEmpty() || !ag.getProcedures().isEmpty()) {
      String line = join(ag.getCommissieDocumenten(), Parsed::getText);
      if (!ag.getProcedures().isEmpty()) {
        line = (line + " (" + join(ag.getProcedures(), Parsed::getText) + ")").strip();
      }
      items.add(waardeItem(items, Veld.COMMISSIEDOCUMENT, List.of(line)));
    }
    if (!ag.getEurLex().isEmpty()) {
      List<String> lines = new ArrayList<>();
      ag.getEurLex().forEach(e -> lines.add(((EurLexVerwijzing) e).getTekst()));
      items.add(waardeItem(items, Veld.EUR_LEX, lines));
    }
    ag.getImpactAssessment()
        .ifPresent(
            ia ->
                items.add(
                    waardeItem(
                        items, Veld.IMPACT_ASSESSMENT, List.of(ia.getTekst().split("\n", -1)))));
    ag.getBehandelingstrajectRaad()
        .ifPresent(r -> items.add(waardeItem(items, Veld.RAAD, List.of(r))));
    ag.getEerstverantwoordelijkMinisterie()
        .ifPresent(m -> items.add(waardeItem(items, Veld.MINISTERIE, List.of(m.getTekst()))));
    if (!ag.getRechtsbasis().isEmpty()) {
      items.add(waardeItem(items, Veld.RECHTSBASIS, ag.getRechtsbasis()));
    }
    ag.getBesluitvormingsprocedureRaad()
        .ifPresent(b -> items.add(waardeItem(items, Veld.BESLUITVORMING, List.of(b))));
    ag.getRolEuropeesParlement()
        .ifPresent(r -> items.add(waardeItem(items, Veld.ROL_EP, List.of(r))));
    List<Onderdeel> overige = ag.getOverigeOnderdelen();
    for (int i = 0; i < overige.size(); i++) {
      Onderdeel o = overige.get(i);
      items.add(
          new Item(
              letter(Veld.ROL_EP.getPositie() + 1 + i),
              o.getLabel(),
              "/algemeneGegevens/overigeOnderdelen/" + i,
              List.of(),
              o.getTekst()));
    }
    return section(n, Veld.ALGEMENE_GEGEVENS, Optional.empty(), items);
  }

  private Section section(int n, Veld veld, Optional<Tekst> tekst, List<Item> items) {
    return new Section(
        Integer.toString(n), veld.label(sjabloon, generatie), veld.getPad(), tekst, items);
  }

  private Item waardeItem(List<Item> before, Veld veld, List<String> regels) {
    return new Item(
        letter(veld.getPositie()), veld.label(sjabloon, generatie), veld.getPad(), regels, null);
  }

  private Item tekstItem(List<Item> before, Veld veld, Tekst tekst) {
    return new Item(
        letter(veld.getPositie()),
        veld.label(sjabloon, generatie),
        veld.getPad(),
        List.of(),
        tekst);
  }

  /** The item letter of position {@code index} (a = 0); none in the 2007 generation. */
  private String letter(int index) {
    return generatie == Generatie.G2007 ? "" : Veld.letter(index);
  }

  private static <T> String join(List<T> values, Function<T, String> text) {
    StringBuilder sb = new StringBuilder();
    for (T v : values) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(text.apply(v));
    }
    return sb.toString();
  }
}
