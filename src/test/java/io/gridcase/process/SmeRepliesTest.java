package io.gridcase.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcase.notification.SmsEntry;
import io.gridcase.notification.SmsKind;
import io.gridcase.notification.SmsOutbox;
import io.gridcase.support.CaseDriver;
import io.gridcase.support.GridcaseTest;
import io.gridcase.support.Reports;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SME "117" by SMS (ADR 17): the enterprise hears when the lead department signs for its complaint
 * and what the plan is; the co-handling department's signing sends nothing.
 */
@GridcaseTest
class SmeRepliesTest {

  static final String INDUSTRY = "dept-INDUSTRY";
  static final String HANDLER = "zhen.zhuowen";

  @Autowired CaseDriver cases;
  @Autowired SmsOutbox sms;

  @Test
  void theEnterpriseHearsOfTheSigningAndThePlanByText() {
    String caseNumber = cases.report(Reports.sme("企业诉求：用电报装", "新厂房用电报装迟迟未办"));
    cases.complete(caseNumber, "UserTask_SignForOrder", "dept-MARKET", "huang.xiaoling", Map.of("orderDecision", "ACCEPT"));
    assertThat(sms.ofCase(caseNumber)).as("the co-handler signing tells the enterprise nothing").isEmpty();

    cases.complete(caseNumber, "UserTask_SignForOrder", INDUSTRY, HANDLER, Map.of("orderDecision", "ACCEPT"));
    cases.complete(caseNumber, "UserTask_ProposePlan", INDUSTRY, HANDLER, Map.of("plan", "三日内上门协调供电局"));

    List<SmsEntry> sent = sms.ofCase(caseNumber);
    assertThat(sent).extracting(SmsEntry::kind).containsExactly(SmsKind.LEAD_SIGNED, SmsKind.PLAN_PROPOSED);
    assertThat(sent).extracting(SmsEntry::phone).containsOnly("13700137000");
    assertThat(sent.get(0).text()).isEqualTo("【江门综治】江门市某五金制品有限公司：您的诉求「企业诉求：用电报装」（案件编号 "
        + caseNumber + "）已由工业和信息化局签收承办，将在1日内向您答复处置方案。");
    assertThat(sent.get(1).text()).isEqualTo("【江门综治】江门市某五金制品有限公司：您的诉求「企业诉求：用电报装」（案件编号 "
        + caseNumber + "），工业和信息化局的处置方案：三日内上门协调供电局");
  }
}
