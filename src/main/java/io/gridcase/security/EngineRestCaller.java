package io.gridcase.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who calls the engine REST API, and running engine queries as them or as the system. Through
 * {@code /engine-rest} Camunda's authentication filter (before ours) has put the caller on the
 * identity service; through the webapps' door our filter runs before theirs, so the caller is
 * read from the webapps' session. Both are Camunda's only ways to get at them, and both name types
 * of the engine's and the webapps' impl packages ({@code IdentityService#getCurrentAuthentication}
 * returns one): kept here, in one place.
 */
final class EngineRestCaller {

  private final ProcessEngine engine;

  EngineRestCaller(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The caller of this request, or null if nobody is logged in. */
  Caller of(HttpServletRequest request, EngineRestCall call) {
    Authentication authentication = call.webapp() ? fromSession(request, call.engine()) : identity().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    return new Caller(authentication);
  }

  /** Runs an engine query with the caller's authorizations: what they may not see is not found. */
  <T> T asCaller(Caller caller, Supplier<T> work) {
    return as(caller.authentication, work);
  }

  /** Runs an engine query unchecked (reading a form's definition). */
  <T> T asSystem(Supplier<T> work) {
    return as(null, work);
  }

  private <T> T as(Authentication who, Supplier<T> work) {
    IdentityService identity = identity();
    Authentication before = identity.getCurrentAuthentication();
    set(identity, who);
    try {
      return work.get();
    } finally {
      set(identity, before);
    }
  }

  private static void set(IdentityService identity, Authentication authentication) {
    if (authentication == null) {
      identity.clearAuthentication();
    } else {
      identity.setAuthentication(authentication);
    }
  }

  private IdentityService identity() {
    return engine.getIdentityService();
  }

  private static Authentication fromSession(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    var login = all == null ? null : all.getAuthenticationForProcessEngine(engineName);
    if (!(login instanceof UserAuthentication user)) {
      return null;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    List<String> tenants = user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
    return new Authentication(user.getIdentityId(), groups, tenants);
  }

  /** A logged-in caller: a {@link GridcaseUser} for the rules, and the engine's authentication to query as them. */
  static final class Caller {

    private final Authentication authentication;
    private final GridcaseUser user;

    private Caller(Authentication authentication) {
      this.authentication = authentication;
      List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
      this.user = new GridcaseUser(authentication.getUserId(), Set.copyOf(groups), null);
    }

    GridcaseUser user() {
      return user;
    }
  }
}
