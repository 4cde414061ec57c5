package io.gridcase.api;

import io.gridcase.casefile.CaseStage;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.directory.Category;
import io.gridcase.directory.Directory;
import io.gridcase.handling.Outcome;
import io.gridcase.intake.Channel;
import io.gridcase.revisit.Satisfaction;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of a case's codes, for people: places and departments from the directory,
 * the rest from the enums that own them. null for a null code; an unknown code is shown as is.
 */
@Component
public class CaseLabels {

  /** The priorities case-triage.dmn gives; a display name only, the DMN table owns the values. */
  private static final Map<String, String> PRIORITIES =
      Map.of("URGENT", "紧急", "HIGH", "高", "NORMAL", "一般", "LOW", "低");

  /** The SLA profiles case-triage.dmn gives (deadline-profile.dmn owns their limits). */
  private static final Map<String, String> SLA_PROFILES = Map.of(
      "SME_117", "中小微企业诉求“117”", "HOTLINE_ORDINARY", "普通诉求", "URGENT_SAFETY", "紧急安全隐患",
      "PETITION", "信访事项");

  private final Directory directory;

  public CaseLabels(Directory directory) {
    this.directory = directory;
  }

  public String department(String code) {
    return code == null ? null : directory.department(code).map(d -> d.nameZh()).orElse(code);
  }

  public String grid(String code) {
    return code == null ? null : directory.grid(code).map(g -> g.name()).orElse(code);
  }

  public String town(String code) {
    return code == null ? null : directory.town(code).map(t -> t.name()).orElse(code);
  }

  public String county(String code) {
    return code == null ? null : directory.county(code).map(c -> c.name()).orElse(code);
  }

  public String category(String code) {
    return code == null ? null : directory.categories().stream()
        .filter(c -> c.code().equals(code)).map(Category::nameZh).findFirst().orElse(code);
  }

  public String channel(String code) {
    return label(code, Channel::valueOf, Channel::label);
  }

  public String status(String code) {
    return label(code, CaseStatus::valueOf, CaseStatus::label);
  }

  public String stage(String code) {
    return label(code, CaseStage::valueOf, CaseStage::label);
  }

  public String outcome(String code) {
    return label(code, Outcome::valueOf, Outcome::label);
  }

  public String satisfaction(String code) {
    return label(code, Satisfaction::valueOf, Satisfaction::label);
  }

  public String slaProfile(String code) {
    return code == null ? null : SLA_PROFILES.getOrDefault(code, code);
  }

  public String priority(String code) {
    return code == null ? null : PRIORITIES.getOrDefault(code, code);
  }

  private static <E> String label(String code, Function<String, E> parse, Function<E, String> label) {
    if (code == null) {
      return null;
    }
    try {
      return label.apply(parse.apply(code));
    } catch (IllegalArgumentException unknown) {
      return code;
    }
  }
}
