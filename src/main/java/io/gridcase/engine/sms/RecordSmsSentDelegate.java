package io.gridcase.engine.sms;

import io.gridcase.notification.SmsOutbox;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordSmsSent} (记录已发送) of {@code send-sms}: the gateway took the message. */
@Component("recordSmsSentDelegate")
public class RecordSmsSentDelegate implements JavaDelegate {

  /** The process variable holding the outbox row's id, the only one {@code send-sms} has. */
  public static final String SMS_ID = "smsId";

  private final SmsOutbox outbox;

  public RecordSmsSentDelegate(SmsOutbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outbox.markSent(((Number) execution.getVariable(SMS_ID)).longValue());
  }
}
