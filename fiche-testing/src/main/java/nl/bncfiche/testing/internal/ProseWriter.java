package nl.bncfiche.testing.internal;

import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Alinea;
import nl.bncfiche.model.AlineaSoort;
import nl.bncfiche.model.Inline;
import nl.bncfiche.model.Tekst;
import nl.bncfiche.model.TekstRun;
import nl.bncfiche.model.Voetnoot;
import nl.bncfiche.model.VoetnootVerwijzing;

/**
 * Writes the free text of one fiche from the sentence templates, with footnotes numbered in the
 * order of their first reference.
 *
 * <p>Callers must ask for the items in reading order, so that footnote numbers rise through the
 * fiche. With a character budget, each item grows until it has its share of the remaining budget;
 * without one, items get one to three short paragraphs. Not thread-safe.
 */
final class ProseWriter {
  /** What the sentences talk about. */
  record Context(String instrument, Woorden.Onderwerp onderwerp, Woorden.Domein domein, int jaar) {}

  private final Dice dice;
  private final Context ctx;
  private final List<Voetnoot> voetnoten = new ArrayList<>();
  private int volgendeVoetnoot;
  private long budget;
  private int itemsLeft;

  /**
   * A writer whose first footnote gets {@code eersteVoetnoot}; {@code budget} characters to spread
   * over {@code items} items, or 0 for a fiche of normal length.
   */
  ProseWriter(Dice dice, Context ctx, int eersteVoetnoot, long budget, int items) {
    this.dice = dice;
    this.ctx = ctx;
    this.volgendeVoetnoot = eersteVoetnoot;
    this.budget = budget;
    this.itemsLeft = Math.max(1, items);
  }

  private boolean groot() {
    return budget > 0;
  }

  /** An item of paragraphs drawn from {@code pool}. */
  Tekst item(List<String> pool) {
    return item(List.of(), pool, List.of(), List.of(), false);
  }

  /**
   * An item opening with one sentence of {@code opening} (when not empty), then paragraphs from
   * {@code pool}; now and then a bulleted list introduced by one of {@code lijstInleiding} with
   * items from {@code lijst} (when not empty), or sub-headings ({@code koppen}).
   */
  Tekst item(
      List<String> opening,
      List<String> pool,
      List<String> lijstInleiding,
      List<String> lijst,
      boolean koppen) {
    boolean lijsten = !lijst.isEmpty();
    List<String> unused = new ArrayList<>(pool);
    long target = groot() ? Math.max(100, budget / itemsLeft) : 0;
    List<Alinea> alineas = new ArrayList<>();
    long written = 0;
    int paragraphs = groot() ? Integer.MAX_VALUE : dice.between(1, dice.chance(30) ? 3 : 2);
    List<String> koppen2 =
        koppen && dice.chance(25)
            ? dice.pickDistinct(Woorden.TUSSENKOPPEN, groot() ? Woorden.TUSSENKOPPEN.size() : 2)
            : List.of();
    int kopIndex = 0;
    for (int p = 0; p < paragraphs && (!groot() || written < target); p++) {
      if (kopIndex < koppen2.size() && (p == 0 || dice.chance(groot() ? 20 : 50))) {
        String kop = koppen2.get(kopIndex++);
        alineas.add(Alinea.of(AlineaSoort.TUSSENKOP, TekstRun.of(kop)));
        written += kop.length();
      }
      List<String> zinnen = new ArrayList<>();
      if (p == 0 && !opening.isEmpty()) {
        zinnen.add(fill(dice.pick(opening)));
      }
      int count =
          !groot() ? dice.between(2, 3) : target < 600 ? dice.between(1, 2) : dice.between(3, 6);
      if (unused.size() < count) {
        // Only a large item uses up its pool; it then starts over.
        unused = new ArrayList<>(pool);
      }
      for (String z : ordered(unused, count)) {
        zinnen.add(fill(z));
        unused.remove(z);
      }
      Alinea alinea = alinea(zinnen, dice.chance(groot() ? 35 : 20));
      alineas.add(alinea);
      written += alinea.platteTekst().length();
      if (lijsten && dice.chance(groot() ? 25 : 15)) {
        written += lijst(alineas, lijstInleiding, lijst);
      }
    }
    if (groot()) {
      budget = Math.max(1, budget - written);
      itemsLeft = Math.max(1, itemsLeft - 1);
    }
    return Tekst.builder().addAllAlineas(alineas).build();
  }

  /** The footnotes written so far, in the order of their numbers. */
  List<Voetnoot> voetnoten() {
    return List.copyOf(voetnoten);
  }

  private List<String> ordered(List<String> pool, int count) {
    // Keep the pool's order: its sentences are written to follow one another.
    boolean[] take = new boolean[pool.size()];
    for (String s : dice.pickDistinct(pool, count)) {
      take[pool.indexOf(s)] = true;
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < pool.size(); i++) {
      if (take[i]) {
        result.add(pool.get(i));
      }
    }
    return result;
  }

  private Alinea alinea(List<String> zinnen, boolean metVoetnoot) {
    List<Inline> inhoud = new ArrayList<>();
    int at = metVoetnoot ? dice.between(1, zinnen.size()) : -1;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < zinnen.size(); i++) {
      if (run.length() > 0 || i > 0) {
        run.append(' ');
      }
      run.append(zinnen.get(i));
      if (i + 1 == at) {
        inhoud.add(TekstRun.of(run.toString().strip()));
        inhoud.add(VoetnootVerwijzing.of(nieuweVoetnoot()));
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      inhoud.add(TekstRun.of(run.toString()));
    }
    return Alinea.builder().addAllInhoud(inhoud).build();
  }

  private long lijst(List<Alinea> alineas, List<String> inleidingen, List<String> pool) {
    String inleiding = fill(dice.pick(inleidingen));
    alineas.add(Alinea.of(inleiding));
    long written = inleiding.length();
    List<String> items = ordered(pool, dice.between(2, 4));
    for (int i = 0; i < items.size(); i++) {
      String item = fill(items.get(i)) + (i + 1 == items.size() ? "." : ";");
      alineas.add(Alinea.of(AlineaSoort.OPSOMMING, TekstRun.of(item)));
      written += item.length();
    }
    return written;
  }

  private int nieuweVoetnoot() {
    int nummer = volgendeVoetnoot++;
    String tekst;
    switch (dice.between(0, 3)) {
      case 0 -> tekst = "Kamerstuk 22 112, nr. " + dice.between(300, 3900) + ".";
      case 1 -> {
        int jaar = Math.max(2001, ctx.jaar() - dice.between(1, 6));
        tekst =
            "Kamerstukken II "
                + jaar
                + "/"
                + twoDigits((jaar + 1) % 100)
                + ", 21 501-"
                + dice.pick("20", "30", "32", "33")
                + ", nr. "
                + dice.between(200, 2100)
                + ".";
      }
      case 2 ->
          tekst = "COM(" + (ctx.jaar() - dice.between(1, 5)) + ") " + dice.between(10, 850) + ".";
      default -> tekst = fill(dice.pick(Zinnen.VOETNOTEN));
    }
    voetnoten.add(Voetnoot.of(nummer, tekst));
    if (groot()) {
      budget = Math.max(1, budget - tekst.length());
    }
    return nummer;
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** The template with its placeholders filled; fresh numbers for every numeric placeholder. */
  String fill(String template) {
    StringBuilder sb = new StringBuilder(template.length() + 40);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        sb.append(c);
        i++;
        continue;
      }
      sb.append(value(template.substring(i + 1, close)));
      i = close + 1;
    }
    return sb.toString();
  }

  private String value(String name) {
    int j = ctx.jaar();
    return switch (name) {
      case "v" -> ctx.instrument();
      case "V" -> hoofdletter(ctx.instrument());
      case "o" -> ctx.onderwerp().nl();
      case "veld" -> ctx.domein().veld();
      case "art" -> "a" + ctx.domein().artikel().substring(1);
      case "bs" -> ctx.domein().bevoegdheid();
      case "raad" -> ctx.domein().raad();
      case "ep" -> ctx.domein().epCommissie();
      case "uit" -> ctx.domein().uitvoerder();
      case "j" -> Integer.toString(j);
      case "jv" -> Integer.toString(j - dice.between(2, 8));
      case "jn" -> Integer.toString(j + dice.between(2, 6));
      case "n" -> Integer.toString(dice.between(3, 12));
      case "k" -> Integer.toString(dice.between(3, 7));
      case "p" -> Integer.toString(dice.between(5, 60));
      case "m" -> "€ " + dice.between(5, 900) + " miljoen";
      case "mfk" -> j < 2014 ? "2007-2013" : j < 2021 ? "2014-2020" : "2021-2027";
      default -> throw new IllegalStateException("unknown placeholder: " + name);
    };
  }

  /** {@code s} with its first letter in upper case, without depending on the default locale. */
  static String hoofdletter(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
