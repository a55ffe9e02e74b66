package nl.bncfiche.rendering.internal;

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

/**
 * The fiche as its template lays it out: numbered sections, lettered items with their labels, and
 * content as value lines (section 1) or paragraphs. Every writer renders this one outline, so the
 * text, Markdown and HTML forms always agree on numbering, labels and the stance sentence.
 *
 * <p>What the fiche holds is always in the outline, also where its template has no place for it
 * (a rechtsbasis in a communication fiche): nothing a fiche holds is dropped by a writer.
 */
public final class Outline {
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
   * (values of section 1, one per line) and {@code tekst} (paragraphs) is meaningful, by
   * {@link #isWaarden()}.
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

  /**
   * Receives a fiche's outline in order without it being built: each section, then its items. The
   * text writer walks the outline so; {@link Outline#of} builds it so.
   */
  public interface Visitor {
    /**
     * A section; {@code veld} is null (and {@code nummer} empty) for a section under an unknown
     * heading, {@code tekst} null when the section has items instead.
     */
    void section(String nummer, String kop, Veld veld, String pad, Tekst tekst);

    /** An item of value lines (section 1). */
    void waarden(String letter, String label, Veld veld, List<String> regels);

    /**
     * An item of paragraphs; {@code veld} is null for an item under an unknown label. A grondhouding
     * item with a verdict has {@code stance}, its stance sentence, which goes before its text: joined
     * to the text's first paragraph when that is a plain paragraph, else as a paragraph of its own
     * (see {@link #withStance}).
     */
    void tekst(String letter, String label, Veld veld, String pad, Tekst tekst, String stance);
  }

  private final Sjabloon sjabloon;
  private final Generatie generatie;
  private final List<Section> sections = new ArrayList<>();

  private Outline(Fiche fiche) {
    this.sjabloon = sjabloonOf(fiche);
    this.generatie = generatieOf(fiche);
    Builder b = new Builder();
    walk(fiche, b);
    b.close();
  }

  /** Builds the sections from a walk. */
  private final class Builder implements Visitor {
    private String nummer;
    private String kop;
    private String pad;
    private Tekst tekst;
    private List<Item> items;

    @Override
    public void section(String nummer, String kop, Veld veld, String pad, Tekst tekst) {
      close();
      this.nummer = nummer;
      this.kop = kop;
      this.pad = pad;
      this.tekst = tekst;
      this.items = new ArrayList<>();
    }

    @Override
    public void waarden(String letter, String label, Veld veld, List<String> regels) {
      items.add(new Item(letter, label, veld.pad(), regels, null));
    }

    @Override
    public void tekst(String letter, String label, Veld veld, String pad, Tekst tekst, String stance) {
      items.add(new Item(letter, label, pad, List.of(), stance == null ? tekst : withStance(tekst, stance)));
    }

    void close() {
      if (items != null) {
        sections.add(new Section(nummer, kop, pad, Optional.ofNullable(tekst), items));
      }
    }
  }

  /** The template a fiche is laid out in: its own, else MEDEDELING. */
  public static Sjabloon sjabloonOf(Fiche fiche) {
    return fiche.getSjabloon().orElse(Sjabloon.MEDEDELING);
  }

  /** The generation a fiche is laid out in: its own, else G2025. */
  public static Generatie generatieOf(Fiche fiche) {
    return fiche.getGeneratie().orElse(Generatie.G2025);
  }

  /**
   * Walks the outline of {@code fiche} (laid out as {@link #of} does) into {@code visitor}, building
   * no outline.
   */
  public static void walk(Fiche fiche, Visitor visitor) {
    new Walk(sjabloonOf(fiche), generatieOf(fiche), visitor).fiche(fiche);
  }

  /** One walk through a fiche; the layout of {@link Outline} lives here alone. */
  private static final class Walk {
    private final Sjabloon sjabloon;
    private final Generatie generatie;
    private final Visitor v;

    Walk(Sjabloon sjabloon, Generatie generatie, Visitor v) {
      this.sjabloon = sjabloon;
      this.generatie = generatie;
      this.v = v;
    }

    void fiche(Fiche fiche) {
      int n = 0;
      if (fiche.getAlgemeneGegevens().isPresent()) {
        algemeen(++n, fiche.getAlgemeneGegevens().get());
      }
      if (fiche.getEssentie().isPresent()) {
        var e = fiche.getEssentie().get();
        if (e.isOnderverdeeld()) {
          section(++n, Veld.ESSENTIE, null);
          tekst(Veld.INHOUD, e.getInhoud());
          e.getImpactAssessment().ifPresent(t -> tekst(Veld.IMPACT_ASSESSMENT_ESSENTIE, t));
        } else {
          section(++n, Veld.ESSENTIE, e.getInhoud());
        }
      }
      if (fiche.getNederlandsePositie().isPresent()) {
        NederlandsePositie p = fiche.getNederlandsePositie().get();
        section(++n, Veld.POSITIE, null);
        p.getEssentieBeleid().ifPresent(t -> tekst(Veld.ESSENTIE_BELEID, t));
        p.getBeoordeling().ifPresent(t -> tekst(Veld.BEOORDELING, t));
        p.getKrachtenveld().ifPresent(t -> tekst(Veld.KRACHTENVELD, t));
      }
      if (fiche.getGrondhouding().isPresent()) {
        Grondhouding g = fiche.getGrondhouding().get();
        section(++n, Veld.GRONDHOUDING, null);
        g.getBevoegdheid().ifPresent(o -> stance(Veld.BEVOEGDHEID, o, "bevoegdheid"));
        g.getSubsidiariteit().ifPresent(o -> stance(Veld.SUBSIDIARITEIT, o, "subsidiariteit"));
        g.getProportionaliteit().ifPresent(o -> stance(Veld.PROPORTIONALITEIT, o, "proportionaliteit"));
        g.getFinancieleGevolgen().ifPresent(o -> stance(Veld.FINANCIELE_GEVOLGEN, o, null));
        g.getRegeldruk().ifPresent(o -> stance(Veld.REGELDRUK, o, null));
      }
      if (fiche.getFinancieleGevolgen().isPresent()) {
        FinancieleGevolgen f = fiche.getFinancieleGevolgen().get();
        section(++n, Veld.FINANCIEEL, null);
        f.getEuBegroting().ifPresent(t -> tekst(Veld.EU_BEGROTING, t));
        f.getRijksoverheid().ifPresent(t -> tekst(Veld.RIJKSOVERHEID, t));
        f.getBedrijfslevenEnBurger().ifPresent(t -> tekst(Veld.BEDRIJFSLEVEN, t));
        f.getConcurrentiekracht().ifPresent(t -> tekst(Veld.CONCURRENTIEKRACHT, t));
        f.getGeopolitiek().ifPresent(t -> tekst(Veld.GEOPOLITIEK, t));
      }
      if (fiche.getConsequenties().isPresent()) {
        Consequenties c = fiche.getConsequenties().get();
        section(++n, Veld.CONSEQUENTIES, null);
        c.getRegelgeving().ifPresent(t -> tekst(Veld.REGELGEVING, t));
        c.getDelegatie().ifPresent(t -> tekst(Veld.DELEGATIE, t));
        c.getImplementatietermijn().ifPresent(t -> tekst(Veld.IMPLEMENTATIETERMIJN, t));
        c.getEvaluatie().ifPresent(t -> tekst(Veld.EVALUATIE, t));
        c.getUitvoerbaarheid().ifPresent(t -> tekst(Veld.UITVOERBAARHEID, t));
        c.getHandhaafbaarheid().ifPresent(t -> tekst(Veld.HANDHAAFBAARHEID, t));
      }
      if (fiche.getOntwikkelingslanden().isPresent()) {
        section(++n, Veld.ONTWIKKELINGSLANDEN, fiche.getOntwikkelingslanden().get());
      }
      List<Sectie> overige = fiche.getOverigeSecties();
      for (int i = 0; i < overige.size(); i++) {
        Sectie s = overige.get(i);
        v.section("", s.getKop(), null, "/overigeSecties/" + i, s.getTekst());
      }
    }

    private void algemeen(int n, AlgemeneGegevens ag) {
      section(n, Veld.ALGEMENE_GEGEVENS, null);
      if (!ag.getTitels().isEmpty()) {
        waarden(Veld.TITEL, ag.getTitels());
      }
      ag.getDatumOntvangst().ifPresent(d -> waarden(Veld.DATUM, List.of(d.getText())));
      if (!ag.getCommissieDocumenten().isEmpty() || !ag.getProcedures().isEmpty()) {
        String line = join(ag.getCommissieDocumenten(), Parsed::getText);
        if (!ag.getProcedures().isEmpty()) {
          line = (line + " (" + join(ag.getProcedures(), Parsed::getText) + ")").strip();
        }
        waarden(Veld.COMMISSIEDOCUMENT, List.of(line));
      }
      if (!ag.getEurLex().isEmpty()) {
        List<String> lines = new ArrayList<>();
        ag.getEurLex().forEach(e -> lines.add(((EurLexVerwijzing) e).getTekst()));
        waarden(Veld.EUR_LEX, lines);
      }
      ag.getImpactAssessment().ifPresent(ia -> waarden(Veld.IMPACT_ASSESSMENT, List.of(ia.getTekst().split("\n", -1))));
      ag.getBehandelingstrajectRaad().ifPresent(r -> waarden(Veld.RAAD, List.of(r)));
      ag.getEerstverantwoordelijkMinisterie().ifPresent(m -> waarden(Veld.MINISTERIE, List.of(m.getTekst())));
      if (!ag.getRechtsbasis().isEmpty()) {
        waarden(Veld.RECHTSBASIS, ag.getRechtsbasis());
      }
      ag.getBesluitvormingsprocedureRaad().ifPresent(b -> waarden(Veld.BESLUITVORMING, List.of(b)));
      ag.getRolEuropeesParlement().ifPresent(r -> waarden(Veld.ROL_EP, List.of(r)));
      List<Onderdeel> overige = ag.getOverigeOnderdelen();
      for (int i = 0; i < overige.size(); i++) {
        Onderdeel o = overige.get(i);
        v.tekst(letter(Veld.ROL_EP.positie() + 1 + i), o.getLabel(), null,
            "/algemeneGegevens/overigeOnderdelen/" + i, o.getTekst(), null);
      }
    }

    private void section(int n, Veld veld, Tekst tekst) {
      v.section(nummer(n), veld.label(sjabloon, generatie), veld, veld.pad(), tekst);
    }

    private void waarden(Veld veld, List<String> regels) {
      v.waarden(letter(veld.positie()), veld.label(sjabloon, generatie), veld, regels);
    }

    private void tekst(Veld veld, Tekst tekst) {
      v.tekst(letter(veld.positie()), veld.label(sjabloon, generatie), veld, veld.pad(), tekst, null);
    }

    private void stance(Veld veld, GrondhoudingOnderdeel o, String onderwerp) {
      String sentence = o.getOordeel().isEmpty() ? null : stanceSentence(generatie, onderwerp, o.getOordeel().get().getTekst());
      v.tekst(letter(veld.positie()), veld.label(sjabloon, generatie), veld, veld.pad(), o.getTekst(), sentence);
    }

    /** The item letter of position {@code index} (a = 0); none in the 2007 generation. */
    private String letter(int index) {
      if (generatie == Generatie.G2007) {
        return "";
      }
      return index < LETTERS.length ? LETTERS[index] : Veld.letter(index);
    }
  }

  /** The first item letters, made once rather than per item. */
  private static final String[] LETTERS = new String[26];
  /** The first section numbers, made once rather than per section. */
  private static final String[] NUMMERS = new String[16];

  static {
    for (int i = 0; i < LETTERS.length; i++) {
      LETTERS[i] = Veld.letter(i);
    }
    for (int i = 0; i < NUMMERS.length; i++) {
      NUMMERS[i] = Integer.toString(i);
    }
  }

  private static String nummer(int n) {
    return n < NUMMERS.length ? NUMMERS[n] : Integer.toString(n);
  }

  /** The outline of {@code fiche}; a fiche without template or generation is laid out as 2025. */
  public static Outline of(Fiche fiche) {
    return new Outline(fiche);
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
   * kabinet is positief." (2025), "Het kabinet beoordeelt de subsidiariteit als positief." (before).
   */
  public static String stanceSentence(Generatie generatie, String onderwerp, String oordeel) {
    if (generatie != Generatie.G2025 && onderwerp != null) {
      return "Het kabinet beoordeelt de " + onderwerp + " als " + oordeel + ".";
    }
    return "De grondhouding van het kabinet is " + oordeel + ".";
  }

  /**
   * {@code tekst} with the stance sentence {@code sentence} before it: joined to its first paragraph
   * when that is a plain paragraph (adjacent runs joined into one), else as a paragraph of its own.
   */
  public static Tekst withStance(Tekst tekst, String sentence) {
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
      if (i instanceof TekstRun && !out.isEmpty() && out.get(out.size() - 1) instanceof TekstRun) {
        String prev = ((TekstRun) out.remove(out.size() - 1)).getTekst();
        out.add(TekstRun.of(prev + ((TekstRun) i).getTekst()));
      } else {
        out.add(i);
      }
    }
    return out;
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
