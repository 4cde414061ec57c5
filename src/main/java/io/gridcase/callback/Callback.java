package io.gridcase.callback;

import java.time.OffsetDateTime;

/**
 * A registered callback as its channel sees it (never with its secret).
 *
 * @param waiting events not delivered yet, waiting for their turn or a retry
 * @param givenUp events given up after too many failures, to be resent by the integrator
 */
public record Callback(long id, String url, OffsetDateTime createdAt, long waiting, long givenUp) {}
