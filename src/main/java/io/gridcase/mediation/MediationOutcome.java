package io.gridcase.mediation;

/** What a mediation level decided (form field {@code mediationOutcome} of {@code mediate-dispute}). */
public enum MediationOutcome {
  SETTLED("调解成功"),
  PASS_UP("上交上一级"),
  END("终止调解");

  private final String label;

  MediationOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The outcome a mediator chose; anything else is refused at its field. */
  public static MediationOutcome parse(String value) {
    try {
      return valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new MediationRefusal(MediationSteps.OUTCOME_FIELD, "请选择调解结果：调解成功、上交上一级或终止调解");
    }
  }
}
