package nl.bncfiche.cli.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The command line's arguments as inputs: a directory is walked for {@code .txt} and {@code .json}
 * files; what cannot be used (a missing argument, an unreadable directory, a broken link, an empty
 * directory) becomes an unusable input in its place, so that a batch goes on past it.
 */
final class Expansion {
  /** Lists a directory; tests give one that fails where they want. */
  @FunctionalInterface
  interface Lister {
    List<Path> list(Path dir) throws IOException;
  }

  static final Lister FILE_SYSTEM =
      dir -> {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
          s.forEach(entries::add);
        }
        return entries;
      };

  private final Input.Format from;
  private final Lister lister;

  Expansion(Input.Format from, Lister lister) {
    this.from = from;
    this.lister = lister;
  }

  List<Input> of(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(Input.STDIN)) {
        inputs.add(Input.stdin(from == null ? Input.Format.TEXT : from));
        continue;
      }
      Path p;
      try {
        p = Path.of(arg);
      } catch (InvalidPathException e) {
        inputs.add(Input.invalidName(arg, e));
        continue;
      }
      if (Files.isDirectory(p)) {
        inputs.addAll(walk(arg, p));
      } else if (Files.exists(p)) {
        // A file, a named pipe or process substitution (/dev/fd/63): read as a stream.
        Input.Format f = from != null ? from : Input.formatOf(p);
        inputs.add(
            f == null
                ? Input.unusable(
                    arg,
                    "unknown format: expected a .txt, .json or .docx file, or --from"
                        + " text|json|docx",
                    "onbekend formaat: verwacht een .txt-, .json- of .docx-bestand, of --from"
                        + " text|json|docx")
                : Input.file(arg, p, f));
      } else {
        inputs.add(
            Input.unusable(
                arg,
                "no such file or directory" + Input.localeHint(arg, false),
                "bestand of map bestaat niet" + Input.localeHint(arg, true)));
      }
    }
    return inputs;
  }

  /**
   * Every fiche file below {@code root}, sorted by path, and every entry that should have been one
   * but cannot be read. Links to directories are not followed (no loops); links to files are.
   */
  private List<Input> walk(String arg, Path root) {
    List<Found> found = new ArrayList<>();
    Deque<Path> dirs = new ArrayDeque<>();
    dirs.push(root);
    while (!dirs.isEmpty()) {
      Path dir = dirs.pop();
      List<Path> entries;
      try {
        entries = lister.list(dir);
      } catch (IOException e) {
        OsReason reason = OsReason.of(e);
        found.add(
            new Found(
                dir,
                Input.unusable(
                    dir.toString(),
                    "cannot read the directory: " + reason.text(false),
                    "kan de map niet lezen: " + reason.text(true))));
        continue;
      }
      for (Path entry : entries) {
        BasicFileAttributes attributes;
        try {
          attributes =
              Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          found.add(new Found(entry, unreadable(entry, e)));
          continue;
        }
        if (attributes.isDirectory()) {
          dirs.push(entry);
        } else if (Input.formatOf(entry) != null) {
          Input input = file(entry, attributes);
          if (input != null) {
            found.add(new Found(entry, input));
          }
        }
      }
    }
    if (found.isEmpty()) {
      return List.of(
          Input.unusable(
              arg,
              "no .txt, .json or .docx file in this directory",
              "geen .txt-, .json- of .docx-bestand in deze map"));
    }
    found.sort(Comparator.comparing(Found::path));
    List<Input> inputs = new ArrayList<>();
    for (Found f : found) {
      inputs.add(f.input());
    }
    return inputs;
  }

  /** An input and its path, to sort by (its name may not be a path again under LC_ALL=C). */
  private record Found(Path path, Input input) {}

  /** The input at {@code entry}; null for a link to a directory, which is not followed. */
  private Input file(Path entry, BasicFileAttributes attributes) {
    Input.Format format = from != null ? from : Input.formatOf(entry);
    if (attributes.isRegularFile()) {
      return Input.file(entry.toString(), entry, format);
    }
    if (attributes.isSymbolicLink()) {
      try {
        Path target = entry.toRealPath();
        if (Files.isRegularFile(target)) {
          return Input.file(entry.toString(), entry, format);
        }
        if (Files.isDirectory(target)) {
          return null;
        }
      } catch (IOException e) {
        return unreadable(entry, e); // broken, or a loop
      }
    }
    // A named pipe or a device would stall or never end a batch; given by name, it is read.
    return Input.unusable(
        entry.toString(),
        "not a regular file (a pipe, device or socket); name it on the command line to read it",
        "geen gewoon bestand (een pijp, apparaat of socket); noem het op de opdrachtregel om het"
            + " te lezen");
  }

  private static Input unreadable(Path entry, IOException e) {
    OsReason reason = OsReason.of(e);
    return Input.unusable(
        entry.toString(),
        "cannot read: " + reason.text(false),
        "kan niet lezen: " + reason.text(true));
  }
}
