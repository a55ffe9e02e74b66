package nl.bncfiche.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli's usage errors in our own words, Dutch or English: picocli writes English only, and names
 * Java types ("cannot convert '2026-13-01' to class java.time.LocalDate").
 */
final class UsageError {
  private UsageError() {}

  /** The one-line message for {@code e}, without "fiche: ". */
  static String message(ParameterException e, boolean dutch) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return unmatched(u, dutch);
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return missing(m, dutch);
    }
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      ArgSpec arg = o.getOverwritten();
      String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
      return dutch ? name + " mag maar één keer worden gegeven" : name + " may be given only once";
    }
    if (e instanceof CommandLine.MaxValuesExceededException) {
      return dutch ? "te veel argumenten" : "too many arguments";
    }
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg != null && value != null) {
      return invalid(arg, value, dutch);
    }
    if (e.getCommandLine().getCommandSpec().userObject() instanceof FicheCli) {
      return dutch
          ? "geef een opdracht: validate, render, rules of serve"
          : "give a command: validate, render, rules or serve";
    }
    return dutch ? "ongeldig gebruik" : "invalid usage";
  }

  private static String unmatched(CommandLine.UnmatchedArgumentException e, boolean dutch) {
    List<String> unmatched = e.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    if (first.startsWith("-") && first.length() > 1) {
      return dutch ? "onbekende optie '" + first + "'" : "unknown option '" + first + "'";
    }
    if (e.getCommandLine().getCommandSpec().userObject() instanceof FicheCli) {
      return dutch
          ? "onbekende opdracht '" + first + "'; kies validate, render, rules of serve"
          : "unknown command '" + first + "'; choose validate, render, rules or serve";
    }
    return dutch ? "te veel argumenten: '" + first + "'" : "too many arguments: '" + first + "'";
  }

  private static String missing(CommandLine.MissingParameterException e, boolean dutch) {
    List<ArgSpec> missing = e.getMissing();
    // picocli says which of its two cases it is only in its message.
    if (e.getMessage() != null
        && e.getMessage().startsWith("Missing required parameter for")
        && missing.size() == 1
        && missing.get(0).isOption()) {
      OptionSpec o = (OptionSpec) missing.get(0);
      return dutch
          ? o.longestName() + " mist een waarde (" + o.paramLabel() + ")"
          : o.longestName() + " needs a value (" + o.paramLabel() + ")";
    }
    List<String> names = new ArrayList<>();
    for (ArgSpec arg : missing) {
      names.add(name(arg));
    }
    String what = String.join(", ", names);
    if (missing.stream().allMatch(ArgSpec::isOption)) {
      return dutch ? "verplichte optie ontbreekt: " + what : "required option missing: " + what;
    }
    return dutch ? "invoer ontbreekt: " + what : "input missing: " + what;
  }

  private static String invalid(ArgSpec arg, String value, boolean dutch) {
    String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    Class<?> type = arg.type();
    String expected;
    if (type.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        values.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
      }
      expected = String.join("|", values);
      return dutch
          ? "ongeldige waarde '" + value + "' voor " + name + "; kies " + expected
          : "invalid value '" + value + "' for " + name + "; choose " + expected;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return dutch
          ? "ongeldige waarde '" + value + "' voor " + name + "; verwacht een geheel getal"
          : "invalid value '" + value + "' for " + name + "; expected a whole number";
    }
    if (type == LocalDate.class) {
      return dutch
          ? "ongeldige datum '" + value + "' voor " + name + "; verwacht jjjj-mm-dd"
          : "invalid date '" + value + "' for " + name + "; expected yyyy-mm-dd";
    }
    return dutch
        ? "ongeldige waarde '" + value + "' voor " + name
        : "invalid value '" + value + "' for " + name;
  }

  private static String name(ArgSpec arg) {
    if (arg.isOption()) {
      OptionSpec o = (OptionSpec) arg;
      String label = o.paramLabel();
      return o.longestName() + (o.typeInfo().isBoolean() || label.isEmpty() ? "" : " " + label);
    }
    return arg.paramLabel();
  }
}
