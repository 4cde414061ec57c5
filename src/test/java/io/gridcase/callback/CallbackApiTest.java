package io.gridcase.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code /api/callbacks} per role (ADR 21, ADR 9): integrators register, list, read, resend and
 * remove their own channel's callbacks, never another channel's; every other role is refused;
 * a bad URL is a 400 naming {@code url}.
 */
@GridcaseTest
class CallbackApiTest {

  static final List<String> NOT_INTEGRATORS = List.of("luo.xiaoyan", "zhao.min", "chen.zhihua", "chen.jianguo",
      "ye.wanting", "ou.weixiong", "zeng.zihao", "sms-gateway");

  @Autowired TestRestTemplate anonymous;

  private long hotlineCallback;

  @BeforeEach
  void register() {
    var answer = post(Logins.HOTLINE_INTEGRATOR, "/api/callbacks",
        "{\"url\": \"https://hotline.example.cn/gridcase/events\", \"channel\": \"SME_PLATFORM\"}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    hotlineCallback = answer.getBody().path("id").asLong();
    assertThat(answer.getHeaders().getLocation()).hasToString("/api/callbacks/" + hotlineCallback);
    assertThat(answer.getBody().path("secret").asText()).matches("[0-9a-f]{64}");
    assertThat(answer.getBody().path("url").asText()).isEqualTo("https://hotline.example.cn/gridcase/events");
  }

  @AfterEach
  void remove() {
    as(Logins.HOTLINE_INTEGRATOR).exchange("/api/callbacks/" + hotlineCallback, HttpMethod.DELETE, null, Void.class);
  }

  @Test
  void theChannelIsTheLoginsAndTheSecretIsShownOnce() {
    JsonNode mine = as(Logins.HOTLINE_INTEGRATOR).getForObject("/api/callbacks", JsonNode.class);
    assertThat(mine.findValuesAsText("url")).contains("https://hotline.example.cn/gridcase/events");
    assertThat(mine.findValues("secret")).as("never listed").isEmpty();
    JsonNode sme = as("integrator-sme").getForObject("/api/callbacks", JsonNode.class);
    assertThat(sme.findValuesAsText("url")).as("the body's channel is ignored").doesNotContain("https://hotline.example.cn/gridcase/events");
    JsonNode one = as(Logins.HOTLINE_INTEGRATOR).getForObject("/api/callbacks/" + hotlineCallback, JsonNode.class);
    assertThat(one.has("secret")).isFalse();
    assertThat(one.path("waiting").asLong()).isZero();
  }

  @Test
  void anotherChannelsIntegratorNeitherSeesNorResendsNorRemovesIt() {
    TestRestTemplate sme = as("integrator-sme");
    assertThat(sme.getForEntity("/api/callbacks/" + hotlineCallback, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(sme.postForEntity("/api/callbacks/" + hotlineCallback + "/resend", null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(sme.exchange("/api/callbacks/" + hotlineCallback, HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(Logins.HOTLINE_INTEGRATOR).getForEntity("/api/callbacks/" + hotlineCallback, JsonNode.class).getStatusCode())
        .as("still there").isEqualTo(HttpStatus.OK);
  }

  @Test
  void theOwnerRemovesItOnce() {
    TestRestTemplate hotline = as(Logins.HOTLINE_INTEGRATOR);
    assertThat(hotline.exchange("/api/callbacks/" + hotlineCallback, HttpMethod.DELETE, null, Void.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(hotline.exchange("/api/callbacks/" + hotlineCallback, HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hotline.getForObject("/api/callbacks", JsonNode.class).findValuesAsText("id"))
        .doesNotContain(Long.toString(hotlineCallback));
  }

  @Test
  void noOtherRoleMayUseCallbacks() {
    SoftAssertions softly = new SoftAssertions();
    for (String user : NOT_INTEGRATORS) {
      softly.assertThat(as(user).getForEntity("/api/callbacks", JsonNode.class).getStatusCode())
          .as("list by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(post(user, "/api/callbacks", "{\"url\": \"https://example.cn/x\"}").getStatusCode())
          .as("register by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(as(user).exchange("/api/callbacks/" + hotlineCallback, HttpMethod.DELETE, null, JsonNode.class)
          .getStatusCode()).as("remove by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
      softly.assertThat(post(user, "/api/callbacks/" + hotlineCallback + "/resend", "{}").getStatusCode())
          .as("resend by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    TestRestTemplate admin = anonymous.withBasicAuth("demo", "demo");
    softly.assertThat(admin.getForEntity("/api/callbacks", JsonNode.class).getStatusCode()).as("demo").isEqualTo(HttpStatus.FORBIDDEN);
    softly.assertThat(anonymous.getForEntity("/api/callbacks", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    softly.assertAll();
    assertThat(as(Logins.HOTLINE_INTEGRATOR).getForEntity("/api/callbacks/" + hotlineCallback, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"url\": \"ftp://hotline.example.cn/events\"}",
      "{\"url\": \"/relative/events\"}",
      "{\"url\": \"hotline.example.cn/events\"}",
      "{\"url\": \"https://user:password@hotline.example.cn/events\"}",
      "{\"url\": \"http://\"}",
      "{\"url\": \"https://hotline.example.cn/a b\"}",
      "{\"url\": \"http://localhost:8080/engine-rest/message\"}",
      "{\"url\": \"https://example.cn.evil.com/events\"}",
      "{\"url\": \"   \"}",
      "{}"})
  void aBadUrlIsRefusedNamingTheField(String body) {
    var answer = post(Logins.HOTLINE_INTEGRATOR, "/api/callbacks", body);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().path("errors").findValuesAsText("field")).containsOnly("url");
    assertThat(as(Logins.HOTLINE_INTEGRATOR).getForObject("/api/callbacks", JsonNode.class)).as("nothing registered").hasSize(1);
  }

  private TestRestTemplate as(String user) {
    return Logins.as(anonymous, user);
  }

  private ResponseEntity<JsonNode> post(String user, String path, String json) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
  }

}
