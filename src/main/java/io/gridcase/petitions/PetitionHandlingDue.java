package io.gridcase.petitions;

import io.gridcase.sla.FixedDueDates;
import io.gridcase.sla.Stage;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An accepted petition's 办结 (DONE) deadline is its own: handlingLimit of petition-limits from the
 * acceptance (自受理之日起 60 日), stored once on the petition row (ADR 28).
 */
@Component
public class PetitionHandlingDue implements FixedDueDates {

  private final Petitions petitions;

  public PetitionHandlingDue(Petitions petitions) {
    this.petitions = petitions;
  }

  @Override
  public Optional<OffsetDateTime> dueAt(String caseNumber, Stage stage) {
    if (stage != Stage.DONE) {
      return Optional.empty();
    }
    return petitions.find(caseNumber).map(Petition::handlingDueAt);
  }
}
