package io.gridcase.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.notification.SmsProcesses;
import io.gridcase.security.EngineRestCaller.Caller;
import io.gridcase.security.EngineRestWrites.Rule;
import io.gridcase.security.StartForms.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API's writes are Gridcase's API too: reads pass, and a write passes only if
 * {@link EngineRestWrites} lists it for one of the caller's groups, through {@code /engine-rest}
 * and the webapps' copy ({@code /camunda/api/engine/engine/{name}/...}) alike. Others are refused
 * with 403 and a problem naming the endpoint. On the writes that carry form values it also checks
 * the values: a task's variables must be fields of its form, a start form's too and without a
 * business key (the case number is Gridcase's), and the start form must be the caller's to
 * submit ({@link StartForms}); else 400 naming the field.
 *
 * <p>Camunda's authorizations still apply behind it: a task worker completes only tasks the engine
 * lets her work on.
 */
class EngineRestWriteFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineRestWriteFilter.class);

  /** Far more than any form: a 4,000-character description escaped as \\uXXXX is 24 KB. */
  static final int BODY_LIMIT = 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ProcessEngine engine;
  private final EngineRestCaller callers;
  private final FormFields forms;
  private final StartForms startForms;
  private final String webappEnginePrefix;

  EngineRestWriteFilter(ProcessEngine engine, StartForms startForms, String webappEnginePrefix) {
    this.engine = engine;
    this.callers = new EngineRestCaller(engine);
    this.forms = new FormFields(engine.getFormService());
    this.startForms = startForms;
    this.webappEnginePrefix = webappEnginePrefix;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineRestCall call = EngineRestCall.of(request, webappEnginePrefix);
    if (call == null || call.isSafeMethod()) {
      chain.doFilter(request, response);
      return;
    }
    if (!isCanonical(request)) {
      refuse(response, request, HttpStatus.BAD_REQUEST,
          "请求路径不规范 The path must be plain, without '..', ';' or doubled slashes: " + request.getRequestURI(), Map.of());
      return;
    }
    if (EngineRestWrites.isQuery(call)) {
      chain.doFilter(request, response);
      return;
    }
    Caller caller = callers.of(request, call);
    if (caller == null) {
      Problems.write(response, HttpStatus.UNAUTHORIZED, Problems.NOT_AUTHENTICATED, request);
      return;
    }
    Rule rule = EngineRestWrites.ruleFor(call).orElse(null);
    boolean ourEngine = call.engine() == null || call.engine().equals(engine.getName());
    if (rule == null || !ourEngine || !rule.who().includes(caller.user())) {
      log.info("engine REST write refused: {} by {}", call.endpoint(), caller.user());
      refuse(response, request, HttpStatus.FORBIDDEN,
          "不允许调用此接口 " + call.endpoint() + " is not open to your roles (ADR 9).",
          Map.of("endpoint", call.endpoint()));
      return;
    }
    switch (rule.check()) {
      case NONE -> chain.doFilter(request, response);
      case CLAIM_FOR_ONESELF -> withBody(request, response, chain, body -> claim(caller, body));
      case TASK_FORM -> withBody(request, response, chain, body -> taskForm(caller, call.segment(1), body));
      case START_FORM -> withBody(request, response, chain, body -> startForm(caller, call, body));
      case SMS_TOPIC -> withBody(request, response, chain, body -> smsTopic(call, body));
    }
  }

  /** What is wrong with a body, or null if it may pass. */
  private interface BodyCheck {
    Problem check(JsonNode body);
  }

  private record Problem(HttpStatus status, String detail, Map<String, Object> more) {

    static Problem field(HttpStatus status, String detail, String field, String message) {
      return new Problem(status, detail, Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }
  }

  private void withBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain, BodyCheck check)
      throws IOException, ServletException {
    byte[] bytes = request.getContentLengthLong() > BODY_LIMIT ? null : request.getInputStream().readNBytes(BODY_LIMIT + 1);
    if (bytes == null || bytes.length > BODY_LIMIT) {
      refuse(response, request, HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.",
          Map.of("errors", List.of(Map.of("field", "body", "message", "must be at most 1 MiB"))));
      return;
    }
    JsonNode body;
    try {
      body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      refuse(response, request, HttpStatus.BAD_REQUEST, "The request body must be one JSON object.",
          Map.of("errors", List.of(Map.of("field", "body", "message", "must be one JSON object, each member once"))));
      return;
    }
    Problem problem = check.check(body);
    if (problem != null) {
      refuse(response, request, problem.status(), problem.detail(), problem.more());
      return;
    }
    chain.doFilter(new ReadBody(request, bytes), response);
  }

  private Problem claim(Caller caller, JsonNode body) {
    String userId = body.path("userId").asText(null);
    if (!caller.user().id().equals(userId)) {
      return Problem.field(HttpStatus.FORBIDDEN, "只能为自己签收任务 A task is claimed by oneself only.",
          "userId", "must be your own user id");
    }
    return null;
  }

  private Problem taskForm(Caller caller, String taskId, JsonNode body) {
    boolean visible = callers.asCaller(caller,
        () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1);
    if (!visible) {
      // as the engine answers for a task one may not work on; whether it exists is not told
      return new Problem(HttpStatus.FORBIDDEN, Problems.NOT_ALLOWED, Map.of());
    }
    Set<String> fields = callers.asSystem(() -> forms.ofTask(taskId));
    return foreignVariables(body, fields, "此任务的表单");
  }

  private Problem startForm(Caller caller, EngineRestCall call, JsonNode body) {
    ProcessDefinition definition = callers.asSystem(() -> definition(call));
    if (definition == null) {
      return new Problem(HttpStatus.NOT_FOUND, "没有此流程 No such process definition.", Map.of());
    }
    if (body.hasNonNull("businessKey")) {
      return Problem.field(HttpStatus.BAD_REQUEST, "案件编号由系统生成 The case number is made by Gridcase: no business key.",
          "businessKey", "must not be given");
    }
    Problem foreign = foreignVariables(body, callers.asSystem(() -> forms.ofStartForm(definition.getId())), "启动表单");
    if (foreign != null) {
      return foreign;
    }
    Map<String, String> values = new LinkedHashMap<>();
    body.path("variables").fields().forEachRemaining(v -> values.put(v.getKey(), text(v.getValue())));
    Refusal refusal = startForms.check(caller.user(), definition.getKey(), values).orElse(null);
    if (refusal == null) {
      return null;
    }
    return refusal.field() == null
        ? new Problem(refusal.status(), refusal.detail(), Map.of("endpoint", call.endpoint()))
        : Problem.field(refusal.status(), refusal.detail(), refusal.field(), refusal.detail());
  }

  /**
   * An SMS gateway fetches the SMS topic only and works on send-sms tasks only, and writes no
   * variables: the engine holds nothing of a message but its id (ADR 17).
   */
  private Problem smsTopic(EngineRestCall call, JsonNode body) {
    for (String field : List.of("variables", "localVariables")) {
      if (body.has(field) && !body.get(field).isNull() && !body.get(field).isEmpty()) {
        return Problem.field(HttpStatus.FORBIDDEN, "短信网关不写流程变量 An SMS gateway writes no variables.",
            field, "must be empty");
      }
    }
    if (call.path().size() == 2) { // external-task/fetchAndLock
      JsonNode topics = body.path("topics");
      boolean smsOnly = topics.isArray() && !topics.isEmpty();
      for (JsonNode topic : topics) {
        smsOnly &= SmsProcesses.TOPIC.equals(topic.path("topicName").asText(null));
      }
      return smsOnly ? null : Problem.field(HttpStatus.FORBIDDEN,
          "只能获取短信任务 Only the topic " + SmsProcesses.TOPIC + " may be fetched.", "topics",
          "must name " + SmsProcesses.TOPIC + " only");
    }
    String taskId = call.segment(1);
    boolean sms = callers.asSystem(() -> engine.getExternalTaskService().createExternalTaskQuery().externalTaskId(taskId)
        .topicName(SmsProcesses.TOPIC).processDefinitionKey(SmsProcesses.PROCESS).count() == 1);
    return sms ? null : new Problem(HttpStatus.FORBIDDEN, Problems.NOT_ALLOWED, Map.of("endpoint", call.endpoint()));
  }

  /** {@code process-definition/{id}/submit-form} or {@code process-definition/key/{key}/submit-form}. */
  private ProcessDefinition definition(EngineRestCall call) {
    var query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (call.path().size() == 4) {
      return query.processDefinitionKey(call.segment(2)).withoutTenantId().latestVersion().singleResult();
    }
    return query.processDefinitionId(call.segment(1)).singleResult();
  }

  private static Problem foreignVariables(JsonNode body, Set<String> fields, String form) {
    JsonNode variables = body.path("variables");
    if (variables.isMissingNode() || variables.isNull()) {
      return null;
    }
    if (!variables.isObject()) {
      return Problem.field(HttpStatus.BAD_REQUEST, "Invalid variables", "variables", "must be an object");
    }
    List<Map<String, String>> errors = new ArrayList<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (!fields.contains(name)) {
        errors.add(Map.of("field", name, "message", "不是" + form + "的字段 not a field of this form"));
      }
    });
    if (errors.isEmpty()) {
      return null;
    }
    String names = String.join(", ", errors.stream().map(e -> e.get("field")).toList());
    return new Problem(HttpStatus.BAD_REQUEST,
        "只能提交表单中的字段 Only the form's own fields may be submitted: " + names + " (表单字段 fields: "
            + String.join(", ", fields) + ")",
        Map.of("errors", errors));
  }

  private static String text(JsonNode variable) {
    JsonNode value = variable.path("value");
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /**
   * A write's path as sent must be the path the container resolved: no dot segments, path
   * parameters or doubled slashes that the container and the REST framework might read apart.
   */
  private static boolean isCanonical(HttpServletRequest request) {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String resolved = (request.getServletPath() == null ? "" : request.getServletPath())
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String decoded;
    try {
      decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return strip(decoded).equals(strip(resolved)) && !raw.contains(";");
  }

  private static String strip(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static void refuse(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail,
      Map<String, Object> more) throws IOException {
    Problems.write(response, status, detail, request, more);
  }
}
