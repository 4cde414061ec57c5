package io.gridcase.intake;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; null is left to {@code @NotNull}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || isForbidden(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isForbidden(char c) {
    boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    boolean bidiOverride = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    return control || bidiOverride;
  }
}
