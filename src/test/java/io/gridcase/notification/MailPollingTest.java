package io.gridcase.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The scheduled poll: on by default, every {@code poll-interval}; off by a property. */
class MailPollingTest {

  private final MailDispatcher dispatcher = mock(MailDispatcher.class);
  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(MailPolling.class)
      .withBean(MailDispatcher.class, () -> dispatcher);

  @Test
  void pollsForDueMailEveryInterval() {
    context.withPropertyValues("gridcase.mail.poll-interval=50ms").run(running -> {
      assertThat(running).hasSingleBean(MailPolling.class);
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> verify(dispatcher, atLeast(2)).dispatchDue());
    });
  }

  @Test
  void canBeSwitchedOff() {
    context.withPropertyValues("gridcase.mail.dispatcher.enabled=false")
        .run(running -> assertThat(running).doesNotHaveBean(MailPolling.class));
  }
}
