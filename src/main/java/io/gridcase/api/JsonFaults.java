package io.gridcase.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.gridcase.api.ApiExceptionHandler.FieldError;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a body Jackson could not read, without Jackson's own words (they name
 * Java classes): the field when Jackson knows it, and where the JSON breaks.
 */
final class JsonFaults {

  static final FieldError CONTENT_TYPE = new FieldError("Content-Type", "must be application/json (UTF-8)");

  private JsonFaults() {}

  static FieldError of(Throwable cause) {
    if (!(cause instanceof JsonProcessingException json)) {
      return new FieldError("body", "the request body is missing");
    }
    String field = json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() ? path(mapping) : "body";
    boolean broken = json instanceof StreamReadException || json.getCause() instanceof StreamReadException;
    if (!field.equals("body") && !broken) {
      Class<?> target = json instanceof InvalidFormatException invalid ? invalid.getTargetType() : null;
      return new FieldError(field, "invalid value" + ApiExceptionHandler.allowedValues(target));
    }
    return new FieldError(field, (broken ? "is not valid JSON (UTF-8)" : "is not the expected JSON object") + where(json));
  }

  private static String path(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String where(JsonProcessingException json) {
    JsonLocation at = json.getCause() instanceof JsonProcessingException cause ? cause.getLocation() : json.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
