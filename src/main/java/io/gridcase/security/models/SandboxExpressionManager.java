package io.gridcase.security.models;

import java.lang.reflect.Method;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's JUEL with a sandbox instead of Spring's resolver. Camunda's
 * {@code SpringExpressionManager} resolves every Spring bean and ends in a {@code BeanELResolver}
 * that calls any public method of any object, {@code getClass()} included; this one resolves
 * process variables (and {@code execution}, {@code task}), reads maps, lists and arrays, and leaves
 * the rest to {@link SandboxElResolver}. It serves BPMN expressions and, through the engine's
 * {@code ElProvider}, JUEL in DMN, whose embedded DMN engine takes this expression manager.
 *
 * <p>Camunda has no public API for the expression manager, so this class extends the engine's
 * {@code JuelExpressionManager} (impl) and overrides its one resolver factory.
 */
final class SandboxExpressionManager extends JuelExpressionManager {

  private final Function<String, Object> beans;

  SandboxExpressionManager(Function<String, Object> beans) {
    super(null);
    this.beans = beans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    resolver.add(new SandboxElResolver(beans));
    return resolver;
  }

  /** Only the engine's own functions; Spin's would hand an expression a deserialiser. */
  @Override
  public void addFunction(String name, Method function) {
    if (ExpressionPolicy.FUNCTIONS.contains(name)) {
      super.addFunction(name, function);
    }
  }
}
