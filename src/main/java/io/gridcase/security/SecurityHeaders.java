package io.gridcase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-facing security headers of Gridcase's own surface: the supervisors' dashboard, the
 * case page ({@code /case/{caseNumber}}, the same page policy) and
 * {@code /api} (the Camunda webapps send their own). Set before anything else runs, so refusals
 * (401, 403, 413) carry them too.
 *
 * <ul>
 *   <li>the dashboard may load scripts, styles, images and data from its own origin only; no
 *       inline or evaluated script; inline styles are allowed because ECharts styles its tooltips
 *       with style attributes;
 *   <li>everything else ({@code /api}, the libraries under {@code /webjars}) is data, never a page:
 *       {@code default-src 'none'};
 *   <li>no framing anywhere (clickjacking), no MIME sniffing (a JSON or CSV answer is never run as
 *       script), no referrer to other sites (a dashboard URL carries the period asked for).
 * </ul>
 */
public class SecurityHeaders extends OncePerRequestFilter {

  static final String DASHBOARD_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean dashboard = path.equals("/dashboard") || path.startsWith("/dashboard/") || path.startsWith("/case/")
        || path.equals("/report") || path.startsWith("/report/");
    response.setHeader("Content-Security-Policy", dashboard ? DASHBOARD_POLICY : DATA_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    chain.doFilter(request, response);
  }
}
