package io.gridcase.casefile;

/** What can happen to a case, as its journal names it. */
public enum CaseAction {
  REPORTED("受理"),
  STAGE_ENTERED("进入阶段"),
  TRIAGED("研判"),
  RESOLVED_ON_THE_SPOT("就地化解"),
  NOT_RESOLVED_ON_THE_SPOT("未能就地化解"),
  DISPATCHED("派单"),
  SIGNED("签收"),
  REJECTED("退单"),
  REDISPATCHED("改派"),
  ARBITRATED("督办仲裁"),
  PLAN_PROPOSED("提出方案"),
  RESULT_REPORTED("报告结果"),
  CONTRIBUTION_REPORTED("协办反馈"),
  FEEDBACK_SENT("结果反馈"),
  INTERIM_FEEDBACK_SENT("阶段性反馈"),
  REVISITED("回访"),
  REOPENED("重新办理"),
  REMINDER_SENT("到期提醒"),
  DEADLINE_MISSED("超时"),
  ESCALATED("超时升级"),
  EXTENSION_REQUESTED("申请延期"),
  EXTENSION_APPROVED("同意延期"),
  EXTENSION_REFUSED("不同意延期"),
  SUPERVISED("督办"),
  URGED("催办"),
  CLOSED("办结"),
  CANCELLED("撤销"),
  LINKED_AS_DUPLICATE("关联主件"),
  DUPLICATE_LINKED("关联重复件"),
  SENSOR_ALERT_REPEATED("传感器再次告警"),
  COMMON_CAUSE_LINKED("共因关联"),
  CO_DEADLINES_SET("设定协办时限"),
  PETITION_ACCEPTED("信访受理"),
  PETITION_NOT_ACCEPTED("信访不予受理"),
  PETITION_NOTICE_SENT("信访书面告知"),
  PETITION_OPINION_ISSUED("出具处理意见书"),
  PETITION_REVIEW_REQUESTED("申请复查"),
  PETITION_REVIEWED("复查结论"),
  MEDIATION_LEVEL_ENTERED("进入调解"),
  MEDIATION_SETTLED("调解成功"),
  MEDIATION_PASSED_UP("上交调解"),
  MEDIATION_ENDED("终止调解"),
  JUDICIAL_CONFIRMATION("司法确认"),
  PARTIES_NOTIFIED("告知当事人"),
  PETITION_OPINION_FINAL("处理意见终结");

  private final String label;

  CaseAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
