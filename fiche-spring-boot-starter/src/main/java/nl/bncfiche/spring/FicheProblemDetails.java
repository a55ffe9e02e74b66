package nl.bncfiche.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.bncfiche.validation.Issue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the rule ids and JSON pointers of a fiche's violations into the problem details of Spring
 * MVC's 400 answer, as a property {@code violations}: a list of {@code {"ruleId", "severity",
 * "pointer", "message", "messageNl"}}, in the validator's order.
 *
 * <p>It runs first among exception resolvers, adds the property to the {@link
 * MethodArgumentNotValidException}'s own {@link ProblemDetail} and resolves nothing: whichever
 * handler answers with that body (Spring Boot's with {@code spring.mvc.problemdetails.enabled}, an
 * application's {@code ResponseEntityExceptionHandler}) answers with the violations. Where none
 * does, {@link Advice} answers with it; for a request body that is no fiche, Spring's own handling
 * is left as it is.
 */
public class FicheProblemDetails implements HandlerExceptionResolver, Ordered {
  /** The name of the property. */
  public static final String PROPERTY = "violations";

  /** Created by the auto-configuration. */
  public FicheProblemDetails() {}

  /** The violations of our rules among the binding's errors, as the property lists them. */
  public static List<Map<String, Object>> violations(MethodArgumentNotValidException ex) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ObjectError error : ex.getBindingResult().getAllErrors()) {
      if (!error.contains(ConstraintViolation.class)) {
        continue;
      }
      Optional<Issue> issue =
          FicheBindingValidator.issueOf(error.unwrap(ConstraintViolation.class));
      if (issue.isPresent()) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ruleId", issue.get().getRuleId());
        v.put("severity", issue.get().getSeverity().name());
        v.put("pointer", issue.get().getPointer());
        v.put("message", issue.get().getMessageEn());
        v.put("messageNl", issue.get().getMessageNl());
        out.add(v);
      }
    }
    return out;
  }

  private static boolean hasViolations(ProblemDetail problem) {
    Map<String, Object> properties = problem.getProperties();
    return properties != null && properties.containsKey(PROPERTY);
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (ex instanceof MethodArgumentNotValidException) {
      MethodArgumentNotValidException e = (MethodArgumentNotValidException) ex;
      List<Map<String, Object>> violations = violations(e);
      if (!violations.isEmpty()) {
        e.getBody().setProperty(PROPERTY, violations);
      }
    }
    return null;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  /**
   * Answers a fiche's violations with the problem details where no other handler does. Ordered
   * last, so that an application's own advice comes first; for other bodies it declines, and
   * Spring's default handling follows.
   */
  @RestControllerAdvice
  @Order(Ordered.LOWEST_PRECEDENCE)
  public static class Advice {
    /** Created by the auto-configuration. */
    public Advice() {}

    /**
     * The problem details with the violations, or the exception again for a body that is no fiche.
     *
     * @throws MethodArgumentNotValidException when no violation is one of our rules'
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> handle(MethodArgumentNotValidException ex)
        throws MethodArgumentNotValidException {
      if (!hasViolations(ex.getBody())) {
        List<Map<String, Object>> violations = violations(ex);
        if (violations.isEmpty()) {
          throw ex;
        }
        ex.getBody().setProperty(PROPERTY, violations);
      }
      return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(ex.getBody());
    }
  }
}
