package io.gridcase.security;

import io.gridcase.directory.DirectoryGroups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks an {@code /api} caller's user and password against Camunda's identity service (the
 * directory's users) and turns its Camunda groups into Spring authorities of the same names, so
 * {@code /api}, Tasklist and {@code /engine-rest} know one set of users and roles.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  CamundaUserAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String password = credentials == null ? null : credentials.toString();
    if (userId == null || userId.isBlank() || password == null || password.isEmpty() || !passwordMatches(userId, password)) {
      throw new BadCredentialsException("Bad credentials");
    }
    return authenticatedAs(userId);
  }

  /** The Spring authentication of a Camunda user whose identity is already established. */
  Authentication authenticatedAs(String userId) {
    Set<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).collect(Collectors.toSet());
    String channel =
        groups.contains(DirectoryGroups.INTEGRATORS) ? identity.getUserInfo(userId, DirectoryGroups.CHANNEL_INFO) : null;
    var user = new GridcaseUser(userId, groups, channel);
    List<SimpleGrantedAuthority> authorities = groups.stream().sorted().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  /**
   * A user the engine cannot check (no password stored) simply does not log in. A database that
   * cannot be reached is not a wrong password: that failure goes on to {@link DatabaseUnavailableFilter}.
   */
  private boolean passwordMatches(String userId, String password) {
    try {
      return identity.checkPassword(userId, password);
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.isCause(e)) {
        throw e;
      }
      return false;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
