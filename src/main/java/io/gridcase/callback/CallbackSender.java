package io.gridcase.callback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Posts one event to its callback, signed; no redirects are followed. */
@Component
class CallbackSender {

  private static final int MAX_ERROR = 1000;

  private final HttpClient client;
  private final CallbackProperties properties;

  CallbackSender(CallbackProperties properties) {
    this.properties = properties;
    this.client = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Empty when the receiver answered 2xx, else one line saying what went wrong. */
  Optional<String> post(Delivery delivery, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
        .timeout(properties.requestTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "Gridcase-Callbacks")
        .header("X-Gridcase-Event-Id", delivery.eventId())
        .header("X-Gridcase-Event-Type", delivery.eventType())
        .header("X-Gridcase-Case", delivery.caseNumber())
        .header("X-Gridcase-Sequence", Integer.toString(delivery.sequence()))
        .header("X-Gridcase-Timestamp", timestamp)
        .header("X-Gridcase-Signature", CallbackSignature.sign(delivery.secret(), timestamp, delivery.payload()))
        .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
        .build();
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? Optional.empty() : Optional.of("HTTP " + status);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.of(oneLine(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  private static String oneLine(Exception e) {
    String text = (e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage()))
        .replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }
}
