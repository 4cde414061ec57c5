package io.gridcase.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads a time only from ISO 8601 text. Jackson would take a number as seconds (or milliseconds)
 * since 1970: {@code "occurredAt": 0} or {@code 20261120} would pass as a time nobody meant.
 */
final class TextOnlyTimeDeserializer extends DelegatingDeserializer {

  TextOnlyTimeDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new TextOnlyTimeDeserializer(delegate);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return context.handleUnexpectedToken(handledType(), parser);
    }
    return super.deserialize(parser, context);
  }
}
