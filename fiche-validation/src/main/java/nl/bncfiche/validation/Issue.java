package nl.bncfiche.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One finding of the validator: which rule, how serious, where, and what, in Dutch and in English.
 *
 * <p>The path is a list of segments: field names ({@code String}) and list indices ({@code
 * Integer}), exactly as the document's JSON (written by {@code FicheJson}) names them. {@link
 * #getPointer()} renders it as a JSON Pointer (RFC 6901): {@code
 * /fiches/0/grondhouding/subsidiariteit/oordeel}; the empty pointer {@code ""} is the whole
 * document. When a fiche is validated on its own, paths are those of a document holding only that
 * fiche, so they start with {@code /fiches/0}.
 *
 * <p>Convention for missing values: an issue that reports a missing or empty value (the
 * completeness rules, family {@code BNC-V}) may point at a field the JSON does not contain, because
 * absent and empty parts are not written; then the pointer's parent exists. Every other pointer
 * resolves in the JSON.
 *
 * <p>Both messages are always present and never depend on the JVM's default locale. The arguments
 * are the values the message names (texts from the fiche verbatim, numbers as digits); they are
 * data and were concatenated into the message by plain Java, never by a template engine.
 *
 * <p>Immutable and thread-safe; equal by all fields.
 */
public final class Issue {
  private final String ruleId;
  private final Severity severity;
  private final List<Object> path;
  private final String messageNl;
  private final String messageEn;
  private final List<String> arguments;

  /**
   * An issue.
   *
   * @param path segments: non-null {@code String} field names and non-negative {@code Integer}
   *     indices
   * @throws NullPointerException when an argument or element is null
   * @throws IllegalArgumentException when a path segment is neither a String nor a non-negative
   *     Integer
   */
  public Issue(
      String ruleId,
      Severity severity,
      List<?> path,
      String messageNl,
      String messageEn,
      List<String> arguments) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    List<Object> p = new ArrayList<>(path.size());
    for (Object segment : path) {
      if (segment instanceof String || segment instanceof Integer i && i >= 0) {
        p.add(segment);
      } else {
        throw new IllegalArgumentException("path segment must be a String or an index: " + segment);
      }
    }
    this.path = Collections.unmodifiableList(p);
    this.messageNl = Objects.requireNonNull(messageNl, "messageNl");
    this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    List<String> a = new ArrayList<>(arguments.size());
    for (String s : arguments) {
      a.add(Objects.requireNonNull(s, "argument"));
    }
    this.arguments = Collections.unmodifiableList(a);
  }

  /** The stable id of the rule, such as {@code BNC-V-003}; ids are never reused. */
  public String getRuleId() {
    return ruleId;
  }

  /** The severity, after the validator's overrides. */
  public Severity getSeverity() {
    return severity;
  }

  /** The path's segments: {@code String} field names and {@code Integer} indices; unmodifiable. */
  public List<Object> getPath() {
    return path;
  }

  /** The path as a JSON Pointer into the document's JSON; {@code ""} for the whole document. */
  public String getPointer() {
    StringBuilder sb = new StringBuilder();
    for (Object segment : path) {
      sb.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  /** The message in Dutch. */
  public String getMessageNl() {
    return messageNl;
  }

  /** The message in English. */
  public String getMessageEn() {
    return messageEn;
  }

  /** The values the message names, in order; unmodifiable. */
  public List<String> getArguments() {
    return arguments;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Issue i)) {
      return false;
    }

    return ruleId.equals(i.ruleId)
        && severity == i.severity
        && path.equals(i.path)
        && messageNl.equals(i.messageNl)
        && messageEn.equals(i.messageEn)
        && arguments.equals(i.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, path, messageNl, messageEn, arguments);
  }

  /** One line: severity, rule id, pointer and the English message. */
  @Override
  public String toString() {
    return severity + " " + ruleId + " " + (path.isEmpty() ? "/" : getPointer()) + ": " + messageEn;
  }
}
