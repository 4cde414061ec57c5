package io.gridcase.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcase.security.TasklistFilters;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A task's name says which case it is (case number and title), so a handler finds a case from
 * Tasklist's search box, which lists a filter through the engine REST API with the search as the
 * body; its description (the BPMN documentation) is written for the handler, in Chinese.
 */
@GridcaseTest
class TaskNamesTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;

  @Test
  void theTaskNameCarriesTheCaseNumberAndTitleAndTheDescriptionIsForTheHandler() {
    String caseNumber = newCase("工地拖欠工资", "丰乐路工地拖欠 20 名工人工资");

    Task signFor = signFor(caseNumber);
    assertThat(signFor.getName()).isEqualTo("签收工单 Sign for order · " + caseNumber + " 工地拖欠工资");
    assertThat(signFor.getDescription()).as("Chinese, no developer notes").doesNotContainPattern("[A-Za-z]").contains("签收");
  }

  @Test
  void aHandlerFindsACaseByItsNumberFromTasklistsSearchBox() {
    String caseNumber = newCase("工地拖欠工资", "丰乐路工地拖欠 20 名工人工资");
    String otherCase = newCase("工厂拖欠工资", "某工厂拖欠工人三个月工资");
    TestRestTemplate hrss = Logins.as(anonymous, "chen.zhihua");
    String filter = filters.createTaskFilterQuery().filterName(TasklistFilters.DEPARTMENT).singleResult().getId();
    String expected = signFor(caseNumber).getId();

    // Tasklist's search: "任务名称 Task name" like the text, or "流程变量 Process variable" caseNumber = the text
    for (String search : List.of(
        "{\"nameLike\": \"%" + caseNumber + "%\"}",
        "{\"processVariables\": [{\"name\": \"caseNumber\", \"operator\": \"eq\", \"value\": \"" + caseNumber + "\"}]}")) {
      ResponseEntity<JsonNode> found = post(hrss, "/engine-rest/filter/" + filter + "/list", search);
      assertThat(found.getStatusCode()).as(search).isEqualTo(HttpStatus.OK);
      assertThat(ids(found.getBody())).as(search).containsExactly(expected);
    }
    assertThat(ids(post(hrss, "/engine-rest/filter/" + filter + "/list", "{}").getBody()))
        .as("without the search both cases are listed").contains(expected, signFor(otherCase).getId());
  }

  private Task signFor(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_SignForOrder")
        .taskCandidateGroup("dept-HRSS").singleResult();
  }

  private String newCase(String title, String description) {
    var created = post(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR), "/api/cases", """
        {"channel": "HOTLINE_12345", "title": "%s", "description": "%s",
         "location": {"gridCode": "%s", "address": "丰乐路 88 号"},
         "reporter": {"name": "王芳", "phone": "13800138000", "anonymous": false}}
        """.formatted(title, description, Reports.GRID));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("caseNumber").asText();
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
