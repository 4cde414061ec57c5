package io.gridcase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logging in reads the user from the database, before Spring MVC and its exception handlers: when
 * the database cannot be reached, the caller gets the same 503 problem and {@code Retry-After} as
 * from {@link io.gridcase.api.ApiExceptionHandler}, not a 401 or the container's error page.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException e) {
      if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
        throw e;
      }
      log.warn("Database unavailable in {} {}, answered 503: {}", request.getMethod(), request.getRequestURI(), e.toString());
      response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.retryAfterSeconds());
      Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL, request);
    }
  }
}
