package nl.bncfiche.cli.internal;

import java.io.IOException;

/**
 * Writing an output failed: the command stops and exits 2 with {@link #line}. Unchecked, so that it
 * passes through a {@code PrintWriter}, which would swallow an {@code IOException}.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String nameNl;
  private final String nameEn;
  private final transient OsReason reason;

  /**
   * Writing to the output named {@code nameNl} and {@code nameEn} failed for {@code cause}, or for
   * a reason not known ({@code null}: a {@code PrintStream} keeps only that it failed).
   */
  public OutputException(String nameNl, String nameEn, IOException cause) {
    super(nameEn, cause);
    this.nameNl = nameNl;
    this.nameEn = nameEn;
    this.reason = cause == null ? null : OsReason.of(cause);
  }

  /** The one-line message: "output: cannot write: reason". */
  public String line(boolean dutch) {
    String why = reason == null ? "" : ": " + reason.text(dutch);
    return dutch ? nameNl + ": kan niet schrijven" + why : nameEn + ": cannot write" + why;
  }
}
