package io.gridcase.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.security.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of {@code /open311} in Open311's format, in the format the path asked for:
 * {@code [{"code":400,"description":"service_code: …"}]} or {@code <errors><error><code>400</code>…}.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

  private static final Logger LOG = LoggerFactory.getLogger(Open311Errors.class);

  private final ObjectMapper json;

  Open311Errors(ObjectMapper json) {
    this.json = json;
  }

  @ExceptionHandler(Open311Exception.class)
  ResponseEntity<String> refused(Open311Exception ex, HttpServletRequest request) {
    return answer(ex.status(), ex.errors().stream().map(Open311Exception.FieldError::description).toList(), request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
    if (ex instanceof ErrorResponse mvc) {
      // Spring MVC's own refusals (wrong method, wrong content type, …) with their status
      HttpStatus status = HttpStatus.valueOf(mvc.getStatusCode().value());
      String detail = mvc.getBody().getDetail();
      return answer(status, List.of(detail == null ? status.getReasonPhrase() : detail), request);
    }
    if (DatabaseUnavailable.isCause(ex)) {
      LOG.warn("Database unavailable in /open311, answered 503: {}", ex.toString());
      return answer(HttpStatus.SERVICE_UNAVAILABLE, List.of("服务暂不可用，请稍后重试 try again later"), request);
    }
    LOG.error("Unexpected error in /open311", ex);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, List.of("请求未能完成 the request could not be completed"), request);
  }

  private ResponseEntity<String> answer(HttpStatus status, List<String> descriptions, HttpServletRequest request) {
    List<Map<String, Object>> errors = descriptions.stream().map(description -> {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", status.value());
      error.put("description", description);
      return error;
    }).toList();
    ResponseEntity<String> answer =
        Open311Format.ofPath(request.getRequestURI()).answer(status, "errors", new Repeated("error", errors), json);
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      return ResponseEntity.status(status).headers(answer.getHeaders())
          .header("Retry-After", DatabaseUnavailable.retryAfterSeconds()).body(answer.getBody());
    }
    return answer;
  }
}
