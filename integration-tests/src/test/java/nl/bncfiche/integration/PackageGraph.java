package nl.bncfiche.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The package dependency graph of the modules' main sources, read from their text: a source uses a
 * package when it names one of its classes by qualified name, in an import (static and on-demand
 * ones included), in code or in a string (Immutables' {@code delegateToString} and service names
 * are code too). Comments do not count. Classes of the own package need no name, so they add no
 * edge.
 */
final class PackageGraph {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern NAME = Pattern.compile("\\bnl\\.bncfiche(?:\\.[A-Za-z_$][\\w$]*)+");

  /** Package to module. */
  private final Map<String, String> modules = new TreeMap<>();

  /** Per source file: its package and the qualified names it writes. */
  private final Map<String, String> packageOf = new TreeMap<>();

  private final Map<String, Set<String>> namesIn = new TreeMap<>();

  /** The main sources of every module under {@code root} (each folder with a src/main/java). */
  static PackageGraph read(Path root) throws IOException {
    PackageGraph graph = new PackageGraph();
    List<Path> moduleDirs;
    try (Stream<Path> s = Files.list(root)) {
      moduleDirs =
          s.filter(d -> Files.isDirectory(d.resolve("src/main/java")))
              .sorted()
              .collect(Collectors.toList());
    }
    for (Path dir : moduleDirs) {
      Path sources = dir.resolve("src/main/java");
      List<Path> files;
      try (Stream<Path> s = Files.walk(sources)) {
        // module-info.java belongs to no package; PackageDependenciesTest reads packages
        files =
            s.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                .sorted()
                .collect(Collectors.toList());
      }
      for (Path f : files) {
        graph.add(
            dir.getFileName().toString(),
            root.relativize(f).toString(),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return graph;
  }

  /** Adds one source file of {@code module}. */
  void add(String module, String file, String source) {
    String code = withoutComments(source);
    Matcher p = PACKAGE.matcher(code);
    if (!p.find()) {
      throw new IllegalArgumentException(file + " has no package declaration");
    }
    String pkg = p.group(1);
    String before = modules.putIfAbsent(pkg, module);
    if (before != null && !before.equals(module)) {
      throw new IllegalStateException(
          "package " + pkg + " is split across " + before + " and " + module);
    }
    packageOf.put(file, pkg);
    Set<String> names = new TreeSet<>();
    Matcher m = NAME.matcher(code);
    while (m.find()) {
      names.add(m.group());
    }
    namesIn.put(file, names);
  }

  /** Every module that has main sources. */
  Set<String> modules() {
    return new TreeSet<>(modules.values());
  }

  /** Every use of another package: file, its package, the used package and the used class. */
  List<Use> uses() {
    List<Use> uses = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : namesIn.entrySet()) {
      String from = packageOf.get(e.getKey());
      for (String name : e.getValue()) {
        String to = packageNamed(name);
        if (to != null && !to.equals(from)) {
          String rest = name.substring(to.length());
          String type = rest.isEmpty() ? "*" : rest.substring(1).split("\\.")[0];
          uses.add(new Use(e.getKey(), from, to, type));
        }
      }
    }
    return uses;
  }

  /**
   * Every group of packages of one module that depend on each other, with the uses that close the
   * circle; empty when there is none. A public package's use of the internal packages beneath it
   * ({@code p -> p.internal}, {@code p -> p.internal.x}) does not count: that is the public class
   * starting its implementation, which in turn builds the public package's values (an {@code
   * Issue}, a {@code Severity}), so counting both would make every such pair a cycle.
   */
  List<String> cycles() {
    Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
    for (Use u : uses()) {
      boolean ownInternals =
          u.to().equals(u.from() + ".internal") || u.to().startsWith(u.from() + ".internal.");
      if (modules.get(u.from()).equals(modules.get(u.to())) && !ownInternals) {
        edges
            .computeIfAbsent(u.from(), k -> new TreeMap<>())
            .computeIfAbsent(u.to(), k -> new TreeSet<>())
            .add(fileName(u.file()));
      }
    }
    List<String> cycles = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (String a : edges.keySet()) {
      if (reported.contains(a)) {
        continue;
      }
      Set<String> group = new TreeSet<>();
      for (String b : reachable(a, edges)) {
        if (reachable(b, edges).contains(a)) {
          group.add(b);
        }
      }
      if (group.isEmpty()) {
        continue;
      }
      reported.addAll(group);
      StringBuilder sb = new StringBuilder(modules.get(a)).append(": ").append(group);
      for (String from : group) {
        edges
            .get(from)
            .forEach(
                (to, files) -> {
                  if (group.contains(to)) {
                    sb.append("\n  ")
                        .append(from)
                        .append(" -> ")
                        .append(to)
                        .append(" in ")
                        .append(files);
                  }
                });
      }
      cycles.add(sb.toString());
    }
    return cycles;
  }

  /**
   * Every use of a class in another module's {@code internal} package (or one below it), except the
   * classes in {@code allowed} (qualified names), as "file uses class".
   */
  List<String> foreignInternals(Set<String> allowed) {
    Set<String> found = new TreeSet<>();
    for (Use u : uses()) {
      boolean internal = (u.to() + ".").contains(".internal.");
      String type = u.to() + "." + u.type();
      if (internal
          && !modules.get(u.from()).equals(modules.get(u.to()))
          && !allowed.contains(type)) {
        found.add(u.file() + " uses " + type);
      }
    }
    return new ArrayList<>(found);
  }

  /** The longest known package that {@code name} starts with, or null. */
  private String packageNamed(String name) {
    for (String n = name; n.indexOf('.') > 0; n = n.substring(0, n.lastIndexOf('.'))) {
      if (modules.containsKey(n)) {
        return n;
      }
    }
    return null;
  }

  private static Set<String> reachable(String from, Map<String, Map<String, Set<String>>> edges) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (String next : edges.getOrDefault(todo.pop(), Map.of()).keySet()) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  private static String fileName(String path) {
    return Path.of(path).getFileName().toString();
  }

  /** {@code source} with every comment blanked out; string and character literals kept. */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int n = source.length();
    int i = 0;
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
        int j = i + quote.length();
        while (j < n && !source.startsWith(quote, j)) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(n, j + quote.length());
        out.append(source, i, j);
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** One use of a class of another package. */
  record Use(String file, String from, String to, String type) {}
}
