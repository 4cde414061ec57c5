package io.gridcase.callback;

/** One event to post, with where and how to sign it. */
record Delivery(
    long id,
    String caseNumber,
    int sequence,
    String eventId,
    String eventType,
    String payload,
    int attempts,
    String url,
    String secret) {}
