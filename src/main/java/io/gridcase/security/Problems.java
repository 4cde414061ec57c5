package io.gridcase.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Denials as RFC 9457 problem details ({@code application/problem+json}), written straight to the
 * servlet response by filters that run before Spring MVC. They say what to do, never why inside:
 * no user ids, resource ids, SQL or stack traces.
 */
final class Problems {

  static final String NOT_AUTHENTICATED = "Log in with HTTP basic authentication (user and password of the directory).";
  static final String NOT_ALLOWED = "Your roles do not allow this.";
  static final String FAILED = "The request could not be completed.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static Map<String, Object> body(HttpStatus status, String detail, String instance) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    if (instance != null) {
      problem.put("instance", instance);
    }
    return problem;
  }

  static byte[] bytes(HttpStatus status, String detail, String instance) {
    try {
      return JSON.writeValueAsBytes(body(status, detail, instance));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
      throws IOException {
    write(response, status, detail, request, Map.of());
  }

  /** With more members, e.g. {@code errors} naming the fields, or {@code endpoint}. */
  static void write(
      HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request, Map<String, ?> more)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    Map<String, Object> problem = body(status, detail, request == null ? null : request.getRequestURI());
    problem.putAll(more);
    byte[] body = JSON.writeValueAsBytes(problem);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The HTTP basic challenge for {@code /api} and {@code /engine-rest}. */
  static void challenge(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"gridcase\", charset=\"UTF-8\"");
  }
}
