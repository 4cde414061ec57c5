package io.gridcase.parties;

/**
 * One party of a dispute: who, how to reach them, and a short description (who they are to the
 * applicant, where they live; no ID numbers). {@code anonymous} only for an applicant who reported
 * anonymously: named to nobody, still reachable for mediation.
 */
public record DisputeParty(
    PartyRole role, String name, String phone, String email, String description, boolean anonymous) {

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }

  public boolean hasPhone() {
    return phone != null && !phone.isBlank();
  }
}
