package io.gridcase.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * A plain-text mail template under {@code classpath:mail/}: the first line is the subject, the
 * rest the body; {@code {{name}}} is replaced by a value, missing values by nothing.
 */
public final class MailTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

  private final String subject;
  private final String body;

  private MailTemplate(String text) {
    int firstLineEnd = text.indexOf('\n');
    this.subject = text.substring(0, firstLineEnd).strip();
    this.body = text.substring(firstLineEnd + 1);
  }

  public static MailTemplate load(String name) {
    return new MailTemplate(read("mail/" + name + ".txt"));
  }

  /** A UTF-8 text file on the class path. */
  static String read(String path) {
    try (var in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("template " + path, e);
    }
  }

  public String subject(Map<String, String> values) {
    return fill(subject, values);
  }

  public String body(Map<String, String> values) {
    return fill(body, values);
  }

  static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    return matcher.replaceAll(
        match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
  }
}
