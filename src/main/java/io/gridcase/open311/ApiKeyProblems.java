package io.gridcase.open311;

import io.gridcase.api.ApiExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The key administration is part of {@code /api}: its errors are {@code /api}'s problem details. */
@RestControllerAdvice(assignableTypes = ApiKeyController.class)
class ApiKeyProblems extends ApiExceptionHandler {}
