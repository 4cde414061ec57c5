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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox (ADR 0007): a mail is written in the caller's transaction (the
 * engine's, in delegates and listeners), so it exists exactly when the step that decided it
 * commits. {@link MailDispatcher} sends it after that commit, and again and again until SMTP takes it.
 */
@Service
public class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  private final OutboxRows rows;
  private final MailDispatcher dispatcher;
  private final MailProperties properties;
  private final TransactionTemplate savepoint;
  private final Clock clock = Clock.systemUTC();

  public MailOutbox(
      OutboxRows rows, MailDispatcher dispatcher, MailProperties properties, PlatformTransactionManager transactions) {
    this.rows = rows;
    this.dispatcher = dispatcher;
    this.properties = properties;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Queues the mail in the caller's transaction, unless a mail with the same dedup key was queued
   * before (then nothing happens, so a retried job or a re-run listener never makes a second
   * mail). Returns whether this call queued it.
   */
  public boolean enqueue(OutgoingMail mail) {
    if (mail.recipients().isEmpty()) {
      log.warn("mail {} has nobody to go to; not queued", mail.dedupKey());
      return false;
    }
    Optional<Long> id;
    try {
      // a savepoint, because on PostgreSQL a failed insert would otherwise abort the caller's transaction
      id = savepoint.execute(status -> rows.insertIfAbsent(mail, clock.instant()));
    } catch (DuplicateKeyException raced) {
      id = Optional.empty(); // another transaction queued the same key just now
    }
    id.ifPresent(this::sendAfterCommit);
    return id.isPresent();
  }

  /** The mails of a case, oldest first: what was sent, what is waiting and why. */
  public List<OutboxEntry> ofCase(String caseNumber) {
    return rows.ofCase(caseNumber);
  }

  /** Mails not sent yet, whether waiting for their first try or for a retry. */
  public long unsentCount() {
    return rows.unsent();
  }

  /** Unsent mails that failed at least {@code gridcase.mail.retry.alert-after} times: SMTP needs a look. */
  public long failingCount() {
    return rows.failing(properties.retry().alertAfter());
  }

  private void sendAfterCommit(long id) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      dispatcher.dispatchSoon(id);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            dispatcher.dispatchSoon(id);
          }
        });
  }
}
