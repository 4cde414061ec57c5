package io.gridcase.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Prints the flow-node and sequence-flow coverage of every process in {@code processes/} over all
 * test classes, from the reports camunda-process-test-coverage writes, and fails below a minimum.
 * The models are read from the product's own files, so probe models that tests deploy (even under
 * a product's process id, as a designer would) neither count nor hide a gap. The build runs it
 * after the tests ({@code exec:java} in the verify phase).
 */
public final class ProcessCoverageReport {

  private ProcessCoverageReport() {}

  public static void main(String[] args) throws IOException {
    Path reports = Path.of(args.length > 0 ? args[0] : "target/process-test-coverage");
    double minimum = args.length > 1 ? Double.parseDouble(args[1]) : 0.0;
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    Map<String, Set<String>> covered = new TreeMap<>();
    var json = new ObjectMapper();
    if (!Files.isDirectory(reports)) {
      // a build that ran no process test (e.g. only the fault tests) has nothing to report
      System.out.println("No process coverage recorded in " + reports);
      if (minimum > 0) {
        System.exit(1);
      }
      return;
    }
    try (Stream<Path> files = Files.list(Path.of(args.length > 2 ? args[2] : "processes"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model.getModelElementsByType(Process.class).forEach(process -> models.put(process.getId(), model));
      }
    }
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        JsonNode report = json.readTree(file.toFile());
        report.get("suites").forEach(suite -> suite.get("runs").forEach(run -> run.get("events").forEach(event ->
            covered.computeIfAbsent(event.get("modelKey").asText(), key -> new TreeSet<>()).add(event.get("definitionKey").asText()))));
      }
    }
    System.out.println("Process model coverage over all tests (flow nodes and sequence flows):");
    boolean belowMinimum = false;
    for (var model : models.entrySet()) {
      Set<String> hit = covered.getOrDefault(model.getKey(), Set.of());
      List<String> nodes = ids(model.getValue(), FlowNode.class);
      List<String> flows = ids(model.getValue(), SequenceFlow.class);
      long nodesHit = nodes.stream().filter(hit::contains).count();
      long flowsHit = flows.stream().filter(hit::contains).count();
      double ratio = (double) (nodesHit + flowsHit) / (nodes.size() + flows.size());
      System.out.printf("  %-20s flow nodes %3d/%-3d  sequence flows %3d/%-3d  total %5.1f%%%n",
          model.getKey(), nodesHit, nodes.size(), flowsHit, flows.size(), ratio * 100);
      Stream.concat(nodes.stream(), flows.stream()).filter(id -> !hit.contains(id))
          .forEach(id -> System.out.println("      not covered: " + id));
      belowMinimum |= ratio < minimum;
    }
    if (belowMinimum) {
      System.err.printf("Process coverage below the minimum of %.0f%%%n", minimum * 100);
      System.exit(1);
    }
  }

  private static List<String> ids(BpmnModelInstance model, Class<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> type) {
    return model.getModelElementsByType(type).stream().map(e -> e.getId()).sorted().toList();
  }
}
