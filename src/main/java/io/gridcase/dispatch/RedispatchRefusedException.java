package io.gridcase.dispatch;

import io.gridcase.casefile.FieldRefusal;
import io.gridcase.directory.Department;

/**
 * The town center tried to give a rejected order back to a department that rejected it: that would
 * only bounce again. Only a supervisor's arbitration may bind a department that rejected. The
 * message names the department as people do (人力资源和社会保障局), not by its code.
 */
public class RedispatchRefusedException extends FieldRefusal {

  public RedispatchRefusedException(Department department) {
    super("newDepartment", "newDepartment: %s 已退回此工单，请改派其他部门（如有争议请提请督办裁定） / %s rejected this order already: choose another department"
        .formatted(department.nameZh(), department.nameEn()));
  }
}
