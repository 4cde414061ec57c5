package io.gridcase.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for a channel system: it records every post (path, headers, raw
 * body) and answers 500 to as many posts as it is told to fail, else 204.
 */
final class CallbackReceiver implements AutoCloseable {

  /** One post as it arrived, and what it was answered. */
  record Received(String path, Headers headers, String body, int status) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.getFirst(name);
    }

    String caseNumber() {
      return json().path("caseNumber").asText();
    }

    String type() {
      return json().path("type").asText();
    }

    boolean accepted() {
      return status / 100 == 2;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  CallbackReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      int status = failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? 500 : 204;
      received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), body, status));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next {@code posts} posts are answered 500. */
  void fail(int posts) {
    failuresLeft.set(posts);
  }

  /** Every post of the case, in the order they arrived. */
  List<Received> ofCase(String caseNumber) {
    return received.stream().filter(r -> caseNumber.equals(r.caseNumber())).toList();
  }

  List<Received> at(String path) {
    return received.stream().filter(r -> path.equals(r.path())).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
