package io.gridcase.mediation;

import java.util.Set;

/**
 * Who holds a case's mediation now: the open tasks of its dispute mediation (调解纠纷, 司法确认), as the
 * engine has them. A port; implemented by {@code engine.mediation.EngineMediationTasks}.
 */
public interface MediationTasks {

  /**
   * Whether an open mediation task of the case is assigned to the user or offered to one of its
   * groups. Once the task is done the answer is false again.
   */
  boolean holdsOpenTask(String caseNumber, String userId, Set<String> groups);
}
