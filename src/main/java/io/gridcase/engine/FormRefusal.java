package io.gridcase.engine;

import io.gridcase.casefile.FieldRefusal;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A capability's {@link FieldRefusal} as the engine answers it: a step after a form refused what
 * was entered, with the refusal's message and the refusal as the cause.
 *
 * <p>It extends Camunda's {@code impl} {@link FormFieldValidationException} because that is the
 * only exception the engine REST API answers with 400 when a form is submitted; it wraps every
 * other exception thrown while the form's process runs in a 500, and Tasklist would show "could
 * not be completed" instead of the reason.
 */
public final class FormRefusal extends FormFieldValidationException {

  private FormRefusal(FieldRefusal refusal) {
    super(refusal.field(), refusal.getMessage(), refusal);
  }

  /** Runs a step of a delegate; a field refusal comes out as a form refusal. */
  public static void refusing(Runnable step) {
    refusing(() -> {
      step.run();
      return null;
    });
  }

  /** Runs a step of a delegate and returns its result; a field refusal comes out as a form refusal. */
  public static <T> T refusing(Supplier<T> step) {
    try {
      return step.get();
    } catch (FieldRefusal refusal) {
      throw new FormRefusal(refusal);
    }
  }

  @Override
  public synchronized FieldRefusal getCause() {
    return (FieldRefusal) super.getCause();
  }
}
