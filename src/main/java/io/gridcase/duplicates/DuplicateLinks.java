package io.gridcase.duplicates;

import io.gridcase.casefile.CaseAction;
import io.gridcase.casefile.CaseClock;
import io.gridcase.casefile.CaseJournal;
import io.gridcase.casefile.CaseRecord;
import io.gridcase.casefile.CaseRecords;
import io.gridcase.casefile.CaseStatus;
import io.gridcase.closing.CaseEnding;
import io.gridcase.handling.FeedbackMails;
import io.gridcase.handling.Outcome;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Links a case to the case it repeats (关联主件) and closes it as 重复件; when the master closes,
 * tells each duplicate's reporter the master's outcome (ADR 19). Runs in the caller's transaction:
 * the step of the case's lifecycle that does it.
 */
@Service
public class DuplicateLinks {

  private final JdbcClient jdbc;
  private final CaseRecords records;
  private final CaseJournal journal;
  private final CaseEnding ending;
  private final CaseClock clock;
  private final DuplicateFinder finder;
  private final FeedbackMails feedback;

  public DuplicateLinks(JdbcClient jdbc, CaseRecords records, CaseJournal journal, CaseEnding ending, CaseClock clock,
      DuplicateFinder finder, FeedbackMails feedback) {
    this.jdbc = jdbc;
    this.records = records;
    this.journal = journal;
    this.ending = ending;
    this.clock = clock;
    this.finder = finder;
    this.feedback = feedback;
  }

  /**
   * Checks the master the clerk named: it exists, is open, is not the case itself, and has the
   * category the clerk gave the duplicate. Refuses naming {@code masterCaseNumber} otherwise.
   */
  public CaseRecord checkMaster(String duplicateCaseNumber, String masterCaseNumber, String category) {
    if (masterCaseNumber == null || masterCaseNumber.isBlank()) {
      throw new DuplicateRefusal("请填写主件的案件编号 Enter the case number of the case this one repeats.");
    }
    String master = masterCaseNumber.strip();
    if (master.equals(duplicateCaseNumber)) {
      throw new DuplicateRefusal("案件不能是自己的重复件 A case cannot repeat itself.");
    }
    CaseRecord found = records.find(master)
        .orElseThrow(() -> new DuplicateRefusal("主件 %s 不存在 No case %s.".formatted(master, master)));
    if (found.status() != CaseStatus.OPEN) {
      throw new DuplicateRefusal("主件 %s %s，只能关联办理中的案件 Case %s is no longer open."
          .formatted(master, found.status().label(), master));
    }
    String masterCategory = finder.categoryOf(found);
    if (category == null || !category.equals(masterCategory)) {
      throw new DuplicateRefusal("主件 %s 的类别是 %s，与本案类别 %s 不同 Case %s has another category."
          .formatted(master, finder.categoryName(masterCategory), finder.categoryName(category), master));
    }
    return found;
  }

  /** 关联主件: links the duplicate to its master, journals both and closes the duplicate as 重复件. */
  public void link(String duplicateCaseNumber, String masterCaseNumber, String category, String actor) {
    // both case rows first, in one order for every transaction (ADR 30): the link's foreign keys lock them too
    if (masterCaseNumber != null && !masterCaseNumber.isBlank()) {
      java.util.stream.Stream.of(duplicateCaseNumber, masterCaseNumber.strip()).sorted().forEach(records::lock);
    }
    CaseRecord master = checkMaster(duplicateCaseNumber, masterCaseNumber, category);
    jdbc.sql("insert into duplicate_link (duplicate_case_number, master_case_number, linked_at, linked_by)"
            + " values (?, ?, ?, ?)")
        .params(duplicateCaseNumber, master.caseNumber(), clock.now(), actor == null ? CaseJournal.SYSTEM : actor)
        .update();
    records.recordOutcome(duplicateCaseNumber, Outcome.DUPLICATE.name(), "重复件，主件 " + master.caseNumber());
    journal.record(duplicateCaseNumber, actor, CaseAction.LINKED_AS_DUPLICATE, master.caseNumber());
    journal.record(master.caseNumber(), actor, CaseAction.DUPLICATE_LINKED, duplicateCaseNumber);
    ending.close(duplicateCaseNumber);
  }

  /** The duplicates linked to a case, oldest link first. */
  public List<String> duplicatesOf(String masterCaseNumber) {
    return jdbc.sql("select duplicate_case_number from duplicate_link where master_case_number = ?"
            + " order by linked_at, duplicate_case_number")
        .param(masterCaseNumber)
        .query(String.class)
        .list();
  }

  /** The master a case was linked to, if it was closed as 重复件. */
  public Optional<String> masterOf(String duplicateCaseNumber) {
    return jdbc.sql("select master_case_number from duplicate_link where duplicate_case_number = ?")
        .param(duplicateCaseNumber)
        .query(String.class)
        .optional();
  }

  /** The master closed: each duplicate's reporter not yet told hears the master's outcome, once. */
  public int tellReporters(String masterCaseNumber) {
    List<String> waiting = jdbc.sql("select duplicate_case_number from duplicate_link"
            + " where master_case_number = ? and notified_at is null order by linked_at, duplicate_case_number")
        .param(masterCaseNumber)
        .query(String.class)
        .list();
    for (String duplicate : waiting) {
      feedback.feedbackAsDuplicate(duplicate, masterCaseNumber);
      jdbc.sql("update duplicate_link set notified_at = ? where duplicate_case_number = ?")
          .params(clock.now(), duplicate)
          .update();
    }
    return waiting.size();
  }
}
