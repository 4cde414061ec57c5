package io.gridcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Issue 9 item 8: every paging parameter of /api takes its stated range and refuses the rest, naming itself. */
@GridcaseTest
class PagingParametersTest {

  @Autowired TestRestTemplate anonymous;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/api/cases?page=-1, page", "/api/cases?page=x, page", "/api/cases?page=2147483648, page",
      "/api/cases?size=-1, size", "/api/cases?size=0, size", "/api/cases?size=101, size",
      "/api/cases?size=2147483648, size", "/api/cases?size=1e2, size",
      "/api/kpis/overdue-cases?limit=-1, limit", "/api/kpis/overdue-cases?limit=0, limit",
      "/api/kpis/overdue-cases?limit=1001, limit", "/api/kpis/overdue-cases?limit=2147483647, limit",
      "/api/kpis/overdue-cases?limit=99999999999, limit", "/api/kpis/overdue-cases?limit=ten, limit",
      "/api/kpis/cases?figure=cases&page=-1, page", "/api/kpis/cases?figure=cases&page=10001, page",
      "/api/kpis/cases?figure=cases&page=x, page", "/api/kpis/cases?figure=cases&size=0, size",
      "/api/kpis/cases?figure=cases&size=101, size", "/api/kpis/cases?figure=cases&size=2147483648, size",
  })
  void anOutOfRangeParameterIsRefusedNamingIt(String path, String field) {
    var answer = Logins.as(anonymous, "ou.weixiong").getForEntity(path, JsonNode.class);

    assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(answer.getBody().get("errors")).as("%s: %s", path, answer.getBody()).isNotNull();
    assertThat(answer.getBody().get("errors")).extracting(e -> e.get("field").asText()).as(path).contains(field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/api/cases?page=0&size=1", "/api/cases?page=2147483647&size=100", "/api/kpis/overdue-cases?limit=1",
      "/api/kpis/overdue-cases?limit=1000", "/api/kpis/cases?figure=cases&page=0&size=1",
      "/api/kpis/cases?figure=cases&page=10000&size=100",
  })
  void theEdgesOfTheRangeAreAnswered(String path) {
    var answer = Logins.as(anonymous, "ou.weixiong").getForEntity(path, JsonNode.class);

    assertThat(answer.getStatusCode()).as("%s: %s", path, answer.getBody()).isEqualTo(HttpStatus.OK);
    if (path.contains("limit=1&") || path.endsWith("limit=1")) {
      assertThat(answer.getBody().size()).isLessThanOrEqualTo(1);
    }
  }
}
