package io.gridcase.mediation;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.handling.CaseResults;
import io.gridcase.handling.Outcome;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;

/**
 * The steps of a dispute's mediation as the case file keeps them: each level taking the dispute,
 * what it decided, a level running out of time, the court's confirmation. A settled dispute gets its
 * outcome (已解决, the agreement's terms as the result) like a case a department resolved.
 */
@Service
public class MediationSteps {

  public static final String OUTCOME_FIELD = "mediationOutcome";
  public static final String TERMS_FIELD = "agreementTerms";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final CaseJournal journal;
  private final CaseResults results;

  public MediationSteps(CaseJournal journal, CaseResults results) {
    this.journal = journal;
    this.results = results;
  }

  /** A level (or the court's confirmation) took the dispute, due at {@code due}. */
  public void entered(String caseNumber, String levelName, OffsetDateTime due) {
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.MEDIATION_LEVEL_ENTERED,
        levelName + "，期限至 " + DAY.format(due));
  }

  /**
   * A level's decision. Settling needs the agreement's terms; passing up needs a level above.
   *
   * @param nextLevel the level above, null at the top
   * @param confirmationAsked the parties ask the court to confirm the agreement (司法确认): the case's
   *     outcome waits for the court
   */
  public MediationOutcome decided(String caseNumber, String actor, String levelName, String outcomeValue, String terms,
      String note, String nextLevel, boolean confirmationAsked) {
    MediationOutcome outcome = MediationOutcome.parse(outcomeValue);
    switch (outcome) {
      case SETTLED -> {
        if (terms == null) {
          throw new MediationRefusal(TERMS_FIELD, "调解成功的，请写明调解协议内容");
        }
        journal.record(caseNumber, actor, CaseAction.MEDIATION_SETTLED, levelName + "：" + terms
            + (confirmationAsked ? "（申请司法确认）" : ""));
        if (!confirmationAsked) {
          results.report(caseNumber, actor, CaseAction.RESULT_REPORTED, Outcome.RESOLVED, levelName + "调解成功：" + terms);
        }
      }
      case PASS_UP -> {
        if (nextLevel == null) {
          throw new MediationRefusal(OUTCOME_FIELD, levelName + "已是最高调解层级，不能上交；请选择调解成功或终止调解");
        }
        journal.record(caseNumber, actor, CaseAction.MEDIATION_PASSED_UP, levelName + withNote(note));
      }
      case END -> journal.record(caseNumber, actor, CaseAction.MEDIATION_ENDED, levelName + withNote(note));
    }
    return outcome;
  }

  /** The level's limit ran out: the dispute passes up, or mediation ends at the top. */
  public MediationOutcome overdue(String caseNumber, String levelName, String nextLevel) {
    if (nextLevel == null) {
      journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.MEDIATION_ENDED, levelName + "：调解期满未达成协议");
      return MediationOutcome.END;
    }
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.MEDIATION_PASSED_UP, levelName + "：调解期满，自动上交上一级");
    return MediationOutcome.PASS_UP;
  }

  /** The court confirmed the agreement (the dispute is resolved) or refused to (mediation ends unsettled). */
  public MediationOutcome confirmation(String caseNumber, String actor, boolean confirmed, String terms, String note) {
    journal.record(caseNumber, actor, CaseAction.JUDICIAL_CONFIRMATION,
        (confirmed ? "确认调解协议有效" : "不予确认") + withNote(note));
    if (!confirmed) {
      return MediationOutcome.END;
    }
    results.report(caseNumber, actor, CaseAction.RESULT_REPORTED, Outcome.RESOLVED, "调解协议经司法确认：" + terms);
    return MediationOutcome.SETTLED;
  }

  private static String withNote(String note) {
    return note == null ? "" : "：" + note;
  }
}
