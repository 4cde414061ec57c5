package io.gridcase.engine.decision;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;

/** Makes a {@link MemoizingFeelEngine} around each FEEL engine another factory makes (ADR 25). */
public final class MemoizingFeelEngineFactory implements FeelEngineFactory {

  private final FeelEngineFactory feel;

  public MemoizingFeelEngineFactory(FeelEngineFactory feel) {
    this.feel = feel;
  }

  @Override
  public FeelEngine createInstance() {
    return new MemoizingFeelEngine(feel.createInstance());
  }
}
