/*
 * Gridcase: Cockpit's diagrams show each user task by its name as a person reads it. The models
 * name a task with the case in it (签收工单 Sign for order · ${caseNumber} ${title}) so that
 * Tasklist lists "签收工单 Sign for order · GC… 工地拖欠工资"; in a diagram that expression would
 * show raw. This drops the " · ${…}" part from the names the diagram draws (the model is not
 * changed). Loaded by config.js (customScripts), Cockpit's diagram plugin points, which hand over
 * the diagram's bpmn-js viewer.
 */
const EXPRESSION_PART = /\s*·\s*\$\{[\s\S]*$/;

function plainName(name) {
  return name.replace(EXPRESSION_PART, '').replace(/\$\{[^}]*\}/g, '').trim();
}

function redrawNames(viewer) {
  const registry = viewer.get('elementRegistry');
  const graphics = viewer.get('graphicsFactory');
  for (const element of registry.getAll()) {
    const model = element.businessObject;
    if (!model || typeof model.name !== 'string' || !model.name.includes('${')) continue;
    model.name = plainName(model.name);
    graphics.update(element.waypoints ? 'connection' : 'shape', element, registry.getGraphics(element));
  }
}

function render(viewer) {
  redrawNames(viewer);
  viewer.on('import.done', () => redrawNames(viewer));
}

export default [
  { id: 'gridcase.diagramNames.definition', pluginPoint: 'cockpit.processDefinition.diagram.plugin', priority: 0, render },
  { id: 'gridcase.diagramNames.instance', pluginPoint: 'cockpit.processInstance.diagram.plugin', priority: 0, render },
];
