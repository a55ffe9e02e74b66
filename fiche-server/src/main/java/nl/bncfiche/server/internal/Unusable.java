package nl.bncfiche.server.internal;

/**
 * A request the server cannot use: its status, problem type and the message in both languages (the
 * command line's words where it has them), and where in the input when known.
 */
final class Unusable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String type;
  final int line;
  final int column;
  final String messageNl;

  Unusable(int status, String type, String messageEn, String messageNl) {
    this(status, type, 0, 0, messageEn, messageNl);
  }

  Unusable(int status, String type, int line, int column, String messageEn, String messageNl) {
    super(messageEn, null, false, false);
    this.status = status;
    this.type = type;
    this.line = line;
    this.column = column;
    this.messageNl = messageNl;
  }

  static Unusable tooLarge(long maxBytes) {
    return new Unusable(
        413,
        "too-large",
        "too large: more than " + maxBytes + " bytes",
        "te groot: meer dan " + maxBytes + " bytes");
  }

  static Unusable badParameter(String name, String value, String choices) {
    // A hostile value is quoted no longer than the command line quotes a name.
    if (value.length() > 40) {
      value = value.substring(0, Character.isHighSurrogate(value.charAt(39)) ? 39 : 40) + "…";
    }
    return new Unusable(
        400,
        "invalid-parameter",
        "invalid value '" + value + "' for " + name + "; choose " + choices,
        "ongeldige waarde '" + value + "' voor " + name + "; kies " + choices);
  }

  Answer answer(boolean dutch) {
    String title =
        switch (status) {
          case 400 -> dutch ? "Ongeldig verzoek" : "Bad request";
          case 413 -> dutch ? "Invoer te groot" : "Input too large";
          case 415 -> dutch ? "Onbekend invoerformaat" : "Unsupported input format";
          default -> dutch ? "Onbruikbare invoer" : "Unusable input";
        };
    return Problem.of(status, type, title, dutch ? messageNl : getMessage(), line, column);
  }
}
