package io.gridcase.callback;

import java.time.OffsetDateTime;

/** A new callback with its secret: the one time the secret is shown. */
public record CallbackRegistration(long id, String url, String secret, OffsetDateTime createdAt) {}
