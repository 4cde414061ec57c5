package io.gridcase.security.models;

import io.gridcase.GridcaseApplication;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an expression in a model may reach. One list for both guards: {@link ModelCheck} refuses a
 * deployment whose expression names a forbidden member, and {@link SandboxElResolver} refuses at
 * run time whatever is not allowed (the forbidden members included, however they are spelled).
 *
 * <p>At run time an expression reads process variables, the items of maps, lists and arrays, a few
 * harmless properties of {@code execution} and {@code task}, and calls the public methods that the
 * product's own classes declare on the beans of {@link ModelBeans}. Nothing else: no method on a
 * value, no Java bean property, no other Spring bean.
 */
final class ExpressionPolicy {

  /** Members that lead to reflection, class loading, the engine's services or Spin's deserialisation. */
  static final Set<String> FORBIDDEN_MEMBERS = Set.of(
      "class", "getClass", "forName", "classLoader", "getClassLoader", "contextClassLoader", "getContextClassLoader",
      "declaredMethods", "getDeclaredMethods", "getDeclaredMethod", "methods", "getMethods", "getMethod",
      "declaredFields", "getDeclaredFields", "getDeclaredField", "getFields", "getField",
      "declaredConstructors", "getDeclaredConstructors", "getDeclaredConstructor", "getConstructors", "getConstructor",
      "newInstance", "invoke", "getRuntime", "exec", "module", "getModule", "protectionDomain", "getProtectionDomain",
      "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
      "processEngineConfiguration", "getProcessEngineConfiguration",
      "applicationContext", "getApplicationContext", "getBean", "beanFactory", "getBeanFactory", "mapTo");

  /** Properties of {@code execution} (a DelegateExecution) an expression may read. */
  static final Set<String> EXECUTION_PROPERTIES = Set.of(
      "id", "processInstanceId", "processBusinessKey", "businessKey", "processDefinitionId", "currentActivityId",
      "currentActivityName", "activityInstanceId", "eventName", "tenantId");

  /** Properties of {@code task} (a DelegateTask) an expression may read. */
  static final Set<String> TASK_PROPERTIES = Set.of(
      "id", "name", "taskDefinitionKey", "assignee", "processInstanceId", "eventName");

  /** The engine's own functions; Spin's {@code S()}, {@code JSON()}, {@code XML()} are left out. */
  static final Set<String> FUNCTIONS = Set.of("currentUser", "currentUserGroups", "now", "dateTime");

  private static final Set<String> OBJECT_METHODS =
      Arrays.stream(Object.class.getMethods()).map(Method::getName).collect(Collectors.toSet());

  private static final String PRODUCT_PACKAGE = GridcaseApplication.class.getPackageName() + ".";

  private ExpressionPolicy() {}

  static boolean forbidden(String member) {
    return FORBIDDEN_MEMBERS.contains(member);
  }

  /**
   * Whether an expression may call the method on a bean of {@link ModelBeans}: a public instance
   * method that a class of the product declares, not one of {@code Object}'s, not a forbidden one.
   * Methods that Spring's proxies or library superclasses add are not the product's and stay out.
   */
  static boolean mayCall(Method method) {
    return Modifier.isPublic(method.getModifiers())
        && !Modifier.isStatic(method.getModifiers())
        && !method.isBridge()
        && !method.isSynthetic()
        && method.getDeclaringClass().getName().startsWith(PRODUCT_PACKAGE)
        && !OBJECT_METHODS.contains(method.getName())
        && !forbidden(method.getName());
  }

  /**
   * The forbidden members that the expressions ({@code ${...}} or {@code #{...}}) in a text name:
   * identifiers, and string literals used as a property ({@code x['class']}). Text outside
   * expressions is not looked at. A name built at run time is the resolver's to refuse.
   */
  static Set<String> forbiddenNamesIn(String text) {
    Set<String> found = new TreeSet<>();
    int at = 0;
    while (at < text.length() - 1) {
      char c = text.charAt(at);
      if ((c == '$' || c == '#') && text.charAt(at + 1) == '{') {
        at = scanExpression(text, at + 2, found);
      } else {
        at++;
      }
    }
    return found;
  }

  /** Scans one expression body from {@code at}; answers the index after its closing brace. */
  private static int scanExpression(String text, int at, Set<String> found) {
    int depth = 1;
    char previous = ' ';
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\'' || c == '"') {
        int end = endOfString(text, at);
        String literal = unescape(text.substring(at + 1, Math.max(at + 1, end - 1)));
        if (previous == '[' && forbidden(literal)) {
          found.add(literal);
        }
        previous = c;
        at = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = at;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
          end++;
        }
        String name = text.substring(at, end);
        if (forbidden(name)) {
          found.add(name);
        }
        previous = 'a';
        at = end;
      } else {
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return at + 1;
        }
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        at++;
      }
    }
    return at;
  }

  /** The index after the string literal that starts at {@code at} (JUEL: quotes escaped by a backslash). */
  private static int endOfString(String text, int at) {
    char quote = text.charAt(at);
    int i = at + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }

  private static String unescape(String literal) {
    return literal.replaceAll("\\\\(.)", "$1");
  }
}
