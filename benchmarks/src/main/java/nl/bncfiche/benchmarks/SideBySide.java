package nl.bncfiche.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratios of several runs of {@link Ratios} side by side, one column group per run (in {@code
 * benchmarks/run}: one per JDK): a Markdown table of each ratio's value, target and result, joined
 * by the ratio's name, a dash where a run has no such ratio. Targets may differ between the runs
 * (the cold start and the batch have stricter ones with JDK 25's ahead-of-time cache).
 *
 * <p>Usage: {@code SideBySide OUT_MD LABEL=RATIOS_TSV [LABEL=RATIOS_TSV...]}; prints the table and
 * writes it to OUT_MD.
 */
public final class SideBySide {
  private SideBySide() {}

  /** One run's ratios: its label and, by ratio name, the value, target and result of its TSV. */
  record Run(String label, Map<String, String[]> rows) {
    /** Parses the {@code ratios.tsv} of {@link Ratios#tsv(List)}, header and all. */
    static Run parse(String label, String tsv) {
      Map<String, String[]> rows = new LinkedHashMap<>();
      for (String line : tsv.split("\n", -1)) {
        String[] f = line.split("\t", -1);
        if (f.length == 4 && !f[0].equals("name")) {
          rows.put(f[0], new String[] {f[1], f[2], f[3]});
        }
      }
      return new Run(label, rows);
    }
  }

  /** The Markdown table of the runs, in the order of their ratios (first run first). */
  static String markdown(List<Run> runs) {
    List<String> names = new ArrayList<>();
    for (Run run : runs) {
      for (String name : run.rows().keySet()) {
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    StringBuilder sb = new StringBuilder("| ratio |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Run run : runs) {
      sb.append(' ').append(run.label()).append(" | target | result |");
      rule.append("---:|---:|---|");
    }
    sb.append('\n').append(rule).append('\n');
    for (String name : names) {
      sb.append("| ").append(name).append(" |");
      for (Run run : runs) {
        String[] r = run.rows().get(name);
        if (r == null) {
          sb.append(" – | – | – |");
        } else {
          sb.append(' ')
              .append(trim(r[0]))
              .append(" | ")
              .append(r[1].equals("-") ? "—" : "≤ " + r[1])
              .append(" | ")
              .append(r[2].equals("MISS") ? "**MISS**" : r[2])
              .append(" |");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Two decimals, as the single-run table shows them. */
  private static String trim(String ratio) {
    try {
      return String.format(java.util.Locale.ROOT, "%.2f", Double.parseDouble(ratio));
    } catch (NumberFormatException e) {
      return ratio;
    }
  }

  /** Reads, prints and writes; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SideBySide OUT_MD LABEL=RATIOS_TSV [LABEL=RATIOS_TSV...]");
      System.exit(2);
    }
    List<Run> runs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      Path tsv = Path.of(args[i].substring(eq + 1));
      runs.add(Run.parse(args[i].substring(0, eq), Files.readString(tsv, StandardCharsets.UTF_8)));
    }
    String md = markdown(runs);
    Files.writeString(Path.of(args[0]), md, StandardCharsets.UTF_8);
    System.out.print(md);
  }
}
