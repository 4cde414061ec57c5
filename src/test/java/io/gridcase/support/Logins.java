package io.gridcase.support;

import org.springframework.boot.test.web.client.TestRestTemplate;

/** The demo directory's users (password {@code gridcase}) for tests that call the APIs over HTTP. */
public final class Logins {

  public static final String PASSWORD = "gridcase";

  /** The 12345 hotline's integrator account: reports and reads HOTLINE_12345 cases. */
  public static final String HOTLINE_INTEGRATOR = "integrator-12345";

  private Logins() {}

  /** The same client, logged in as the user by HTTP basic. */
  public static TestRestTemplate as(TestRestTemplate anonymous, String user) {
    return anonymous.withBasicAuth(user, PASSWORD);
  }
}
