package io.gridcase.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API ({@code /engine-rest/**}) asks for HTTP basic and runs each request as that
 * Camunda user: Camunda's own {@link ProcessEngineAuthenticationFilter} sets the user and its
 * groups on the identity service, so the engine's authorizations apply exactly as in Tasklist.
 * {@link EngineRestProblemFilter}, outside it, turns denials and internal errors into problem
 * details.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurityConfiguration {

  static final String ENGINE_REST = "/engine-rest/*";

  @Bean
  FilterRegistrationBean<EngineRestProblemFilter> engineRestProblems() {
    var registration = new FilterRegistrationBean<>(new EngineRestProblemFilter());
    registration.setName("gridcase-engine-rest-problems");
    registration.addUrlPatterns(ENGINE_REST);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Logging in reads the database: while it is away, 503 and Retry-After as on {@code /api}. */
  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> engineRestDatabaseUnavailable() {
    var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
    registration.setName("gridcase-engine-rest-database-unavailable");
    registration.addUrlPatterns(ENGINE_REST);
    registration.setAsyncSupported(true);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("gridcase-engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ProblemHttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(ENGINE_REST);
    registration.setAsyncSupported(true);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 22);
    return registration;
  }
}
