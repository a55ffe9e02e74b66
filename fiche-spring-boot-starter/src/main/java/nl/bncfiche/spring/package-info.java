/**
 * Spring Boot 3 and 4 auto-configuration for bnc-fiche: add {@code fiche-spring-boot-starter} and
 * Spring's JSON binding reads and writes fiches as {@code FicheJson} does (Jackson 2 and Jackson
 * 3), and {@code @Valid} on a fiche reports our rule ids as error codes and, with JSON pointers, in
 * the problem details of a 400 answer.
 */
package nl.bncfiche.spring;
