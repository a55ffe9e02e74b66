package nl.bncfiche.model.sjabloon;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;

/**
 * One wording of the label of a {@link Veld}: either the template's own wording in some templates
 * and generations, or a variant seen in published fiches that a reader must recognise but a writer
 * never writes. Immutable.
 */
public final class Label {
  private final String tekst;
  private final Map<Sjabloon, Set<Generatie>> geschrevenIn;

  private Label(String tekst, Map<Sjabloon, Set<Generatie>> geschrevenIn) {
    this.tekst = Objects.requireNonNull(tekst, "tekst");
    this.geschrevenIn = geschrevenIn;
  }

  /** The template's wording in the given templates and generations. */
  static Label sjabloon(String tekst, Map<Sjabloon, Set<Generatie>> geschrevenIn) {
    Map<Sjabloon, Set<Generatie>> copy = new EnumMap<>(Sjabloon.class);
    geschrevenIn.forEach((s, g) -> copy.put(s, Set.copyOf(g)));
    return new Label(tekst, Map.copyOf(copy));
  }

  /** A variant seen in published fiches, never written. */
  static Label variant(String tekst) {
    return new Label(tekst, Map.of());
  }

  /** Every generation of both templates. */
  static Map<Sjabloon, Set<Generatie>> overal() {
    return in(EnumSet.allOf(Generatie.class), Sjabloon.values());
  }

  /** Both maps together (their templates must differ). */
  @SafeVarargs
  static Map<Sjabloon, Set<Generatie>> en(Map<Sjabloon, Set<Generatie>>... delen) {
    Map<Sjabloon, Set<Generatie>> m = new EnumMap<>(Sjabloon.class);
    for (Map<Sjabloon, Set<Generatie>> d : delen) {
      m.putAll(d);
    }
    return m;
  }

  /** The given generations of the given templates. */
  static Map<Sjabloon, Set<Generatie>> in(Set<Generatie> generaties, Sjabloon... sjablonen) {
    Map<Sjabloon, Set<Generatie>> m = new EnumMap<>(Sjabloon.class);
    for (Sjabloon s : sjablonen) {
      m.put(s, generaties);
    }
    return m;
  }

  /** The label as written: "Titel voorstel". */
  public String getTekst() {
    return tekst;
  }

  /** Whether this is a variant seen in published fiches rather than a template's own wording. */
  public boolean isVariant() {
    return geschrevenIn.isEmpty();
  }

  /** Whether the template {@code sjabloon} of generation {@code generatie} words the label so. */
  public boolean isGeschrevenIn(Sjabloon sjabloon, Generatie generatie) {
    Set<Generatie> g = geschrevenIn.get(sjabloon);
    return g != null && g.contains(generatie);
  }

  /** The generations of {@code sjabloon} that word the label so; empty for a variant. */
  public Set<Generatie> generatiesVan(Sjabloon sjabloon) {
    return geschrevenIn.getOrDefault(sjabloon, Set.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Label l && tekst.equals(l.tekst) && geschrevenIn.equals(l.geschrevenIn);
  }

  @Override
  public int hashCode() {
    return tekst.hashCode() * 31 + geschrevenIn.hashCode();
  }

  /** The label's text, and "(variant)" for a variant. */
  @Override
  public String toString() {
    return isVariant() ? tekst + " (variant)" : tekst;
  }
}
