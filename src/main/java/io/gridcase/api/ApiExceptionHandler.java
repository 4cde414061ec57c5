package io.gridcase.api;

import io.gridcase.casefile.CaseNotFoundException;
import io.gridcase.closing.CaseAlreadyFinishedException;
import io.gridcase.intake.UnknownReferenceException;
import io.gridcase.security.DatabaseUnavailable;
import io.gridcase.sla.DeadlineException;
import io.gridcase.sla.ExtensionConflictException;
import io.gridcase.sla.InvalidExtensionException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} (cases and KPIs) as {@code application/problem+json}. Bad input names each bad field
 * under {@code errors}; nothing internal (SQL, stack traces) ever reaches the client.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** One bad field and what is wrong with it. */
  public record FieldError(String field, String message) {}

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .toList();
    return badRequest(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
            .toList();
    return badRequest(errors);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    return badRequest(List.of(new FieldError(field, "invalid value" + allowedValues(ex.getRequiredType()))));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return badRequest(List.of(JsonFaults.of(ex.getCause())));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> answer = super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
      problem.setProperty("errors", List.of(JsonFaults.CONTENT_TYPE));
    }
    return answer;
  }

  @ExceptionHandler(UnknownReferenceException.class)
  ProblemDetail unknownReference(UnknownReferenceException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    problem.setTitle("Unknown reference");
    problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.getMessage())));
    return problem;
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ProblemDetail notFound(CaseNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case " + ex.caseNumber());
    problem.setTitle("Case not found");
    return problem;
  }

  @ExceptionHandler(CaseAlreadyFinishedException.class)
  ProblemDetail finished(CaseAlreadyFinishedException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Case already finished");
    return problem;
  }

  @ExceptionHandler(DeadlineException.class)
  ProblemDetail deadline(DeadlineException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Deadline conflict");
    return problem;
  }

  @ExceptionHandler(InvalidExtensionException.class)
  ResponseEntity<Object> invalidExtension(InvalidExtensionException ex) {
    return badRequest(List.of(new FieldError(ex.field(), ex.reason())));
  }

  @ExceptionHandler(ExtensionConflictException.class)
  ProblemDetail extensionConflict(ExtensionConflictException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Extension conflict");
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    if (DatabaseUnavailable.isCause(ex)) {
      LOG.warn("Database unavailable in /api, answered 503: {}", ex.toString());
      return DatabaseUnavailable.answer();
    }
    LOG.error("Unexpected error in /api", ex);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be completed.");
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static ResponseEntity<Object> badRequest(List<FieldError> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Invalid " + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")));
    problem.setTitle("Bad request");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  static String allowedValues(Class<?> type) {
    if (type == null || !type.isEnum()) {
      return "";
    }
    return "; expected one of " + Arrays.toString(type.getEnumConstants());
  }
}
