package io.gridcase.callback;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An address Gridcase can post to: absolute, {@code http} or {@code https}, with a host that
 * {@code gridcase.callbacks.allowed-hosts} allows, and no user name or password in it (the address
 * is listed back; the signature is the credential).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CallbackUrl.Validator.class)
public @interface CallbackUrl {

  String message() default
      "须为允许的主机上完整的 http 或 https 地址 must be an absolute http or https URL of an allowed host, without user info";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is left to {@code @NotBlank}. Built by Spring with the properties; without them any host passes. */
  class Validator implements ConstraintValidator<CallbackUrl, String> {

    private final Predicate<String> allowedHost;

    public Validator() {
      this.allowedHost = host -> true;
    }

    @Autowired
    public Validator(CallbackProperties properties) {
      this.allowedHost = properties::allows;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isValid(value);
    }

    boolean isValid(String value) {
      try {
        URI uri = new URI(value.strip());
        String scheme = uri.getScheme();
        return uri.isAbsolute()
            && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            && uri.getHost() != null
            && allowedHost.test(uri.getHost())
            && uri.getRawUserInfo() == null
            && uri.getRawFragment() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
