/*
 * Gridcase: a link from a process instance in Cockpit to its case page (/case/{caseNumber}).
 * The case is the instance's business key (io.gridcase.engine.BusinessKey); an instance without
 * a case number for key shows no link. Loaded by config.js (customScripts), Cockpit's 7.14+ plugin API.
 */
const CASE_NUMBER = /^GC[0-9]{6,30}$/;

/** The case number of an instance (its business key), or null when it is not a case. */
function caseOf(processInstanceId) {
  return fetch('/camunda/api/engine/engine/default/history/process-instance/' + encodeURIComponent(processInstanceId),
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((instance) => (instance && CASE_NUMBER.test(instance.businessKey || '') ? instance.businessKey : null))
    .catch(() => null);
}

function link(caseNumber, text, className) {
  const a = document.createElement('a');
  a.className = className;
  a.href = '/case/' + caseNumber;
  a.target = '_blank';
  a.rel = 'noopener';
  a.title = '案件详情 ' + caseNumber + '：时限、部门、回访和办理过程';
  a.textContent = text;
  return a;
}

/** A small button beside Cockpit's own actions (the action bar is narrow). */
function renderAction(node, { processInstanceId }) {
  caseOf(processInstanceId).then((caseNumber) => {
    if (caseNumber) node.appendChild(link(caseNumber, '案件', 'btn btn-default action-button gridcase-case-action'));
  });
}

/** A tab beside 变量 / 故障 / 用户任务 with the link in full. */
function renderTab(node, { processInstanceId }) {
  caseOf(processInstanceId).then((caseNumber) => {
    const p = document.createElement('p');
    p.style.margin = '12px';
    if (caseNumber) {
      p.appendChild(document.createTextNode('本流程实例办理的案件：'));
      p.appendChild(link(caseNumber, '案件详情 ' + caseNumber, 'gridcase-case-link'));
    } else {
      p.textContent = '本流程实例不属于任何案件。';
    }
    node.appendChild(p);
  });
}

export default [
  { id: 'gridcase.caseLink.action', pluginPoint: 'cockpit.processInstance.runtime.action', priority: 20, render: renderAction },
  {
    id: 'gridcase.caseLink.tab', pluginPoint: 'cockpit.processInstance.runtime.tab', priority: 20,
    properties: { label: '案件详情' }, render: renderTab,
  },
];
