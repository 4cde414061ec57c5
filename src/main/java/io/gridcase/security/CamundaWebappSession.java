package io.gridcase.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Gridcase's own pages (the supervisors' dashboard) read {@code /api} with the login of the
 * Camunda webapps: a GET that carries the webapps' session is authenticated as that session's
 * Camunda user. Only reads: state-changing calls still need HTTP basic, so the session cookie
 * cannot be used to forge them (no CSRF exposure). Reads the webapps' session through their
 * {@code AuthenticationUtil}, the only way Camunda offers.
 */
class CamundaWebappSession extends OncePerRequestFilter {

  private final CamundaUserAuthenticationProvider users;
  private final String engineName;

  CamundaWebappSession(CamundaUserAuthenticationProvider users, String engineName) {
    this.users = users;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = webappUser(request);
    if (userId != null && SecurityContextHolder.getContext().getAuthentication() == null) {
      SecurityContextHolder.getContext().setAuthentication(users.authenticatedAs(userId));
    }
    chain.doFilter(request, response);
  }

  private String webappUser(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return null;
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
    return login == null ? null : login.getIdentityId();
  }
}
