/*
 * Gridcase: a read-only summary of the case above every task's Camunda Form (a Tasklist custom
 * script, registered in ../scripts/config.js). The task's case number comes from the task
 * (its caseNumber variable, read through the webapp's engine API with the user's own rights); the
 * case from GET /api/cases/{caseNumber}, which masks the reporter's contact for the roles that do
 * not call back. The form stays hidden until the summary is in place (or has failed), so nothing
 * appears above what the user has begun to fill in.
 */
import { caseGet, casePage, contextPath, dateTime, el, engineGet, getJson, hashParameter, isoDuration, span } from './case-view.js';

const ROLE = { LEAD: '主办', CO: '协办' };
const ORDER_STATUS = { DISPATCHED: '待签收', SIGNED: '已签收', REJECTED: '已退单', DONE: '已完成' };
const STAGE = { ACCEPT: '签收回复', PLAN: '提出方案', DONE: '办结', FEEDBACK: '反馈' };
const REJECTION_REASON = {
  NOT_OUR_DUTY: '非本部门职责',
  WRONG_LOCATION: '地址不属本辖区',
  INSUFFICIENT_INFO: '信息不全',
  DUPLICATE: '重复件',
  OTHER: '其他'
};
// the steps a handler needs to know about; reminders, stage changes and the like stay on the case page
const NOTABLE = new Set([
  'REPORTED', 'DISPATCHED', 'SIGNED', 'REJECTED', 'REDISPATCHED', 'ARBITRATED', 'PLAN_PROPOSED',
  'CONTRIBUTION_REPORTED', 'RESULT_REPORTED', 'RESOLVED_ON_THE_SPOT', 'NOT_RESOLVED_ON_THE_SPOT',
  'REVISITED', 'REOPENED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'EXTENSION_REFUSED',
  'SUPERVISED', 'URGED', 'DEADLINE_MISSED', 'ESCALATED',
  // a mediator needs the level's deadline and what the levels below tried (ADR 27)
  'MEDIATION_LEVEL_ENTERED', 'MEDIATION_SETTLED', 'MEDIATION_PASSED_UP', 'MEDIATION_ENDED', 'JUDICIAL_CONFIRMATION'
]);
const WAIT_AT_MOST_MS = 5_000;

const labelOf = (details, field) => details[`${field}Label`] || details[field] || '';
const department = (details, code) => details.departmentNames?.[code] || code;

/** A journal line (e.g. "HRSS LEAD reason=NOT_OUR_DUTY 不是我们的") as a person reads it. */
function describe(details, step) {
  const text = step.detail ?? '';
  const role = (code) => ROLE[code] ?? code;
  let m;
  switch (step.action) {
    case 'REJECTED':
      if ((m = /^(\S+) (LEAD|CO) reason=(\S+)(?: (.*))?$/s.exec(text))) {
        return `${department(details, m[1])}（${role(m[2])}）退单，原因：${REJECTION_REASON[m[3]] ?? m[3]}${m[4] ? `；${m[4]}` : ''}`;
      }
      break;
    case 'REDISPATCHED':
      if ((m = /^(\S+) -> (\S+) (LEAD|CO)(?: (.*))?$/s.exec(text))) {
        return `${department(details, m[1])} 改派给 ${department(details, m[2])}（${role(m[3])}）${m[4] ? `：${m[4]}` : ''}`;
      }
      break;
    case 'SIGNED':
      if ((m = /^(\S+) (LEAD|CO)$/.exec(text))) return `${department(details, m[1])}（${role(m[2])}）签收`;
      break;
    case 'DISPATCHED':
      if ((m = /^lead=(\S+) co=\[(.*)\]$/.exec(text))) {
        const co = m[2].split(',').map((c) => c.trim()).filter(Boolean).map((c) => department(details, c));
        return `主办：${department(details, m[1])}${co.length ? `；协办：${co.join('、')}` : ''}`;
      }
      break;
    case 'PLAN_PROPOSED':
    case 'CONTRIBUTION_REPORTED':
    case 'RESULT_REPORTED':
      if ((m = /^(\S+): (.*)$/s.exec(text))) return `${department(details, m[1])}：${m[2]}`;
      break;
    case 'EXTENSION_REQUESTED':
      if ((m = /^(\S+) \+(\S+): (.*)$/s.exec(text))) return `${STAGE[m[1]] ?? m[1]} 申请延长 ${isoDuration(m[2])}：${m[3]}`;
      break;
    case 'EXTENSION_APPROVED':
    case 'EXTENSION_REFUSED':
      if ((m = /^(\S+) \+(\S+) -> (\S+?)(?:: (.*))?$/s.exec(text))) {
        return `${STAGE[m[1]] ?? m[1]} 延长 ${isoDuration(m[2])}，时限 ${dateTime(m[3])}${m[4] ? `：${m[4]}` : ''}`;
      }
      break;
    case 'REVISITED':
      if ((m = /^\S+ (\S+) \(.*?\)(?:: (.*))?$/s.exec(text))) return `${m[1]}${m[2] ? `：${m[2]}` : ''}`;
      break;
    default:
  }
  // the server's wording for people (names and codes in Chinese), else the journal's own
  return step.detailLabel ?? text;
}

/** The open deadline due first, with what is left of it. */
function currentDeadline(details) {
  const open = (details.deadlines ?? []).filter((d) => !d.metAt && d.dueAt);
  open.sort((a, b) => new Date(a.dueAt) - new Date(b.dueAt));
  const deadline = open[0];
  if (!deadline) return el('span', { class: 'gridcase-muted' }, '无待满足的时限');
  const left = new Date(deadline.dueAt) - Date.now();
  const state = left < 0 ? 'overdue' : left < 24 * 3_600_000 ? 'due-soon' : 'in-time';
  return el('span', { class: `gridcase-deadline gridcase-${state}`, 'data-due-at': deadline.dueAt },
    `${deadline.stageLabel ?? deadline.stage} 截止 ${dateTime(deadline.dueAt)}`,
    el('strong', {}, left < 0 ? `（已超时 ${span(left)}）` : `（剩余 ${span(left)}）`),
    deadline.extensions > 0 ? `，已延期 ${deadline.extensions} 次` : '');
}

function reporter(details) {
  const r = details.reporter ?? {};
  if (r.anonymous) return `匿名${r.phone ? ` ${r.phone}` : ''}`;
  return [r.name, r.phone].filter(Boolean).join(' ') || '—';
}

function place(details) {
  const p = details.place ?? {};
  const where = [p.countyName, p.townName || p.townCode, p.gridName || p.gridCode].filter(Boolean).join(' / ');
  return { address: p.address || '—', where };
}

function orders(details) {
  const rows = (details.departmentOrders ?? []).map((o) => el('li', {},
    `${department(details, o.department)}（${ROLE[o.role] ?? o.role}）${ORDER_STATUS[o.status] ?? o.status}`,
    o.rejections > 0 ? `，退单 ${o.rejections} 次` : ''));
  return rows.length ? el('ul', { class: 'gridcase-orders' }, rows) : null;
}

/** Each co-handler with its own deadline and 已逾期 / 未逾期 / 已反馈 (ADR 24); null without co-handlers. */
function coHandlers(details) {
  const rows = (details.coHandlers ?? []).map((co) => el('li', { class: 'gridcase-co-handler', 'data-department': co.department, 'data-state': co.state },
    `${co.departmentName || department(details, co.department)} `,
    co.dueAt ? `时限 ${dateTime(co.dueAt)} ` : '',
    el('strong', { class: `gridcase-co-${String(co.state).toLowerCase()}` }, co.stateLabel ?? co.state)));
  return rows.length ? el('ul', { class: 'gridcase-co-handlers' }, rows) : null;
}

/** The notable steps, split into handling rounds at each reopening (重办). */
async function history(details) {
  const rounds = [[]];
  let revisitNote = null;
  const notes = [];
  for (const step of details.history ?? []) {
    if (!NOTABLE.has(step.action)) continue;
    if (step.action === 'REVISITED') revisitNote = describe(details, step);
    if (step.action === 'REOPENED') {
      notes.push(revisitNote);
      rounds.push([]);
    }
    rounds[rounds.length - 1].push(step);
  }
  const lists = [];
  for (const [index, steps] of rounds.entries()) {
    const reopened = index > 0;
    const title = rounds.length === 1 ? '办理经过' : reopened ? `第 ${index + 1} 轮（重办）` : '第 1 轮';
    const items = await Promise.all(steps.map(async (step) => el('li', { 'data-action': step.action },
      el('span', { class: 'gridcase-when' }, dateTime(step.at)), ' ',
      el('span', { class: 'gridcase-what' }, step.actionLabel ?? step.action), ' ',
      // by name (姓名) from the directory: the caller may not read other users in Camunda
      el('span', { class: 'gridcase-who' }, step.actorName || step.actor), ' ',
      describe(details, step))));
    lists.push(el('div', { class: `gridcase-round${reopened ? ' gridcase-reopened' : ''}` },
      el('h5', {}, reopened ? el('span', { class: 'gridcase-badge' }, '重办') : null, ' ', title),
      reopened && notes[index - 1] ? el('p', { class: 'gridcase-revisit-note' }, `不满意回访：${notes[index - 1]}`) : null,
      el('ol', {}, items)));
  }
  return lists;
}

/** 现场照片 and 处理结果照片 as thumbnails, each opening the photo (ADR 18); nothing when there are none. */
async function photoRows(caseNumber) {
  let photos = [];
  try {
    photos = await getJson(`${contextPath}/api/cases/${encodeURIComponent(caseNumber)}/photos`);
  } catch (e) {
    return [];
  }
  return [['REPORT', '现场照片'], ['RESULT', '处理结果照片']].flatMap(([kind, label]) => {
    const shown = photos.filter((photo) => photo.kind === kind);
    if (!shown.length) return [];
    return [el('dt', {}, label), el('dd', { class: 'gridcase-photos', 'data-kind': kind }, shown.map((photo) =>
      el('a', { href: contextPath + photo.href, target: '_blank', rel: 'noopener' },
        el('img', { src: contextPath + photo.href, alt: `${label} ${photo.fileName}`, class: 'gridcase-photo' }))))];
  });
}

const OUTCOME_CLASS = { REASONABLE: '诉求合理的依法解决', UNREASONABLE: '诉求无理的做好解释', UNLAWFUL: '违法的依法处理' };

/** 信访 (ADR 23, 28): the petition's own limits and class; nothing for a case that is no petition. */
async function petitionRows(caseNumber) {
  let p;
  try {
    p = await getJson(`${contextPath}/api/cases/${encodeURIComponent(caseNumber)}/petition`);
  } catch (e) {
    return [];
  }
  const facts = [
    p.accepted === null ? `受理审查 截止 ${dateTime(p.acceptanceDueAt)}` : (p.accepted ? '已受理' : '不予受理'),
    p.handlingDueAt ? `办结期限 ${dateTime(p.handlingDueAt)}（自受理之日起）` : null,
    p.outcomeClass ? `处理结论：${OUTCOME_CLASS[p.outcomeClass] ?? p.outcomeClass}` : null,
    p.reviewRequestDueAt && !p.reviewRequestedAt && !p.opinionFinalAt ? `可申请复查至 ${dateTime(p.reviewRequestDueAt)}` : null,
    p.opinionFinalAt ? '处理意见已终结' : null
  ].filter(Boolean);
  return [el('dt', {}, '信访事项'), el('dd', { class: 'gridcase-petition' }, facts.join('；'))];
}

async function summary(caseNumber) {
  const details = await caseGet(caseNumber);
  const { address, where } = place(details);
  const row = (label, ...value) => [el('dt', {}, label), el('dd', {}, ...value)];
  return el('section', { class: 'gridcase-case', 'data-case-number': caseNumber },
    el('h4', {}, '案件概况 ',
      el('a', { href: casePage(caseNumber), target: '_blank', class: 'gridcase-case-number' }, caseNumber),
      details.reopenCount > 0 ? el('span', { class: 'gridcase-badge' }, '重办') : null),
    el('dl', {},
      row('标题', details.title ?? ''),
      row('地址', el('span', { class: 'gridcase-address' }, address)),
      row('所在网格', where),
      row('来源渠道', labelOf(details, 'channel')),
      row('报告人', el('span', { class: 'gridcase-reporter' }, reporter(details))),
      row('当前时限', currentDeadline(details)),
      details.leadDepartment ? row('承办部门', orders(details) ?? department(details, details.leadDepartment)) : [],
      coHandlers(details) ? row('协办时限', coHandlers(details)) : [],
      await photoRows(caseNumber),
      await petitionRows(caseNumber)),
    el('details', { class: 'gridcase-history', open: '' }, el('summary', {}, '办理记录'), await history(details)));
}

async function caseNumberOf(taskId) {
  const variable = await engineGet(`task/${encodeURIComponent(taskId)}/form-variables?variableNames=caseNumber`);
  return variable.caseNumber?.value ?? null;
}

/** Puts the summary above the form of the task now open, once per task. */
async function show(formContainer, taskId) {
  formContainer.dataset.gridcaseTask = taskId;
  const form = formContainer.querySelector('.fjs-container') ?? formContainer;
  const hide = () => form.classList.add('gridcase-waiting');
  const reveal = () => form.classList.remove('gridcase-waiting');
  hide();
  const giveUp = setTimeout(reveal, WAIT_AT_MOST_MS);
  const box = el('div', { class: 'gridcase-case-box' }, el('p', { class: 'gridcase-muted' }, '正在加载案件…'));
  formContainer.prepend(box);
  try {
    const caseNumber = await caseNumberOf(taskId);
    // a task of no case (a weak signal's review) has its own facts in its form
    if (caseNumber) box.replaceChildren(await summary(caseNumber));
    else box.remove();
  } catch (e) {
    box.replaceChildren(el('p', { class: 'gridcase-muted' }, `案件概况无法加载（${e.status ?? e.message}）`));
  } finally {
    clearTimeout(giveUp);
    reveal();
  }
}

function check() {
  const taskId = hashParameter('task');
  if (!taskId) return;
  // the task's form: not the start form (which lives in a modal dialog)
  for (const container of document.querySelectorAll('[cam-tasklist-form] .form-container, [cam-tasklist-form]')) {
    if (container.closest('.modal') || !container.querySelector('.fjs-container')) continue;
    if (container.dataset.gridcaseTask === taskId) return;
    if (container.dataset.gridcaseTask) {
      container.querySelector(':scope > .gridcase-case-box')?.remove();
    }
    show(container, taskId);
    return;
  }
}

new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
