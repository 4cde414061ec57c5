package io.gridcase.petitions;

/** A petition step asked at the wrong time (no opinion yet, asked twice, window passed): 409. */
public class PetitionConflict extends RuntimeException {

  PetitionConflict(String message) {
    super(message);
  }
}
