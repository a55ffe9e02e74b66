package nl.bncfiche.model.jackson3;

import tools.jackson.databind.JacksonModule;

/**
 * The model's Jackson 3 binding, for an application's own {@code JsonMapper}: {@code
 * JsonMapper.builder().addModule(FicheJackson3.module()).build()}. Spring Boot 4 registers it from
 * {@code fiche-spring-boot-starter}.
 *
 * <p>The model's types are written and read as {@link nl.bncfiche.model.json.FicheJson} writes and
 * reads them, whatever the mapper's settings: the same field names and order, identifiers and dates
 * as their text beside what the model derives from it, absent and empty parts left out; {@code
 * null}, unknown fields and a derived value that contradicts its text refused. JSON written by the
 * one is read by the other. The read limits and the check for lone surrogates are {@code
 * FicheJson}'s own; read untrusted documents with it.
 */
public final class FicheJackson3 {
  private FicheJackson3() {}

  /** A new module; modules are stateless and may be shared. */
  // Jackson 3 is optional (requires static), so not required transitively: whoever calls this
  // has Jackson 3 already, which javac's "exports" lint cannot know
  @SuppressWarnings("exports")
  public static JacksonModule module() {
    return new Jackson3Module();
  }
}
