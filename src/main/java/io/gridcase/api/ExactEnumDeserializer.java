package io.gridcase.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Reads an enum only from its exact name. Jackson trims the text first, and its trim takes NUL
 * and every other control character with the blanks: {@code "\u0000HOTLINE_12345"} would pass.
 */
final class ExactEnumDeserializer extends DelegatingDeserializer {

  ExactEnumDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
    return new ExactEnumDeserializer(delegate);
  }

  @Override
  public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      String text = parser.getText();
      if (!text.equals(text.trim())) {
        return context.handleWeirdStringValue(handledType(), text, "blanks or control characters around the name");
      }
    }
    return super.deserialize(parser, context);
  }
}
