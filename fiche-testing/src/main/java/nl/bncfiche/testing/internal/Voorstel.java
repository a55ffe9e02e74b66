package nl.bncfiche.testing.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.id.CommissieDocument;

/**
 * The drawn facts of one Commission proposal: its field, kind, topic, titles, documents, dates and
 * procedure, consistent with one another and with the template's generation.
 */
final class Voorstel {
  /** The last day a generated letter may carry: before the reference date 2026-11-01. */
  static final LocalDate LAATSTE_BRIEFDATUM = LocalDate.of(2026, 10, 30);

  Sjabloon sjabloon;
  Woorden.Domein domein;
  Woorden.Onderwerp onderwerp;
  VoorstelSoort soort;
  String titel;
  String instrument;
  final List<String> engelseTitels = new ArrayList<>();
  final List<CommissieDocument> documenten = new ArrayList<>();
  LocalDate ontvangen;
  boolean unanimiteit;
  String rechtsbasis;
  String rolEp;
  boolean effectbeoordeling;

  private Voorstel() {}

  static Voorstel draw(Dice dice, Sjabloon sjabloon, Generatie generatie) {
    Voorstel v = new Voorstel();
    v.sjabloon = sjabloon;
    v.domein = dice.pick(Woorden.DOMEINEN);
    v.onderwerp = dice.pick(v.domein.onderwerpen());
    v.ontvangen = ontvangst(dice, generatie);
    int jaar = v.ontvangen.getYear();
    String o = v.onderwerp.nl();
    String en = v.onderwerp.en();
    int aantal = dice.chance(sjabloon == Sjabloon.WETGEVING ? 15 : 8) ? dice.between(2, 3) : 1;
    if (sjabloon == Sjabloon.WETGEVING) {
      v.unanimiteit = v.domein.unanimiteit();
      v.rechtsbasis = v.domein.artikel();
      v.rolEp = v.unanimiteit ? "Raadpleging" : "Medebeslissing";
      String wie = v.unanimiteit ? "Council " : "";
      String vanWie = v.unanimiteit ? "" : " of the European Parliament and of the Council";
      if (aantal > 1) {
        v.soort = VoorstelSoort.PAKKET;
        v.titel = dice.pick("Pakket over " + o, "Wetgevingspakket " + o);
        v.instrument = "het pakket";
        for (int i = 0; i < aantal; i++) {
          String vorm = i % 2 == 0 ? "Regulation" : "Directive";
          v.engelseTitels.add(
              "Proposal for a "
                  + wie
                  + vorm
                  + vanWie
                  + (i == 0
                      ? " on " + en
                      : " amending certain acts as regards " + en + " (part " + (i + 1) + ")"));
        }
      } else {
        int r = dice.between(1, 100);
        if (r <= 45) {
          v.soort = VoorstelSoort.VERORDENING;
          v.titel =
              dice.pick(
                      "Verordening over ",
                      "Verordening inzake ",
                      "Voorstel voor een verordening over ")
                  + o;
          v.instrument = "de voorgestelde verordening";
          v.engelseTitels.add("Proposal for a " + wie + "Regulation" + vanWie + " on " + en);
        } else if (r <= 85) {
          v.soort = VoorstelSoort.RICHTLIJN;
          v.titel =
              dice.pick("Richtlijn over ", "Herziening van de richtlijn over ", "Richtlijn inzake ")
                  + o;
          v.instrument = "de voorgestelde richtlijn";
          v.engelseTitels.add("Proposal for a " + wie + "Directive" + vanWie + " on " + en);
        } else if (!v.unanimiteit && dice.chance(50)) {
          v.soort = VoorstelSoort.BESLUIT;
          v.titel = "Besluit over de sluiting van een overeenkomst inzake " + o;
          v.instrument = "het voorgestelde besluit";
          v.rechtsbasis = "Artikel 218, lid 6, VWEU";
          v.rolEp = "Goedkeuring";
          v.engelseTitels.add(
              "Proposal for a Council Decision on the conclusion of an agreement on " + en);
        } else {
          v.soort = VoorstelSoort.BESLUIT;
          v.titel = "Besluit over " + o;
          v.instrument = "het voorgestelde besluit";
          v.engelseTitels.add("Proposal for a " + wie + "Decision" + vanWie + " on " + en);
        }
      }
      v.effectbeoordeling = dice.chance(70);
    } else {
      String aan =
          "Communication from the Commission to the European Parliament, the Council, the "
              + "European Economic and Social Committee and the Committee of the Regions: ";
      int r = dice.between(1, 100);
      if (aantal == 1
          && (r <= 12 || v.domein.raad().equals("Raad Buitenlandse Zaken") && r <= 50)) {
        v.soort = VoorstelSoort.GEZAMENLIJKE_MEDEDELING;
        v.titel = "Gezamenlijke mededeling over " + o;
        v.instrument = "de gezamenlijke mededeling";
        v.engelseTitels.add(
            "Joint Communication to the European Parliament and the Council on " + en);
      } else if (aantal == 1 && r <= 27) {
        v.soort = VoorstelSoort.AANBEVELING;
        v.titel = dice.pick("Raadsaanbeveling over ", "Aanbeveling van de Raad over ") + o;
        v.instrument = "de voorgestelde aanbeveling";
        v.engelseTitels.add("Proposal for a Council Recommendation on " + en);
      } else {
        v.soort = VoorstelSoort.MEDEDELING;
        int vorm = dice.between(0, 2);
        v.titel =
            (vorm == 0
                    ? "Mededeling over "
                    : vorm == 1 ? "Actieplan voor " : "Europese strategie voor ")
                + o;
        v.instrument = vorm == 0 ? "de mededeling" : vorm == 1 ? "het actieplan" : "de strategie";
        String eng =
            vorm == 0
                ? "A new approach to "
                : vorm == 1 ? "An action plan on " : "A European strategy for ";
        v.engelseTitels.add(aan + eng + en);
        for (int i = 1; i < aantal; i++) {
          v.engelseTitels.add(
              aan
                  + "Implementing the "
                  + (vorm == 2 ? "strategy" : "plan")
                  + " on "
                  + en
                  + " (annex "
                  + i
                  + ")");
        }
      }
      v.effectbeoordeling = dice.chance(15);
    }
    CommissieDocument.Type type =
        v.soort == VoorstelSoort.GEZAMENLIJKE_MEDEDELING
            ? CommissieDocument.Type.JOIN
            : CommissieDocument.Type.COM;
    int eerste =
        type == CommissieDocument.Type.JOIN
            ? dice.between(1, 60)
            : Math.max(1, v.ontvangen.getDayOfYear() * 23 / 10 - dice.between(0, 40));
    for (int i = 0; i < aantal; i++) {
      v.documenten.add(CommissieDocument.of(type, jaar, eerste + i));
    }
    return v;
  }

  /**
   * A weekday of the generation's years on which a Commission document was received, such that a
   * letter one to five weeks later can still be sent outside August and before {@link
   * #LAATSTE_BRIEFDATUM}.
   */
  private static LocalDate ontvangst(Dice dice, Generatie generatie) {
    LocalDate van;
    LocalDate tot;
    switch (generatie) {
      case G2007 -> {
        van = LocalDate.of(2007, 1, 8);
        tot = LocalDate.of(2012, 11, 20);
      }
      case G2013 -> {
        van = LocalDate.of(2013, 1, 8);
        tot = LocalDate.of(2024, 11, 20);
      }
      default -> {
        van = LocalDate.of(2025, 1, 8);
        tot = LocalDate.of(2026, 9, 20);
      }
    }
    while (true) {
      LocalDate d = van.plusDays(dice.between(0, (int) (tot.toEpochDay() - van.toEpochDay())));
      // Late June is left out too: its letter, up to five weeks on, would fall in August.
      if (d.getMonth() == Month.JULY
          || d.getMonth() == Month.AUGUST
          || d.getMonth() == Month.JUNE && d.getDayOfMonth() > 23
          || d.getDayOfWeek() == DayOfWeek.SATURDAY
          || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      return d;
    }
  }

  /**
   * The date of the cover letter: a weekday one to five weeks after {@code ontvangen}, outside
   * August and not after {@link #LAATSTE_BRIEFDATUM}.
   */
  static LocalDate briefdatum(Dice dice, LocalDate ontvangen) {
    LocalDate d = ontvangen.plusDays(dice.between(7, 33));
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
