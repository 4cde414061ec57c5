package io.gridcase.mediation;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.handling.CaseResults;
import io.gridcase.handling.Outcome;
import io.gridcase.notification.CaseMails;
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

  /** What becomes of a dispute mediation could not settle, as the parties are told. */
  private static final String HANDED_ON = "纠纷将转由有关部门依法处理。";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final CaseJournal journal;
  private final CaseResults results;
  private final MediationNotices parties;

  public MediationSteps(CaseJournal journal, CaseResults results, MediationNotices parties) {
    this.journal = journal;
    this.results = results;
    this.parties = parties;
  }

  /** A level (or the court's confirmation) took the dispute, due at {@code due}. */
  public void entered(String caseNumber, String levelName, OffsetDateTime due) {
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.MEDIATION_LEVEL_ENTERED,
        levelName + "，期限至 " + DAY.format(due));
    parties.tell(caseNumber, "entered:" + levelName + ":" + CaseMails.instant(due), CaseAction.MEDIATION_LEVEL_ENTERED,
        "纠纷已进入" + levelName + "，期限至 " + DAY.format(due) + "。");
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
        parties.tell(caseNumber, "settled:" + levelName, CaseAction.MEDIATION_SETTLED, "经" + levelName
            + "，双方达成调解协议：" + terms + (confirmationAsked ? "。已申请司法确认，待人民法院确认。" : "。请按协议履行。"));
      }
      case PASS_UP -> {
        if (nextLevel == null) {
          throw new MediationRefusal(OUTCOME_FIELD, levelName + "已是最高调解层级，不能上交；请选择调解成功或终止调解");
        }
        journal.record(caseNumber, actor, CaseAction.MEDIATION_PASSED_UP, levelName + withNote(note));
        parties.tell(caseNumber, "passedUp:" + levelName, CaseAction.MEDIATION_PASSED_UP,
            levelName + "未能达成调解协议，纠纷已上交上一级调解。");
      }
      case END -> {
        journal.record(caseNumber, actor, CaseAction.MEDIATION_ENDED, levelName + withNote(note));
        parties.tell(caseNumber, "ended:" + levelName, CaseAction.MEDIATION_ENDED, levelName + "终止调解，" + HANDED_ON);
      }
    }
    return outcome;
  }

  /** The level's limit ran out: the dispute passes up, or mediation ends at the top. */
  public MediationOutcome overdue(String caseNumber, String levelName, String nextLevel) {
    if (nextLevel == null) {
      journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.MEDIATION_ENDED, levelName + "：调解期满未达成协议");
      parties.tell(caseNumber, "ended:" + levelName, CaseAction.MEDIATION_ENDED,
          levelName + "调解期满未达成协议，终止调解，" + HANDED_ON);
      return MediationOutcome.END;
    }
    journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.MEDIATION_PASSED_UP, levelName + "：调解期满，自动上交上一级");
    parties.tell(caseNumber, "passedUp:" + levelName, CaseAction.MEDIATION_PASSED_UP,
        levelName + "调解期满未达成协议，纠纷已自动上交上一级调解。");
    return MediationOutcome.PASS_UP;
  }

  /** The court confirmed the agreement (the dispute is resolved) or refused to (mediation ends unsettled). */
  public MediationOutcome confirmation(String caseNumber, String actor, boolean confirmed, String terms, String note) {
    journal.record(caseNumber, actor, CaseAction.JUDICIAL_CONFIRMATION,
        (confirmed ? "确认调解协议有效" : "不予确认") + withNote(note));
    parties.tell(caseNumber, "confirmation", CaseAction.JUDICIAL_CONFIRMATION,
        confirmed ? "人民法院已确认调解协议有效：" + terms + "。" : "人民法院不予确认调解协议，" + HANDED_ON);
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
