package nl.bncfiche.docx.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a thread last read from each of the package's boilerplate parts (content types,
 * relationships, settings, styles, comments), by their exact bytes: documents from one source (one
 * template, one writer) share these parts byte for byte, and parsing them again gives the same
 * result, so a part equal to the one before is not parsed again. The document's own parts (body,
 * footnotes, numbering) are always parsed. A part that fails to parse is not kept: it fails again.
 * Bounded: one part per kind per thread, of at most {@link #MAX_BYTES}; the values kept are
 * immutable or used by one thread only. Parsing stays as strict as without it: the same bytes were
 * parsed under the same depth bound once before.
 */
final class PartMemo {
  /** The kinds of part kept. */
  enum Kind {
    CONTENT_TYPES,
    PACKAGE_RELATIONSHIPS,
    DOCUMENT_RELATIONSHIPS,
    SETTINGS,
    STYLES,
    COMMENTS
  }

  /** The largest part kept: a template's styles with Word's latent styles fit. */
  static final int MAX_BYTES = 256 * 1024;

  private static final class Entry {
    final byte[] bytes;
    final int maxDepth;
    final String context;
    final Object value;

    Entry(byte[] bytes, int maxDepth, String context, Object value) {
      this.bytes = bytes;
      this.maxDepth = maxDepth;
      this.context = context;
      this.value = value;
    }
  }

  private static final ThreadLocal<Map<Kind, Entry>> LAST =
      ThreadLocal.withInitial(() -> new EnumMap<>(Kind.class));

  private PartMemo() {}

  /**
   * The value of {@code part} as {@code parse} makes it, parsed under {@code maxDepth} in {@code
   * context} (what else the value depends on, such as the folder that targets resolve against);
   * from the thread's last part of this kind when it has the same bytes, depth and context.
   */
  static <T> T get(
      Kind kind, byte[] part, int maxDepth, String context, Function<byte[], T> parse) {
    if (part.length > MAX_BYTES) {
      return parse.apply(part);
    }
    Map<Kind, Entry> last = LAST.get();
    Entry e = last.get(kind);
    if (e != null
        && e.maxDepth == maxDepth
        && Objects.equals(e.context, context)
        && Arrays.equals(e.bytes, part)) {
      @SuppressWarnings("unchecked")
      T value = (T) e.value;
      return value;
    }
    T value = parse.apply(part);
    last.put(kind, new Entry(part, maxDepth, context, value));
    return value;
  }
}
