package io.gridcase.callback;

/**
 * The JSON body of a post. {@code sequence} counts this callback's events of the case from 1
 * without gaps; {@code step} is the journal's step ({@code CLOSED} or {@code CANCELLED} for
 * {@code closed}, …) and {@code stepLabel} its Chinese name.
 */
record CallbackEvent(
    String eventId,
    String type,
    int sequence,
    String caseNumber,
    String channel,
    String externalId,
    String step,
    String stepLabel,
    String occurredAt) {}
