package io.gridcase.decisions;

import static io.gridcase.decisions.DecisionTables.evaluate;
import static io.gridcase.decisions.DecisionTables.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseCategoryTest {

  private final DmnDecision decision = DecisionTables.parse("case-category");

  private String classify(String reportedCategory, String channel, Boolean sme, String caseText) {
    DmnDecisionResult result =
        evaluate(
            decision,
            vars(
                "reportedCategory", reportedCategory,
                "channel", channel,
                "sme", sme,
                "title", null,
                "description", caseText));
    return result.isEmpty() ? null : result.getSingleEntry();
  }

  @Test
  void usesTheFeelScalaEngineLikeTheEmbeddedEngine() {
    var configuration = (DefaultDmnEngineConfiguration) DecisionTables.ENGINE.getConfiguration();
    assertThat(configuration.getFeelEngine().getClass().getName()).contains("scala");
  }

  @Test
  void reportedCategoryWinsOverKeywordsAndSme() {
    assertThat(classify("HOUSE_PROPERTY", "SME_PLATFORM", true, "公司拖欠工资"))
        .isEqualTo("HOUSE_PROPERTY");
  }

  @Test
  void blankOrOtherReportedCategoryLetsTheKeywordsDecide() {
    assertThat(classify("", "HOTLINE_12345", false, "老板拖欠工资三个月")).isEqualTo("WAGE_ARREARS");
    assertThat(classify("OTHER", "HOTLINE_12345", false, "老板拖欠工资三个月"))
        .isEqualTo("WAGE_ARREARS");
  }

  @Test
  void smeFlagOrSmePlatformMakeAnSmeComplaint() {
    assertThat(classify(null, "HOTLINE_12345", true, "企业用电报装太慢")).isEqualTo("SME_COMPLAINT");
    assertThat(classify(null, "SME_PLATFORM", false, "企业用电报装太慢")).isEqualTo("SME_COMPLAINT");
    assertThat(classify(null, "SME_PLATFORM", null, null)).isEqualTo("SME_COMPLAINT");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "工地老板欠薪，二十多名工人讨薪无门, WAGE_ARREARS",
    "劳资纠纷，公司不签合同, WAGE_ARREARS",
    "兄弟几人因祖屋产权发生争执, HOUSE_PROPERTY",
    "宅基地界线不清, HOUSE_PROPERTY",
    "邻居家空调外机滴水到我家阳台, NEIGHBOUR_DISPUTE",
    "小区里有人乱搭建铁皮房, ILLEGAL_CONSTRUCTION",
    "有人在村口违法建设厂房, ILLEGAL_CONSTRUCTION",
    "菜市场门口占道经营, STREET_VENDING",
    "学校门口晚上有人摆摊, STREET_VENDING",
    "小区门口车辆违停堵住出口, ILLEGAL_PARKING",
    "路边长期占道停车, ILLEGAL_PARKING",
    "楼道堆放杂物存在火灾隐患, FIRE_HAZARD",
    "视频监控识别到仓库冒出烟雾, FIRE_HAZARD",
    "车辆占用消防通道, FIRE_HAZARD",
    "暴雨后隧道内涝严重, ROAD_FLOODING",
    "路口积水半米深, ROAD_FLOODING",
    "有人从楼上高空抛物砸到车, HIGH_ALTITUDE_THROWING",
    "邻居高空抛物, HIGH_ALTITUDE_THROWING",
    "田里焚烧秸秆，烟雾很大, STRAW_BURNING",
    "有人在河里电鱼, ILLEGAL_FISHING",
    "禁渔期有渔船非法捕捞, ILLEGAL_FISHING",
    "村里一栋自建房墙体开裂, SELF_BUILT_HOUSE",
    "危房还有人居住, SELF_BUILT_HOUSE",
    "村里留守儿童无人照看, VULNERABLE_ASSISTANCE",
    "空巢老人独居需要帮助, VULNERABLE_ASSISTANCE",
    "社区矫正对象走访, COMMUNITY_CORRECTION",
    "居民需要心理疏导, PSYCHOLOGICAL_SUPPORT",
  })
  void classifiesByKeywordsInTheCaseText(String caseText, String category) {
    assertThat(classify(null, "HOTLINE_12345", false, caseText)).isEqualTo(category);
  }

  @Test
  void aPetitionWithoutAKnownTopicIsAGeneralPetition() {
    assertThat(classify(null, "PETITION", false, "反映村务公开问题")).isEqualTo("PETITION_GENERAL");
  }

  @Test
  void aPetitionWithAKnownTopicKeepsTheTopic() {
    assertThat(classify(null, "PETITION", false, "反映拖欠工资问题")).isEqualTo("WAGE_ARREARS");
  }

  @Test
  void noMatchGivesNoResultSoAClerkTriagesByHand() {
    assertThat(classify(null, "HOTLINE_12345", false, "咨询办事流程")).isNull();
  }

  @Test
  void aNullCaseTextDoesNotRaiseAndGivesNoResult() {
    assertThat(classify(null, "HOTLINE_12345", false, null)).isNull();
    assertThat(classify(null, "PETITION", null, null)).isEqualTo("PETITION_GENERAL");
  }
}
