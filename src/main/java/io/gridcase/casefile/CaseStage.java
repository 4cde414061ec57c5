package io.gridcase.casefile;

/** The lifecycle stages of DESIGN.md, in order; set by the models through {@link CaseStages}. */
public enum CaseStage {
  INTAKE("受理"),
  TRIAGE("研判"),
  ON_THE_SPOT("就地化解"),
  /** A dispute in the mediation funnel (dispute-mediation.bpmn); then FEEDBACK if settled, else DISPATCH. */
  MEDIATION("调解中"),
  DISPATCH("派单"),
  HANDLING("协同处置"),
  FEEDBACK("结果反馈"),
  REVISIT("回访"),
  CLOSED("办结"),
  CANCELLED("撤销");

  private final String label;

  CaseStage(String label) {
    this.label = label;
  }

  /** The Chinese name people read on the case page, the dashboard and in Tasklist. */
  public String label() {
    return label;
  }
}
