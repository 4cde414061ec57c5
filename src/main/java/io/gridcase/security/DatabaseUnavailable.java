package io.gridcase.security;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (down, restarting, pool exhausted) from
 * any other failure, and answers it with 503 and {@code Retry-After}: nothing was committed, the
 * client may send the same request again (ADR 0011). Looks through the whole cause chain, since
 * Camunda wraps JDBC errors in its own exceptions and MyBatis' and Spring in theirs.
 */
public final class DatabaseUnavailable {

  /** How long a client should wait before it sends the request again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  public static final String TITLE = HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase();
  public static final String DETAIL = "The database is not reachable; nothing was saved. Send the same request again later.";

  /** PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now: the server is going or not yet back. */
  private static final Set<String> SERVER_SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

  /** SQLState class 08: connection exception. */
  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  private DatabaseUnavailable() {}

  /** Whether this failure, or anything that caused it, says the database is not reachable. */
  public static boolean isCause(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> toLook = new ArrayDeque<>(List.of(failure));
    while (!toLook.isEmpty()) {
      Throwable next = toLook.pop();
      if (!seen.add(next)) {
        continue;
      }
      if (meansUnreachable(next)) {
        return true;
      }
      related(next).forEach(toLook::add);
    }
    return false;
  }

  /** The answer to a request that failed because the database is not reachable. */
  public static ResponseEntity<ProblemDetail> answer() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DETAIL);
    problem.setTitle(TITLE);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds())
        .body(problem);
  }

  public static String retryAfterSeconds() {
    return String.valueOf(RETRY_AFTER.toSeconds());
  }

  private static boolean meansUnreachable(Throwable failure) {
    if (failure instanceof CannotCreateTransactionException
        || failure instanceof DataAccessResourceFailureException
        || failure instanceof TransientDataAccessResourceException
        || failure instanceof SQLTransientConnectionException) {
      return true;
    }
    if (failure instanceof TransactionSystemException && failure.getCause() instanceof SQLException sql && sql.getSQLState() == null) {
      // a commit or rollback on a connection the pool already closed as broken (HikariCP: "Connection
      // is closed", no SQLState); Spring drops the commit failure that broke it
      return true;
    }
    if (failure instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_SHUTDOWN_STATES.contains(state);
    }
    return false;
  }

  /**
   * The cause, and what else hides it: a rollback on a broken connection fails too and Spring
   * throws that failure, keeping the one that made it roll back as the application exception; a
   * JDBC batch chains the driver's exception behind its own.
   */
  private static List<Throwable> related(Throwable failure) {
    List<Throwable> related = new ArrayList<>();
    related.add(failure.getCause());
    if (failure instanceof TransactionSystemException rollback) {
      related.add(rollback.getApplicationException());
    }
    if (failure instanceof SQLException sql) {
      related.add(sql.getNextException());
    }
    related.addAll(List.of(failure.getSuppressed()));
    related.removeIf(Objects::isNull);
    return related;
  }
}
