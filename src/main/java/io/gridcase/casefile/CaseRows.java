package io.gridcase.casefile;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one transaction already read of a case's rows ({@code case_record}, {@code case_department},
 * {@code case_deadline}), and which cases it has locked (ADR 30).
 *
 * <p>Several services of one step read the same rows again and again (an intake read its case row 13
 * times). Their repositories read through this memory: a row is read from the database once per
 * transaction, and every write through those repositories forgets what was read of the written
 * table for its case (a rejection: of the case row too, whose rejection count sums the order rows),
 * so the next read goes to the database again; nothing is patched in memory (only a row a repository
 * has just written in full, such as a new deadline, is remembered as written). The memory belongs to
 * the Spring transaction ({@link PerTransaction}): it is dropped at commit and rollback, set aside
 * while another transaction runs inside it and forgotten when it resumes (that one may have changed
 * the rows), and never used outside a transaction. Only the repositories write these tables.
 *
 * <p><b>The case row is locked first.</b> Every transaction that changes a case takes
 * {@code select … for update} of its {@code case_record} row before its first change of the case
 * (any write through the repositories, the journal, the KPI refresh), once per transaction. Two steps
 * of one case (the lead and a co-handler signing at once) then queue on that row instead of each
 * holding a weaker lock on it (a journal row's foreign key) and deadlocking when the KPI refresh
 * wants it exclusively (ADR 19 did this for sensor alerts). Locking forgets what was read of the case
 * before: a step that waited reads the rows the other step committed.
 */
@Component
public class CaseRows {

  private final JdbcClient jdbc;
  // the transaction that ran meanwhile may have changed the rows; the locks are still held
  private final PerTransaction<Memory> memories = PerTransaction.of(Memory::new).whenResumed(m -> m.rows.clear());

  public CaseRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The table a remembered read comes from. */
  public enum Table { CASE_RECORD, CASE_DEPARTMENT, CASE_DEADLINE }

  /** The key of a remembered read: the case, the table, and what was asked of it (the query and its arguments). */
  private record Key(String caseNumber, Table table, Object question) {}

  private static final class Memory {
    final Map<Key, Optional<?>> rows = new HashMap<>();
    final Set<String> locked = new HashSet<>();
    final Set<String> created = new HashSet<>();
    final Set<Key> inserted = new HashSet<>();

    void forget(String caseNumber) {
      rows.keySet().removeIf(key -> key.caseNumber().equals(caseNumber));
    }

    void forget(String caseNumber, Table table) {
      rows.keySet().removeIf(key -> key.caseNumber().equals(caseNumber) && key.table() == table);
    }
  }

  /**
   * The answer of {@code query} (rows of {@code table} for the case; {@code question} tells it from
   * other queries of the table, a record of its kind and arguments), read once in this transaction;
   * outside a transaction the query runs every time.
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> read(String caseNumber, Table table, Object question, Supplier<Optional<T>> query) {
    Memory memory = memories.current();
    if (memory == null) {
      return query.get();
    }
    Key key = new Key(caseNumber, table, question);
    Optional<?> known = memory.rows.get(key);
    if (known == null) {
      known = query.get();
      memory.rows.put(key, known);
    }
    return (Optional<T>) known;
  }

  /**
   * A change of the case's rows in {@code tables} is about to be made in this transaction: the case
   * row is locked (once) and what was read of those tables for the case is forgotten. A change of
   * {@code case_department} that changes a rejection count changes the case read too (its
   * {@code rejection_count}): name both.
   */
  public void change(String caseNumber, Table... tables) {
    lock(caseNumber);
    Memory memory = memories.current();
    if (memory != null) {
      for (Table table : tables) {
        memory.forget(caseNumber, table);
      }
    }
  }

  /**
   * The repository has just written this whole row ({@code question} is what a read of it asks), so
   * the next read in this transaction gives it without asking the database. Only for a row written
   * in full, with nothing the database fills in, after {@link #change}.
   */
  public void written(String caseNumber, Table table, Object question, Object row) {
    Memory memory = memories.current();
    if (memory != null) {
      memory.rows.put(new Key(caseNumber, table, question), Optional.of(row));
    }
  }

  /** Rows were changed without a case number to go by (rare): everything read is forgotten. */
  public void changeAny() {
    Memory memory = memories.current();
    if (memory != null) {
      memory.rows.clear();
    }
  }

  /**
   * Takes the case row for this transaction ({@code select … for update}), once; the rows read
   * before are forgotten, since another transaction may have changed them while this one waited.
   */
  public void lock(String caseNumber) {
    Memory memory = memories.current();
    if (memory == null) {
      return;
    }
    if (!memory.locked.contains(caseNumber)) {
      jdbc.sql("select case_number from case_record where case_number = ? for update").param(caseNumber)
          .query(String.class).optional();
      memory.locked.add(caseNumber);
      memory.forget(caseNumber);
    }
  }

  /** The case row was inserted by this transaction: no other one can see it, so it counts as locked. */
  void created(String caseNumber) {
    Memory memory = memories.current();
    if (memory != null) {
      memory.locked.add(caseNumber);
      memory.created.add(caseNumber);
      memory.forget(caseNumber);
    }
  }

  /**
   * Whether a row of the case surely does not exist yet: the case was inserted by this transaction
   * and the row ({@code table} and its key) was not {@link #inserted} since. A repository can then
   * insert it without first trying to update it.
   */
  public boolean surelyAbsent(String caseNumber, Table table, Object row) {
    Memory memory = memories.current();
    return memory != null && memory.created.contains(caseNumber)
        && !memory.inserted.contains(new Key(caseNumber, table, row));
  }

  /** The row was inserted by this transaction (see {@link #surelyAbsent}). */
  public void inserted(String caseNumber, Table table, Object row) {
    Memory memory = memories.current();
    if (memory != null) {
      memory.inserted.add(new Key(caseNumber, table, row));
    }
  }
}
