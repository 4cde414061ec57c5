package io.gridcase.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link SecurityHeaders} on the dashboard, the case page, their libraries and {@code /api}, before Spring Security (order -100). */
@Configuration(proxyBeanMethods = false)
class SecurityHeadersConfiguration {

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    var registration = new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setName("gridcase-security-headers");
    registration.addUrlPatterns("/dashboard", "/dashboard/*", "/case/*", "/webjars/*", "/api/*", "/report", "/report/*");
    registration.setAsyncSupported(true);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
