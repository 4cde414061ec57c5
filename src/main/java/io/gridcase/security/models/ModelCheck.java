package io.gridcase.security.models;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.xml.ModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The check every new deployment passes before Camunda parses it (docs/adr/0014-models-are-code.md).
 * A deployment carries BPMN, DMN and Camunda Forms only. A BPMN model may not run code other than
 * through the beans of {@link ModelBeans}: no script (tasks, listeners, input/output, conditions,
 * {@code camunda:resource}), no Java class by name ({@code camunda:class},
 * {@code variableMappingClass}, {@code formHandlerClass}), no connector, no field injection into
 * the shared beans, no custom form field validator, no embedded HTML form ({@code formKey}), no
 * expression naming a member of {@link ExpressionPolicy#FORBIDDEN_MEMBERS}. A DMN decision is FEEL
 * only. A person (a deployment with an authenticated user) deploys only the processes and decisions
 * the release ships ({@link Keys}); the application's own code deploys what it likes, checked alike.
 *
 * <p>Reads the models with Camunda's model API and walks the whole XML tree, so an attribute
 * anywhere (extension elements, listeners, input/output) is seen whatever element carries it.
 */
final class ModelCheck {

  static final String ADR = "docs/adr/0014-models-are-code.md";

  /** The process and decision ids of some models; of the release, those a person may deploy. */
  record Keys(Set<String> processes, Set<String> decisions) {}

  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass", "formHandlerClass");
  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text");

  private final Supplier<Keys> released;

  /** {@code released}: the ids the release ships, asked only when a person deploys. */
  ModelCheck(Supplier<Keys> released) {
    this.released = released;
  }

  /**
   * What is wrong with the deployment, one line per finding naming the resource and the element;
   * empty when it may be deployed. {@code byAPerson}: an authenticated user deploys (REST, Cockpit).
   */
  List<String> refusals(Map<String, byte[]> resources, boolean byAPerson) {
    List<String> refusals = new ArrayList<>();
    Map<String, String> processes = new LinkedHashMap<>();
    Map<String, String> decisions = new LinkedHashMap<>();
    resources.forEach((resource, bytes) -> {
      Kind kind = Kind.of(resource);
      if (kind == Kind.OTHER) {
        refusals.add(resource + ": 只能部署模型 / a deployment carries .bpmn, .dmn and .form files only");
        return;
      }
      if (kind == Kind.FORM) {
        return;
      }
      Document document = read(kind, bytes, resource, refusals);
      if (document == null) {
        return;
      }
      if (kind == Kind.BPMN) {
        checkBpmn(document.getDocumentElement(), "definitions", resource, refusals);
        ids(document, "process").forEach(id -> processes.put(id, resource));
      } else {
        checkDmn(document.getDocumentElement(), "definitions", resource, refusals);
        ids(document, "decision").forEach(id -> decisions.put(id, resource));
      }
    });
    if (byAPerson && (!processes.isEmpty() || !decisions.isEmpty())) {
      Keys release = released.get();
      processes.forEach((id, resource) -> {
        if (!release.processes().contains(id)) {
          refusals.add(resource + ", " + id + ": 不是本版本的流程 / '" + id
              + "' is not a process of this release; new processes come with a release");
        }
      });
      decisions.forEach((id, resource) -> {
        if (!release.decisions().contains(id)) {
          refusals.add(resource + ", " + id + ": 不是本版本的决策 / '" + id
              + "' is not a decision of this release; new decisions come with a release");
        }
      });
    }
    return refusals;
  }

  /** The process and decision ids in these models. */
  static Keys keys(Map<String, byte[]> resources) {
    Set<String> processes = new TreeSet<>();
    Set<String> decisions = new TreeSet<>();
    resources.forEach((resource, bytes) -> {
      Kind kind = Kind.of(resource);
      if (kind == Kind.BPMN || kind == Kind.DMN) {
        Document document = read(kind, bytes, resource, new ArrayList<>());
        if (document != null) {
          (kind == Kind.BPMN ? processes : decisions).addAll(ids(document, kind == Kind.BPMN ? "process" : "decision"));
        }
      }
    });
    return new Keys(Set.copyOf(processes), Set.copyOf(decisions));
  }

  private static Document read(Kind kind, byte[] bytes, String resource, List<String> refusals) {
    try {
      ModelInstance model = kind == Kind.BPMN
          ? Bpmn.readModelFromStream(new ByteArrayInputStream(bytes))
          : Dmn.readModelFromStream(new ByteArrayInputStream(bytes));
      return (Document) model.getDocument().getDomSource().getNode();
    } catch (RuntimeException e) {
      refusals.add(resource + ": 无法解析 / not a valid " + kind + " model: " + rootMessage(e));
      return null;
    }
  }

  private static void checkBpmn(Element element, String enclosingId, String resource, List<String> refusals) {
    String name = element.getLocalName();
    if (NOT_EVALUATED.contains(name)) {
      return;
    }
    String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
    String at = resource + ", " + id + ": ";
    switch (name) {
      case "scriptTask" -> refusals.add(at + "脚本任务 / script tasks are not allowed");
      case "script" -> {
        if (!"scriptTask".equals(element.getParentNode().getLocalName())) {
          refusals.add(at + "脚本 / scripts are not allowed (listener, input/output or condition)");
        }
      }
      case "connector" -> refusals.add(at + "连接器 / connectors are not allowed");
      case "field" -> refusals.add(at + "字段注入 / field injection into a bean is not allowed");
      case "constraint" -> {
        if ("validator".equals(element.getAttribute("name"))) {
          refusals.add(at + "自定义校验器 / custom form field validators are not allowed");
        }
      }
      default -> { }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
      String value = attribute.getValue();
      if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        continue;
      }
      if (CLASS_ATTRIBUTES.contains(attributeName)) {
        refusals.add(at + "Java 类 / camunda:" + attributeName + " is not allowed: call a bean a model may call"
            + SandboxElResolver.CONTRACT);
      } else if (attributeName.equals("resource")) {
        refusals.add(at + "外部脚本 / camunda:resource scripts are not allowed");
      } else if (attributeName.equals("scriptFormat") || attributeName.equals("language")) {
        refusals.add(at + "脚本 / scripts are not allowed (" + attributeName + " '" + value + "')");
      } else if (attributeName.equals("formKey") && !value.startsWith("camunda-forms:")) {
        refusals.add(at + "表单 / embedded and external forms are not allowed: use camunda:formRef");
      }
      memberRefusals(value, at, refusals);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkBpmn(childElement, id, resource, refusals);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        memberRefusals(child.getNodeValue(), at, refusals);
      }
    }
  }

  private static void checkDmn(Element element, String enclosingId, String resource, List<String> refusals) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
    String language = element.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !isFeel(language)) {
      refusals.add(resource + ", " + id + ": 决策只用 FEEL / decisions are written in FEEL, not '" + language + "'");
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        checkDmn(childElement, id, resource, refusals);
      }
    }
  }

  /** "feel" or one of the OMG's FEEL namespaces; everything else would need JUEL or a script engine. */
  static boolean isFeel(String language) {
    String lower = language.toLowerCase(Locale.ROOT);
    return lower.equals("feel")
        || (lower.startsWith("http://www.omg.org/spec/") || lower.startsWith("https://www.omg.org/spec/"))
            && lower.contains("/feel/");
  }

  private static void memberRefusals(String text, String at, List<String> refusals) {
    for (String member : ExpressionPolicy.forbiddenNamesIn(text)) {
      refusals.add(at + "表达式不可访问 / an expression names '" + member + "', which no model may reach"
          + SandboxElResolver.CONTRACT);
    }
  }

  private static List<String> ids(Document document, String localName) {
    List<String> ids = new ArrayList<>();
    var elements = document.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (element.getParentNode() == document.getDocumentElement() && element.hasAttribute("id")) {
        ids.add(element.getAttribute("id"));
      }
    }
    return ids;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private enum Kind {
    BPMN, DMN, FORM, OTHER;

    static Kind of(String resource) {
      String name = resource.toLowerCase(Locale.ROOT);
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        return BPMN;
      }
      if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        return DMN;
      }
      return name.endsWith(".form") ? FORM : OTHER;
    }
  }
}
