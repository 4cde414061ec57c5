package io.gridcase.sla;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * An extension (延期) request refused for what it asks or when it asks, with a message in Chinese
 * and English for the person who asked.
 *
 * <p>It extends Camunda's {@code impl} {@link FormFieldValidationException} because that is the
 * only exception the engine REST API answers with 400 when a form is submitted (the Tasklist
 * start form {@code ask-for-extension}, the town center's {@code decide-extension}): it wraps every
 * other engine exception thrown while the form's process runs in a 500, and Tasklist would show
 * "could not be completed" instead of the reason. {@code /api} maps the subclasses itself
 * ({@code ApiExceptionHandler}: 400 naming the field, 409). Nothing else here depends on {@code impl}.
 */
public abstract class ExtensionRefusal extends FormFieldValidationException {

  protected ExtensionRefusal(String field, String message) {
    super(field, message);
  }
}
