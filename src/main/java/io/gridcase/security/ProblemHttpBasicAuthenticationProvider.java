package io.gridcase.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpStatus;

/** Camunda's HTTP basic check for {@code /engine-rest}, answering a missing or wrong login with a problem body. */
public class ProblemHttpBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  /**
   * A user the engine cannot check (no password stored) simply does not log in; a database that
   * cannot be reached is not a wrong password: that failure goes on to
   * {@link DatabaseUnavailableFilter} (503).
   */
  @Override
  protected boolean isAuthenticated(ProcessEngine engine, String userName, String password) {
    try {
      return super.isAuthenticated(engine, userName, password);
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.isCause(e)) {
        throw e;
      }
      return false;
    }
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    Problems.challenge(response);
    try {
      Problems.write(response, HttpStatus.UNAUTHORIZED, Problems.NOT_AUTHENTICATED, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
