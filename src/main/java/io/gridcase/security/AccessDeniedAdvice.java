package io.gridcase.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A {@link CaseAccess} denial inside a controller answers 403 with a problem body, before the
 * API's catch-all handler could take it for an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
    problem.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
    return problem;
  }
}
