package io.gridcase.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, each step in a transaction of its own. A node sends a mail only
 * after claiming it (a lease in {@code locked_until}), so in a cluster each mail goes out once;
 * a failure is recorded and the mail tried again later, for as long as it takes.
 */
@Service
public class MailDispatcher implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  private static final int MAX_ERROR = 1000;

  private final OutboxRows rows;
  private final JavaMailSender sender;
  private final MailProperties properties;
  private final TransactionTemplate ownTransaction;
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
  private final Clock clock = Clock.systemUTC();

  public MailDispatcher(
      OutboxRows rows, JavaMailSender sender, MailProperties properties, PlatformTransactionManager transactions) {
    this.rows = rows;
    this.sender = sender;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // a small pool of its own, so that a request never waits for SMTP; what does not fit is left
    // to the poll (never a bean: an Executor bean would replace Spring Boot's applicationTaskExecutor)
    executor.setThreadNamePrefix("mail-");
    executor.setCorePoolSize(2);
    executor.setMaxPoolSize(2);
    executor.setQueueCapacity(1000);
    executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(5);
    executor.initialize();
  }

  /** Sends every mail that is due now; returns how many went out. The scheduled poll calls it. */
  public int dispatchDue() {
    return dispatchDue(clock.instant());
  }

  /** Sends every mail due at {@code now}, batch after batch; returns how many went out. */
  public int dispatchDue(Instant now) {
    int sent = 0;
    List<Long> due = ownTransaction.execute(status -> rows.due(now, properties.batchSize()));
    while (!due.isEmpty()) {
      int sentInBatch = 0;
      for (long id : due) {
        sentInBatch += dispatch(id, now) ? 1 : 0;
      }
      sent += sentInBatch;
      if (due.size() < properties.batchSize()) {
        break;
      }
      due = ownTransaction.execute(status -> rows.due(now, properties.batchSize()));
    }
    return sent;
  }

  /** Sends one mail if it is due and no other node has it; true if this call sent it. */
  public boolean dispatch(long id) {
    return dispatch(id, clock.instant());
  }

  /** Sends the mail on the dispatcher's own threads; the caller does not wait. */
  public void dispatchSoon(long id) {
    try {
      executor.execute(
          () -> {
            try {
              dispatch(id);
            } catch (RuntimeException e) {
              log.warn("mail {} not sent now, the poll will try again: {}", id, summary(e));
            }
          });
    } catch (TaskRejectedException shuttingDown) {
      log.debug("mail {} left to the poll", id);
    }
  }

  private boolean dispatch(long id, Instant now) {
    Boolean claimed = ownTransaction.execute(status -> rows.claim(id, now, now.plus(properties.lease())));
    if (!Boolean.TRUE.equals(claimed)) {
      return false;
    }
    OutboxEntry mail = ownTransaction.execute(status -> rows.find(id)).orElseThrow();
    try {
      send(mail);
    } catch (RuntimeException | MessagingException e) {
      failed(mail, now, e);
      return false;
    }
    // if the node dies right here, the lease runs out and the mail goes again with the same
    // Message-ID, which lets the receiving side drop the copy
    ownTransaction.executeWithoutResult(status -> rows.markSent(id, clock.instant()));
    return true;
  }

  private void send(OutboxEntry mail) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(properties.from());
    helper.setTo(mail.recipients().toArray(String[]::new));
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    // JavaMailSenderImpl keeps a Message-ID that was set before sending
    message.setHeader("Message-ID", messageId(mail.dedupKey()));
    sender.send(message);
  }

  private void failed(OutboxEntry mail, Instant now, Exception e) {
    int attempts = mail.attempts();
    Instant next = now.plus(properties.retry().after(attempts));
    String error = summary(e);
    ownTransaction.executeWithoutResult(status -> rows.markFailed(mail.id(), error, next));
    if (attempts >= properties.retry().alertAfter()) {
      log.error("mail {} ({} for case {}) failed {} times, trying again at {}: {}",
          mail.id(), mail.kind(), mail.caseNumber(), attempts, next, error);
    } else {
      log.warn("mail {} ({} for case {}) failed, attempt {}, trying again at {}: {}",
          mail.id(), mail.kind(), mail.caseNumber(), attempts, next, error);
    }
  }

  /** {@code <hash-of-dedup-key.gridcase@sender-domain>}: the same for every try of the same mail. */
  String messageId(String dedupKey) {
    String from = properties.from();
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "gridcase.local" : from.substring(at + 1).replace(">", "").strip();
    return "<" + sha256(dedupKey).substring(0, 32) + ".gridcase@" + domain + ">";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line for the outbox and the log: no stack trace, no multi-line server replies. */
  static String summary(Throwable e) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    String text = e.getClass().getSimpleName()
        + (cause != e ? " (" + cause.getClass().getSimpleName() + ")" : "")
        + ": " + (cause.getMessage() == null ? "" : cause.getMessage());
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }
}
