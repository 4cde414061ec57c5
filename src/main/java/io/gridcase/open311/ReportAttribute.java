package io.gridcase.open311;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The routing-decision inputs a reporter can answer that Open311's own fields do not carry, and
 * how an answer goes into the report. Which of them a service definition offers is up to the
 * deployed decisions ({@link RoutingInputs}): a column the designer removes is no longer asked for
 * nor accepted. The other inputs come from standard fields: {@code reportedCategory}/{@code category}
 * from service_code, {@code channel} from the api_key, the case text from description, {@code townCode}
 * from lat/long or address_id.
 */
enum ReportAttribute {
  SME("sme", "string", "企业名称：以企业身份反映诉求时填写，按中小微企业诉求“117”办理 (the enterprise's name, for an SME complaint)",
      List.of()),
  OVERSEAS_CHINESE("overseasChinese", "singlevaluelist", "是否涉侨 (overseas Chinese involved)",
      List.of(new Value("true", "是 yes"), new Value("false", "否 no")));

  /** A choice of a list attribute. */
  record Value(String key, String name) {}

  private final String variable;
  private final String datatype;
  private final String datatypeDescription;
  private final List<Value> values;

  ReportAttribute(String variable, String datatype, String datatypeDescription, List<Value> values) {
    this.variable = variable;
    this.datatype = datatype;
    this.datatypeDescription = datatypeDescription;
    this.values = values;
  }

  static Optional<ReportAttribute> forVariable(String variable) {
    return Arrays.stream(values()).filter(a -> a.variable.equals(variable)).findFirst();
  }

  /** The attribute's code: the decision's variable name. */
  String code() {
    return variable;
  }

  String datatype() {
    return datatype;
  }

  String datatypeDescription() {
    return datatypeDescription;
  }

  List<Value> choices() {
    return values;
  }

  boolean accepts(String value) {
    return values.isEmpty() || values.stream().anyMatch(v -> v.key().equals(value));
  }
}
