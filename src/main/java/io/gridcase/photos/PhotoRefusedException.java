package io.gridcase.photos;

/** An uploaded file that is not taken, with the file it is about and why. */
public class PhotoRefusedException extends RuntimeException {

  /** Why: each is its own HTTP status at the API (413, 415, 400). */
  public enum Reason { TOO_LARGE, NOT_AN_IMAGE, TOO_MANY, UNREADABLE, MISSING }

  private final Reason reason;
  private final String fileName;

  public PhotoRefusedException(Reason reason, String fileName, String message) {
    super(message);
    this.reason = reason;
    this.fileName = fileName;
  }

  public Reason reason() {
    return reason;
  }

  /** The file's name as the sender gave it (cleaned), for the error to name it. */
  public String fileName() {
    return fileName;
  }
}
