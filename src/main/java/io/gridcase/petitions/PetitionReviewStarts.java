package io.gridcase.petitions;

/** The port that starts a petition's review (复查) process; the engine room implements it. */
public interface PetitionReviewStarts {

  void start(String caseNumber);
}
