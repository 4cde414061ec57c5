package io.gridcase.callback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the queued events, each step in a transaction of its own, as the mail outbox sends mail
 * (ADR 7): a node posts an event only after claiming it (a lease in {@code locked_until}), so with
 * two nodes each event goes once, and only when the case's earlier events are delivered. A failed
 * post waits the next backoff; after {@code max-attempts} the event is given up, and the case's
 * later events wait with it until the integrator resends.
 */
@Service
public class CallbackDispatcher {

  private static final Logger log = LoggerFactory.getLogger(CallbackDispatcher.class);

  private final DeliveryRows rows;
  private final CallbackSender sender;
  private final CallbackProperties properties;
  private final TransactionTemplate ownTransaction;
  private final Clock clock = Clock.systemUTC();

  CallbackDispatcher(
      DeliveryRows rows, CallbackSender sender, CallbackProperties properties, PlatformTransactionManager transactions) {
    this.rows = rows;
    this.sender = sender;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Posts every event that is ready now; returns how many were delivered. The poll calls it. */
  public int deliverDue() {
    return deliverDue(clock.instant());
  }

  /**
   * Posts every event ready at {@code now}, round after round (a delivered event makes the next
   * of its case ready), until a round delivers nothing; returns how many were delivered.
   */
  public int deliverDue(Instant now) {
    int delivered = 0;
    while (true) {
      List<Long> ready = ownTransaction.execute(status -> rows.ready(now, properties.batchSize()));
      int round = 0;
      for (long id : ready) {
        round += deliver(id, now) ? 1 : 0;
      }
      delivered += round;
      if (round == 0) {
        return delivered;
      }
    }
  }

  private boolean deliver(long id, Instant now) {
    Boolean claimed = ownTransaction.execute(status -> rows.claim(id, now, now.plus(properties.lease())));
    if (!Boolean.TRUE.equals(claimed)) {
      return false;
    }
    Delivery delivery = ownTransaction.execute(status -> rows.find(id)).orElseThrow();
    Optional<String> failure = sender.post(delivery, clock.instant());
    if (failure.isEmpty()) {
      // if the node dies right here, the lease runs out and the event is posted again with the same event id
      ownTransaction.executeWithoutResult(status -> rows.markDelivered(id, clock.instant()));
      return true;
    }
    String error = failure.get();
    if (delivery.attempts() >= properties.maxAttempts()) {
      ownTransaction.executeWithoutResult(status -> rows.markGivenUp(id, error, now));
      log.error("callback event {} ({} #{} of case {}) given up after {} attempts: {}",
          delivery.eventId(), delivery.eventType(), delivery.sequence(), delivery.caseNumber(), delivery.attempts(), error);
    } else {
      Instant next = now.plus(properties.after(delivery.attempts()));
      ownTransaction.executeWithoutResult(status -> rows.markFailed(id, error, next));
      log.warn("callback event {} ({} #{} of case {}) failed, attempt {}, trying again at {}: {}",
          delivery.eventId(), delivery.eventType(), delivery.sequence(), delivery.caseNumber(), delivery.attempts(), next, error);
    }
    return false;
  }
}
