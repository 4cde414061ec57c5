package io.gridcase.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/cases/{caseNumber}/duplicates} per role (ADR 19): as reading the case itself
 * (AuthorizationMatrixTest's "api read"), on a 12345 wage-arrears case in 环市街道 (lead 人社局) that
 * an intake clerk linked a duplicate to.
 */
@GridcaseTest
class DuplicatesEndpointAuthorizationTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // user              | status | reads the duplicate (no order of 人社局 on it)
      "integrator-12345    | 200 | Y",
      "integrator-petition | 403 | N",
      "luo.xiaoyan         | 200 | Y",
      "zhao.min            | 200 | Y",
      "chen.zhihua         | 200 | N",
      "liang.guodong       | 403 | N",
      "chen.jianguo        | 200 | Y",
      "ye.wanting          | 200 | Y",
      "ou.weixiong         | 200 | Y",
      "zeng.zihao          | 403 | N",
      "sms-gateway         | 403 | N",
  })
  void readsAsTheCaseItselfAndNamesOnlyCasesTheCallerMayRead(String user, int status, String readsDuplicate) {
    String master = cases.report(Reports.hotline("工地拖欠工资", "丰乐路工地拖欠工人工资"));
    String duplicate = cases.report(Reports.hotline("反映一个问题", "同一个工地的工人也没拿到钱"));
    cases.complete(duplicate, "UserTask_TriageCaseManually", "intake", "luo.xiaoyan",
        Map.of("category", "WAGE_ARREARS", "triageOutcome", "DUPLICATE", "masterCaseNumber", master));

    ResponseEntity<JsonNode> answer =
        Logins.as(anonymous, user).getForEntity("/api/cases/" + master + "/duplicates", JsonNode.class);

    assertThat(answer.getStatusCode().value()).as("%s: %s", user, answer.getBody()).isEqualTo(status);
    if (status == HttpStatus.OK.value()) {
      assertThat(answer.getBody().get("caseNumber").asText()).isEqualTo(master);
      assertThat(answer.getBody().get("duplicateOf").isNull()).isTrue();
      JsonNode duplicates = answer.getBody().get("duplicates");
      if (readsDuplicate.equals("Y")) {
        assertThat(duplicates).extracting(JsonNode::asText).as(user).containsExactly(duplicate);
        JsonNode other = Logins.as(anonymous, user).getForObject("/api/cases/" + duplicate + "/duplicates", JsonNode.class);
        assertThat(other.get("duplicateOf").asText()).isEqualTo(master);
      } else {
        assertThat(duplicates).as(user).isEmpty();
      }
    }
  }
}
