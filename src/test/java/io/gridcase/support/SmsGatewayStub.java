package io.gridcase.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for an SMS gateway: it records every message posted to
 * {@code /sms} and refuses with 503 those to the phones told to fail.
 */
public final class SmsGatewayStub implements AutoCloseable {

  /** One post: the recipient, the text, the idempotency key header, and whether it was accepted. */
  public record Received(String to, String text, String idempotencyKey, boolean accepted) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Set<String> failingPhones = ConcurrentHashMap.newKeySet();

  public SmsGatewayStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/sms", exchange -> {
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      String to = body.path("to").asText();
      boolean accept = !failingPhones.contains(to);
      received.add(new Received(to, body.path("text").asText(), exchange.getRequestHeaders().getFirst("Idempotency-Key"), accept));
      byte[] answer = (accept ? "{\"status\":\"queued\"}" : "{\"status\":\"unavailable\"}").getBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(accept ? 200 : 503, answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
  }

  public void failFor(String phone) {
    failingPhones.add(phone);
  }

  /** Everything posted with this idempotency key, in order. */
  public List<Received> withKey(String idempotencyKey) {
    return received.stream().filter(r -> idempotencyKey.equals(r.idempotencyKey())).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
