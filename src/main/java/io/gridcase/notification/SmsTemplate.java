package io.gridcase.notification;

import java.util.Map;

/** A text message template under {@code classpath:sms/}, filled as mail templates are ({@code {{name}}}). */
public final class SmsTemplate {

  private final String text;

  private SmsTemplate(String text) {
    this.text = text.strip();
  }

  public static SmsTemplate load(String name) {
    return new SmsTemplate(MailTemplate.read("sms/" + name + ".txt"));
  }

  public String text(Map<String, String> values) {
    return MailTemplate.fill(text, values);
  }
}
