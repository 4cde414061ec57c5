package io.gridcase.open311;

import static io.gridcase.open311.Open311Client.text;
import static io.gridcase.open311.Open311Client.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.sla.CaseDeadline;
import io.gridcase.sla.CaseDeadlines;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Logins;
import io.gridcase.support.Reports;
import io.gridcase.support.RowCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Open311 GeoReport v2 over HTTP, checked against the specification's example requests and
 * responses (http://wiki.open311.org/GeoReport_v2): the shapes in JSON and XML, a request filed and
 * read back, the filters, the error format, the api_key's channel, and refusals that leave nothing.
 */
@GridcaseTest
class Open311ApiTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired ObjectMapper json;
  @Autowired CaseRecords records;
  @Autowired CaseDriver cases;
  @Autowired CaseDeadlines deadlines;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  Open311Client open311;
  String hotlineKey;

  @BeforeEach
  void anAppWithAKeyOfThe12345Channel() {
    open311 = new Open311Client(anonymous, json);
    hotlineKey = open311.issueKey("HOTLINE_12345");
  }

  @Test
  void discoveryNamesTheEndpointItsSpecificationAndFormats() throws Exception {
    JsonNode discovery = open311.json(open311.get("discovery.json"));
    assertThat(discovery.fieldNames()).toIterable().containsExactly("changeset", "contact", "key_service", "endpoints");
    JsonNode endpoint = discovery.get("endpoints").get(0);
    assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(endpoint.get("url").asText()).endsWith("/open311/v2");
    assertThat(endpoint.get("type").asText()).isEqualTo("production");
    assertThat(endpoint.get("formats")).extracting(JsonNode::asText).containsExactly("application/json", "text/xml");

    Document xml = xml(open311.get("discovery.xml"));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("discovery");
    assertThat(text(xml, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(xml.getElementsByTagName("format").getLength()).isEqualTo(2);
  }

  @Test
  void theServicesAreTheDirectorysCategories() throws Exception {
    JsonNode services = open311.json(open311.get("services.json"));
    JsonNode wages = StreamSupport.stream(services.spliterator(), false)
        .filter(s -> s.get("service_code").asText().equals("WAGE_ARREARS")).findFirst().orElseThrow();
    assertThat(wages.fieldNames()).toIterable()
        .containsExactly("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    assertThat(wages.get("service_name").asText()).isEqualTo("欠薪、劳资纠纷");
    assertThat(wages.get("metadata").asBoolean()).isTrue();
    assertThat(wages.get("type").asText()).isEqualTo("realtime");
    assertThat(services.size()).isEqualTo(jdbc.sql("select count(*) from dir_category").query(Integer.class).single());

    Document xml = xml(open311.get("services.xml"));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
    assertThat(xml.getElementsByTagName("service").getLength()).isEqualTo(services.size());
    Element first = (Element) xml.getElementsByTagName("service").item(0);
    assertThat(first.getElementsByTagName("service_code").item(0).getTextContent())
        .isEqualTo(services.get(0).get("service_code").asText());
  }

  @Test
  void aDefinitionAsksForWhatTheRoutingDecisionsReadAndTheStandardFieldsDoNotCarry() throws Exception {
    JsonNode definition = open311.json(open311.get("services/WAGE_ARREARS.json"));
    assertThat(definition.get("service_code").asText()).isEqualTo("WAGE_ARREARS");
    List<String> codes = new ArrayList<>();
    definition.get("attributes").forEach(attribute -> {
      assertThat(attribute.fieldNames()).toIterable().containsExactly(
          "variable", "code", "datatype", "required", "datatype_description", "order", "description", "values");
      codes.add(attribute.get("code").asText());
    });
    // what the decision files read, less what service_code, api_key, description and lat/long carry
    Set<String> decisionInputs = decisionInputs();
    decisionInputs.removeAll(Set.of("reportedCategory", "category", "channel", "townCode"));
    decisionInputs.removeIf(expression -> expression.contains("description"));
    assertThat(codes).containsExactlyInAnyOrderElementsOf(decisionInputs).contains("sme", "overseasChinese");
    JsonNode overseas = StreamSupport.stream(definition.get("attributes").spliterator(), false)
        .filter(a -> a.get("code").asText().equals("overseasChinese")).findFirst().orElseThrow();
    assertThat(overseas.get("datatype").asText()).isEqualTo("singlevaluelist");
    assertThat(overseas.get("description").asText()).isEqualTo("涉侨 Overseas Chinese involved");
    assertThat(overseas.get("values")).extracting(v -> v.get("key").asText()).containsExactly("true", "false");

    Document xml = xml(open311.get("services/WAGE_ARREARS.xml"));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
    assertThat(xml.getElementsByTagName("attribute").getLength()).isEqualTo(codes.size());
    assertThat(xml.getElementsByTagName("value").getLength()).isEqualTo(2);

    open311.errors(open311.get("services/NO_SUCH_SERVICE.json"), HttpStatus.NOT_FOUND);
  }

  @Test
  void aFiledRequestIsACaseOfTheKeysChannelAndReadsBackMasked() throws Exception {
    var form = Open311Client.wageArrears(hotlineKey);
    form.add("media_url", "https://app.example.cn/photos/1.jpg");
    form.add("attribute[overseasChinese]", "false");
    var created = open311.post("json", form);

    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = open311.json(created).get(0);
    assertThat(answer.fieldNames()).toIterable().containsExactly("service_request_id", "service_notice", "account_id");
    String id = answer.get("service_request_id").asText();
    var record = records.get(id);
    assertThat(record.channel()).isEqualTo("HOTLINE_12345");
    assertThat(record.reportedCategory()).isEqualTo("WAGE_ARREARS");
    assertThat(record.place().gridCode()).isEqualTo(Reports.GRID);
    assertThat(record.reporter().name()).isEqualTo("王芳");
    assertThat(record.title()).isEqualTo("丰乐路工地拖欠工人三个月工资");
    assertThat(record.processInstanceId()).isNotNull();

    JsonNode read = open311.json(open311.get("requests/" + id + ".json")).get(0);
    assertThat(read.fieldNames()).toIterable().containsExactly(
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
        "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
        "address", "address_id", "zipcode", "lat", "long", "media_url");
    assertThat(read.get("status").asText()).isEqualTo("open");
    assertThat(read.get("service_code").asText()).isEqualTo("WAGE_ARREARS");
    assertThat(read.get("service_name").asText()).isEqualTo("欠薪、劳资纠纷");
    assertThat(read.get("agency_responsible").asText()).isEqualTo("人力资源和社会保障局");
    assertThat(read.get("status_notes").asText()).startsWith("派单").contains("人力资源和社会保障局").doesNotContain("HRSS");
    assertThat(read.get("address_id").asText()).isEqualTo(Reports.GRID);
    assertThat(read.get("lat").asDouble()).isEqualTo(22.6096);
    assertThat(read.get("media_url").asText()).isEqualTo("https://app.example.cn/photos/1.jpg");
    assertThat(read.get("description").asText()).contains("138****8000", "w***@example.cn")
        .doesNotContain("13800138000", "wang.fang");
    assertThat(read.toString()).doesNotContain("王芳");
    OffsetDateTime due = deadlines.of(id).stream().filter(CaseDeadline::isOpen).map(CaseDeadline::dueAt)
        .min(Comparator.naturalOrder()).orElseThrow();
    assertThat(OffsetDateTime.parse(read.get("expected_datetime").asText()).toInstant())
        .isEqualTo(due.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    assertThat(read.get("requested_datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");

    Document xml = xml(open311.get("requests/" + id + ".xml"));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
    assertThat(xml.getElementsByTagName("request").getLength()).isEqualTo(1);
    assertThat(text(xml, "service_request_id")).isEqualTo(id);
    assertThat(text(xml, "agency_responsible")).isEqualTo("人力资源和社会保障局");
    assertThat(text(xml, "zipcode")).isEmpty();
  }

  @Test
  void statusNotesFollowTheJournalButNeverQuoteAHandler() throws Exception {
    String id = open311.file(Open311Client.wageArrears(hotlineKey));
    cases.complete(id, "UserTask_SignForOrder", "dept-HRSS", "chen.zhihua", Map.of("orderDecision", "ACCEPT"));
    assertThat(notes(id)).isEqualTo("签收 人力资源和社会保障局 主办");

    cases.complete(id, "UserTask_ProposePlan", "dept-HRSS", "chen.zhihua", Map.of("plan", "约王芳（13800138000）周一到劳动监察大队面谈"));
    assertThat(notes(id)).isEqualTo("提出方案");
    assertThat(open311.get("requests/" + id + ".json").getBody()).doesNotContain("面谈", "13800138000", "chen.zhihua", "陈志华");
  }

  @Test
  void theOpen311ChainIgnoresLoginsAndSetsNoCookie() {
    var withLogin = anonymous.withBasicAuth("no.such.user", "guess").getForEntity(Open311Client.BASE + "services.json", String.class);
    assertThat(withLogin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withLogin.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(withLogin.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(withLogin.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aRequestFiledInXmlIsAnsweredInXml() throws Exception {
    var created = open311.post("xml", Open311Client.wageArrears(hotlineKey));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Document xml = xml(created);
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
    String id = text(xml, "service_request_id");
    assertThat(records.find(id)).isPresent();
    assertThat(text(xml, "account_id")).isEmpty();
  }

  @Test
  void theKeysChannelIsTheCasesWhateverTheRequestSays() throws Exception {
    String smeKey = open311.issueKey("SME_PLATFORM");
    var form = Open311Client.wageArrears(smeKey);
    form.add("channel", "HOTLINE_12345");
    form.add("attribute[sme]", "江门市某五金制品有限公司");
    String id = open311.file(form);

    var record = records.get(id);
    assertThat(record.channel()).isEqualTo("SME_PLATFORM");
    assertThat(record.enterprise().name()).isEqualTo("江门市某五金制品有限公司");
    assertThat(record.slaProfile()).isEqualTo("SME_117");
    // the 12345 integrator may not read the SME platform's case through /api
    assertThat(Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR).getForEntity("/api/cases/" + id, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theFiltersPickByIdServiceDatesAndStatus() throws Exception {
    String wages = open311.file(Open311Client.wageArrears(hotlineKey));
    var flooding = Open311Client.wageArrears(hotlineKey);
    flooding.set("service_code", "ROAD_FLOODING");
    flooding.set("description", "丰乐路下穿隧道积水半米");
    String flood = open311.file(flooding);
    String elsewhere = cases.report(Reports.hotline("经 12345 上报", "不经 Open311 的案件：丰乐路工地拖欠工资"));

    assertThat(ids("requests.json?service_request_id=" + wages + "," + flood + "," + elsewhere)).containsExactlyInAnyOrder(wages, flood);
    assertThat(ids("requests.json?service_code=ROAD_FLOODING")).contains(flood).doesNotContain(wages, elsewhere);
    assertThat(ids("requests.json")).contains(wages, flood).doesNotContain(elsewhere);
    assertThat(ids("requests.json?status=open")).contains(wages, flood);
    assertThat(ids("requests.json?start_date=2099-01-01T00:00:00+08:00")).isEmpty();
    open311.errors(open311.get("requests/" + elsewhere + ".json"), HttpStatus.NOT_FOUND);

    var cancelled = Logins.as(anonymous, Logins.HOTLINE_INTEGRATOR).postForEntity("/api/cases/" + flood + "/cancellation",
        new HttpEntity<>("{\"reason\": \"积水已退\"}", jsonHeaders()), JsonNode.class);
    assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ids("requests.json?status=closed")).contains(flood).doesNotContain(wages);
    assertThat(ids("requests.json?status=open")).contains(wages).doesNotContain(flood);
    JsonNode closed = open311.json(open311.get("requests/" + flood + ".json")).get(0);
    assertThat(closed.get("status_notes").asText()).isEqualTo("撤销");
    assertThat(closed.get("expected_datetime").isNull()).isTrue();

    Document xml = xml(open311.get("requests.xml?service_request_id=" + wages + "," + flood));
    assertThat(xml.getElementsByTagName("request").getLength()).isEqualTo(2);
  }

  @Test
  void badFiltersAreRefusedNamingTheField() throws Exception {
    assertThat(open311.errors(open311.get("requests.json?start_date=yesterday"), HttpStatus.BAD_REQUEST).get(0)
        .get("description").asText()).startsWith("start_date:");
    assertThat(open311.errors(open311.get("requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
        HttpStatus.BAD_REQUEST).get(0).get("description").asText()).startsWith("end_date:");
    assertThat(open311.errors(open311.get("requests.json?status=pending"), HttpStatus.BAD_REQUEST).get(0)
        .get("description").asText()).startsWith("status:");
    open311.errors(open311.get("requests.csv"), HttpStatus.NOT_FOUND);
  }

  @Test
  void refusedRequestsAnswerInOpen311sErrorFormatAndLeaveNothing() throws Exception {
    String revoked = open311.issueKey("HOTLINE_12345");
    long revokedId = jdbc.sql("select id from open311_api_key where key_hash = ?").param(ApiKeys.hash(revoked))
        .query(Long.class).single();
    assertThat(anonymous.withBasicAuth("demo", "demo").exchange("/api/open311/keys/" + revokedId,
        org.springframework.http.HttpMethod.DELETE, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Long> before = counts();

    Map<String, String> expectedField = Map.ofEntries(
        Map.entry("no key", "api_key"), Map.entry("unknown key", "api_key"), Map.entry("revoked key", "api_key"),
        Map.entry("no service_code", "service_code"), Map.entry("unknown service_code", "service_code"),
        Map.entry("no location", "lat"), Map.entry("latitude not a number", "lat"), Map.entry("longitude out of range", "long"),
        Map.entry("no grid there", "lat"), Map.entry("unknown grid", "address_id"), Map.entry("no description", "description"),
        Map.entry("bad email", "email"), Map.entry("unknown attribute", "attribute[colour]"),
        Map.entry("bad attribute value", "attribute[overseasChinese]"), Map.entry("media_url not http", "media_url"));
    Map<String, MultiValueMap<String, String>> forms = new HashMap<>();
    forms.put("no key", without(Open311Client.wageArrears(hotlineKey), "api_key"));
    forms.put("unknown key", with(Open311Client.wageArrears("o311_not-a-key"), "api_key", "o311_not-a-key"));
    forms.put("revoked key", Open311Client.wageArrears(revoked));
    forms.put("no service_code", without(Open311Client.wageArrears(hotlineKey), "service_code"));
    forms.put("unknown service_code", with(Open311Client.wageArrears(hotlineKey), "service_code", "FAX"));
    forms.put("no location", without(without(Open311Client.wageArrears(hotlineKey), "lat"), "long"));
    forms.put("latitude not a number", with(Open311Client.wageArrears(hotlineKey), "lat", "north"));
    forms.put("longitude out of range", with(Open311Client.wageArrears(hotlineKey), "long", "213.07"));
    forms.put("no grid there", with(with(Open311Client.wageArrears(hotlineKey), "lat", "39.9"), "long", "116.4"));
    forms.put("unknown grid", with(without(without(Open311Client.wageArrears(hotlineKey), "lat"), "long"), "address_id", "JM-NOWHERE"));
    forms.put("no description", without(Open311Client.wageArrears(hotlineKey), "description"));
    forms.put("bad email", with(Open311Client.wageArrears(hotlineKey), "email", "not-an-address"));
    forms.put("unknown attribute", with(Open311Client.wageArrears(hotlineKey), "attribute[colour]", "red"));
    forms.put("bad attribute value", with(Open311Client.wageArrears(hotlineKey), "attribute[overseasChinese]", "maybe"));
    forms.put("media_url not http", with(Open311Client.wageArrears(hotlineKey), "media_url", "file:///etc/passwd"));

    List<String> wrong = new ArrayList<>();
    for (var refused : forms.entrySet()) {
      var answer = open311.post("json", refused.getValue());
      HttpStatus expected = expectedField.get(refused.getKey()).equals("api_key") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
      JsonNode errors = open311.errors(answer, expected);
      List<String> fields = StreamSupport.stream(errors.spliterator(), false)
          .map(e -> e.get("description").asText().split(":")[0]).toList();
      if (!fields.contains(expectedField.get(refused.getKey()))) {
        wrong.add(refused.getKey() + " named " + fields);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(counts()).as("rows after the refused requests").isEqualTo(before);

    var headers = jsonHeaders();
    var asJson = anonymous.postForEntity(Open311Client.BASE + "requests.json",
        new HttpEntity<>("{\"api_key\": \"" + hotlineKey + "\", \"service_code\": \"WAGE_ARREARS\"}", headers), String.class);
    assertThat(open311.errors(asJson, HttpStatus.UNSUPPORTED_MEDIA_TYPE).get(0).get("description").asText()).startsWith("Content-Type:");
    assertThat(counts()).as("rows after a JSON body").isEqualTo(before);

    var xmlError = open311.post("xml", without(Open311Client.wageArrears(hotlineKey), "service_code"));
    assertThat(xmlError.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Document errors = xml(xmlError);
    assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
    assertThat(text(errors, "code")).isEqualTo("400");
    assertThat(text(errors, "description")).startsWith("service_code:");
  }

  @Test
  void onlyCamundasAdminIssuesListsAndRevokesKeys() {
    var body = new HttpEntity<>("{\"channel\": \"GRID_REPORT\", \"label\": \"网格通\"}", jsonHeaders());
    for (String user : List.of("integrator-12345", "luo.xiaoyan", "zhao.min", "chen.zhihua", "ou.weixiong", "zeng.zihao", "ye.wanting")) {
      assertThat(Logins.as(anonymous, user).postForEntity("/api/open311/keys", body, String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(Logins.as(anonymous, user).getForEntity("/api/open311/keys", String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous.postForEntity("/api/open311/keys", body, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    var admin = anonymous.withBasicAuth("demo", "demo");
    var listed = admin.getForEntity("/api/open311/keys", String.class);
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).contains("HOTLINE_12345").doesNotContain(hotlineKey, ApiKeys.hash(hotlineKey));
    var bad = admin.postForEntity("/api/open311/keys", new HttpEntity<>("{\"channel\": \"FAX\", \"label\": \"\"}", jsonHeaders()),
        JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("errors").get(0).get("field").asText()).isEqualTo("channel");
    var blank = admin.postForEntity("/api/open311/keys",
        new HttpEntity<>("{\"channel\": \"GRID_REPORT\", \"label\": \" \"}", jsonHeaders()), JsonNode.class);
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody().get("errors").get(0).get("field").asText()).isEqualTo("label");
    assertThat(jdbc.sql("select count(*) from open311_api_key where key_hash = ?").param(ApiKeys.hash(hotlineKey))
        .query(Long.class).single()).isEqualTo(1);
  }

  private String notes(String id) throws Exception {
    return open311.json(open311.get("requests/" + id + ".json")).get(0).get("status_notes").asText();
  }

  private List<String> ids(String path) throws Exception {
    var answer = open311.get(path);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    List<String> ids = new ArrayList<>();
    open311.json(answer).forEach(request -> ids.add(request.get("service_request_id").asText()));
    return ids;
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = RowCounts.of(jdbc, runtime, history);
    counts.put("open311_request", jdbc.sql("select count(*) from open311_request").query(Long.class).single());
    return counts;
  }

  private static MultiValueMap<String, String> without(MultiValueMap<String, String> form, String field) {
    form.remove(field);
    return form;
  }

  private static MultiValueMap<String, String> with(MultiValueMap<String, String> form, String field, String value) {
    form.set(field, value);
    return form;
  }

  private static HttpHeaders jsonHeaders() {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  /** The input expressions of the routing decisions as the files in decisions/ write them. */
  private static Set<String> decisionInputs() throws Exception {
    Set<String> inputs = new LinkedHashSet<>();
    for (String decision : RoutingInputs.DECISIONS) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document dmn = factory.newDocumentBuilder().parse(Files.newInputStream(Path.of("decisions", decision + ".dmn")));
      var expressions = dmn.getElementsByTagNameNS("*", "inputExpression");
      for (int i = 0; i < expressions.getLength(); i++) {
        inputs.add(((Element) expressions.item(i)).getElementsByTagNameNS("*", "text").item(0).getTextContent().strip());
      }
    }
    return inputs;
  }
}
