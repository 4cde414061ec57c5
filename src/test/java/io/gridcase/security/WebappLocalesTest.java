package io.gridcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps show only Chinese (their config.js offers no other locale), so each app's
 * {@code locales/zh.json} must carry every text of the webjar's {@code en.json}: a missing key
 * would show as the key itself. Compared with the en.json of the Camunda version on the classpath,
 * so an upgrade that brings new texts fails here and names them. Placeholders ({@code {{name}}})
 * and HTML (links, line breaks) must survive the translation.
 */
class WebappLocalesTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}");
  static final Pattern HTML = Pattern.compile("</?(a|br|strong|b|i|em|span|code|p|ul|li)\\b[^>]*>");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  static final Pattern LETTERS = Pattern.compile("[A-Za-z]");
  /** Texts that stay as they are in Chinese: names, identifiers, formats. */
  static final Set<String> UNTRANSLATED = Set.of("Camunda", "ID", "ID*", "null", "<null>", "<undefined>",
      "CSV", "JSON", "Optimize", "YYYY-MM-DDTHH:mm:ss");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextHasAChineseOneWithTheSamePlaceholdersAndLinks(String app) throws IOException {
    JsonNode english = labels(app, "en");
    JsonNode chinese = labels(app, "zh");

    Set<String> missing = new TreeSet<>();
    english.fieldNames().forEachRemaining(key -> {
      if (!chinese.has(key)) {
        missing.add(key);
      }
    });
    assertThat(missing).as("%s: keys of en.json without a Chinese text", app).isEmpty();

    List<String> broken = new ArrayList<>();
    List<String> stillEnglish = new ArrayList<>();
    english.fields().forEachRemaining(entry -> {
      String en = entry.getValue().asText();
      String zh = chinese.get(entry.getKey()).asText();
      if (!all(PLACEHOLDER, en).equals(all(PLACEHOLDER, zh)) || !all(HTML, en).equals(all(HTML, zh))) {
        broken.add(entry.getKey() + ": " + en + " => " + zh);
      }
      if (LETTERS.matcher(zh).find() && !CHINESE.matcher(zh).find() && !UNTRANSLATED.contains(zh.strip())) {
        stillEnglish.add(entry.getKey() + ": " + zh);
      }
    });
    assertThat(broken).as("%s: placeholders or HTML changed by the translation", app).isEmpty();
    assertThat(stillEnglish).as("%s: texts left in English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreWrittenTheChineseWay(String app) throws IOException {
    JsonNode dates = read(app, "zh").get("dateLocales");

    assertThat(dates.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
    assertThat(dates.at("/months/0").asText()).isEqualTo("一月");
    assertThat(dates.at("/weekdays/1").asText()).isEqualTo("星期一");
    assertThat(dates.at("/relativeTime/past").asText()).isEqualTo("%s前");
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }

  private static JsonNode labels(String app, String locale) throws IOException {
    return read(app, locale).get("labels");
  }

  private static JsonNode read(String app, String locale) throws IOException {
    String path = LOCALES.formatted(app, locale);
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      // Camunda's own files start with a byte order mark
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
      return new ObjectMapper().readTree(text);
    }
  }
}
