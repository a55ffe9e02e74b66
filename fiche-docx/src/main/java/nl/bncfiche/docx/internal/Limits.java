package nl.bncfiche.docx.internal;

/**
 * The bounds on a .docx file: its size, its number of zip entries, the inflated size of one entry
 * and of all together, and the compression ratio of an entry (zip bombs), and the depth of its XML.
 */
public record Limits(
    long maxFileBytes,
    int maxEntries,
    long maxEntryBytes,
    long maxTotalBytes,
    int maxRatio,
    int maxDepth,
    int maxInputChars) {

  /** Entries that inflate to no more than this are exempt from the ratio check (as POI does). */
  static final long RATIO_EXEMPT_BYTES = 100 * 1024;
}
