package io.gridcase.api;

import io.gridcase.intake.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the supervisor tells the holder. */
public record UrgingRequest(@NotBlank @Size(max = 500) @PlainText String message) {}
