package io.gridcase.notification;

/**
 * The port to the engine that carries a text message to a gateway (ADR 17): one {@code send-sms}
 * instance per message, started in the caller's transaction, whose only variable is the message id.
 */
public interface SmsProcesses {

  /** The process that sends one message. */
  String PROCESS = "send-sms";

  /** The external task topic the SMS gateways work on. */
  String TOPIC = "gridcase-sms";

  /** Starts {@link #PROCESS} for the message, business key {@code SMS-<id>}. */
  void send(long smsId);

  static String businessKey(long smsId) {
    return "SMS-" + smsId;
  }
}
