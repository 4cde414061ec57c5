package io.gridcase.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * GreenMail for the tests, on a port picked once per test JVM (so two builds on one machine do not
 * collide) that every test application context sends its mail to.
 */
public final class TestSmtp implements EnvironmentPostProcessor {

  public static final int PORT = freePort();

  /** The SMTP server; the default start-up timeout of 2 s is too short on a busy machine. */
  public static final ServerSetup SMTP = smtp();

  public static GreenMailExtension server() {
    return new GreenMailExtension(SMTP);
  }

  /** The subjects of the mails the server has received for an address. */
  public static List<String> subjects(GreenMailExtension mail, String address) {
    return Arrays.stream(mail.getReceivedMessagesForDomain(address)).map(m -> {
      try {
        return m.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addFirst(
        new MapPropertySource("gridcase-test-smtp", Map.of("spring.mail.host", "localhost", "spring.mail.port", PORT)));
  }

  private static ServerSetup smtp() {
    ServerSetup smtp = ServerSetupTest.SMTP.createCopy().withPort(PORT);
    smtp.setServerStartupTimeout(20_000);
    return smtp;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
