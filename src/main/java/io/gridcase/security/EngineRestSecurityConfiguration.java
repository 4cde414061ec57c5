package io.gridcase.security;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Directory;
import java.util.HashSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API ({@code /engine-rest/**}) asks for HTTP basic and runs each request as that
 * Camunda user: Camunda's own {@link ProcessEngineAuthenticationFilter} sets the user and its
 * groups on the identity service, so the engine's authorizations apply exactly as in Tasklist.
 * {@link EngineRestProblemFilter}, outside it, turns denials and internal errors into problem
 * details. {@link EngineRestWriteFilter}, inside it, lets through only the writes ADR 9 allows, here
 * and on the webapps' copy of the same API ({@code /camunda/api/engine/*}), whose CSRF refusals
 * {@link WebappCsrfGuard} answers without logging the user out.
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

  /**
   * After Camunda's authentication on {@code /engine-rest}, so the caller is known; on the
   * webapps' door it reads the caller from their session (their own filters all come after ours).
   */
  @Bean
  FilterRegistrationBean<EngineRestWriteFilter> engineRestWrites(
      ProcessEngine engine, Directory directory, CaseRecords records, CamundaBpmProperties camunda) {
    String webappEngine = camunda.getWebapp().getApplicationPath() + "/api/engine";
    var registration = new FilterRegistrationBean<>(
        new EngineRestWriteFilter(engine, new StartForms(directory, records), webappEngine));
    registration.setName("gridcase-engine-rest-writes");
    registration.addUrlPatterns(ENGINE_REST, webappEngine + "/*");
    registration.setAsyncSupported(true);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 23);
    return registration;
  }

  /** Before Camunda's CSRF filter, which would end the session on a missing token. */
  @Bean
  FilterRegistrationBean<WebappCsrfGuard> webappCsrfGuard(CamundaBpmProperties camunda) {
    var entryPoints = camunda.getWebapp().getCsrf().getEntryPoints();
    var registration = new FilterRegistrationBean<>(
        new WebappCsrfGuard(entryPoints == null ? new HashSet<>() : new HashSet<>(entryPoints)));
    registration.setName("gridcase-webapp-csrf-guard");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/*");
    registration.setAsyncSupported(true);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 19);
    return registration;
  }
}
