/*
 * Gridcase: what the server answers to a submitted form, shown where the person looks. A refused
 * field (the engine REST's 400 for a form refusal, a Gridcase problem's "errors") appears next to
 * that field, not only in Tasklist's notice; after a start form, the new case's number stays on
 * the page. A Tasklist custom script, registered in ../scripts/config.js.
 */
import { casePage, clearError, el, formField } from './case-view.js';

function showError(root, key, message) {
  const field = formField(root, key);
  if (!field) return false;
  clearError(field);
  field.classList.add('fjs-has-errors');
  field.append(el('div', { class: 'fjs-form-field-error gridcase-field-error', role: 'alert' }, message));
  field.scrollIntoView({ block: 'center' });
  return true;
}

function showNewCase(caseNumber) {
  document.querySelector('.gridcase-new-case')?.remove();
  const close = el('button', { type: 'button', class: 'close', 'aria-label': '关闭' }, '×');
  const notice = el('div', { class: 'gridcase-new-case alert alert-success', role: 'status' }, close,
    '已登记案件，案件编号 ', el('strong', {}, caseNumber), ' ',
    el('a', { href: casePage(caseNumber), target: '_blank' }, '查看案件'));
  close.addEventListener('click', () => notice.remove());
  document.body.append(notice);
}

// the engine REST's 400 for a form refusal: "Cannot submit task form <id>: <field>: <message>"
const REFUSED_FIELD = /^(?:Cannot submit [\w ]+ form [^:]+: )?(\w+): (.+)$/s;

/** The fields a refusal names: a Gridcase problem's errors, or the engine's form refusal. */
function refusedFields(answer) {
  if (Array.isArray(answer.errors)) return answer.errors;
  const match = REFUSED_FIELD.exec(answer.message ?? '');
  return match ? [{ field: match[1], message: match[2] }] : [];
}

/** The answer of a form's submission: the new case of a start form, or the fields refused. */
function submitted(start, status, body) {
  let answer;
  try {
    answer = JSON.parse(body);
  } catch {
    return;
  }
  if (status >= 200 && status < 300) {
    if (start && answer.businessKey) showNewCase(answer.businessKey);
    return;
  }
  const root = start ? document.querySelector('.modal-dialog') ?? document : document;
  for (const error of refusedFields(answer)) {
    showError(root, error.field, error.message);
  }
}

const START_FORM = /\/process-definition\/(key\/)?[^/]+\/submit-form$/;
const TASK_FORM = /\/task\/[^/]+\/submit-form$/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const path = String(url).split('?')[0];
  if (method === 'POST' && (START_FORM.test(path) || TASK_FORM.test(path))) {
    const start = START_FORM.test(path);
    this.addEventListener('load', () => submitted(start, this.status, this.responseText));
  }
  return open.call(this, method, url, ...rest);
};

// a field's own error goes once the person changes it
for (const type of ['input', 'change', 'click']) {
  document.addEventListener(type, (event) => {
    const field = event.target.closest?.('.fjs-form-field');
    if (field && event.isTrusted) clearError(field);
  }, true);
}
