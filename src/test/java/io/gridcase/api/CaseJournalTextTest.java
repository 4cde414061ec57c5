package io.gridcase.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The journal as the case page shows it ({@code detailLabel} of {@code GET /api/cases/{n}}): a
 * dispatch without co-handlers names none, a revisit says the reporter's answer and words once.
 */
@GridcaseTest
class CaseJournalTextTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired CaseDriver cases;

  @Test
  void aCaseWithOneDepartmentNamesNoCoHandlersAndItsRevisitReadsAsTheAnswer() {
    String caseNumber = cases.report(Reports.hotline("路边违停（记录）", "小区门口车辆长期违停占用车道"));
    cases.settledAndDueForRevisit(caseNumber, "TRAFFIC_POLICE", "deng.zhigang", "已拖离违停车辆");
    cases.complete(caseNumber, "UserTask_RevisitReporter", "revisit", "ye.wanting",
        Map.of("satisfaction", "SATISFIED", "revisitNote", "车辆已移走，谢谢"));

    JsonNode found = Logins.as(anonymous, "ye.wanting").getForObject("/api/cases/" + caseNumber, JsonNode.class);

    assertThat(detail(found, "DISPATCHED")).containsExactly("主办：公安局交通警察支队");
    assertThat(detail(found, "REVISITED")).containsExactly("满意：车辆已移走，谢谢");
    assertThat(found.get("history").findValuesAsText("detailLabel"))
        .noneMatch(text -> text.endsWith("协办：") || text.contains("Record revisit") || text.contains("记录回访"));
  }

  private static List<String> detail(JsonNode found, String action) {
    var details = new ArrayList<String>();
    for (JsonNode step : found.get("history")) {
      if (step.get("action").asText().equals(action)) {
        details.add(step.get("detailLabel").asText());
      }
    }
    return details;
  }
}
