package nl.bncfiche.cli.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why an operation on a file or stream failed, in Dutch and English: the operating system's own
 * reason (always English, and inside a {@code FileInputStream}'s message after the file name)
 * translated for the reasons a user meets, quoted as written for any other.
 */
public final class OsReason {
  private static final String[][] KNOWN = {
    {"no space left on device", "geen ruimte meer op de schijf"},
    {"disk quota exceeded", "schijfquotum overschreden"},
    {"file too large", "bestand te groot voor het bestandssysteem"},
    {"read-only file system", "alleen-lezen bestandssysteem"},
    {"broken pipe", "de ontvanger heeft de uitvoer gesloten (broken pipe)"},
    {"input/output error", "invoer-/uitvoerfout van het apparaat"},
    {"permission denied", "geen toegang"},
    {"operation not permitted", "niet toegestaan"},
    {"no such file or directory", "bestaat niet"},
    {"is a directory", "is een map"},
    {"not a directory", "een deel van het pad is geen map"},
    {"too many levels of symbolic links", "symbolische koppelingen verwijzen in een kring"},
    {"file name too long", "naam te lang"},
    {"too many open files", "te veel open bestanden"},
    {"illegal seek", "niet doorzoekbaar (pijp of apparaat)"},
    {"bad file descriptor", "niet geopend (gesloten bestandsdescriptor)"},
    {"stale file handle", "bestand op de netwerkschijf verdwenen (stale file handle)"},
    {"device or resource busy", "apparaat bezet"},
    {"connection reset by peer", "verbinding verbroken"},
    {"no such device or address", "apparaat niet beschikbaar"},
    {"text file busy", "bestand in gebruik"},
  };

  private final String nl;
  private final String en;

  private OsReason(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** The reason in Dutch or English. */
  public String text(boolean dutch) {
    return dutch ? nl : en;
  }

  /** The reason of {@code e}. */
  public static OsReason of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return known("no such file or directory");
    }
    if (e instanceof AccessDeniedException) {
      return known("permission denied");
    }
    if (e instanceof NotDirectoryException) {
      return known("not a directory");
    }
    if (e instanceof FileSystemLoopException) {
      return known("too many levels of symbolic links");
    }
    if (e instanceof FileAlreadyExistsException) {
      return new OsReason("bestaat al", "already exists");
    }
    if (e instanceof DirectoryNotEmptyException) {
      return new OsReason("map is niet leeg", "directory not empty");
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return new OsReason("onbekende fout van het systeem", "unknown system error");
    }
    // FileInputStream and FileOutputStream say "name (reason)": the name is shown elsewhere.
    if (reason.endsWith(")") && reason.lastIndexOf(" (") > 0) {
      reason = reason.substring(reason.lastIndexOf(" (") + 2, reason.length() - 1);
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    for (String[] k : KNOWN) {
      // "Too many levels of symbolic links or unable to access attributes of symbolic link"
      if (lower.startsWith(k[0])) {
        return new OsReason(k[1], k[0]);
      }
    }
    String quoted = reason.length() > 80 ? reason.substring(0, 80) + "…" : reason;
    return new OsReason("systeemfout: " + quoted, quoted);
  }

  private static OsReason known(String en) {
    for (String[] k : KNOWN) {
      if (k[0].equals(en)) {
        return new OsReason(k[1], en);
      }
    }
    throw new IllegalArgumentException(en);
  }
}
