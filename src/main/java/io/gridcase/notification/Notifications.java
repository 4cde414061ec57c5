package io.gridcase.notification;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** Placeholder until the mail outbox lands (same session); replaced by the outbox branch. */
@Service
public class Notifications {
  public void feedback(String caseNumber) {}
  public void orderDispatched(String caseNumber, String department) {}
  public void deadlineReminder(String caseNumber, String stage, OffsetDateTime dueAt) {}
  public void deadlineMissed(String caseNumber, String stage, OffsetDateTime dueAt) {}
  public void escalated(String caseNumber, String stage, OffsetDateTime dueAt, String countyCenterGroup) {}
  public void extensionDecided(String caseNumber, String stage, boolean approved, OffsetDateTime dueAt, String reason) {}
  public void urged(String caseNumber, String supervisor, String message, long urgingId) {}
}
