package io.gridcase.casefile;

import io.gridcase.casefile.DepartmentOrder.Role;
import io.gridcase.casefile.DepartmentOrder.Status;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code case_department}: the orders a case gave to departments. */
@Repository
public class DepartmentOrders {

  private final JdbcClient jdbc;

  public DepartmentOrders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Gives the order to a department; giving it again (a reopen) puts it back to DISPATCHED. */
  public void dispatch(String caseNumber, String department, Role role, OffsetDateTime at) {
    int updated =
        jdbc.sql(
                "update case_department set status = ?, completed_at = null"
                    + " where case_number = ? and department = ? and role = ?")
            .params(Status.DISPATCHED.name(), caseNumber, department, role.name())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into case_department (case_number, department, role, status, dispatched_at, rejections)"
                  + " values (?, ?, ?, ?, ?, 0)")
          .params(caseNumber, department, role.name(), Status.DISPATCHED.name(), at)
          .update();
    }
  }

  public void sign(String caseNumber, String department, Role role, OffsetDateTime at) {
    jdbc.sql(
            "update case_department set status = ?, signed_at = coalesce(signed_at, ?)"
                + " where case_number = ? and department = ? and role = ?")
        .params(Status.SIGNED.name(), at, caseNumber, department, role.name())
        .update();
  }

  public void reject(String caseNumber, String department, Role role) {
    jdbc.sql(
            "update case_department set status = ?, rejections = rejections + 1"
                + " where case_number = ? and department = ? and role = ?")
        .params(Status.REJECTED.name(), caseNumber, department, role.name())
        .update();
  }

  public void complete(String caseNumber, String department, Role role, OffsetDateTime at) {
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
        .query(
            (rs, row) ->
                new DepartmentOrder(
                    rs.getString("department"),
                    Role.valueOf(rs.getString("role")),
                    Status.valueOf(rs.getString("status")),
                    rs.getObject("dispatched_at", OffsetDateTime.class),
                    rs.getObject("signed_at", OffsetDateTime.class),
                    rs.getObject("completed_at", OffsetDateTime.class),
                    rs.getInt("rejections")))
        .list();
  }
}
