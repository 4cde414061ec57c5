package io.gridcase.petitions;

/**
 * The review's process (复查, {@code petition-review}), implemented in the engine room: its window
 * opens when the handling opinion is issued, and a request over the API moves it on.
 */
public interface PetitionReviewStarts {

  /** The opinion was issued: the review window opens (a window of an earlier opinion closes). */
  void openWindow(String caseNumber, String opinionSummary);

  /** A review was asked over the API and recorded: the open window goes on to the review; false without one. */
  boolean requested(String caseNumber);
}
