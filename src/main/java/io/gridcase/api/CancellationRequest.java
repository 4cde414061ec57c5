package io.gridcase.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the reporter withdraws the case. */
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {}
