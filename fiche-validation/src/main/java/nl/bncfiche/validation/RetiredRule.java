package nl.bncfiche.validation;

import java.util.Objects;

/**
 * A rule id that is no longer in use: the rule's meaning changed, so it was retired and a new id
 * took its place. A retired id is never used again.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetiredRule {
  private final String id;
  private final String replacedBy;
  private final String reasonNl;
  private final String reasonEn;

  /**
   * A retired id.
   *
   * @param replacedBy the id that took its place
   * @throws NullPointerException when an argument is null
   */
  public RetiredRule(String id, String replacedBy, String reasonNl, String reasonEn) {
    this.id = Objects.requireNonNull(id, "id");
    this.replacedBy = Objects.requireNonNull(replacedBy, "replacedBy");
    this.reasonNl = Objects.requireNonNull(reasonNl, "reasonNl");
    this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
  }

  /** The retired id. */
  public String getId() {
    return id;
  }

  /** The id of the rule that took its place. */
  public String getReplacedBy() {
    return replacedBy;
  }

  /** Why the rule was retired, in Dutch. */
  public String getReasonNl() {
    return reasonNl;
  }

  /** Why the rule was retired, in English. */
  public String getReasonEn() {
    return reasonEn;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetiredRule r
        && id.equals(r.id)
        && replacedBy.equals(r.replacedBy)
        && reasonNl.equals(r.reasonNl)
        && reasonEn.equals(r.reasonEn);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The id and its successor: {@code BNC-B-004 -> BNC-B-006}. */
  @Override
  public String toString() {
    return id + " -> " + replacedBy;
  }
}
