package io.gridcase.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The demo directory's users (password {@code gridcase}) for tests that call the APIs over HTTP. */
public final class Logins {

  public static final String PASSWORD = "gridcase";

  /** The 12345 hotline's integrator account: reports and reads HOTLINE_12345 cases. */
  public static final String HOTLINE_INTEGRATOR = "integrator-12345";

  private Logins() {}

  /** The value of an {@code Authorization} header logging in as the user by HTTP basic. */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The same client, logged in as the user by HTTP basic. */
  public static TestRestTemplate as(TestRestTemplate anonymous, String user) {
    return anonymous.withBasicAuth(user, PASSWORD);
  }
}
