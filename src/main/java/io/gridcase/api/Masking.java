package io.gridcase.api;

/** Shows enough of a reporter's contact details to recognise them, not to use them. */
public final class Masking {

  private Masking() {}

  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
  }

  public static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "****";
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }

  public static String email(String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
  }
}
