package io.gridcase.engine;

/**
 * An extension request started from Tasklist: {@code processes/request-extension.bpmn}. The names the model and the
 * Java code agree on (docs/process-contract.md); no other class spells them.
 */
public final class RequestExtensionProcess {

  public static final String ID = "request-extension";

  // the start form ask-for-extension
  public static final String CASE_NUMBER = "caseNumber";
  public static final String STAGE = "stage";
  public static final String EXTEND_BY = "extendBy";
  public static final String EXTENSION_REASON = "extensionReason";

  private RequestExtensionProcess() {}
}
