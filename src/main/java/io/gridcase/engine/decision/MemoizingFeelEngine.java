package io.gridcase.engine.decision;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's FEEL engine with a memory (ADR 25): the result of a FEEL expression of a DMN table (an
 * input expression, an input entry, an output entry) is kept, keyed by the expression's text and the
 * values of the variables it can read, and given back the next time the same text meets the same
 * values. The DMN engine around it still runs as before (hit policy, type conversion, the history of
 * every evaluation); only parsing and evaluating a FEEL text it has already answered for these values
 * is saved.
 *
 * <p>Honest because FEEL is a pure function of its text and its variables, with these guards:
 * <ul>
 *   <li>the variables an expression can read are those whose name occurs in its text (a FEEL name
 *       must be written out to be read), plus the tested input value for an input entry ({@code ?});
 *       any variable whose name occurs counts, so the key may hold more than needed, never less;</li>
 *   <li>a text naming a clock or chance ({@code now}, {@code today}, {@code random}) is never kept;</li>
 *   <li>a key or a result that is not an immutable value (a list, a map, a {@code Date}, JSON) is never
 *       kept, nor a failure (it is thrown again each time); neither is text longer than
 *       {@value #LONGEST_KEPT_TEXT} characters (free text such as a description, which never repeats);</li>
 *   <li>a new version of a table needs no invalidation: a changed cell is a new text and so a new
 *       key, and an unchanged text gives the same result for the same values by definition.</li>
 * </ul>
 * The memory holds at most {@value #CAPACITY} results and is emptied when full.
 */
public final class MemoizingFeelEngine implements FeelEngine {

  static final int CAPACITY = 50_000;
  static final int LONGEST_KEPT_TEXT = 200;
  private static final Pattern UNREPEATABLE = Pattern.compile("\\b(now|today|random)\\b", Pattern.CASE_INSENSITIVE);
  private static final Object NULL = new Object();
  private static final Object UNKEPT = new Object();
  private static final Set<Class<?>> VALUES = Set.of(String.class, Boolean.class, Integer.class, Long.class, Short.class,
      Byte.class, Double.class, Float.class, Character.class, BigDecimal.class, BigInteger.class, LocalDate.class,
      LocalTime.class, LocalDateTime.class, ZonedDateTime.class, OffsetDateTime.class, Duration.class, Period.class);

  private final FeelEngine feel;
  private final Map<Key, Object> results = new ConcurrentHashMap<>();
  private static final Map<String, Boolean> REPEATABLE = new ConcurrentHashMap<>();

  public MemoizingFeelEngine(FeelEngine feel) {
    this.feel = feel;
  }

  @Override
  public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
    Key key = key(expression, null, variables);
    if (key == null) {
      return feel.evaluateSimpleExpression(expression, variables);
    }
    Object kept = results.get(key);
    if (kept != null) {
      return unwrap(kept);
    }
    T result = feel.evaluateSimpleExpression(expression, variables);
    keep(key, result);
    return result;
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
    Key key = key(expression, inputVariable, variables);
    if (key == null) {
      return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }
    Object kept = results.get(key);
    if (kept != null) {
      return (Boolean) kept;
    }
    boolean result = feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    keep(key, result);
    return result;
  }

  /** How many results are kept now (for tests). */
  int size() {
    return results.size();
  }

  private void keep(Key key, Object result) {
    if (result != null && !keepable(result)) {
      return;
    }
    if (results.size() >= CAPACITY) {
      results.clear();
    }
    results.put(key, result == null ? NULL : result);
  }

  @SuppressWarnings("unchecked")
  private static <T> T unwrap(Object kept) {
    return kept == NULL ? null : (T) kept;
  }

  /** The key, or null if this evaluation must not be kept. */
  private static Key key(String expression, String inputVariable, VariableContext variables) {
    if (expression == null || !repeatable(expression)) {
      return null;
    }
    List<Object> values = new ArrayList<>(4);
    for (String name : variables.keySet()) {
      if (name.equals(inputVariable) || expression.contains(name)) {
        Object value = value(variables.resolve(name));
        if (value == UNKEPT) {
          return null;
        }
        values.add(name);
        values.add(value);
      }
    }
    return new Key(expression, inputVariable, values);
  }

  private static boolean repeatable(String expression) {
    Boolean known = REPEATABLE.get(expression);
    if (known == null) {
      known = !UNREPEATABLE.matcher(expression).find();
      if (REPEATABLE.size() >= CAPACITY) {
        REPEATABLE.clear();
      }
      REPEATABLE.put(expression, known);
    }
    return known;
  }

  private static Object value(TypedValue typed) {
    Object value = typed == null ? null : typed.getValue();
    if (value == null) {
      return NULL;
    }
    return keepable(value) ? value : UNKEPT;
  }

  private static boolean keepable(Object value) {
    if (value instanceof String text) {
      return text.length() <= LONGEST_KEPT_TEXT;
    }
    return VALUES.contains(value.getClass()) || value instanceof Enum<?>;
  }

  private record Key(String expression, String inputVariable, List<Object> values) {}
}
