package io.gridcase.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a process designer does to change a rule: edit the table in Camunda Modeler and deploy the
 * models through {@code /engine-rest/deployment/create}. {@code case-lifecycle} binds its
 * decisions and forms by deployment ({@code decisionRefBinding="deployment"}), so a changed
 * table takes effect for new cases only when it is deployed together with the process that
 * calls it: the designer deploys the whole model set, as the application does.
 */
final class DesignerDeployment {

  private static final Path MODELS = Path.of("").toAbsolutePath();
  private static final Pattern SME_ACCEPT_RULE = Pattern.compile("<rule id=\"Rule_SME_117_ACCEPT\">.*?</rule>", Pattern.DOTALL);

  private final Map<String, Path> files = new LinkedHashMap<>();

  /** The models of this checkout: {@code processes/}, {@code decisions/}, {@code forms/}. */
  static DesignerDeployment ofTheModels() throws IOException {
    var deployment = new DesignerDeployment();
    for (String folder : new String[] {"processes", "decisions", "forms"}) {
      try (Stream<Path> models = Files.list(MODELS.resolve(folder))) {
        models.sorted().forEach(model -> deployment.files.put(model.getFileName().toString(), model));
      }
    }
    return deployment;
  }

  /**
   * The SME "117" reply limit ({@code ACCEPT}) of {@code deadline-profile} set to {@code limit}, the
   * reminder at {@code reminderShare} of it and the escalation at {@code escalationFactor} times it.
   */
  DesignerDeployment withSmeReplyLimit(String limit, double reminderShare, int escalationFactor) throws IOException {
    String table = Files.readString(files.get("deadline-profile.dmn"));
    Matcher rule = SME_ACCEPT_RULE.matcher(table);
    if (!rule.find()) {
      throw new IllegalStateException("deadline-profile.dmn has no Rule_SME_117_ACCEPT");
    }
    String changed = rule.group()
        .replace("<text>\"PT1H\"</text>", "<text>\"" + limit + "\"</text>")
        .replace("<text>0.8</text>", "<text>" + reminderShare + "</text>")
        .replace("<text>3</text>", "<text>" + escalationFactor + "</text>");
    Path edited = Files.createTempDirectory("designer").resolve("deadline-profile.dmn");
    Files.writeString(edited, table.substring(0, rule.start()) + changed + table.substring(rule.end()));
    files.put("deadline-profile.dmn", edited);
    return this;
  }

  /** Deploys as {@code designer}; answers the deployment's id. */
  String deploy(URI engineRest, NodeHttp designer, String name) throws IOException, InterruptedException {
    JsonNode deployment = designer.postMultipart(engineRest.resolve("deployment/create"),
        Map.of("deployment-name", name, "deployment-source", "Camunda Modeler"), files);
    return deployment.get("id").asText();
  }
}
