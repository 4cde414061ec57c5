package io.gridcase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a webapp write without the session's CSRF token (403 and a problem body) before
 * Camunda's own {@code CsrfPreventionFilter} sees it: that filter invalidates the session on a
 * missing or wrong token, so one stray POST (a script, a bookmarklet, a page of another site)
 * logged the user out of Tasklist and Cockpit. The token is the one Camunda keeps in the session
 * (its {@code CsrfConstants}, webapp impl: the only place it is kept); a request that carries it
 * goes on to Camunda's filter, which checks it again. A session without a token yet (just after
 * the login, before the first read hands one out) cannot be written with either. Requests without
 * a session are left to Camunda's filter: there is no login to lose.
 */
class WebappCsrfGuard extends OncePerRequestFilter {

  private static final Set<String> NON_MODIFYING = Set.of("GET", "HEAD", "OPTIONS");

  private final Set<String> entryPoints;

  /** @param entryPoints the paths (below the context) Camunda's filter lets through without a token */
  WebappCsrfGuard(Set<String> entryPoints) {
    this.entryPoints = Set.copyOf(entryPoints);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (NON_MODIFYING.contains(request.getMethod()) || entryPoints.contains(pathBelowContext(request))) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    if (session != null && !matches(session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME),
        request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))) {
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
      Problems.write(response, HttpStatus.FORBIDDEN,
          "缺少或错误的 CSRF 令牌 Send the X-XSRF-TOKEN header with the XSRF-TOKEN cookie's value; you stay logged in.",
          request);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean matches(Object token, String header) {
    return token instanceof String expected && header != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
  }

  private static String pathBelowContext(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
