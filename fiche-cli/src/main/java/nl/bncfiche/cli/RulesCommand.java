package nl.bncfiche.cli;

import java.util.concurrent.Callable;
import nl.bncfiche.cli.internal.TextOut;
import nl.bncfiche.server.report.RulesJson;
import nl.bncfiche.validation.RuleCatalog;
import nl.bncfiche.validation.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fiche rules}: prints the rule catalogue. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Druk de regelcatalogus af.")
final class RulesCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  private final Streams streams;

  RulesCommand(Streams streams) {
    this.streams = streams;
  }

  @Option(
      names = "--format",
      paramLabel = "text|json",
      descriptionKey = "rules.format",
      description = "Uitvoerformaat (standaard: ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(
      names = "--lang",
      paramLabel = "nl|en",
      descriptionKey = "rules.lang",
      description = "Taal van de beschrijvingen in tekstuitvoer (standaard: ${DEFAULT-VALUE}).")
  Lang lang = Lang.NL;

  @Override
  public Integer call() {
    TextOut out = streams.out();
    if (format == Format.TEXT) {
      for (RuleDescription r : RuleCatalog.rules()) {
        out.line(
            r.getId()
                + "  "
                + r.getDefaultSeverity()
                + "  "
                + r.getProfile()
                + "  "
                + (lang.dutch() ? r.getDescriptionNl() : r.getDescriptionEn()));
      }
    } else {
      out.text(RulesJson.write());
    }
    out.flush();
    return FicheCli.OK;
  }
}
