package nl.bncfiche.model;

/**
 * The {@code toString()} of every model value: its type and a few counts, never its text. A fiche
 * can be confidential until it is sent, and a {@code toString()} ends up in logs. Package-private:
 * only the generated {@code Immutable*} classes of this package call it (the style's {@code
 * delegateToString}).
 */
final class ShortToString {
  private ShortToString() {}

  /**
   * A short description of a model value, such as {@code Fiche{G2025 MEDEDELING, 13 voetnoten}}.
   */
  static String of(Object value) {
    String name = value.getClass().getSimpleName();
    if (name.startsWith("Immutable")) {
      name = name.substring("Immutable".length());
    }
    if (value instanceof Fiche f) {

      return name
          + "{"
          + f.getGeneratie().map(Enum::name).orElse("?")
          + " "
          + f.getSjabloon().map(Enum::name).orElse("?")
          + ", "
          + f.getVoetnoten().size()
          + " voetnoten}";
    }
    if (value instanceof KamerstukDocument kamerstukDocument) {
      return name + "{" + kamerstukDocument.getFiches().size() + " fiches}";
    }
    if (value instanceof Tekst tekst) {
      return name + "{" + tekst.getAlineas().size() + " alineas}";
    }
    return name + "{…}";
  }
}
