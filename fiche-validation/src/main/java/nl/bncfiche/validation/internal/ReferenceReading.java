package nl.bncfiche.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bncfiche.model.id.KamerstukReferentie;
import nl.bncfiche.model.id.Parsed;

/**
 * A Kamerstuk reference of a cover letter as the rules read it: what {@link
 * KamerstukReferentie#parse} reads, and beside it two forms that published letters use and the
 * model's parser does not take: a number without "nr." ({@code (Kamerstuk 22 112, 2962)}) and one
 * number in several dossiers ({@code (Kamerstukken 22 112 en 34 738, nr. 2666)}).
 *
 * @param dossiers the dossier numbers as values (22112), in order
 * @param nummer the number within the dossier: digits or Eerste Kamer letters
 * @param ondernummer whether a dossier has a sub-number ({@code 21 501-20}, {@code 36 200 V})
 */
public record ReferenceReading(List<Integer> dossiers, String nummer, boolean ondernummer) {
  private static final int MAX = 200;
  private static final String DOSSIER = "(\\d{1,3}(?: \\d{3})?|\\d{4,6})(-\\d{1,4}| [A-Z]{1,4})?";
  private static final Pattern DOSSIER_ALONE = Pattern.compile(DOSSIER);
  private static final Pattern FORM =
      Pattern.compile(
          "(?:(?i:kamerstukken|kamerstuk) (?:I{1,2} \\d{4}[/-]\\d{2,4}, )?)?"
              + "("
              + DOSSIER
              + "(?:(?:, | en )"
              + DOSSIER
              + ")*), (?:[Nn]r\\. ?)?([0-9]{1,6}|[A-Z]{1,4})");

  /** The reference read: the model's value, else one of the further forms; empty when neither. */
  public static Optional<ReferenceReading> of(Parsed<KamerstukReferentie> referentie) {
    if (referentie.getValue().isPresent()) {
      KamerstukReferentie r = referentie.getValue().get();
      return Optional.of(
          new ReferenceReading(
              List.of(r.getDossierNumber()), r.getNumber(), r.getSubNumber().isPresent()));
    }
    return tolerant(referentie.getText());
  }

  /** The further forms of {@code text}; empty when it is none of them. */
  static Optional<ReferenceReading> tolerant(String text) {
    if (text.length() > MAX) {
      return Optional.empty();
    }
    String t = text.strip().replace('\u00a0', ' ');
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    List<Integer> dossiers = new ArrayList<>();
    boolean ondernummer = false;
    Matcher d = DOSSIER_ALONE.matcher(m.group(1));
    while (d.find()) {
      dossiers.add(Integer.parseInt(d.group(1).replace(" ", "")));
      ondernummer |= d.group(2) != null;
    }
    String nummer = m.group(m.groupCount()).toUpperCase(Locale.ROOT);
    return Optional.of(new ReferenceReading(List.copyOf(dossiers), nummer, ondernummer));
  }

  /** The number as a value when it is digits; empty for Eerste Kamer letters. */
  public Optional<Integer> number() {
    if (nummer.isEmpty() || nummer.length() > 6 || !Character.isDigit(nummer.charAt(0))) {
      return Optional.empty();
    }
    for (int i = 0; i < nummer.length(); i++) {
      if (!Character.isDigit(nummer.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(Integer.parseInt(nummer));
  }
}
