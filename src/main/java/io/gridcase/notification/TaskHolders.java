package io.gridcase.notification;

import java.util.List;
import java.util.Optional;

/**
 * Port to the engine room: who holds a case's open tasks, and the addresses the engine's identity
 * store has for users and groups. Implemented by {@code engine.identity.EngineTaskHolders}.
 */
public interface TaskHolders {

  /** The users the active tasks of a case (the lifecycle's and its orders') are assigned to, sorted, each once. */
  List<String> assignees(String caseNumber);

  /** The e-mail address the identity store has for a user, if the user exists and has one. */
  Optional<String> email(String userId);

  /** The e-mail addresses of a group's members, in the order of their user ids (may hold blanks). */
  List<String> groupEmails(String groupId);
}
