// 案件详情: one case for people, read from GET /api/cases/{caseNumber} with the Camunda login.
// Shows names and labels, never codes or raw JSON; deadlines count down against the server's clock.
(function () {
  'use strict';
  const $ = (selector) => document.querySelector(selector);
  const ROLES = { LEAD: '主办', CO: '协办' };
  const ORDER_STATES = { DISPATCHED: '待签收', SIGNED: '已签收', REJECTED: '已退单', DONE: '已完成' };
  const PARTS = ['PLAN_PROPOSED', 'CONTRIBUTION_REPORTED'];
  const caseNumber = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
  let serverOffset = 0; // server time minus browser time, from the answer's asOf

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—';
  }

  /** A span of time as 天 / 小时 / 分钟, the way people say it. */
  function span(ms) {
    const minutes = Math.max(0, Math.floor(ms / 60000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    if (days > 0) return days + '天' + (hours ? hours + '小时' : '');
    if (hours > 0) return hours + '小时' + (rest ? rest + '分钟' : '');
    return rest + '分钟';
  }

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value === null || value === undefined || value === '' ? '—' : String(value);
    if (className) element.className = className;
    return element;
  }

  function facts(list, pairs) {
    const dl = $(list);
    dl.innerHTML = '';
    for (const [label, value] of pairs) {
      dl.appendChild(text('dt', label));
      dl.appendChild(text('dd', value));
    }
  }

  /** Red when passed unmet, amber in the last quarter of its time, green otherwise; met ones say how. */
  function deadlineState(d, now) {
    const due = Date.parse(d.dueAt);
    if (d.metAt) {
      return d.onTime ? ['green', '按时完成', '完成于 ' + when(d.metAt)] : ['red', '逾期完成', '完成于 ' + when(d.metAt)];
    }
    if (d.overdue || now > due) {
      return ['red', d.escalated ? '已超期（已升级）' : '已超期', '超期 ' + span(now - due)];
    }
    const whole = due - Date.parse(d.startedAt);
    if (due - now <= whole / 4) {
      return ['amber', '即将到期', '剩余 ' + span(due - now)];
    }
    return ['green', '办理中', '剩余 ' + span(due - now)];
  }

  function renderDeadlines(deadlines) {
    const body = $('#deadlines tbody');
    body.innerHTML = '';
    const now = Date.now() + serverOffset;
    const order = { ACCEPT: 0, PLAN: 1, DONE: 2, FEEDBACK: 3 };
    const sorted = [...deadlines].sort((a, b) => a.round - b.round || (order[a.stage] ?? 9) - (order[b.stage] ?? 9));
    for (const d of sorted) {
      const [colour, state, left] = deadlineState(d, now);
      const tr = document.createElement('tr');
      tr.dataset.stage = d.stage;
      tr.appendChild(text('td', d.stageLabel + (d.extensions ? '（已延期 ' + d.extensions + ' 次）' : '')));
      tr.appendChild(text('td', '第 ' + (d.round + 1) + ' 轮'));
      tr.appendChild(text('td', when(d.startedAt)));
      tr.appendChild(text('td', when(d.dueAt) + (d.workingDays ? '（工作日）' : '')));
      const cell = document.createElement('td');
      cell.appendChild(text('span', state, 'state ' + colour));
      tr.appendChild(cell);
      tr.appendChild(text('td', left, 'countdown'));
      body.appendChild(tr);
    }
    if (!deadlines.length) {
      const tr = document.createElement('tr');
      const td = text('td', '尚未派单，暂无办理时限');
      td.colSpan = 6;
      tr.appendChild(td);
      body.appendChild(tr);
    }
  }

  function renderDepartments(c) {
    const body = $('#departments tbody');
    body.innerHTML = '';
    for (const order of c.departmentOrders) {
      const tr = document.createElement('tr');
      const parts = c.history
        .filter((s) => PARTS.includes(s.action) && s.detail && s.detail.startsWith(order.department + ':'))
        .map((s) => s.actionLabel + '：' + s.detail.substring(order.department.length + 1).trim());
      [c.departmentNames[order.department] || '未知部门', ROLES[order.role], ORDER_STATES[order.status],
        when(order.dispatchedAt), when(order.signedAt), when(order.completedAt), order.rejections,
        parts.join('\n')].forEach((value) => tr.appendChild(text('td', value)));
      if (order.status === 'REJECTED') tr.className = 'rejected';
      body.appendChild(tr);
    }
  }

  /** 协办时限 (ADR 24, 29): each co-handler's own sign-for and contribution dates; a passed one unmet says 已逾期. */
  function renderCoHandlers(c) {
    const coHandlers = c.coHandlers || [];
    const body = $('#co-deadlines tbody');
    body.innerHTML = '';
    const now = Date.now() + serverOffset;
    const late = (iso, open) => open && iso && now > Date.parse(iso);
    for (const co of coHandlers) {
      const tr = document.createElement('tr');
      tr.dataset.department = co.department;
      tr.appendChild(text('td', co.departmentName || '未知部门'));
      tr.appendChild(text('td', ORDER_STATES[co.status]));
      for (const [due, open] of [[co.signForDueAt, co.status === 'DISPATCHED'], [co.contributionDueAt, co.status !== 'DONE']]) {
        const cell = text('td', when(due));
        if (late(due, open)) cell.appendChild(text('span', '已逾期', 'state red'));
        tr.appendChild(cell);
      }
      const cell = document.createElement('td');
      cell.appendChild(text('span', co.stateLabel, 'state ' + (co.state === 'LATE' ? 'red' : co.state === 'REPORTED' ? 'grey' : 'green')));
      tr.appendChild(cell);
      body.appendChild(tr);
    }
    $('#co-handlers').hidden = !coHandlers.length;
  }

  function step(s, reopened) {
    const li = document.createElement('li');
    li.appendChild(text('span', when(s.at), 'when'));
    li.appendChild(text('span', s.actionLabel, 'what'));
    li.appendChild(text('span', s.actorName, 'who'));
    if (reopened) {
      li.className = 'reopened';
      li.appendChild(text('span', '重办', 'tag'));
    }
    if (s.detailLabel) li.appendChild(text('span', s.detailLabel, 'detail'));
    return li;
  }

  /**
   * 当事人: applicant and respondent of a dispute (ADR 26), masked as the server sends them; shown for a
   * case with a respondent or in mediation.
   */
  function renderParties(c) {
    const parties = c.parties || {};
    const mediated = c.history.some((s) => s.action === 'MEDIATION_LEVEL_ENTERED');
    const section = $('#parties');
    section.hidden = !parties.respondent && !mediated;
    const body = $('#parties tbody');
    body.innerHTML = '';
    for (const p of [parties.applicant, parties.respondent].filter(Boolean)) {
      const tr = document.createElement('tr');
      tr.appendChild(text('td', p.roleLabel));
      tr.appendChild(text('td', p.anonymous ? '匿名' : p.name));
      tr.appendChild(text('td', p.phone));
      tr.appendChild(text('td', p.email));
      tr.appendChild(text('td', p.description));
      body.appendChild(tr);
    }
  }

  function render(c) {
    document.title = '案件 ' + c.caseNumber + ' · ' + c.title;
    $('#case-number').textContent = c.caseNumber;
    $('#case-title').textContent = c.title;
    const reporter = c.reporter || {};
    const lead = c.leadDepartment ? c.departmentNames[c.leadDepartment] : '尚未派单';
    facts('#facts', [
      ['状态', c.statusLabel + ' · ' + c.stageLabel], ['优先级', c.priorityLabel],
      ['分类', c.categoryLabel || '待研判'], ['来源渠道', c.channelLabel],
      ['事发地址', c.place.address], ['所属网格', c.place.gridName],
      ['镇街', c.place.townName], ['区县', c.place.countyName],
      ['主办部门', lead], ['协办部门', c.coDepartments.map((d) => c.departmentNames[d]).join('、') || '无'],
      ['反映人', reporter.anonymous ? '匿名' : reporter.name], ['联系电话', reporter.phone],
      ['事发时间', when(c.occurredAt)], ['受理时间', when(c.reportedAt)],
      ['派单时间', when(c.dispatchedAt)], ['办结时间', when(c.closedAt)],
      ['问题描述', c.description], ['超时三倍', c.flagged ? '是（已升级督办）' : '否'],
    ]);
    renderDeadlines(c.deadlines);
    renderParties(c);
    renderDepartments(c);
    renderCoHandlers(c);
    facts('#outcome', [
      ['办理结果', c.outcomeLabel || '尚无结果'], ['结果说明', c.resultSummary],
      ['回访满意度', c.satisfactionLabel || '尚未回访'], ['重办次数', c.reopenCount],
    ]);
    const revisits = $('#revisits');
    revisits.innerHTML = '';
    c.history.filter((s) => s.action === 'REVISITED' || s.action === 'REOPENED')
      .forEach((s) => revisits.appendChild(step(s, s.action === 'REOPENED')));
    const timeline = $('#timeline');
    timeline.innerHTML = '';
    c.history.forEach((s) => timeline.appendChild(step(s, s.action === 'REOPENED')));
    $('#case').hidden = false;
    $('#status').textContent = '数据时间 ' + when(c.asOf) + '，时限每分钟刷新';
    document.body.dataset.loaded = 'true';
  }

  /** 现场照片 and 处理结果照片 as thumbnails, each opening the photo itself (ADR 18). */
  async function loadPhotos() {
    const response = await fetch('/api/cases/' + encodeURIComponent(caseNumber) + '/photos',
      { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    const photos = response.ok ? await response.json() : [];
    for (const [kind, box] of [['REPORT', '#report-photos'], ['RESULT', '#result-photos']]) {
      const element = $(box);
      element.innerHTML = '';
      const shown = photos.filter((p) => p.kind === kind);
      for (const photo of shown) {
        const link = document.createElement('a');
        link.href = photo.href;
        link.target = '_blank';
        link.rel = 'noopener';
        const img = document.createElement('img');
        img.src = photo.href;
        img.alt = photo.kindLabel + ' ' + photo.fileName;
        img.title = photo.fileName + ' · ' + when(photo.uploadedAt);
        img.loading = 'lazy';
        link.appendChild(img);
        element.appendChild(link);
      }
      if (!shown.length) element.appendChild(text('span', response.ok ? '暂无' : '照片暂时无法显示', 'none'));
    }
    document.body.dataset.photos = String(photos.length);
  }

  /** A handling department's result photos: POST with HTTP basic, since writes to /api take no session (ADR 18). */
  async function uploadResult(event) {
    event.preventDefault();
    const form = event.target;
    const status = $('#upload-status');
    const login = new TextEncoder().encode(form.username.value.trim() + ':' + form.password.value);
    form.password.value = '';
    const body = new FormData();
    for (const file of form.photos.files) body.append('photos', file, file.name);
    status.className = '';
    status.textContent = '正在上传…';
    const response = await fetch('/api/cases/' + encodeURIComponent(caseNumber) + '/photos', {
      method: 'POST', body, credentials: 'omit',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', Authorization: 'Basic ' + btoa(String.fromCharCode(...login)) },
    });
    if (response.ok) {
      form.reset();
      status.textContent = '已上传';
      await loadPhotos();
      return;
    }
    let problem = {};
    try { problem = await response.json(); } catch (e) { /* not JSON */ }
    status.className = 'error';
    status.textContent = response.status === 401 ? '账号或密码不正确。'
      : response.status === 403 ? '只有承办部门可以上传处理结果照片。'
        : response.status === 415 ? '文件「' + problem.file + '」不是照片（只收 JPEG、PNG、WebP）。'
          : '未能上传：' + (problem.detail || ('HTTP ' + response.status));
  }

  /** 信访: acceptance, outcome class and review, with the written notices as the petitioner got them (ADR 23). */
  async function loadPetition() {
    try {
      const response = await fetch('/api/cases/' + encodeURIComponent(caseNumber) + '/petition',
        { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      if (!response.ok) return;
      const p = await response.json();
      const classes = { REASONABLE: '诉求合理的依法解决', UNREASONABLE: '诉求无理的做好解释', UNLAWFUL: '违法的依法处理' };
      const facts = $('#petition-facts');
      facts.innerHTML = '';
      const fact = (label, value) => {
        if (value === null || value === undefined || value === '') return;
        facts.appendChild(text('dt', label));
        facts.appendChild(text('dd', value));
      };
      fact('受理审查期限', p.acceptanceDueAt && when(p.acceptanceDueAt));
      fact('受理决定', p.accepted === null ? '待审查' : (p.accepted ? '予以受理' : '不予受理'));
      fact('办结期限（自受理之日起）', p.handlingDueAt && when(p.handlingDueAt));
      fact('处理结论', classes[p.outcomeClass]);
      fact('可申请复查至', p.reviewRequestDueAt && when(p.reviewRequestDueAt));
      fact('复查', p.reviewRequestedAt ? (p.reviewResult === 'UPHELD' ? '维持原处理意见'
        : p.reviewResult === 'CHANGED' ? '变更处理结论' : '复查中，期限 ' + when(p.reviewDueAt))
        : p.opinionFinalAt ? '期限内未申请复查，处理意见已终结（' + when(p.opinionFinalAt) + '）' : null);
      const notices = $('#petition-notices');
      notices.innerHTML = '';
      for (const notice of [p.acceptanceNotice, p.opinionNotice]) {
        if (notice) notices.appendChild(text('pre', notice, 'notice'));
      }
      $('#petition').hidden = false;
    } catch (e) {
      /* the petition part is optional: the case page stands without it */
    }
  }

  function refusal(status) {
    if (status === 401) return '请先登录 Camunda（与任务列表、流程监控同一账号）后再打开本页：/camunda/app/welcome/default/';
    if (status === 403) return '无权查看案件 ' + caseNumber + '：只有承办部门、所在镇街综治中心、网格员、受理、回访和督办人员可以查看此案件。';
    if (status === 404) return '案件 ' + caseNumber + ' 不存在，请核对案件编号。';
    return '案件暂时无法显示（HTTP ' + status + '），请稍后再试。';
  }

  async function load() {
    try {
      const response = await fetch('/api/cases/' + encodeURIComponent(caseNumber),
        { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      if (!response.ok) {
        throw new Error(refusal(response.status));
      }
      const c = await response.json();
      serverOffset = c.asOf ? Date.parse(c.asOf) - Date.now() : 0;
      render(c);
      loadPhotos();
      loadPetition();
      $('#result-upload').hidden = !c.departmentOrders.length;
      setInterval(() => renderDeadlines(c.deadlines), 60000);
    } catch (e) {
      $('#status').className = 'error';
      $('#status').textContent = e.message;
      document.body.dataset.refused = 'true';
    }
  }

  $('#result-upload').addEventListener('submit', uploadResult);
  load();
})();
