package io.gridcase.api;

import io.gridcase.casefile.CaseAction;
import io.gridcase.directory.Directory;
import io.gridcase.sla.Stage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The journal written for people: a step's detail with its codes in Chinese (departments, roles,
 * reasons, outcomes, stages, durations) and its actor by name. The stored journal keeps the codes.
 */
@Component
public class JournalText {

  private static final Pattern KEY = Pattern.compile("\\b(category|priority|onTheSpot|complex|lead|co|reason)=");
  private static final Pattern SLA_PROFILE = Pattern.compile("\\bslaProfile=(\\S+)");
  private static final Pattern TIME = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern CENTER = Pattern.compile("\\bcenter-([A-Za-z0-9-]+)");
  private static final DateTimeFormatter CHINA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b|\\bP(?:T?[0-9]+[DHMWY])+\\b|\\btrue\\b|\\bfalse\\b");
  private static final Pattern REPEATED = Pattern.compile("(\\S+) \\1(?=\\s|$|:)");
  /** A list with nothing in it ({@code co=[]}): no co-handlers, so nothing to say. */
  private static final Pattern EMPTY_LIST = Pattern.compile("\\s*\\b\\w+=\\[\\s*\\]");
  /** The revisit as RecordRevisitDelegate writes it: {@code SATISFIED 满意 (<the model's step name>): note}. */
  private static final Pattern REVISIT = Pattern.compile("^(\\S+) \\S+ \\(.*?\\)(?:: (.*))?$", Pattern.DOTALL);
  private static final Map<String, String> KEYS = Map.of(
      "category", "分类：", "priority", "优先级：", "slaProfile", "时限方案：", "onTheSpot", "就地化解：",
      "complex", "复杂：", "lead", "主办：", "co", "协办：", "reason", "退单原因：");
  /** Roles and the rejection reasons of the sign-for form (forms/sign-for-order.form). */
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("LEAD", "主办"), Map.entry("CO", "协办"),
      Map.entry("WRONG_LOCATION", "地址不属本辖区"), Map.entry("INSUFFICIENT_INFO", "信息不全"),
      Map.entry("OTHER", "其他"), Map.entry("true", "是"), Map.entry("false", "否"));

  private final CaseLabels labels;
  private final Directory directory;

  public JournalText(CaseLabels labels, Directory directory) {
    this.labels = labels;
    this.directory = directory;
  }

  /** Who did it, by name; the system as 系统. */
  public String actor(String actor) {
    if (actor == null || "system".equals(actor)) {
      return "系统";
    }
    return directory.person(actor).map(p -> p.name()).orElse(actor);
  }

  /**
   * A step's detail for people. A revisit reads as its answer and the reporter's words (满意：…),
   * without the name of the model's step, which the step's own label (回访) already says.
   */
  public String detail(CaseAction action, String detail) {
    if (action == CaseAction.REVISITED && detail != null) {
      Matcher revisit = REVISIT.matcher(detail);
      if (revisit.matches()) {
        String answer = labels.satisfaction(revisit.group(1));
        return revisit.group(2) == null ? answer : answer + "：" + revisit.group(2);
      }
    }
    return detail(detail);
  }

  private String detail(String detail) {
    if (detail == null || detail.isBlank()) {
      return null;
    }
    String text = EMPTY_LIST.matcher(detail).replaceAll("");
    text = SLA_PROFILE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("时限方案：" + labels.slaProfile(m.group(1))));
    text = TIME.matcher(text).replaceAll(m -> CHINA_TIME.format(OffsetDateTime.parse(m.group())));
    text = CENTER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(center(m.group(1))));
    text = text.replace(" -> ", " → ").replace("due ", "期限 ");
    text = KEY.matcher(text).replaceAll(m -> KEYS.get(m.group(1)));
    text = text.replace("[", "").replace("]", "");
    Matcher codes = CODE.matcher(text);
    text = codes.replaceAll(m -> Matcher.quoteReplacement(word(m.group())));
    return REPEATED.matcher(text).replaceAll("$1");
  }

  private String word(String code) {
    if (WORDS.containsKey(code)) {
      return WORDS.get(code);
    }
    if (code.startsWith("P") && code.length() > 1 && Character.isDigit(code.charAt(code.length() - 2))) {
      return duration(code);
    }
    for (var label : new String[] {
        labels.department(code), labels.category(code), labels.channel(code), labels.outcome(code),
        labels.satisfaction(code), labels.priority(code), stage(code), labels.stage(code)}) {
      if (label != null && !label.equals(code)) {
        return label;
      }
    }
    return code;
  }

  /** A center's group as people name it: 环市街道综治中心, 蓬江区综治中心. */
  private String center(String place) {
    String name = directory.town(place).map(t -> t.name())
        .or(() -> directory.county(place).map(c -> c.name())).orElse(null);
    return name == null ? "综治中心 " + place : name + "综治中心";
  }

  private static String stage(String code) {
    try {
      return Stage.valueOf(code).label();
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }

  /** P2D as 2天, PT4H as 4小时; anything else as written. */
  static String duration(String iso) {
    try {
      if (iso.startsWith("PT")) {
        Duration d = Duration.parse(iso);
        return d.toMinutesPart() == 0 ? d.toHours() + "小时" : d.toMinutes() + "分钟";
      }
      Period p = Period.parse(iso);
      return (p.getYears() > 0 ? p.getYears() + "年" : "") + (p.getMonths() > 0 ? p.getMonths() + "个月" : "")
          + (p.getDays() > 0 ? p.getDays() + "天" : "");
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }
}
