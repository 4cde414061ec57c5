package io.gridcase.casefile;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current Spring transaction: made at its first use in the
 * transaction, set aside while another transaction runs inside it (a {@code REQUIRES_NEW}), and
 * dropped at commit or rollback. It is a resource of {@link TransactionSynchronizationManager}, keyed
 * by this object, so each owner has its own.
 *
 * <p>What the owner does with it at the transaction's edges is given when it is made: just before the
 * commit (after the engine has flushed its rows; what it writes then commits with the rest), just
 * after it, and when an inner transaction has ended (that one may have changed what the value
 * remembers). A value first made while the transaction is already committing (in another
 * synchronization's {@code beforeCommit}) misses its own {@code beforeCommit}: Spring calls those of
 * the synchronizations registered before it began; the after-commit action still comes.
 */
public final class PerTransaction<T> {

  private final Supplier<T> fresh;
  private final Consumer<T> beforeCommit;
  private final Consumer<T> afterCommit;
  private final Consumer<T> resumed;

  private PerTransaction(Supplier<T> fresh, Consumer<T> beforeCommit, Consumer<T> afterCommit, Consumer<T> resumed) {
    this.fresh = fresh;
    this.beforeCommit = beforeCommit;
    this.afterCommit = afterCommit;
    this.resumed = resumed;
  }

  /** A value per transaction, made by {@code fresh}. */
  public static <T> PerTransaction<T> of(Supplier<T> fresh) {
    return new PerTransaction<>(fresh, value -> {}, value -> {}, value -> {});
  }

  /** The same, with {@code action} done on the value just before its transaction commits. */
  public PerTransaction<T> beforeCommit(Consumer<T> action) {
    return new PerTransaction<>(fresh, action, afterCommit, resumed);
  }

  /**
   * The same, with {@code action} done on the value once its transaction has committed; what it
   * writes needs a transaction of its own.
   */
  public PerTransaction<T> afterCommit(Consumer<T> action) {
    return new PerTransaction<>(fresh, beforeCommit, action, resumed);
  }

  /** The same, with {@code action} done on the value when an inner transaction has ended. */
  public PerTransaction<T> whenResumed(Consumer<T> action) {
    return new PerTransaction<>(fresh, beforeCommit, afterCommit, action);
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

  /** Keeps one transaction's value bound to it while it runs. */
  private final class Binding implements TransactionSynchronization {

    private final T value;

    Binding(T value) {
      this.value = value;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      beforeCommit.accept(value);
    }

    @Override
    public void afterCommit() {
      afterCommit.accept(value);
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
