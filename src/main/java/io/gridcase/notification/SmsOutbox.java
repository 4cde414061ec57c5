package io.gridcase.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SMS outbox (ADR 17): a text message is written in the caller's transaction (the engine's,
 * in delegates) together with the {@code send-sms} instance that carries it, so both exist exactly
 * when the step that decided it commits, and one message never has two instances. A gateway
 * works the instance's external task and reads the phone and text from {@code /api/sms/{id}}.
 */
@Service
public class SmsOutbox {

  private static final Logger log = LoggerFactory.getLogger(SmsOutbox.class);

  private final SmsRows rows;
  private final SmsProcesses processes;
  private final TransactionTemplate savepoint;
  private final Clock clock = Clock.systemUTC();

  public SmsOutbox(SmsRows rows, SmsProcesses processes, PlatformTransactionManager transactions) {
    this.rows = rows;
    this.processes = processes;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Queues the message and starts its {@code send-sms} instance in the caller's transaction,
   * unless a message with the same dedup key was queued before. Returns the new message's id,
   * empty if this call queued nothing.
   */
  public Optional<Long> enqueue(OutgoingSms sms) {
    if (sms.phone().isEmpty()) {
      log.warn("text message {} has no phone to go to; not queued", sms.dedupKey());
      return Optional.empty();
    }
    Optional<Long> id;
    try {
      // a savepoint, because on PostgreSQL a failed insert would otherwise abort the caller's transaction
      id = savepoint.execute(status -> rows.insertIfAbsent(sms, clock.instant()));
    } catch (DuplicateKeyException raced) {
      id = Optional.empty();
    }
    id.ifPresent(processes::send);
    return id;
  }

  public Optional<SmsEntry> find(long id) {
    return rows.find(id);
  }

  /** The messages of a case, oldest first. */
  public List<SmsEntry> ofCase(String caseNumber) {
    return rows.ofCase(caseNumber);
  }

  /** The gateway took the message (记录已发送); false if it was marked before. */
  public boolean markSent(long id) {
    return rows.markSent(id, clock.instant());
  }
}
