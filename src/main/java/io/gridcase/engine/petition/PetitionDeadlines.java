package io.gridcase.engine.petition;

import io.gridcase.engine.BusinessKey;
import io.gridcase.petitions.Petitions;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * {@code petitionDeadlines}: the acceptance review's due date, read from the petition row, for the
 * task's due date and the 15-day timer alike (one fact, one place).
 */
@Component("petitionDeadlines")
public class PetitionDeadlines {

  private final Petitions petitions;

  public PetitionDeadlines(Petitions petitions) {
    this.petitions = petitions;
  }

  /** The review's due date (复查), from the petition row. */
  public Date reviewDue(DelegateExecution execution) {
    return Date.from(petitions.get(BusinessKey.caseNumber(execution)).reviewDueAt().toInstant());
  }

  /** The end of the review window (复查申请期限), from the petition row: the request task's due date and its timer. */
  public Date reviewRequestDue(DelegateExecution execution) {
    return Date.from(petitions.get(BusinessKey.caseNumber(execution)).reviewRequestDueAt().toInstant());
  }

  public Date acceptanceDue(DelegateExecution execution) {
    return Date.from(petitions.get(BusinessKey.caseNumber(execution)).acceptanceDueAt().toInstant());
  }
}
