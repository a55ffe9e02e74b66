package nl.bncfiche.cli;

import java.util.ListResourceBundle;

/**
 * The help's texts that the commands' annotations do not hold: picocli's own words in Dutch (the
 * default), and every text in English for {@code --lang en}. Keys are picocli's; a command's are
 * prefixed with its qualified name, so that one command's keys never reach another's help.
 */
final class HelpText {
  private HelpText() {}

  /** The bundle for {@code lang}. */
  static ListResourceBundle of(Lang lang) {
    return lang.dutch() ? new Dutch() : new English();
  }

  private static final Object[][] PICOCLI_NL = {
    {"usage.synopsisHeading", "Gebruik: "},
    {"usage.commandListHeading", "Opdrachten:%n"},
    {"usage.optionListHeading", "Opties:%n"},
    {"mixinStandardHelpOptions.help", "Toon deze hulp en stop."},
    {"mixinStandardHelpOptions.version", "Toon de versie en stop."},
    {
      "fiche.generate-completion.usage.description",
      "Schrijf een script voor het aanvullen van fiche-opdrachten in bash en zsh."
    },
  };

  private static final Object[][] ENGLISH = {
    {"usage.synopsisHeading", "Usage: "},
    {"usage.commandListHeading", "Commands:%n"},
    {"usage.optionListHeading", "Options:%n"},
    {"mixinStandardHelpOptions.help", "Show this help message and exit."},
    {"mixinStandardHelpOptions.version", "Print version information and exit."},
    {
      "fiche.generate-completion.usage.description",
      "Generate bash/zsh completion script for fiche."
    },
    {"fiche.usage.description", "Validate and render BNC-fiches, here or on a web page."},
    {"fiche.usage.exitCodeListHeading", "%nExit codes:%n"},
    {"fiche.usage.exitCodeList.0", "0:no input has an ERROR issue (warnings allowed)"},
    {"fiche.usage.exitCodeList.1", "1:at least one input has an ERROR issue"},
    {
      "fiche.usage.exitCodeList.2",
      "2:unusable input, wrong usage or an output that cannot be written"
    },
    {
      "fiche.validate.usage.description.0",
      "Validate fiches in text (.txt) or JSON (.json); a directory means every such file below it."
    },
    {
      "fiche.validate.usage.description.1",
      "Text output: file:line:column: SEVERITY rule-id path message, then a summary."
    },
    {"fiche.validate.usage.exitCodeListHeading", "%nExit codes:%n"},
    {"fiche.validate.usage.exitCodeList.0", "0:no ERROR issue"},
    {"fiche.validate.usage.exitCodeList.1", "1:at least one ERROR issue"},
    {
      "fiche.validate.usage.exitCodeList.2",
      "2:unusable input, wrong usage or an output that cannot be written"
    },
    {"validate.profile", "Rules to apply (default: ${DEFAULT-VALUE})."},
    {"validate.lang", "Language of messages (default: ${DEFAULT-VALUE})."},
    {"validate.format", "Output format (default: ${DEFAULT-VALUE})."},
    {"validate.from", "Read every input as this format instead of by extension."},
    {"validate.max-size", "Refuse inputs larger than this (default: ${DEFAULT-VALUE})."},
    {"validate.debug", "Show stack traces of unusable inputs."},
    {
      "validate.threads",
      "Inputs checked at the same time; the output stays in input order (default: the number of"
          + " processors, at most 8)."
    },
    {
      "validate.today",
      "Check as of this day instead of today: for a run that gives the same result on every day,"
          + " or to check a fiche as it stood then."
    },
    {
      "validate.summer-recess",
      "The EU institutions' summer recess of one year, which the terms do not count; repeat for"
          + " more years (default: weeks 31 to 34)."
    },
    {
      "validate.three-week-term",
      "The three-week term for every fiche, as for a package of the multiannual financial"
          + " framework."
    },
    {
      "validate.delay-letter",
      "A delay letter explains the delay: a late fiche is then an INFO that names this letter"
          + " (for example \"Kamerstuk 22 112, nr. 4183\")."
    },
    {"validate.first-council", "The first discussion of the proposal in the Council (BNC-T-003)."},
    {"validate.inputs", "Inputs; - reads standard input."},
    {
      "fiche.render.usage.description",
      "Render a fiche (text, JSON or .docx) as canonical text, Markdown, HTML, JSON or .docx."
    },
    {"fiche.render.usage.exitCodeListHeading", "%nExit codes:%n"},
    {"fiche.render.usage.exitCodeList.0", "0:rendered"},
    {
      "fiche.render.usage.exitCodeList.1",
      "2:unusable input, wrong usage or an output that cannot be written"
    },
    {"render.to", "Output format."},
    {"render.output", "Write to FILE instead of standard output; FILE is replaced in one step."},
    {"render.from", "Read the input as this format instead of by extension."},
    {"render.lang", "Language of error messages (default: ${DEFAULT-VALUE})."},
    {"render.max-size", "Refuse inputs larger than this (default: ${DEFAULT-VALUE})."},
    {"render.debug", "Show stack traces of unusable inputs."},
    {"render.input", "The input; - reads standard input."},
    {"fiche.rules.usage.description", "Print the rule catalogue."},
    {"rules.format", "Output format (default: ${DEFAULT-VALUE})."},
    {"rules.lang", "Language of the descriptions in text output (default: ${DEFAULT-VALUE})."},
    {
      "fiche.serve.usage.description.0",
      "Start the web page and the HTTP API (/api/v1/) for checking fiches; stop with Ctrl-C."
    },
    {
      "fiche.serve.usage.description.1",
      "Reachable from this computer only, unless --host says otherwise."
    },
    {"fiche.serve.usage.exitCodeListHeading", "%nExit codes:%n"},
    {"fiche.serve.usage.exitCodeList.0", "2:the address cannot be used, or wrong usage"},
    {"serve.port", "Port (default: ${DEFAULT-VALUE}; 0: any free port)."},
    {"serve.host", "Address to listen on (default: ${DEFAULT-VALUE}, this computer only)."},
    {"serve.max-size", "Refuse inputs larger than this (default: ${DEFAULT-VALUE})."},
    {"serve.lang", "Language of this command's messages (default: ${DEFAULT-VALUE})."},
  };

  /** picocli's own texts in Dutch. */
  static final class Dutch extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return PICOCLI_NL.clone();
    }
  }

  /** Every text in English. */
  static final class English extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
      return ENGLISH.clone();
    }
  }
}
