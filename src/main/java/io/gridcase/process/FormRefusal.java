package io.gridcase.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A step refused for what a person entered in its form, with a message in Chinese and English
 * that names the field.
 *
 * <p>It extends Camunda's {@code impl} {@link FormFieldValidationException} because that is the
 * only exception the engine REST API answers with 400 when a form is submitted; it wraps every
 * other exception thrown while the form's process runs in a 500, and Tasklist would show "could
 * not be completed" instead of the reason. Nothing else here depends on {@code impl}.
 */
public abstract class FormRefusal extends FormFieldValidationException {

  protected FormRefusal(String field, String message) {
    super(field, message);
  }
}
