package io.gridcase.notification;

import java.util.Map;

/** The deadline stages (SLA) as mails name them, Chinese with English beside. */
final class StageLabel {

  private static final Map<String, String> LABELS = Map.of(
      "ACCEPT", "签收/回复 sign for and reply",
      "PLAN", "提出方案 propose a plan",
      "DONE", "办结 resolve");

  private StageLabel() {}

  static String of(String stage) {
    return stage == null ? "" : LABELS.getOrDefault(stage, stage);
  }
}
