package io.gridcase.mediation;

import static io.gridcase.notification.CaseMails.dayTime;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.notification.CitizenNotices;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsTemplate;
import io.gridcase.parties.DisputeParties;
import io.gridcase.parties.DisputeParty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Tells both parties of a dispute (申请人 and 被申请人, ADR 26) each step of its mediation: by mail
 * to a party with an e-mail address, else by SMS, queued in the step's transaction. Once per step
 * and party; the journal notes who was told which way.
 */
@Service
class MediationNotices {

  private final CaseRecords records;
  private final DisputeParties parties;
  private final CitizenNotices notices;
  private final CaseJournal journal;
  private final CaseClock clock;
  private final CitizenNotices.Notice notice = new CitizenNotices.Notice(MailKind.MEDIATION_NOTICE,
      MailTemplate.load("mediation-step"), SmsKind.MEDIATION_NOTICE, SmsTemplate.load("mediation-step"));

  MediationNotices(CaseRecords records, DisputeParties parties, CitizenNotices notices, CaseJournal journal,
      CaseClock clock) {
    this.records = records;
    this.parties = parties;
    this.notices = notices;
    this.journal = journal;
    this.clock = clock;
  }

  /**
   * Queues the step's notice to each party who left a way to reach them.
   *
   * @param step names the step in the dedup key: the same step twice tells nobody twice
   * @param action what the journal calls the step (its label heads the notice)
   * @param text the step in a sentence for the parties
   */
  void tell(String caseNumber, String step, CaseAction action, String text) {
    CaseRecord c = records.get(caseNumber);
    List<String> told = new ArrayList<>();
    for (DisputeParty party : parties.of(c).all()) {
      String key = "mediation:%s:%d:%s:%s".formatted(caseNumber, c.reopenCount(), step, party.role());
      notices.tell(key, c, party.email(), party.phone(), notice, values(c, party, action, text))
          .ifPresent(way -> told.add(party.role().label() + "（" + way.label() + "）"));
    }
    if (!told.isEmpty()) {
      journal.record(caseNumber, CaseJournal.SYSTEM, CaseAction.PARTIES_NOTIFIED,
          action.label() + "：" + String.join("，", told));
    }
  }

  private Map<String, String> values(CaseRecord c, DisputeParty party, CaseAction action, String text) {
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", c.caseNumber());
    values.put("title", c.title());
    values.put("role", party.role().label());
    boolean named = !party.anonymous() && party.name() != null && !party.name().isBlank();
    values.put("salutation", named ? party.name() + "（" + party.role().label() + "）" : party.role().label());
    values.put("stepLabel", action.label());
    values.put("step", text);
    values.put("at", dayTime(clock.now()));
    return values;
  }
}
