package io.gridcase.engine;

import io.gridcase.duplicates.DuplicateRules;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** {@link DuplicateRules} with the engine's decisions {@code duplicate-window} and {@code case-category} (ADR 19). */
@Component
public class DuplicateDecisions implements DuplicateRules {

  static final String DUPLICATE_WINDOW = "duplicate-window";
  static final String CASE_CATEGORY = "case-category";

  private final DecisionService decisions;

  public DuplicateDecisions(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public Map<String, Object> window(String category) {
    return decisions.evaluateDecisionByKey(DUPLICATE_WINDOW)
        .variables(Variables.createVariables().putValue("category", category))
        .evaluate()
        .getFirstResult();
  }

  @Override
  public String category(String reportedCategory, String channel, boolean sme, String title, String description) {
    var result = decisions.evaluateDecisionByKey(CASE_CATEGORY)
        .variables(Variables.createVariables().putValue("reportedCategory", reportedCategory).putValue("channel", channel)
            .putValue("sme", sme).putValue("title", title).putValue("description", description))
        .evaluate()
        .getFirstResult();
    Object category = result == null ? null : result.getSingleEntry();
    return category == null || "OTHER".equals(category) ? null : category.toString();
  }
}
