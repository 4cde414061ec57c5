package io.gridcase.engine.deadline;

import static io.gridcase.engine.RequestExtensionProcess.CASE_NUMBER;
import static io.gridcase.engine.RequestExtensionProcess.EXTEND_BY;
import static io.gridcase.engine.RequestExtensionProcess.EXTENSION_REASON;
import static io.gridcase.engine.RequestExtensionProcess.STAGE;

import io.gridcase.engine.FormRefusal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.DirectoryGroups;
import io.gridcase.engine.TaskActor;
import io.gridcase.engine.Variables;
import io.gridcase.sla.CaseExtensions;
import io.gridcase.sla.DeadlineException;
import io.gridcase.sla.Stage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RequestExtension} (request-extension, started from Tasklist): a handler of the
 * case's lead department asks for more time on a stage, before its deadline. Here, and only here,
 * the case comes from the {@code caseNumber} variable: it is what the start form asks for, and it
 * is checked against the caller before it becomes the instance's business key.
 */
@Component("requestExtensionDelegate")
public class RequestExtensionDelegate implements JavaDelegate {

  private final CaseRecords records;
  private final CaseExtensions extensions;

  public RequestExtensionDelegate(CaseRecords records, CaseExtensions extensions) {
    this.records = records;
    this.extensions = extensions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = records.get(Variables.required(execution, CASE_NUMBER));
    String handler = TaskActor.of(execution);
    boolean leadDepartment = execution.getProcessEngineServices().getIdentityService().createGroupQuery()
        .groupMember(handler).groupId(DirectoryGroups.departmentGroup(c.leadDepartment())).count() == 1;
    if (!leadDepartment) {
      throw new DeadlineException("只有主办部门可以申请延期 Only the lead department (%s) may ask for an extension of %s"
          .formatted(c.leadDepartment(), c.caseNumber()));
    }
    execution.setProcessBusinessKey(c.caseNumber());
    FormRefusal.refusing(() -> extensions.request(c.caseNumber(), Stage.valueOf(Variables.required(execution, STAGE)),
        Variables.required(execution, EXTEND_BY), Variables.required(execution, EXTENSION_REASON), handler));
  }
}
