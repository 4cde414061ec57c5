package io.gridcase.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/** A text message template under {@code classpath:sms/}, filled as mail templates are ({@code {{name}}}). */
public final class SmsTemplate {

  private final String text;

  private SmsTemplate(String text) {
    this.text = text.strip();
  }

  public static SmsTemplate load(String name) {
    try (var in = new ClassPathResource("sms/" + name + ".txt").getInputStream()) {
      return new SmsTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("sms template " + name, e);
    }
  }

  public String text(Map<String, String> values) {
    return MailTemplate.fill(text, values);
  }
}
