package nl.bncfiche.rendering.text.internal.write;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Kenmerk;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.model.sjabloon.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;

/**
 * The writer's {@link LayoutEvidence}: the fields a fiche's text shows and what they tell of its
 * template and generation. A fiche laid out in a template and generation shows each field under
 * that layout's label, so what {@link LayoutEvidence} concludes depends only on which fields there
 * are: one {@link LayoutEvidence} per set of fields and layout is made once and shared (it is only
 * read then), and a fiche written only sets a bit per field. A field under another label gets a
 * {@link LayoutEvidence} of its own.
 *
 * <p>Not thread-safe; one per fiche written.
 */
public final class SeenFields {
  private static final Veld[] ALL_FIELDS = Veld.values();

  /** At most this many sets are kept; others get their own {@link LayoutEvidence}. */
  private static final int MAX_SHARED = 1_024;

  private static final ConcurrentHashMap<Long, LayoutEvidence> SHARED = new ConcurrentHashMap<>();

  static {
    if (ALL_FIELDS.length > 58) {
      throw new IllegalStateException(
          "too many fields for a bit set in a long: " + ALL_FIELDS.length);
    }
  }

  private final Sjabloon sjabloon;
  private final Generatie generatie;

  /** A bit per field seen, by ordinal. */
  private long fields;

  /** Set once a field came under a label other than the layout's. */
  private LayoutEvidence own;

  /** Fields to be seen in the labels of {@code sjabloon} and {@code generatie}. */
  public SeenFields(Sjabloon sjabloon, Generatie generatie) {
    this.sjabloon = sjabloon;
    this.generatie = generatie;
  }

  /** As {@link LayoutEvidence#see}. */
  public void see(Veld field, String label) {
    if (own == null && !label.equals(field.label(sjabloon, generatie))) {
      own = replay();
    }
    if (own != null) {
      own.see(field, label);
    } else {
      fields |= 1L << field.ordinal();
    }
  }

  /** As {@link LayoutEvidence#sjabloon}. */
  public Optional<Sjabloon> sjabloon(Optional<VoorstelSoort> soort, Optional<AlgemeneGegevens> ag) {
    return evidence().sjabloon(soort, ag);
  }

  /** As {@link LayoutEvidence#vermoed}. */
  public Set<Kenmerk> vermoed(
      Optional<VoorstelSoort> soort, Optional<AlgemeneGegevens> ag, Optional<Generatie> generatie) {
    return evidence().vermoed(soort, ag, generatie);
  }

  /** As {@link LayoutEvidence#generatie}. */
  public Optional<Generatie> generatie(Optional<Sjabloon> seen, Optional<AlgemeneGegevens> ag) {
    return evidence().generatie(seen, ag);
  }

  private LayoutEvidence evidence() {
    if (own != null) {
      return own;
    }
    long key = fields << 6 | sjabloon.ordinal() << 3 | generatie.ordinal();
    LayoutEvidence e = SHARED.get(key);
    if (e == null) {
      e = replay();
      if (SHARED.size() < MAX_SHARED) {
        SHARED.putIfAbsent(key, e);
      }
    }
    return e;
  }

  /** A new {@link LayoutEvidence} that saw the fields seen so far under the layout's labels. */
  private LayoutEvidence replay() {
    LayoutEvidence e = new LayoutEvidence();
    for (Veld v : ALL_FIELDS) {
      if ((fields & 1L << v.ordinal()) != 0) {
        e.see(v, v.label(sjabloon, generatie));
      }
    }
    return e;
  }
}
