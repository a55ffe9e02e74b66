package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.bncfiche.model.KamerstukDocument;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator is optional: without it on the class path, {@link FicheValidator} validates
 * as before and {@link JakartaValidation} says what to add, instead of failing to link. Runs {@link
 * Main} in a JVM of its own whose class path is this test's without Hibernate Validator and what
 * only it needs.
 */
class WithoutHibernateValidatorTest {
  /** Validates a fiche with an error, then asks for the Jakarta validator; prints what happened. */
  public static final class Main {
    public static void main(String[] args) {
      System.out.println("issues " + issues());
      try {
        JakartaValidation.validator();
        System.out.println("jakarta available");
      } catch (IllegalStateException e) {
        System.out.println("jakarta refused: " + e.getMessage());
      }
    }
  }

  /** The rule ids of a draft without title, as {@link FicheValidator} reports them. */
  static List<String> issues() {
    KamerstukDocument untitled =
        Fixtures.fiche(Fixtures.ontwerp(Fixtures.geldig()), f -> f.withTitel(""));
    return FicheValidator.create().validate(untitled, Profile.DEFINITIEF).issues().stream()
        .map(Issue::getRuleId)
        .collect(Collectors.toList());
  }

  @Test
  void theValidatorWorksAndJakartaSaysWhatIsMissing() throws Exception {
    String full =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> without =
        Arrays.stream(full.split(File.pathSeparator))
            .filter(
                e ->
                    !e.contains("hibernate-validator")
                        && !e.contains("jboss-logging")
                        && !e.contains("classmate"))
            .collect(Collectors.toList());
    assertThat(without)
        .as("the class path had Hibernate Validator")
        .hasSizeLessThan(full.split(File.pathSeparator).length);
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                String.join(File.pathSeparator, without),
                Main.class.getName())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(issues()).contains("BNC-V-001");
    assertThat(out)
        .contains("issues " + issues())
        .contains("jakarta refused: Hibernate Validator ontbreekt")
        .contains("add org.hibernate.validator:hibernate-validator")
        .doesNotContain("NoClassDefFoundError");
  }
}
