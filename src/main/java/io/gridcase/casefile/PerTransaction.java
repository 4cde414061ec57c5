package io.gridcase.casefile;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A value that lives as long as the current Spring transaction: made at its first use in the
 * transaction, set aside while another transaction runs inside it (a {@code REQUIRES_NEW}), and
 * dropped at commit or rollback. It is a resource of {@link TransactionSynchronizationManager}, keyed
 * by this object, so each owner has its own.
 *
 * <p>What the owner does with it at the transaction's edges is given when it is made: just before the
 * commit (after the engine has flushed its rows; what it writes then commits with the rest), and when
 * an inner transaction has ended (that one may have changed what the value remembers). A value first
 * made while the transaction is already committing (in another synchronization's
 * {@code beforeCommit}) would miss its own: Spring calls only those registered before the commit
 * began. Its before-commit action then runs right after the commit, in a transaction of its own, so
 * what it writes is not lost.
 */
public final class PerTransaction<T> {

  private final Supplier<T> fresh;
  private final Consumer<T> beforeCommit;
  private final TransactionOperations late;
  private final Consumer<T> resumed;

  private PerTransaction(Supplier<T> fresh, Consumer<T> beforeCommit, TransactionOperations late, Consumer<T> resumed) {
    this.fresh = fresh;
    this.beforeCommit = beforeCommit;
    this.late = late;
    this.resumed = resumed;
  }

  /** A value per transaction, made by {@code fresh}. */
  public static <T> PerTransaction<T> of(Supplier<T> fresh) {
    return new PerTransaction<>(fresh, value -> {}, TransactionOperations.withoutTransaction(), value -> {});
  }

  /**
   * The same, with {@code action} done on the value just before its transaction commits, or, for a
   * value made too late for that, right after it in a new transaction of {@code transactions}.
   */
  public PerTransaction<T> beforeCommit(Consumer<T> action, PlatformTransactionManager transactions) {
    TransactionTemplate own = new TransactionTemplate(transactions);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return new PerTransaction<>(fresh, action, own, resumed);
  }

  /** The same, with {@code action} done on the value when an inner transaction has ended. */
  public PerTransaction<T> whenResumed(Consumer<T> action) {
    return new PerTransaction<>(fresh, beforeCommit, late, action);
  }

  /** This transaction's value, made at its first use; {@code null} outside a transaction. */
  @SuppressWarnings("unchecked")
  public T current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    T value = (T) TransactionSynchronizationManager.getResource(this);
    if (value == null) {
      value = fresh.get();
      TransactionSynchronizationManager.bindResource(this, value);
      TransactionSynchronizationManager.registerSynchronization(new Binding(value));
    }
    return value;
  }

  /** This transaction's value if it has made one already; {@code null} if not, or outside a transaction. */
  @SuppressWarnings("unchecked")
  public T existing() {
    return (T) TransactionSynchronizationManager.getResource(this);
  }

  /** Keeps one transaction's value bound to it while it runs. */
  private final class Binding implements TransactionSynchronization {

    private final T value;
    private boolean committing;

    Binding(T value) {
      this.value = value;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      committing = true;
      beforeCommit.accept(value);
    }

    @Override
    public void afterCommit() {
      if (!committing) { // made while the transaction committed: its beforeCommit never came
        late.executeWithoutResult(status -> beforeCommit.accept(value));
      }
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
    }

    @Override
    public void resume() {
      resumed.accept(value);
      TransactionSynchronizationManager.bindResource(PerTransaction.this, value);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(PerTransaction.this);
    }
  }
}
