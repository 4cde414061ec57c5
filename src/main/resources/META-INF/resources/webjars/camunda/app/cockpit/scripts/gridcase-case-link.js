/*
 * Gridcase: a link from a process instance in Cockpit to its case page (/case/{caseNumber}).
 * The case is the instance's business key (io.gridcase.process.BusinessKey); an instance without
 * a case number for key shows no link. Loaded by config.js (customScripts), Cockpit's 7.14+ plugin API.
 */
const CASE_NUMBER = /^GC[0-9]{6,30}$/;

function render(node, { processInstanceId }) {
  fetch('/camunda/api/engine/engine/default/history/process-instance/' + encodeURIComponent(processInstanceId),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((instance) => {
      if (!instance || !CASE_NUMBER.test(instance.businessKey || '')) {
        return;
      }
      const link = document.createElement('a');
      link.className = 'btn btn-default action-button gridcase-case-link';
      link.href = '/case/' + instance.businessKey;
      link.target = '_blank';
      link.rel = 'noopener';
      link.title = '在案件详情页查看时限、部门、回访和办理过程';
      link.textContent = '案件详情 ' + instance.businessKey;
      node.appendChild(link);
    })
    .catch(() => {});
}

export default [
  { id: 'gridcase.caseLink.runtime', pluginPoint: 'cockpit.processInstance.runtime.action', priority: 20, render },
  { id: 'gridcase.caseLink.history', pluginPoint: 'cockpit.processInstance.history.action', priority: 20, render },
];
