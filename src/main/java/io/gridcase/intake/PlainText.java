package io.gridcase.intake;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters but tab and line breaks, no unpaired
 * surrogates, no bidirectional overrides or isolates. PostgreSQL refuses NUL in text, and the
 * overrides would make a title read differently from what it is.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

  String message() default "must not contain control characters, unpaired surrogates or bidirectional overrides";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
