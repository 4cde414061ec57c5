package io.gridcase.api;

import io.gridcase.intake.PlainText;
import io.gridcase.sla.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** More time on a stage: an ISO 8601 duration in days and/or hours (counted as the profile counts). */
public record ExtensionRequest(
    @NotNull Stage stage,
    @NotNull
        @Pattern(regexp = "P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?", message = "must be an ISO 8601 duration in days, hours and minutes, e.g. P2D or PT4H")
        String extendBy,
    @NotBlank @Size(max = 500) @PlainText String reason) {}
