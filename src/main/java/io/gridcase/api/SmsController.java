package io.gridcase.api;

import io.gridcase.notification.SmsEntry;
import io.gridcase.notification.SmsOutbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Text messages for the SMS gateways (group {@code sms-gateways}, ADR 17): the gateway that locked
 * a {@code send-sms} task reads here the phone and text of its message, which the engine never holds.
 */
@RestController
@RequestMapping("/api/sms")
@Tag(name = "sms", description = "短信 Text messages for the SMS gateways")
public class SmsController {

  private final SmsOutbox outbox;

  public SmsController(SmsOutbox outbox) {
    this.outbox = outbox;
  }

  /** One message as a gateway sends it; {@code idempotencyKey} is the same for every try of it. */
  public record SmsMessage(long id, String phone, String text, String idempotencyKey, boolean sent) {

    static SmsMessage of(SmsEntry entry) {
      return new SmsMessage(entry.id(), entry.phone(), entry.text(), "gridcase-sms-" + entry.id(), entry.sent());
    }
  }

  @GetMapping("/{id}")
  @Operation(summary = "短信内容 The phone and text of a message (its send-sms task's smsId)")
  public SmsMessage message(@PathVariable long id) {
    return outbox.find(id).map(SmsMessage::of)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有此短信 No text message " + id));
  }
}
