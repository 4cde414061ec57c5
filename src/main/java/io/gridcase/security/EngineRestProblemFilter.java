package io.gridcase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rewrites what the engine REST API answers on a denial (403) or an internal error (5xx) into a
 * problem body that names nothing inside: Camunda's own bodies carry user and resource ids on a
 * 403 and may carry SQL on a 500. Other answers, errors in the request included (400, 404), and
 * Gridcase's own problem bodies (a database outage's 503, a refused write's 403) pass unchanged. Long-polling fetch-and-lock (servlet async) is not buffered.
 */
class EngineRestProblemFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineRestProblemFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getRequestURI().endsWith("/fetchAndLock")) {
      chain.doFilter(request, response);
      return;
    }
    var buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    int status = buffered.getStatus();
    // Gridcase's own problems (DatabaseUnavailableFilter's 503, EngineRestWriteFilter's 403) name nothing inside
    boolean ours = MediaType.APPLICATION_PROBLEM_JSON_VALUE.equals(buffered.getContentType());
    if (!ours && (status == HttpStatus.FORBIDDEN.value() || status >= 500)) {
      HttpStatus replaced = status == 403 ? HttpStatus.FORBIDDEN : HttpStatus.INTERNAL_SERVER_ERROR;
      log.debug("engine REST {} {} answered {}", request.getMethod(), request.getRequestURI(), status);
      buffered.resetBuffer();
      buffered.setStatus(replaced.value());
      buffered.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      buffered.getOutputStream()
          .write(Problems.bytes(replaced, replaced == HttpStatus.FORBIDDEN ? Problems.NOT_ALLOWED : Problems.FAILED,
              request.getRequestURI()));
    }
    buffered.copyBodyToResponse();
  }
}
