package nl.bncfiche.rendering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.EssentieVoorstel;
import nl.bncfiche.model.EurLexVerwijzing;
import nl.bncfiche.model.Fiche;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.GrondhoudingOnderdeel;
import nl.bncfiche.model.ImpactAssessment;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.Ministeries;
import nl.bncfiche.model.Onderdeel;
import nl.bncfiche.model.Sectie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.id.Parsed;
import nl.bncfiche.model.sjabloon.Grondhoudingszin;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.model.sjabloon.Waarde;

/**
 * The fiche as its template lays it out: numbered sections, lettered items with their labels, and
 * content as value lines (section 1) or paragraphs. Every writer renders this one outline, so the
 * text, Markdown and HTML forms always agree on numbering, labels and the stance sentence.
 *
 * <p>What the fiche holds is always in the outline, also where its template has no place for it (a
 * rechtsbasis in a communication fiche): nothing a fiche holds is dropped by a writer.
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
     * An item of paragraphs; {@code veld} is null for an item under an unknown label. A
     * grondhouding item with a verdict has {@code stance}, its stance sentence, which goes before
     * its text: joined to the text's first paragraph when that is a plain paragraph, else as a
     * paragraph of its own (see {@link #withStance}).
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
      items.add(new Item(letter, label, veld.getPad(), regels, null));
    }

    @Override
    public void tekst(
        String letter, String label, Veld veld, String pad, Tekst tekst, String stance) {
      items.add(
          new Item(
              letter, label, pad, List.of(), stance == null ? tekst : withStance(tekst, stance)));
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
   * Walks the outline of {@code fiche} (laid out as {@link #of} does) into {@code visitor},
   * building no outline.
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

    /**
     * The sections the fiche holds, in the table's order and numbered as they come; then the
     * sections under headings the template does not know.
     */
    void fiche(Fiche fiche) {
      int n = 0;
      for (Veld veld : Veld.secties()) {
        Optional<Object> waarde = veld.waarde(fiche);
        if (waarde.isEmpty()) {
          continue;
        }
        n++;
        switch (veld) {
          case ALGEMENE_GEGEVENS -> algemeen(n, fiche, (AlgemeneGegevens) waarde.get());
          case ESSENTIE -> {
            EssentieVoorstel e = (EssentieVoorstel) waarde.get();
            if (e.isOnderverdeeld()) {
              section(n, veld, null);
              items(fiche, veld);
            } else {
              section(n, veld, e.getInhoud());
            }
          }
          default -> {
            if (veld.getWaarde() == Waarde.TEKST) {
              section(n, veld, (Tekst) waarde.get());
            } else {
              section(n, veld, null);
              items(fiche, veld);
            }
          }
        }
      }
      List<Sectie> overige = fiche.getOverigeSecties();
      for (int i = 0; i < overige.size(); i++) {
        Sectie s = overige.get(i);
        v.section("", s.getKop(), null, "/overigeSecties/" + i, s.getTekst());
      }
    }

    /**
     * The items of {@code sectie} that the fiche holds: paragraphs, or a verdict and paragraphs.
     */
    private void items(Fiche fiche, Veld sectie) {
      for (Veld item : sectie.getItems()) {
        Optional<Object> waarde = item.waarde(fiche);
        if (waarde.isEmpty()) {
          continue;
        }
        if (waarde.get() instanceof GrondhoudingOnderdeel o) {
          stance(item, o);
        } else {
          tekst(item, (Tekst) waarde.get());
        }
      }
    }

    private void algemeen(int n, Fiche fiche, AlgemeneGegevens ag) {
      section(n, Veld.ALGEMENE_GEGEVENS, null);
      for (Veld item : Veld.ALGEMENE_GEGEVENS.getItems()) {
        List<String> regels = regels(item, item.waarde(fiche).orElse(null), ag);
        if (!regels.isEmpty()) {
          waarden(item, regels);
        }
      }
      List<Onderdeel> overige = ag.getOverigeOnderdelen();
      for (int i = 0; i < overige.size(); i++) {
        Onderdeel o = overige.get(i);
        v.tekst(
            letter(Veld.ROL_EP.getPositie() + 1 + i),
            o.getLabel(),
            null,
            "/algemeneGegevens/overigeOnderdelen/" + i,
            o.getTekst(),
            null);
      }
    }

    /**
     * The value lines of a section-1 item as written, by how the model holds it; none when the
     * fiche holds no value. The procedure numbers have no item of their own: they follow the
     * Commission documents in parentheses.
     */
    @SuppressWarnings("unchecked")
    private static List<String> regels(Veld item, Object waarde, AlgemeneGegevens ag) {
      if (item == Veld.COMMISSIEDOCUMENT) {
        if (ag.getCommissieDocumenten().isEmpty() && ag.getProcedures().isEmpty()) {
          return List.of();
        }
        String line = join(ag.getCommissieDocumenten(), Parsed::getText);
        if (!ag.getProcedures().isEmpty()) {
          line = (line + " (" + join(ag.getProcedures(), Parsed::getText) + ")").strip();
        }
        return List.of(line);
      }
      if (waarde == null) {
        return List.of();
      }
      return switch (item.getWaarde()) {
        case REGELS -> (List<String>) waarde;
        case REGEL -> List.of((String) waarde);
        case DATUM -> List.of(((Parsed<?>) waarde).getText());
        case EUR_LEX -> {
          List<String> lines = new ArrayList<>();
          ((List<EurLexVerwijzing>) waarde).forEach(e -> lines.add(e.getTekst()));
          yield lines;
        }
        case IMPACT_ASSESSMENT -> List.of(((ImpactAssessment) waarde).getTekst().split("\n", -1));
        case MINISTERIES -> List.of(((Ministeries) waarde).getTekst());
        default -> throw new IllegalStateException("no value lines for " + item);
      };
    }

    private void section(int n, Veld veld, Tekst tekst) {
      v.section(nummer(n), veld.label(sjabloon, generatie), veld, veld.getPad(), tekst);
    }

    private void waarden(Veld veld, List<String> regels) {
      v.waarden(letter(veld.getPositie()), veld.label(sjabloon, generatie), veld, regels);
    }

    private void tekst(Veld veld, Tekst tekst) {
      v.tekst(
          letter(veld.getPositie()),
          veld.label(sjabloon, generatie),
          veld,
          veld.getPad(),
          tekst,
          null);
    }

    private void stance(Veld veld, GrondhoudingOnderdeel o) {
      String sentence =
          o.getOordeel().isEmpty()
              ? null
              : Grondhoudingszin.schrijf(generatie, veld, o.getOordeel().get());
      v.tekst(
          letter(veld.getPositie()),
          veld.label(sjabloon, generatie),
          veld,
          veld.getPad(),
          o.getTekst(),
          sentence);
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
   * {@code tekst} with the stance sentence {@code sentence} before it: joined to its first
   * paragraph when that is a plain paragraph (adjacent runs joined into one), else as a paragraph
   * of its own.
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
