package io.gridcase.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.casefile.CaseRecords;
import io.gridcase.directory.Directory;
import io.gridcase.intake.Channel;
import io.gridcase.notification.SmsEntry;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An urgent sensor alert (IOT_ALERT, URGENT) goes by SMS the moment it is dispatched: to the lead
 * department's on-duty phone and to the grid worker, phones from the directory (ADR 17). An
 * alert that is not urgent, and an urgent case from another channel, send nothing.
 */
@GridcaseTest
class UrgentAlertSmsTest {

  @Autowired CaseDriver cases;
  @Autowired CaseRecords records;
  @Autowired Directory directory;
  @Autowired SmsOutbox sms;

  @Test
  void anUrgentSensorAlertTextsTheLeadDepartmentOnDutyAndTheGridWorkerAtOnce() {
    String caseNumber = cases.report(Reports.report(Channel.IOT_ALERT, "FIRE_HAZARD", "烟感报警", "丰乐路 88 号楼道烟感报警", null));
    String lead = records.get(caseNumber).leadDepartment();
    assertThat(records.get(caseNumber).priority()).isEqualTo("URGENT");

    List<SmsEntry> sent = sms.ofCase(caseNumber);
    String onDuty = directory.department(lead).orElseThrow().onDutyPhone();
    assertThat(sent).extracting(SmsEntry::kind).containsOnly(SmsKind.DISPATCHED);
    assertThat(sent).extracting(SmsEntry::phone).containsExactly(onDuty, "13807500101");
    assertThat(sent.get(0).text()).isEqualTo("【江门综治】紧急预警：烟感报警，地点：蓬江区丰乐路 88 号（丰乐社区第一网格），案件编号 "
        + caseNumber + "，已派" + directory.department(lead).orElseThrow().nameZh() + "主办，请立即处置。");
    assertThat(sent.get(0).text()).as("never the reporter's contact").doesNotContain("13800138000", "王芳");
  }

  @Test
  void anUrgentHazardFromAnotherChannelTextsNobody() {
    String caseNumber = cases.report(Reports.report(Channel.HOTLINE_12345, "FIRE_HAZARD", "楼道堆放杂物", "消防通道堆满杂物", "a@example.cn"));
    assertThat(records.get(caseNumber).priority()).isEqualTo("URGENT");
    assertThat(sms.ofCase(caseNumber)).isEmpty();
  }
}
