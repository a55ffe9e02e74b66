package nl.bncfiche.spring;

import nl.bncfiche.model.jackson3.FicheJackson3;
import nl.bncfiche.model.json.FicheJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What Spring Boot 3.5 and 4.0 need to bind and validate fiches, registered by {@code
 * META-INF/spring/…AutoConfiguration.imports}:
 *
 * <ul>
 *   <li>the model's Jackson module as a bean, which Spring Boot adds to its mapper: {@link
 *       FicheJson#module()} for Jackson 2 (Spring Boot 3), {@link FicheJackson3#module()} for
 *       Jackson 3 (Spring Boot 4), each only where that Jackson is present;
 *   <li>in a Spring MVC application, a validator for {@code @Valid} whose errors for our
 *       constraints carry the rule id as their code ({@link FicheBindingValidator}), and the rule
 *       ids and JSON pointers in the problem details of the 400 answer ({@link
 *       FicheProblemDetails}). {@code bncfiche.spring.validation.enabled=false} turns both off.
 * </ul>
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
      "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration"
    })
public class FicheAutoConfiguration {
  /** Spring Boot's auto-configuration creates this class. */
  public FicheAutoConfiguration() {}

  /** Jackson 2: Spring Boot 3 adds every {@code Module} bean to its {@code ObjectMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
  static class Jackson2 {
    @Bean
    @ConditionalOnMissingBean(name = "ficheJacksonModule")
    com.fasterxml.jackson.databind.Module ficheJacksonModule() {
      return FicheJson.module();
    }
  }

  /** Jackson 3: Spring Boot 4 adds every {@code JacksonModule} bean to its {@code JsonMapper}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
  static class Jackson3 {
    @Bean
    @ConditionalOnMissingBean(name = "ficheJackson3Module")
    tools.jackson.databind.JacksonModule ficheJackson3Module() {
      return FicheJackson3.module();
    }
  }

  /** Spring MVC: rule ids as error codes and in problem details. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.config.annotation.WebMvcConfigurer")
  @ConditionalOnProperty(
      name = "bncfiche.spring.validation.enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class WebMvc {
    @Bean
    FicheProblemDetails ficheProblemDetails() {
      return new FicheProblemDetails();
    }

    @Bean
    FicheProblemDetails.Advice ficheProblemDetailsAdvice() {
      return new FicheProblemDetails.Advice();
    }

    /**
     * Spring MVC's validator: the application's Jakarta validator (Spring Boot's {@code
     * defaultValidator}) behind {@link FicheBindingValidator}, looked up when MVC asks for it.
     */
    @Bean
    WebMvcConfigurer ficheBindingValidatorConfigurer(
        ObjectProvider<jakarta.validation.Validator> validators) {
      return new WebMvcConfigurer() {
        @Override
        public Validator getValidator() {
          jakarta.validation.Validator target = validators.getIfAvailable();
          return target == null ? null : new FicheBindingValidator(target);
        }
      };
    }
  }
}
