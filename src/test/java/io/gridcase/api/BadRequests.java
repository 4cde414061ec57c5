package io.gridcase.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gridcase.api.FuzzTarget.Field;
import io.gridcase.api.FuzzTarget.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Generates bad requests from a seed: each takes a valid body of a {@link FuzzTarget} and puts
 * exactly one fault in it, so the answer must be a 4xx naming that fault.
 */
final class BadRequests {

  static final String MALFORMED = "malformed JSON";
  static final String WRONG_TYPE = "wrong type";
  static final String MISSING = "missing or null";
  static final String HUGE = "huge";
  static final String INJECTION = "injection";
  static final String UNKNOWN_CODE = "unknown code";
  static final String BAD_DATE_OR_POINT = "bad date or point";
  static final String UNICODE = "unicode";
  static final String CONTENT_TYPE = "content type";
  static final String CHARSET = "charset";

  /** Above this, a body is refused whole (413): the API's limit, 1 MiB. */
  static final int BODY_LIMIT = 1024 * 1024;

  static final List<String> INJECTIONS = List.of(
      "' OR 1=1 --", "'; DROP TABLE case_record; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)",
      "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "#{7*7}",
      "${execution.getProcessEngineServices()}", "#{runtimeService.deleteProcessInstance('x', 'y')}",
      "../../../../etc/passwd%00", "..\\..\\..\\windows\\win.ini", "x\r\nSet-Cookie: admin=1",
      "%0d%0aLocation: http://evil.example", "{{7*7}}", "$(id)", "`id`", "*)(uid=*))(|(uid=*");

  private static final String MARK = "\u2603MARK\u2603";

  private final Random random;
  private final ObjectMapper json;
  private final FuzzTarget report;
  private final List<FuzzTarget> others;

  BadRequests(long seed, ObjectMapper json, FuzzTarget report, List<FuzzTarget> others) {
    this.random = new Random(seed);
    this.json = json;
    this.report = report;
    this.others = others;
  }

  BadRequest next() {
    FuzzTarget target = random.nextInt(4) == 0 ? pick(others) : report;
    int roll = random.nextInt(100);
    if (roll < 14) return malformed(target);
    if (roll < 26) return wrongType(target);
    if (roll < 36) return missing(target);
    if (roll < 38) return huge(target);
    if (roll < 49) return injection(target);
    if (roll < 58) return unknownCode(target);
    if (roll < 67) return badDateOrPoint();
    if (roll < 80) return unicode(target);
    if (roll < 91) return contentType(target);
    return charset(target);
  }

  private BadRequest malformed(FuzzTarget target) {
    String valid = write(target.body(json));
    String firstKey = target.fields().get(0).path();
    String after = valid.substring(1);
    int depth = 1001 + random.nextInt(4000);
    String[][] faults = {
        {"truncated", valid.substring(0, 1 + random.nextInt(valid.length() - 1))},
        {"trailing garbage", valid + pick(List.of(" x", "}", " {\"a\":1}", ",", " // end", "]"))},
        {"block comment", "{/* note */" + after},
        {"line comment", "{// note\n" + after},
        {"non-numeric number", "{\"extra\": " + pick(List.of("NaN", "Infinity", "-Infinity", "01", ".5", "+1", "1.", "0x1F")) + "," + after},
        {"duplicate key", "{" + firstPair(valid) + "," + after},
        {"deep nesting", "{\"extra\": " + "[".repeat(depth) + "]".repeat(depth) + "," + after},
        {"single quotes", valid.replace('"', '\'')},
        {"unquoted key", valid.replace("\"" + firstKey + "\":", firstKey + ":")},
        {"missing comma", "{\"extra\": 1 " + after},
        {"raw control character in a string", intoFirstString(valid, pick(List.of("\n", "\t", "\u0000", "\u001f")))},
        {"bad escape", intoFirstString(valid, pick(List.of("\\x41", "\\u12G4", "\\", "\\'")))},
        {"empty body", ""},
        {"not an object", pick(List.of("null", "[]", "[" + valid + "]", "\"text\"", "42", "true"))},
    };
    String[] fault = faults[random.nextInt(faults.length)];
    return BadRequest.json(MALFORMED, fault[0], target.path(), fault[1], "body");
  }

  private BadRequest wrongType(FuzzTarget target) {
    Field field = pick(target.fields());
    List<String> values = switch (field.kind()) {
      case NUMBER -> List.of("\"22.6\"", "\"abc\"", "true", "{}", "[]", "[22.6]");
      case BOOLEAN -> List.of("\"true\"", "\"false\"", "\"yes\"", "1", "0", "{}", "[]", "[true]");
      case DATE -> List.of("true", "false", "{}", "[]", "[\"2026-01-20T09:30:00+08:00\"]", "{\"date\": \"2026-01-20\"}",
          "0", "1768872600", "1768872600000", "1.7688726E9", "-62167219200", "20260120");
      case OBJECT, REQUIRED_OBJECT -> List.of("\"x\"", "42", "[]", "true", "[{}]");
      default -> List.of("42", "-1", "3.14", "1e3", "true", "false", "{}", "[]", "[\"x\"]", "{\"value\": \"x\"}");
    };
    String value = pick(values);
    return withValue(WRONG_TYPE, field.kind() + " given " + value, target, field.path(), value, field.path());
  }

  private BadRequest missing(FuzzTarget target) {
    List<Field> required = target.fields().stream().filter(Field::isRequired).toList();
    if (target == report && random.nextInt(6) == 0) {
      String path = "location.gridCode";
      String how = pick(List.of("absent", "null", "", " "));
      return withValue(MISSING, "gridCode " + how, target, path, switch (how) {
        case "absent" -> null;
        case "null" -> "null";
        default -> quote(how);
      }, "location.gridCodeOrLatLng");
    }
    Field field = pick(required);
    List<String> hows = field.isText() ? List.of("absent", "null", "", "   ", "\t\n") : List.of("absent", "null");
    String how = pick(hows);
    String value = switch (how) {
      case "absent" -> null;
      case "null" -> "null";
      default -> quote(how);
    };
    return withValue(MISSING, field.path() + " " + how.strip(), target, field.path(), value, field.path());
  }

  private BadRequest huge(FuzzTarget target) {
    if (random.nextInt(4) == 0) {
      int size = BODY_LIMIT + random.nextInt(4 * BODY_LIMIT);
      ObjectNode body = target.body(json);
      body.put("extra", "x".repeat(size));
      return BadRequest.json(HUGE, "body of " + size + " bytes", target.path(), write(body), "body");
    }
    Field field = pick(target.fields().stream().filter(Field::isString).toList());
    int length = random.nextInt(5) == 0 ? 1_000_000 : Math.max(field.max(), 100) + 1 + random.nextInt(Math.max(field.max(), 100) * 9);
    String filler = field.isText() && length < 100_000 ? "长" : "x";
    return withValue(HUGE, field.path() + " of " + length + " characters", target, field.path(), quote(filler.repeat(length)), field.path());
  }

  private BadRequest injection(FuzzTarget target) {
    List<Field> codes = target.fields().stream()
        .filter(f -> !f.isText() && f.kind() != Kind.OBJECT && f.kind() != Kind.REQUIRED_OBJECT).toList();
    if (codes.isEmpty()) {
      return injection(report);
    }
    Field field = pick(codes);
    String value = pick(INJECTIONS);
    return withValue(INJECTION, field.path() + " = " + value, target, field.path(), quote(value), field.path());
  }

  private BadRequest unknownCode(FuzzTarget target) {
    List<Field> codes = target.fields().stream().filter(f -> f.kind() == Kind.CODE || f.kind() == Kind.REQUIRED_CODE).toList();
    if (codes.isEmpty() || random.nextInt(8) == 0) {
      return farPoint();
    }
    Field field = pick(codes);
    List<String> values = switch (field.path()) {
      case "channel" -> List.of("FAX", "hotline_12345", "12345", "HOTLINE-12345", "0", "HOTLINE_110");
      case "category" -> List.of("UFO_SIGHTING", "wage_arrears", "WAGE ARREARS", "欠薪", "WAGE_ARREARS ");
      case "location.gridCode" -> List.of("JM-XX-NOWHERE-01-01", "JM-PJ-HUANSHI-99-99", "jm-pj-huanshi-01-01", "JM-PJ-NOWHERE-01-01", "JM-PJ-HUANSHI-01-01 ");
      default -> List.of("LATER", "done", "ACCEPTED", "Stage.DONE", "3");
    };
    String value = pick(values);
    return withValue(UNKNOWN_CODE, field.path() + " = '" + value + "'", target, field.path(), quote(value), field.path());
  }

  private BadRequest farPoint() {
    String point = pick(List.of("{\"lat\": 39.9042, \"lng\": 116.4074}", "{\"lat\": 0, \"lng\": 0}", "{\"lat\": -33.86, \"lng\": 151.21}"));
    return withValue(UNKNOWN_CODE, "no grid near " + point, report, "location", point, "location");
  }

  private BadRequest badDateOrPoint() {
    if (random.nextBoolean()) {
      String date = pick(List.of(
          "yesterday", "2026-13-01T00:00:00Z", "2026-02-30T10:00:00+08:00", "2026-11-20", "2026-11-20T09:30:00",
          "2026-11-20T25:00:00+08:00", "2026-11-20T09:30:00+25:00", "2026/11/20 09:30", "2999-01-01T00:00:00Z",
          "+10000-01-01T00:00:00Z", "20261120T093000Z", "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
          "1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "1999-12-31T23:59:59+01:00"));
      return withValue(BAD_DATE_OR_POINT, "occurredAt " + date, report, "occurredAt", quote(date), "occurredAt");
    }
    boolean lat = random.nextBoolean();
    String bad = lat ? pick(List.of("90.0001", "-90.5", "1000", "1e999", "-1e999")) : pick(List.of("180.01", "-181", "1e999", "-1e999"));
    String point = lat ? "{\"lat\": " + bad + ", \"lng\": 113.07}" : "{\"lat\": 22.6, \"lng\": " + bad + "}";
    if (random.nextInt(6) == 0) {
      point = pick(List.of("{\"lat\": 22.6}", "{\"lng\": 113.07}", "{\"address\": \"丰乐路 88 号\"}", "{}"));
      return withValue(BAD_DATE_OR_POINT, "location " + point, report, "location", point, "location.gridCodeOrLatLng");
    }
    return withValue(BAD_DATE_OR_POINT, "location " + point, report, "location", point, lat ? "location.lat" : "location.lng");
  }

  /** Characters no text of a case may hold: controls, lone surrogates, bidi overrides (Trojan Source). */
  static final List<String> NEVER_IN_TEXT = List.of("\\u0000", "\\u0007", "\\u001b", "\\u0085", "\\ud800", "\\udc00", "\\u202e", "\\u2066", "\\u2069");
  /** Characters no code may hold, though text may. */
  static final List<String> NEVER_IN_CODES = List.of("\\ud83d\\ude00", "\\u200b", "\\u200f", "\\ufeff", "\\u00a0");

  private BadRequest unicode(FuzzTarget target) {
    Field field = pick(target.fields().stream().filter(Field::isString).toList());
    boolean anyUnicode = !field.isText() && !field.path().endsWith(".email") && random.nextBoolean();
    String escape = pick(anyUnicode ? NEVER_IN_CODES : NEVER_IN_TEXT);
    JsonNode old = at(target.body(json), field.path());
    String value = old.isMissingNode() || old.isNull() ? "文本" : old.asText();
    int cut = random.nextInt(value.length() + 1);
    String raw = quote(value.substring(0, cut) + MARK + value.substring(cut)).replace(MARK, escape);
    return withValue(UNICODE, field.path() + " with " + escape, target, field.path(), raw, field.path());
  }

  private BadRequest contentType(FuzzTarget target) {
    String type = pick(java.util.Arrays.asList(
        null, "text/plain", "text/plain; charset=UTF-8", "application/xml", "text/xml", "text/json",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
        "application/jsonx", "json", "*/*", "application/", "not a media type", "application/javascript"));
    byte[] body = write(target.body(json)).getBytes(StandardCharsets.UTF_8);
    return new BadRequest(CONTENT_TYPE, String.valueOf(type), target.path(), type, body, "Content-Type");
  }

  private BadRequest charset(FuzzTarget target) {
    String valid = write(target.body(json));
    int roll = random.nextInt(3);
    if (roll == 0) {
      String type = pick(List.of("application/json; charset=nonsense", "application/json; charset=GB-18030-X", "application/json; charset=\"\"", "application/json; charset=utf-9"));
      return new BadRequest(CHARSET, type, target.path(), type, valid.getBytes(StandardCharsets.UTF_8), "Content-Type");
    }
    String type = pick(List.of("application/json", "application/json; charset=UTF-8"));
    if (roll == 1) {
      return new BadRequest(CHARSET, "GBK bytes as " + type, target.path(), type, valid.getBytes(Charset.forName("GBK")), "body");
    }
    byte[][] sequences = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    byte[] sequence = sequences[random.nextInt(sequences.length)];
    int at = valid.indexOf("\":\"") + 3;
    var bytes = new ByteArrayOutputStream();
    bytes.writeBytes(valid.substring(0, at).getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(sequence);
    bytes.writeBytes(valid.substring(at).getBytes(StandardCharsets.UTF_8));
    return new BadRequest(CHARSET, "invalid UTF-8 " + sequence.length + " bytes", target.path(), type, bytes.toByteArray(), "body");
  }

  /** The target's valid body with one field set to raw JSON, written as is (null: the field removed). */
  private BadRequest withValue(String category, String fault, FuzzTarget target, String path, String raw, String field) {
    ObjectNode body = target.body(json);
    set(body, path, raw == null ? null : TextNode.valueOf(MARK));
    String written = raw == null ? write(body) : write(body).replace(quote(MARK), raw);
    return BadRequest.json(category, fault, target.path(), written, field);
  }

  /** The first "key": value of a body, as written. */
  private static String firstPair(String body) {
    String inner = body.substring(1, body.length() - 1);
    int comma = inner.indexOf(",\"");
    return comma < 0 ? inner : inner.substring(0, comma);
  }

  /** The body with raw characters put at the start of its first string value. */
  private static String intoFirstString(String body, String raw) {
    int at = body.indexOf("\":\"") + 3;
    return body.substring(0, at) + raw + body.substring(at);
  }

  private static JsonNode at(ObjectNode body, String path) {
    return body.at("/" + path.replace('.', '/'));
  }

  private static void set(ObjectNode body, String path, JsonNode value) {
    int dot = path.lastIndexOf('.');
    ObjectNode parent = dot < 0 ? body : (ObjectNode) at(body, path.substring(0, dot));
    String name = path.substring(dot + 1);
    if (value == null) {
      parent.remove(name);
    } else {
      parent.set(name, value);
    }
  }

  private <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private String quote(String value) {
    return write(TextNode.valueOf(value));
  }

  private String write(JsonNode body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
