package io.gridcase.api;

import io.gridcase.intake.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the reporter withdraws the case. */
public record CancellationRequest(@NotBlank @Size(max = 500) @PlainText String reason) {}
