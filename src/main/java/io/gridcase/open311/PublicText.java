package io.gridcase.open311;

import io.gridcase.api.Masking;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Free text as the public may read it: phone numbers and e-mail addresses a reporter wrote into a
 * description are masked the way {@code /api} masks a reporter's contact ({@link Masking}).
 */
final class PublicText {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  /** Mainland mobile numbers (optionally +86) and landlines with their area code. */
  private static final Pattern PHONE =
      Pattern.compile("(?<![0-9])(?:(?:\\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}|0[0-9]{2,3}[ -]?[0-9]{7,8})(?![0-9])");

  private PublicText() {}

  static String of(String text) {
    if (text == null) {
      return null;
    }
    String masked = EMAIL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Masking.email(m.group())));
    return PHONE.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(Masking.phone(m.group().replaceAll("[ -]", ""))));
  }
}
