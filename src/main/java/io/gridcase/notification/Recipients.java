package io.gridcase.notification;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Department;
import io.gridcase.directory.Directory;
import io.gridcase.directory.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who gets a mail: department mailboxes, the holders of a case, the members of a group. */
@Component
public class Recipients {

  private final CaseRecords records;
  private final Directory directory;
  private final TaskHolders holders;

  Recipients(CaseRecords records, Directory directory, TaskHolders holders) {
    this.records = records;
    this.directory = directory;
    this.holders = holders;
  }

  /** The department's mailbox from the directory, if it has one. */
  public List<String> department(String code) {
    return directory.department(code).map(Department::mailbox).filter(this::present).stream().toList();
  }

  /**
   * Whoever holds the case: the lead department's mailbox and the person each open task of the
   * case (the lifecycle's and the department orders') is assigned to.
   */
  public List<String> holders(String caseNumber) {
    List<String> to = new ArrayList<>(department(records.get(caseNumber).leadDepartment()));
    holders.assignees(caseNumber).forEach(user -> email(user).ifPresent(to::add));
    return to.stream().distinct().toList();
  }

  /** The e-mail addresses of the group's members, e.g. {@code supervisors}. */
  public List<String> group(String groupId) {
    return holders.groupEmails(groupId).stream()
        .filter(this::present)
        .distinct()
        .toList();
  }

  private Optional<String> email(String userId) {
    return holders.email(userId).filter(this::present)
        .or(() -> directory.person(userId).map(Person::email).filter(this::present));
  }

  private boolean present(String address) {
    return address != null && !address.isBlank();
  }
}
