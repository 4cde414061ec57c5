package io.gridcase.security.models;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.util.ClassUtils;

/**
 * The last resolver of the sandbox ({@link SandboxExpressionManager}): it answers what the
 * resolvers before it (process variables, maps, lists, arrays) did not, by {@link ExpressionPolicy}.
 * An identifier names a bean of {@link ModelBeans} or nothing; a property is one of the few
 * allowed on {@code execution} and {@code task}; a method call goes to a model bean's own method.
 * Everything else is refused with a message that names what was reached and nothing of its value.
 */
final class SandboxElResolver extends ELResolver {

  static final String CONTRACT = " (docs/process-contract.md, \"What a model may call\")";

  private final Function<String, Object> beans;
  private final BeanELResolver calls = new BeanELResolver(true);
  private final Map<Class<?>, Set<String>> callable = new ConcurrentHashMap<>();
  private volatile Set<Object> modelBeans;

  /** {@code beans} looks a bean up by name; it is asked for names of {@link ModelBeans} only. */
  SandboxElResolver(Function<String, Object> beans) {
    this.beans = beans;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    String name = String.valueOf(property);
    if (base == null) {
      if (!ModelBeans.NAMES.contains(name)) {
        throw new PropertyNotFoundException("模型不可访问 / a model may not reach '" + name
            + "': it is neither a process variable nor a bean a model may call" + CONTRACT);
      }
      context.setPropertyResolved(true);
      return beans.apply(name);
    }
    if (base instanceof DelegateExecution execution && ExpressionPolicy.EXECUTION_PROPERTIES.contains(name)) {
      context.setPropertyResolved(true);
      return executionProperty(execution, name);
    }
    if (base instanceof DelegateTask task && ExpressionPolicy.TASK_PROPERTIES.contains(name)) {
      context.setPropertyResolved(true);
      return taskProperty(task, name);
    }
    throw new PropertyNotFoundException("模型不可访问 / a model may not read '" + name + "' of "
        + kind(base) + CONTRACT);
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    String name = String.valueOf(method);
    if (base != null && isModelBean(base) && callableOn(base).contains(name)) {
      return calls.invoke(context, base, name, paramTypes, params);
    }
    throw new MethodNotFoundException("模型不可调用 / a model may not call '" + name + "' on " + kind(base) + CONTRACT);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    throw new PropertyNotWritableException("模型不可修改 / a model may not set '" + property + "'" + CONTRACT);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? Object.class : null;
  }

  private static Object executionProperty(DelegateExecution execution, String name) {
    return switch (name) {
      case "id" -> execution.getId();
      case "processInstanceId" -> execution.getProcessInstanceId();
      case "processBusinessKey" -> execution.getProcessBusinessKey();
      case "businessKey" -> execution.getBusinessKey();
      case "processDefinitionId" -> execution.getProcessDefinitionId();
      case "currentActivityId" -> execution.getCurrentActivityId();
      case "currentActivityName" -> execution.getCurrentActivityName();
      case "activityInstanceId" -> execution.getActivityInstanceId();
      case "eventName" -> execution.getEventName();
      case "tenantId" -> execution.getTenantId();
      default -> throw new IllegalStateException(name);
    };
  }

  private static Object taskProperty(DelegateTask task, String name) {
    return switch (name) {
      case "id" -> task.getId();
      case "name" -> task.getName();
      case "taskDefinitionKey" -> task.getTaskDefinitionKey();
      case "assignee" -> task.getAssignee();
      case "processInstanceId" -> task.getProcessInstanceId();
      case "eventName" -> task.getEventName();
      default -> throw new IllegalStateException(name);
    };
  }

  /** The model beans themselves, by identity: a bean's class alone would also let in its other instances. */
  private boolean isModelBean(Object base) {
    Set<Object> known = modelBeans;
    if (known == null) {
      known = Collections.newSetFromMap(new IdentityHashMap<>());
      for (String name : ModelBeans.NAMES) {
        known.add(beans.apply(name));
      }
      modelBeans = known;
    }
    return known.contains(base);
  }

  private Set<String> callableOn(Object bean) {
    return callable.computeIfAbsent(ClassUtils.getUserClass(bean), type -> Arrays.stream(type.getMethods())
        .filter(ExpressionPolicy::mayCall)
        .map(Method::getName)
        .collect(Collectors.toUnmodifiableSet()));
  }

  /** What the base is, without its value: a bean's name, a model object, or a value's type. */
  private String kind(Object base) {
    if (base == null) {
      return "nothing";
    }
    if (base instanceof DelegateExecution) {
      return "execution";
    }
    if (base instanceof DelegateTask) {
      return "task";
    }
    if (isModelBean(base)) {
      return "bean " + ClassUtils.getUserClass(base).getSimpleName();
    }
    return "a value of type " + base.getClass().getSimpleName();
  }
}
