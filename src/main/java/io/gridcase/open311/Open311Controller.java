package io.gridcase.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.casefile.CaseClock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) for civic apps: services are the case
 * categories, a service request is a case. Every resource in JSON and XML by its extension. Reading
 * is public (requests filed through Open311 only, masked); filing needs an api_key, whose channel
 * the new case gets (ADR 20).
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "open311", description = "Open311 GeoReport v2: services and service requests for civic apps")
class Open311Controller {

  static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
  /** The date this interface last changed, as discovery announces it. */
  static final String CHANGESET = "2026-12-05 00:00";

  private final ServiceCatalog catalog;
  private final ServiceRequests requests;
  private final Open311Intake intake;
  private final CaseClock clock;
  private final ObjectMapper json;
  private final String contact;
  private final String keyService;

  Open311Controller(ServiceCatalog catalog, ServiceRequests requests, Open311Intake intake, CaseClock clock,
      ObjectMapper json,
      @Value("${gridcase.open311.contact:江门市社会治理综合服务中心 12345}") String contact,
      @Value("${gridcase.open311.key-service:api_key 由系统管理员签发：POST /api/open311/keys}") String keyService) {
    this.catalog = catalog;
    this.requests = requests;
    this.intake = intake;
    this.clock = clock;
    this.json = json;
    this.contact = contact;
    this.keyService = keyService;
  }

  @GetMapping("/discovery.{format}")
  @Operation(summary = "Where this Open311 endpoint is and what it speaks")
  ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("specification", SPECIFICATION);
    endpoint.put("url", ServletUriComponentsBuilder.fromContextPath(request).path("/open311/v2").toUriString());
    endpoint.put("changeset", CHANGESET);
    endpoint.put("type", "production");
    endpoint.put("formats", new Repeated("format", List.of(MediaType.APPLICATION_JSON_VALUE, "text/xml")));
    Map<String, Object> discovery = new LinkedHashMap<>();
    discovery.put("changeset", CHANGESET);
    discovery.put("contact", contact);
    discovery.put("key_service", keyService);
    discovery.put("endpoints", new Repeated("endpoint", List.of(endpoint)));
    return Open311Format.of(format).answer(HttpStatus.OK, "discovery", discovery, json);
  }

  @GetMapping("/services.{format}")
  @Operation(summary = "The services: one per case category (事项分类)")
  ResponseEntity<String> services(@PathVariable String format) {
    Open311Format answer = Open311Format.of(format);
    boolean metadata = !catalog.attributes().isEmpty();
    List<Map<String, Object>> services = catalog.services().stream()
        .map(category -> {
          Map<String, Object> service = new LinkedHashMap<>();
          service.put("service_code", category.code());
          service.put("service_name", category.nameZh());
          service.put("description", category.nameZh());
          service.put("metadata", metadata);
          service.put("type", "realtime");
          service.put("keywords", category.code());
          service.put("group", "基层社会治理");
          return service;
        })
        .toList();
    return answer.answer(HttpStatus.OK, "services", new Repeated("service", services), json);
  }

  @GetMapping("/services/{code}.{format}")
  @Operation(summary = "A service's definition: the attributes the routing decisions read")
  ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
    Open311Format answer = Open311Format.of(format);
    catalog.service(code).orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_code", "未知服务 unknown service"));
    List<Map<String, Object>> attributes = catalog.attributes().stream()
        .map(attribute -> {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("variable", true);
          item.put("code", attribute.kind().code());
          item.put("datatype", attribute.kind().datatype());
          item.put("required", false);
          item.put("datatype_description", attribute.kind().datatypeDescription());
          item.put("order", attribute.order());
          item.put("description", attribute.label());
          item.put("values", new Repeated("value", attribute.kind().choices().stream()
              .map(v -> Map.of("key", v.key(), "name", v.name())).toList()));
          return item;
        })
        .toList();
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("service_code", code);
    definition.put("attributes", new Repeated("attribute", attributes));
    return answer.answer(HttpStatus.OK, "service_definition", definition, json);
  }

  @PostMapping("/requests.{format}")
  @Operation(summary = "File a service request with a channel's api_key: a case of that channel",
      description = "201 with [{service_request_id, service_notice, account_id}]; 403 for a missing, unknown or revoked"
          + " api_key; 400 naming the field (service_code, lat, long, description, email, …).")
  ResponseEntity<String> file(
      @PathVariable String format, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    Open311Format answer = Open311Format.of(format);
    if (!isForm(request.getContentType())) {
      // checked here rather than by the mapping, so that the refusal is in Open311's format
      throw new Open311Exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type",
          "须为表单 must be application/x-www-form-urlencoded or multipart/form-data");
    }
    String caseNumber = intake.file(form);
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("service_request_id", caseNumber);
    created.put("service_notice", "已受理，案件编号 " + caseNumber + "；办理进度可按此编号查询");
    created.put("account_id", null);
    return answer.answer(HttpStatus.CREATED, "service_requests", new Repeated("request", List.of(created)), json);
  }

  private static boolean isForm(String contentType) {
    try {
      MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
      return type != null && (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
          || type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
    } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
      return false;
    }
  }

  @GetMapping("/requests.{format}")
  @Operation(summary = "Service requests filed through Open311, newest first, at most 200",
      description = "Filters: service_request_id (comma list, overrides the others), service_code, start_date, end_date"
          + " (W3C, at most 90 days apart; the last 90 days by default), status (open, closed).")
  ResponseEntity<String> search(
      @PathVariable String format,
      @RequestParam(name = "service_request_id", required = false) String ids,
      @RequestParam(name = "service_code", required = false) String serviceCodes,
      @RequestParam(name = "start_date", required = false) String startDate,
      @RequestParam(name = "end_date", required = false) String endDate,
      @RequestParam(name = "status", required = false) String status) {
    Open311Format answer = Open311Format.of(format);
    var filter = RequestFilter.of(ids, serviceCodes, startDate, endDate, status, clock.now());
    return answer.answer(HttpStatus.OK, "service_requests", new Repeated("request", requests.search(filter)), json);
  }

  @GetMapping("/requests/{id}.{format}")
  @Operation(summary = "One service request")
  ResponseEntity<String> one(@PathVariable String id, @PathVariable String format) {
    Open311Format answer = Open311Format.of(format);
    var request = requests.one(id)
        .orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "service_request_id", "未知请求 no such request"));
    return answer.answer(HttpStatus.OK, "service_requests", new Repeated("request", List.of(request)), json);
  }
}
