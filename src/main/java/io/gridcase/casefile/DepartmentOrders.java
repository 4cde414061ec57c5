package io.gridcase.casefile;

import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes {@code case_department}: the orders a case gave to departments.
 *
 * <p>Each row also names the {@code department-order} process instance working on it
 * ({@code process_instance_id}). That link, not the instance's {@code department} and {@code role}
 * variables, is where the order's listeners learn whose order they complete: a task completion can
 * overwrite any variable, but not the id of its own process instance. The link is made once, when
 * the instance starts ({@link #attach}), and only to a row the case's dispatch gave and no other
 * instance holds, so even a forged start binds to nothing.
 */
@Repository
public class DepartmentOrders {

  private final JdbcClient jdbc;
  private final CaseRows rows;

  public DepartmentOrders(JdbcClient jdbc, CaseRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  /**
   * Gives the order to a department; giving it again (a reopen) puts it back to DISPATCHED, free
   * for the next order instance to {@link #attach}.
   */
  public void dispatch(String caseNumber, String department, Role role, OffsetDateTime at) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    var row = new OrderKey(department, role);
    // a case reported in this transaction has no order rows but those given in it: no update to try first
    int updated = rows.surelyAbsent(caseNumber, CaseRows.Table.CASE_DEPARTMENT, row) ? 0
        : jdbc.sql(
                "update case_department set status = ?, completed_at = null, process_instance_id = null"
                    + " where case_number = ? and department = ? and role = ?")
            .params(Status.DISPATCHED.name(), caseNumber, department, role.name())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into case_department (case_number, department, role, status, dispatched_at, rejections)"
                  + " values (?, ?, ?, ?, ?, 0)")
          .params(caseNumber, department, role.name(), Status.DISPATCHED.name(), at)
          .update();
      rows.inserted(caseNumber, CaseRows.Table.CASE_DEPARTMENT, row);
    }
  }

  /**
   * Binds a starting order instance to the row the dispatch gave it: the row must be DISPATCHED and
   * held by no instance. Anything else (a department the case never gave this order to, an order
   * another instance already works on) is refused.
   */
  public void attach(String caseNumber, String department, Role role, String orderInstanceId) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    int attached =
        jdbc.sql(
                "update case_department set process_instance_id = ?"
                    + " where case_number = ? and department = ? and role = ? and status = ?"
                    + " and process_instance_id is null")
            .params(orderInstanceId, caseNumber, department, role.name(), Status.DISPATCHED.name())
            .update();
    if (attached != 1) {
      throw new IllegalStateException(
          "没有待接收的工单 no dispatched %s order of %s for %s waits for an instance"
              .formatted(role, caseNumber, department));
    }
  }

  private record ByInstance(String orderInstanceId) {}

  private record OrderKey(String department, Role role) {}

  /** The row an order instance works on, found by the instance's own id; read once per transaction ({@link CaseRows}). */
  public Optional<DepartmentOrder> ofInstance(String caseNumber, String orderInstanceId) {
    return rows.read(caseNumber, CaseRows.Table.CASE_DEPARTMENT, new ByInstance(orderInstanceId), () ->
        jdbc.sql("select * from case_department where case_number = ? and process_instance_id = ?")
            .params(caseNumber, orderInstanceId)
            .query(DepartmentOrders::map)
            .optional());
  }

  /**
   * A rejected order goes to another department (re-dispatch or arbitration): that department's row
   * is dispatched and the order instance moves to it. A department that already works on this
   * order of the case cannot be given it a second time.
   */
  public void handOver(
      String caseNumber, String orderInstanceId, String newDepartment, Role role, OffsetDateTime at) {
    long busy =
        jdbc.sql(
                "select count(*) from case_department where case_number = ? and department = ? and role = ?"
                    + " and status in (?, ?)")
            .params(caseNumber, newDepartment, role.name(), Status.DISPATCHED.name(), Status.SIGNED.name())
            .query(Long.class)
            .single();
    if (busy > 0) {
      throw new IllegalArgumentException(
          "newDepartment: %s 已在办理此工单 already works on this %s order of %s".formatted(newDepartment, role, caseNumber));
    }
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    rows.changeAny(); // the instance's earlier row is found by the instance alone
    jdbc.sql("update case_department set process_instance_id = null where process_instance_id = ?")
        .param(orderInstanceId)
        .update();
    dispatch(caseNumber, newDepartment, role, at);
    attach(caseNumber, newDepartment, role, orderInstanceId);
  }

  /** Whether the department has rejected (退单) this order of the case before. */
  public boolean rejectedBefore(String caseNumber, String department, Role role) {
    return jdbc.sql(
            "select count(*) from case_department where case_number = ? and department = ? and role = ?"
                + " and status = ?")
        .params(caseNumber, department, role.name(), Status.REJECTED.name())
        .query(Long.class)
        .single() > 0;
  }

  /** Active rows no order instance holds: only rows dispatched before the V6 migration. */
  public long unattached() {
    return jdbc.sql(
            "select count(*) from case_department where status in (?, ?) and process_instance_id is null")
        .params(Status.DISPATCHED.name(), Status.SIGNED.name())
        .query(Long.class)
        .single();
  }

  /** Links a row dispatched before V6 to the order instance already working on it. */
  public void attachRunning(String caseNumber, String department, Role role, String orderInstanceId) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    jdbc.sql(
            "update case_department set process_instance_id = ?"
                + " where case_number = ? and department = ? and role = ? and status in (?, ?)"
                + " and process_instance_id is null")
        .params(orderInstanceId, caseNumber, department, role.name(), Status.DISPATCHED.name(), Status.SIGNED.name())
        .update();
  }

  public void sign(String caseNumber, String department, Role role, OffsetDateTime at) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    jdbc.sql(
            "update case_department set status = ?, signed_at = coalesce(signed_at, ?)"
                + " where case_number = ? and department = ? and role = ?")
        .params(Status.SIGNED.name(), at, caseNumber, department, role.name())
        .update();
  }

  /**
   * The department rejected (退单) the order the instance holds; the row keeps the instance as
   * {@code rejected_by_instance} after a hand-over frees it, so {@link #rejectionsOf} still counts it.
   */
  public void reject(String caseNumber, String department, Role role, String orderInstanceId) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT, CaseRows.Table.CASE_RECORD); // its rejection count
    jdbc.sql(
            "update case_department set status = ?, rejections = rejections + 1, rejected_by_instance = ?"
                + " where case_number = ? and department = ? and role = ?")
        .params(Status.REJECTED.name(), orderInstanceId, caseNumber, department, role.name())
        .update();
  }

  /**
   * How often the departments rejected this order instance: the sum over the rows it was rejected
   * on. The rows are the one place the count is kept (ADR 15); the rejection policy reads it here.
   */
  public int rejectionsOf(String orderInstanceId) {
    return jdbc.sql("select coalesce(sum(rejections), 0) from case_department where rejected_by_instance = ?")
        .param(orderInstanceId)
        .query(Integer.class)
        .single();
  }

  public void complete(String caseNumber, String department, Role role, OffsetDateTime at) {
    rows.change(caseNumber, CaseRows.Table.CASE_DEPARTMENT);
    jdbc.sql(
            "update case_department set status = ?, completed_at = ?"
                + " where case_number = ? and department = ? and role = ?")
        .params(Status.DONE.name(), at, caseNumber, department, role.name())
        .update();
  }

  public List<DepartmentOrder> of(String caseNumber) {
    return jdbc.sql(
            "select * from case_department where case_number = ? order by role desc, dispatched_at, department")
        .param(caseNumber)
        .query(DepartmentOrders::map)
        .list();
  }

  private static DepartmentOrder map(ResultSet rs, int row) throws SQLException {
    return new DepartmentOrder(
        rs.getString("department"),
        Role.valueOf(rs.getString("role")),
        Status.valueOf(rs.getString("status")),
        rs.getObject("dispatched_at", OffsetDateTime.class),
        rs.getObject("signed_at", OffsetDateTime.class),
        rs.getObject("completed_at", OffsetDateTime.class),
        rs.getInt("rejections"));
  }
}
