package io.gridcase.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * One request to the engine REST API, through either door: {@code /engine-rest/...} (HTTP basic)
 * or the webapps' copy {@code /camunda/api/engine/engine/{name}/...} (session). The path is the
 * engine's resource path as segments, without the prefix and the engine name, as the servlet
 * container decoded and normalised it (no {@code ;params}, no empty segments), so that
 * {@code /engine-rest/engine/default/task/1/complete/} and {@code /engine-rest/task/1/complete}
 * are the same call.
 *
 * @param engine the engine named in the path, or null for {@code /engine-rest}'s default engine
 * @param webapp whether the call came through the webapps' session door
 */
record EngineRestCall(String method, String engine, List<String> path, boolean webapp) {

  /** The call a request makes, or null if it is not one (the webapps' list of engines, say). */
  static EngineRestCall of(HttpServletRequest request, String webappEnginePrefix) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    List<String> segments = segments(servletPath + pathInfo);
    List<String> prefix = segments(webappEnginePrefix);
    boolean webapp = startsWith(segments, prefix);
    if (webapp) {
      // {app}/api/engine/engine/{name}/...
      List<String> rest = segments.subList(prefix.size(), segments.size());
      if (rest.size() < 2 || !rest.get(0).equals("engine")) {
        return null;
      }
      return new EngineRestCall(request.getMethod(), rest.get(1), List.copyOf(rest.subList(2, rest.size())), true);
    }
    if (segments.isEmpty() || !segments.get(0).equals("engine-rest")) {
      return null;
    }
    List<String> rest = segments.subList(1, segments.size());
    if (rest.size() >= 2 && rest.get(0).equals("engine")) {
      return new EngineRestCall(request.getMethod(), rest.get(1), List.copyOf(rest.subList(2, rest.size())), false);
    }
    return new EngineRestCall(request.getMethod(), null, List.copyOf(rest), false);
  }

  /** Reads never change anything: GET, HEAD, OPTIONS. */
  boolean isSafeMethod() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  boolean matches(String method, String pattern) {
    if (!this.method.equals(method)) {
      return false;
    }
    List<String> wanted = segments(pattern);
    if (wanted.size() != path.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!wanted.get(i).equals("*") && !wanted.get(i).equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A path segment, e.g. the task id of {@code task/{id}/complete}. */
  String segment(int index) {
    return path.get(index);
  }

  /** How a refusal names the endpoint: {@code POST /task/1234/assignee}. */
  String endpoint() {
    return method + " /" + String.join("/", path);
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
  }
}
