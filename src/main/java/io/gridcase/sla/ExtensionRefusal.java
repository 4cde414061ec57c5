package io.gridcase.sla;

import io.gridcase.casefile.FieldRefusal;

/**
 * An extension (延期) request refused for what it asks or when it asks, with a message in Chinese
 * and English for the person who asked.
 *
 * <p>A {@link FieldRefusal}: the engine room turns it into a form refusal, so the Tasklist start
 * form {@code ask-for-extension} and the town center's {@code decide-extension} answer 400 with the
 * reason; {@code /api} maps the subclasses itself ({@code ApiExceptionHandler}: 400 naming the field, 409).
 */
public abstract class ExtensionRefusal extends FieldRefusal {

  protected ExtensionRefusal(String field, String message) {
    super(field, message);
  }
}
