package io.gridcase.parties;

import java.util.List;
import java.util.stream.Stream;

/** Both sides of a case's dispute; {@code respondent} is null when the report named none. */
public record Parties(DisputeParty applicant, DisputeParty respondent) {

  /** The parties there are, applicant first. */
  public List<DisputeParty> all() {
    return Stream.of(applicant, respondent).filter(p -> p != null).toList();
  }
}
