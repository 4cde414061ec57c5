/**
 * Models are code (docs/adr/0014-models-are-code.md): what a deployed BPMN or DMN may run.
 *
 * <ul>
 *   <li>{@link io.gridcase.security.models.ModelBeans}: the beans a model may call, in one place;
 *   <li>{@link io.gridcase.security.models.ExpressionPolicy}: the members no expression may name, and
 *       what an expression may read or call at run time;
 *   <li>{@link io.gridcase.security.models.ModelCheck}: the check every new deployment passes, on every
 *       path (engine REST, Cockpit, Java API, the application's own deployment);
 *   <li>{@link io.gridcase.security.models.ModelSandboxPlugin}: installs the sandboxed expression
 *       manager, turns script engines off and runs the check before Camunda's deployers.
 * </ul>
 */
package io.gridcase.security.models;
