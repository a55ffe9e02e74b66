/**
 * The BNC-fiche model: the fiche, its cover letter and Kamerstuk as immutable values, the templates
 * as data, identifiers, bounded UTF-8 input and the JSON binding.
 *
 * <p>Only API packages are exported. The value package is open to Jackson 2 and 3 alone:
 * Immutables' generated JSON delegates are package-private. Hibernate Validator needs no opening:
 * it reads the public getters of the exported value classes. Jackson 3 is optional ({@code requires
 * static}): only applications that use {@code nl.bncfiche.model.jackson3} need it.
 */
module nl.bncfiche.model {
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  // the Jackson 3 binding, for applications that have Jackson 3
  requires static tools.jackson.databind;
  // @Value.Style and @Generated are read by javac only, ours and that of modules reading ours
  requires static transitive org.immutables.value.annotations;

  exports nl.bncfiche.model;
  exports nl.bncfiche.model.constraints;
  exports nl.bncfiche.model.id;
  exports nl.bncfiche.model.io;
  exports nl.bncfiche.model.json;
  exports nl.bncfiche.model.jackson3;
  exports nl.bncfiche.model.sjabloon;

  opens nl.bncfiche.model to
      com.fasterxml.jackson.databind,
      tools.jackson.databind;
}
