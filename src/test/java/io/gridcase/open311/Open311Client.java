package io.gridcase.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;

/**
 * A civic app speaking GeoReport v2 to the running server over HTTP, as the specification's examples
 * do: form-encoded POSTs, no login, JSON read with Jackson and XML with the JDK's parser.
 */
public final class Open311Client {

  public static final String BASE = "/open311/v2/";
  /** A point in 丰乐社区第一网格 (JM-PJ-HUANSHI-01-01). */
  public static final String LAT = "22.6096";
  public static final String LONG = "113.0704";

  private final TestRestTemplate anonymous;
  private final ObjectMapper json;

  public Open311Client(TestRestTemplate anonymous, ObjectMapper json) {
    this.anonymous = anonymous;
    this.json = json;
  }

  /** An api_key of the channel, issued by Camunda's admin through {@code /api/open311/keys}. */
  public String issueKey(String channel) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> issued = anonymous.withBasicAuth("demo", "demo").postForEntity("/api/open311/keys",
        new HttpEntity<>("{\"channel\": \"" + channel + "\", \"label\": \"测试应用 " + channel + "\"}", headers), JsonNode.class);
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return issued.getBody().get("key").asText();
  }

  /** A wage-arrears request at a point of the demo grid, with the reporter's contact. */
  public static MultiValueMap<String, String> wageArrears(String apiKey) {
    return form(Map.of(
        "api_key", apiKey,
        "service_code", "WAGE_ARREARS",
        "lat", LAT,
        "long", LONG,
        "address_string", "丰乐路 88 号",
        "description", "丰乐路工地拖欠工人三个月工资\n联系电话 13800138000，邮箱 wang.fang@example.cn",
        "first_name", "芳",
        "last_name", "王",
        "phone", "13800138000",
        "email", "wang.fang@example.cn"));
  }

  public static MultiValueMap<String, String> form(Map<String, String> fields) {
    var form = new LinkedMultiValueMap<String, String>();
    fields.forEach(form::add);
    return form;
  }

  public ResponseEntity<String> post(String format, MultiValueMap<String, String> form) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return anonymous.postForEntity(BASE + "requests." + format, new HttpEntity<>(form, headers), String.class);
  }

  /** Files a request and gives back its service_request_id. */
  public String file(MultiValueMap<String, String> form) throws Exception {
    ResponseEntity<String> created = post("json", form);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    return json(created).get(0).get("service_request_id").asText();
  }

  public ResponseEntity<String> get(String path) {
    return anonymous.getForEntity(BASE + path, String.class);
  }

  public JsonNode json(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(answer.toString()).isTrue();
    return json.readTree(answer.getBody());
  }

  public static Document xml(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML)).as(answer.toString()).isTrue();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.getBody().getBytes(StandardCharsets.UTF_8)));
  }

  /** The text of the first element of that name, null when there is none. */
  public static String text(Document document, String element) {
    var found = document.getElementsByTagName(element);
    return found.getLength() == 0 ? null : found.item(0).getTextContent();
  }

  /** An Open311 error answer: the status, and each error's code the same status. */
  public JsonNode errors(ResponseEntity<String> answer, HttpStatus status) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    JsonNode errors = json(answer);
    assertThat(errors.isArray()).isTrue();
    assertThat(errors).isNotEmpty();
    errors.forEach(error -> {
      assertThat(error.get("code").asInt()).isEqualTo(status.value());
      assertThat(error.get("description").asText()).isNotBlank();
    });
    return errors;
  }
}
