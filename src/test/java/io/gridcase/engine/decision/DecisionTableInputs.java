package io.gridcase.engine.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Every combination of the values a DMN table's cells name, column by column: the string literals of
 * its input entries (and, for {@code contains(?, "x")}, a sentence around x), the numbers and their
 * neighbours, true and false, null and a value no cell names. So every row is reached by some
 * combination (the test checks it) and so are inputs that hit no row.
 */
final class DecisionTableInputs {

  private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w\"])-?\\d+(\\.\\d+)?(?![\\w\"])");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "null", "and", "or", "not", "true", "false");

  private DecisionTableInputs() {}

  static DmnModelInstance model(String decision) {
    try (InputStream in = resource(decision)) {
      return Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream resource(String decision) {
    return DecisionTableInputs.class.getClassLoader().getResourceAsStream("models/" + decision + ".dmn");
  }

  static List<VariableMap> combinations(String decision) {
    DecisionTable table = model(decision).getModelElementsByType(DecisionTable.class).iterator().next();
    List<Input> inputs = new ArrayList<>(table.getInputs());
    List<List<Object>> columns = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (int column = 0; column < inputs.size(); column++) {
      Input input = inputs.get(column);
      variables.add(firstName(input.getInputExpression().getText().getTextContent()));
      List<String> entries = new ArrayList<>();
      for (Rule rule : table.getRules()) {
        entries.add(new ArrayList<>(rule.getInputEntries()).get(column).getTextContent());
      }
      columns.add(candidates(input.getInputExpression().getTypeRef(), entries));
    }
    List<VariableMap> all = new ArrayList<>();
    combine(variables, columns, 0, Variables.createVariables(), all);
    return all;
  }

  private static void combine(List<String> names, List<List<Object>> columns, int column, VariableMap so, List<VariableMap> all) {
    if (column == columns.size()) {
      all.add(copy(so));
      return;
    }
    for (Object value : columns.get(column)) {
      VariableMap next = copy(so);
      if (!next.containsKey(names.get(column)) || value != null) {
        next.put(names.get(column), value);
      }
      combine(names, columns, column + 1, next, all);
    }
  }

  private static VariableMap copy(VariableMap variables) {
    VariableMap copy = Variables.createVariables();
    copy.putAll(variables);
    return copy;
  }

  /** The first variable an input expression reads ({@code title} in the title-and-description expression). */
  private static String firstName(String expression) {
    Matcher name = NAME.matcher(expression);
    while (name.find()) {
      if (!KEYWORDS.contains(name.group())) {
        return name.group();
      }
    }
    throw new IllegalArgumentException("no variable in " + expression);
  }

  private static List<Object> candidates(String type, List<String> entries) {
    Set<Object> values = new LinkedHashSet<>();
    values.add(null);
    String joined = String.join(" ", entries);
    switch (type) {
      case "boolean" -> {
        values.add(true);
        values.add(false);
      }
      case "integer", "long", "double" -> {
        values.add(number(type, 0));
        Matcher number = NUMBER.matcher(joined);
        while (number.find()) {
          double found = Double.parseDouble(number.group());
          for (double near : new double[] {found - 1, found, found + 1}) {
            values.add(number(type, near));
          }
        }
      }
      default -> {
        values.add("NONE_OF_THESE");
        Matcher literal = STRING.matcher(joined);
        while (literal.find()) {
          values.add(literal.group(1));
          if (joined.contains("contains(")) {
            values.add("市民反映" + literal.group(1) + "问题");
          }
        }
      }
    }
    return new ArrayList<>(values);
  }

  private static Object number(String type, double value) {
    return switch (type) {
      case "integer" -> (int) value;
      case "long" -> (long) value;
      default -> value;
    };
  }

  /** The ids of a table's rules, in order (to check that every row was hit). */
  static List<String> ruleIds(String decision) {
    DecisionTable table = model(decision).getModelElementsByType(DecisionTable.class).iterator().next();
    return table.getRules().stream().map(Rule::getId).toList();
  }

  /** Whether a row matches anything (all its input entries empty), so no input can miss every row. */
  static boolean hasCatchAll(String decision) {
    DecisionTable table = model(decision).getModelElementsByType(DecisionTable.class).iterator().next();
    return table.getRules().stream().anyMatch(rule -> rule.getInputEntries().stream()
        .allMatch(entry -> entry.getTextContent().isBlank() || entry.getTextContent().trim().equals("-")));
  }
}
