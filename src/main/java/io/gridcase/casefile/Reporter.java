package io.gridcase.casefile;

/** Who reported a case. Anonymous reporters may still leave a way to reach them. */
public record Reporter(String name, String phone, String email, boolean anonymous) {

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }

  public boolean hasPhone() {
    return phone != null && !phone.isBlank();
  }
}
