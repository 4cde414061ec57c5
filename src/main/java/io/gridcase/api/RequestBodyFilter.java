package io.gridcase.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.api.ApiExceptionHandler.FieldError;
import io.gridcase.security.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the bodies of {@code /api} that Spring MVC should never start on: larger than
 * {@link #LIMIT} (413; a report is at most a few dozen KB of text, attachments do not come this
 * way), of a wildcard Content-Type such as {@code *}{@code /*}, which Spring would take for a
 * server error (415), and not valid UTF-8 (400). A body that passes is read here once and handed on.
 */
class RequestBodyFilter extends OncePerRequestFilter {

  /** 1 MiB: a 4,000-character description escaped as \\uXXXX is 24 KB. */
  static final int LIMIT = 1024 * 1024;

  private final ObjectMapper json;

  RequestBodyFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBody(request) || isMultipart(request.getContentType())) {
      chain.doFilter(request, response);
      return;
    }
    if (isWildcard(request.getContentType())) {
      refuse(response, request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + request.getContentType() + "' is not supported.", JsonFaults.CONTENT_TYPE);
      return;
    }
    byte[] body = request.getContentLengthLong() > LIMIT ? null : request.getInputStream().readNBytes(LIMIT + 1);
    if (body == null || body.length > LIMIT) {
      refuse(response, request, HttpStatus.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.",
          new FieldError("body", "must be at most 1 MiB (" + LIMIT + " bytes)"));
      return;
    }
    int broken = firstMalformedByte(request, body);
    if (broken >= 0) {
      refuse(response, request, HttpStatus.BAD_REQUEST, "The request body is not valid UTF-8.",
          new FieldError("body", "is not valid UTF-8" + where(body, broken)));
      return;
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  /**
   * Where a body meant as UTF-8 (JSON's only encoding) is not: Jackson would take an overlong
   * sequence such as C0 AF for "/" and read on.
   */
  private static int firstMalformedByte(HttpServletRequest request, byte[] body) {
    String charset = request.getCharacterEncoding();
    if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
      return -1;
    }
    var in = ByteBuffer.wrap(body);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(body.length), true);
    return result.isError() ? in.position() : -1;
  }

  private static String where(byte[] body, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (body[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return " at line " + line + ", column " + (at - lineStart + 1) + " (byte " + at + ")";
  }

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
  }

  /** Photos come as multipart/form-data, bounded by spring.servlet.multipart and gridcase.photos (ADR 18). */
  private static boolean isMultipart(String contentType) {
    return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
  }

  private static boolean isWildcard(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      return MediaType.parseMediaType(contentType).isWildcardType();
    } catch (RuntimeException unparsable) {
      return false; // Spring MVC answers 415 itself
    }
  }

  private void refuse(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail, FieldError error)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("errors", List.of(error));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // a client still sending a huge body is not made to wait for it: the connection closes
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }
}
