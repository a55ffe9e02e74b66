package nl.bncfiche.rendering.text.internal.write;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.rendering.internal.Veld;
import nl.bncfiche.rendering.text.internal.grammar.LayoutEvidence;

/**
 * The writer's {@link LayoutEvidence}: the fields a fiche's text shows and what they tell of its
 * template and generation. A fiche laid out in a template and generation shows each field under that layout's
 * label, so what {@link LayoutEvidence} concludes depends only on which fields there are: one
 * {@link LayoutEvidence} per set of fields and layout is made once and shared (it is only read then),
 * and a fiche written only sets a bit per field. A field under another label gets a
 * {@link LayoutEvidence} of its own.
 *
 * <p>Not thread-safe; one per fiche written.
 */
public final class SeenFields {
  private static final Veld[] VELDEN = Veld.values();
  /** At most this many sets are kept; others get their own {@link LayoutEvidence}. */
  private static final int MAX_SHARED = 1_024;
  private static final ConcurrentHashMap<Long, LayoutEvidence> SHARED = new ConcurrentHashMap<>();

  static {
    if (VELDEN.length > 58) {
      throw new IllegalStateException("too many fields for a bit set in a long: " + VELDEN.length);
    }
  }

  private final Sjabloon sjabloon;
  private final Generatie generatie;
  /** A bit per field seen, by ordinal. */
  private long velden;
  /** Set once a field came under a label other than the layout's. */
  private LayoutEvidence own;

  /** Fields to be seen in the labels of {@code sjabloon} and {@code generatie}. */
  public SeenFields(Sjabloon sjabloon, Generatie generatie) {
    this.sjabloon = sjabloon;
    this.generatie = generatie;
  }

  /** As {@link LayoutEvidence#see}. */
  public void see(Veld veld, String label) {
    if (own == null && !label.equals(veld.label(sjabloon, generatie))) {
      own = replay();
    }
    if (own != null) {
      own.see(veld, label);
    } else {
      velden |= 1L << veld.ordinal();
    }
  }

  /** As {@link LayoutEvidence#sjabloon}. */
  public Optional<Sjabloon> sjabloon(Optional<VoorstelSoort> soort) {
    return kenmerken().sjabloon(soort);
  }

  /** As {@link LayoutEvidence#generatie}. */
  public Optional<Generatie> generatie(Optional<Sjabloon> gezien, Optional<AlgemeneGegevens> ag) {
    return kenmerken().generatie(gezien, ag);
  }

  private LayoutEvidence kenmerken() {
    if (own != null) {
      return own;
    }
    long key = velden << 6 | sjabloon.ordinal() << 3 | generatie.ordinal();
    LayoutEvidence k = SHARED.get(key);
    if (k == null) {
      k = replay();
      if (SHARED.size() < MAX_SHARED) {
        SHARED.putIfAbsent(key, k);
      }
    }
    return k;
  }

  /** A new {@link LayoutEvidence} that saw the fields seen so far under the layout's labels. */
  private LayoutEvidence replay() {
    LayoutEvidence k = new LayoutEvidence();
    for (Veld v : VELDEN) {
      if ((velden & 1L << v.ordinal()) != 0) {
        k.see(v, v.label(sjabloon, generatie));
      }
    }
    return k;
  }
}
