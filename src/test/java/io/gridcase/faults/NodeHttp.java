package io.gridcase.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcase.support.Logins;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** HTTP basic calls to a node as one user: JSON posts and multipart uploads, answers read as JSON. */
final class NodeHttp {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String authorization;

  NodeHttp(String user, String password) {
    this.authorization = Logins.basic(user, password);
  }

  JsonNode postJson(URI uri, String body) throws IOException, InterruptedException {
    return send(request(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A {@code multipart/form-data} post: text fields, then files (part name {@code data}, file name kept). */
  JsonNode postMultipart(URI uri, Map<String, String> fields, Map<String, Path> files) throws IOException, InterruptedException {
    String boundary = "gridcase-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    for (var field : fields.entrySet()) {
      part(body, boundary, "name=\"" + field.getKey() + "\"", field.getValue().getBytes(StandardCharsets.UTF_8));
    }
    for (var file : files.entrySet()) {
      part(body, boundary, "name=\"" + file.getKey() + "\"; filename=\"" + file.getKey() + "\"", Files.readAllBytes(file.getValue()));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(uri).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void part(ByteArrayOutputStream body, String boundary, String disposition, byte[] content) throws IOException {
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpRequest built = request.build();
    HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
