package io.gridcase.security.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns the engine REST API's 400 for a refused deployment ({@link ModelRefusedException}, which
 * Camunda answers as {@code {"type": "ModelRefusedException", "message": ...}}) into a problem body
 * whose {@code detail} is the refusal: the designer reads which resource and element and why,
 * and nothing else. Every other answer passes unchanged.
 */
class DeploymentRefusalFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    String refusal = buffered.getStatus() == HttpStatus.BAD_REQUEST.value() ? refusal(buffered.getContentAsByteArray()) : null;
    if (refusal != null) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", HttpStatus.BAD_REQUEST.getReasonPhrase());
      problem.put("status", HttpStatus.BAD_REQUEST.value());
      problem.put("detail", refusal);
      problem.put("instance", request.getRequestURI());
      buffered.resetBuffer();
      buffered.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      buffered.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
    buffered.copyBodyToResponse();
  }

  private static String refusal(byte[] body) {
    try {
      JsonNode answer = JSON.readTree(body);
      boolean ours = answer != null && ModelRefusedException.class.getSimpleName().equals(answer.path("type").asText());
      String message = ours ? answer.path("message").asText() : "";
      return message.startsWith(ModelRefusedException.PREFIX) ? message : null;
    } catch (IOException notJson) {
      return null;
    }
  }
}
