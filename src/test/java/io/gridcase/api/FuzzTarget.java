package io.gridcase.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A write endpoint of {@code /api/cases}: a valid body and the fields a fault can be put in. */
record FuzzTarget(String path, String validBody, List<Field> fields) {

  /** What a field holds decides which faults fit it. */
  enum Kind {
    /** free text, optional */
    TEXT,
    /** free text that must not be blank */
    REQUIRED_TEXT,
    /** a code of an enum or of the directory, optional */
    CODE,
    /** a code that must be given */
    REQUIRED_CODE,
    /** text with a pattern (ids, phone, email, durations) */
    PATTERNED,
    NUMBER,
    BOOLEAN,
    DATE,
    OBJECT,
    REQUIRED_OBJECT
  }

  /** A field by its dotted path, as the problem's {@code errors} name it; max is its length limit (0: none). */
  record Field(String path, Kind kind, int max) {

    boolean isText() {
      return kind == Kind.TEXT || kind == Kind.REQUIRED_TEXT;
    }

    boolean isString() {
      return isText() || kind == Kind.CODE || kind == Kind.REQUIRED_CODE || kind == Kind.PATTERNED;
    }

    boolean isRequired() {
      return kind == Kind.REQUIRED_TEXT || kind == Kind.REQUIRED_CODE || kind == Kind.REQUIRED_OBJECT
          || path.equals("extendBy");
    }
  }

  ObjectNode body(ObjectMapper json) {
    try {
      return (ObjectNode) json.readTree(validBody);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static final String REPORT_BODY = """
      {"channel": "HOTLINE_12345", "externalId": "fuzz-0001", "category": "WAGE_ARREARS",
       "title": "工地拖欠工资", "description": "丰乐路工地拖欠 20 名工人工资",
       "location": {"gridCode": "JM-PJ-HUANSHI-01-01", "address": "丰乐路 88 号"},
       "reporter": {"name": "王芳", "phone": "13800138000", "email": "wang.fang@example.cn", "anonymous": false},
       "enterprise": {"name": "江门市某建筑工程有限公司", "creditCode": "91440703MA4UJ5XX1K"},
       "overseasChinese": false, "occurredAt": "2026-01-20T09:30:00+08:00",
       "respondent": {"name": "江门市某建筑工程有限公司", "phone": "0750-3300000", "email": "boss@example.cn", "description": "承包方"}}
      """;

  static FuzzTarget report() {
    return new FuzzTarget("/api/cases", REPORT_BODY, List.of(
        new Field("channel", Kind.REQUIRED_CODE, 0),
        new Field("externalId", Kind.PATTERNED, 128),
        new Field("category", Kind.CODE, 40),
        new Field("title", Kind.REQUIRED_TEXT, 200),
        new Field("description", Kind.REQUIRED_TEXT, 4000),
        new Field("location", Kind.REQUIRED_OBJECT, 0),
        new Field("location.gridCode", Kind.CODE, 64),
        new Field("location.lat", Kind.NUMBER, 0),
        new Field("location.lng", Kind.NUMBER, 0),
        new Field("location.address", Kind.TEXT, 300),
        new Field("reporter", Kind.OBJECT, 0),
        new Field("reporter.name", Kind.TEXT, 100),
        new Field("reporter.phone", Kind.PATTERNED, 40),
        new Field("reporter.email", Kind.PATTERNED, 200),
        new Field("reporter.anonymous", Kind.BOOLEAN, 0),
        new Field("enterprise", Kind.OBJECT, 0),
        new Field("enterprise.name", Kind.REQUIRED_TEXT, 200),
        new Field("enterprise.creditCode", Kind.PATTERNED, 18),
        new Field("overseasChinese", Kind.BOOLEAN, 0),
        new Field("occurredAt", Kind.DATE, 0),
        new Field("respondent", Kind.OBJECT, 0),
        new Field("respondent.name", Kind.REQUIRED_TEXT, 100),
        new Field("respondent.phone", Kind.PATTERNED, 40),
        new Field("respondent.email", Kind.PATTERNED, 200),
        new Field("respondent.description", Kind.TEXT, 500)));
  }

  static FuzzTarget cancellation(String caseNumber) {
    return new FuzzTarget("/api/cases/" + caseNumber + "/cancellation", "{\"reason\": \"已自行解决\"}",
        List.of(new Field("reason", Kind.REQUIRED_TEXT, 500)));
  }

  static FuzzTarget extension(String caseNumber) {
    return new FuzzTarget("/api/cases/" + caseNumber + "/extensions",
        "{\"stage\": \"DONE\", \"extendBy\": \"P2D\", \"reason\": \"需要协调多个部门\"}",
        List.of(
            new Field("stage", Kind.REQUIRED_CODE, 0),
            new Field("extendBy", Kind.PATTERNED, 0),
            new Field("reason", Kind.REQUIRED_TEXT, 500)));
  }

  static FuzzTarget urging(String caseNumber) {
    return new FuzzTarget("/api/cases/" + caseNumber + "/urgings", "{\"message\": \"请尽快处理\"}",
        List.of(new Field("message", Kind.REQUIRED_TEXT, 500)));
  }
}
