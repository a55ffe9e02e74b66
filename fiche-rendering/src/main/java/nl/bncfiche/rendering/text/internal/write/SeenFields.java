package nl.bncfiche.rendering.text.internal.write;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.bncfiche.model.AlgemeneGegevens;
import nl.bncfiche.model.Generatie;
import nl.bncfiche.model.Sjabloon;
import nl.bncfiche.model.VoorstelSoort;
import nl.bncfiche.rendering.internal.Veld;
import nl.bncfiche.rendering.text.internal.grammar.Kenmerken;

/**
 * The writer's {@link Kenmerken}: the fields a fiche's text shows and what they tell of its template
 * and generation. A fiche laid out in a template and generation shows each field under that layout's
 * label, so what {@link Kenmerken} concludes depends only on which fields there are: one
 * {@link Kenmerken} per set of fields and layout is made once and shared (it is only read then),
 * instead of recording every field of every fiche written. A field under another label gets a
 * {@link Kenmerken} of its own.
 *
 * <p>Not thread-safe; one per fiche written.
 */
public final class SeenFields {
  private static final Veld[] VELDEN = Veld.values();
  /** At most this many sets are kept; others get their own {@link Kenmerken}. */
  private static final int MAX_SHARED = 1_024;
  private static final ConcurrentHashMap<Long, Kenmerken> SHARED = new ConcurrentHashMap<>();

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
  private Kenmerken own;

  /** Fields to be seen in the labels of {@code sjabloon} and {@code generatie}. */
  public SeenFields(Sjabloon sjabloon, Generatie generatie) {
    this.sjabloon = sjabloon;
    this.generatie = generatie;
  }

  /** As {@link Kenmerken#zag}. */
  public void zag(Veld veld, String label) {
    if (own == null && !label.equals(veld.label(sjabloon, generatie))) {
      own = replay();
    }
    if (own != null) {
      own.zag(veld, label);
    } else {
      velden |= 1L << veld.ordinal();
    }
  }

  /** As {@link Kenmerken#sjabloon}. */
  public Optional<Sjabloon> sjabloon(Optional<VoorstelSoort> soort) {
    return kenmerken().sjabloon(soort);
  }

  /** As {@link Kenmerken#generatie}. */
  public Optional<Generatie> generatie(Optional<Sjabloon> gezien, Optional<AlgemeneGegevens> ag) {
    return kenmerken().generatie(gezien, ag);
  }

  private Kenmerken kenmerken() {
    if (own != null) {
      return own;
    }
    long key = velden << 6 | sjabloon.ordinal() << 3 | generatie.ordinal();
    Kenmerken k = SHARED.get(key);
    if (k == null) {
      k = replay();
      if (SHARED.size() < MAX_SHARED) {
        SHARED.putIfAbsent(key, k);
      }
    }
    return k;
  }

  /** A new {@link Kenmerken} that saw the fields seen so far under the layout's labels. */
  private Kenmerken replay() {
    Kenmerken k = new Kenmerken();
    for (Veld v : VELDEN) {
      if ((velden & 1L << v.ordinal()) != 0) {
        k.zag(v, v.label(sjabloon, generatie));
      }
    }
    return k;
  }
}
