// 督办看板: KPI tiles against targets, trend, departments ranked, towns by overdue cases, overdue
// cases linked to Cockpit. Reads /api/kpis (see the README, "Figures") with the browser's login.
(function () {
  'use strict';
  const TILES = ['closureRate', 'responseRate', 'timelyAcceptanceRate', 'planOnTimeRate', 'doneOnTimeRate',
    'satisfactionRate', 'reopenRate', 'rejectionRate', 'flaggedCases'];
  // 及时受理率 counts tasks from the engine's history, not cases of the read model: no case list behind it
  const NOT_DRILLABLE = new Set(['timelyAcceptanceRate']);
  const STAGES = { ACCEPT: '签收回复', PLAN: '提出方案', DONE: '办结', FEEDBACK: '反馈' };
  const charts = {};
  const $ = (selector) => document.querySelector(selector);

  function pct(value) {
    return value === null || value === undefined ? '—' : (value * 100).toFixed(1) + '%';
  }

  function shown(key, value) {
    return key === 'flaggedCases' ? (value === null ? '—' : String(Math.round(value))) : pct(value);
  }

  async function get(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    if (response.status === 401) {
      throw new Error('请先登录 Camunda（与 Tasklist、Cockpit 同一账号）：/camunda/app/welcome/default/');
    }
    if (response.status === 403) {
      throw new Error('无权查看督办看板：看板只对督办人员开放。您的待办请在任务列表中查看，单个案件可打开其案件详情页。');
    }
    if (response.status === 400) {
      throw new Error('查询条件有误，请调整后再查询：' + await refusal(response));
    }
    if (!response.ok) {
      throw new Error(url + ' → HTTP ' + response.status);
    }
    return response.json();
  }

  /** What a 400 problem body says, field by field, in Chinese (the API writes "中文 / English"). */
  async function refusal(response) {
    const names = { from: '开始日期', to: '结束日期', groupBy: '分组', figure: '指标', department: '部门', town: '镇街',
      grid: '网格', category: '分类', channel: '渠道', counted: '是否计入', page: '页码', size: '每页条数' };
    try {
      const problem = await response.json();
      const errors = problem.errors || [];
      if (errors.length) {
        return errors.map((e) => (names[e.field] || e.field) + ' ' + String(e.message).split(' / ')[0]).join('；');
      }
      return problem.detail || 'HTTP 400';
    } catch (e) {
      return 'HTTP 400';
    }
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
      window.addEventListener('resize', () => charts[id].resize());
    }
    return charts[id];
  }

  function renderTiles(total) {
    const tiles = $('#tiles');
    tiles.innerHTML = '';
    for (const key of TILES) {
      const figure = total.figures[key];
      const tile = document.createElement('div');
      tile.className = 'tile' + (figure.met === true ? ' met' : figure.met === false ? ' missed' : '');
      tile.dataset.kpi = key;
      if (NOT_DRILLABLE.has(key)) {
        tile.classList.add('static');
        tile.title = figure.label + '：按任务统计（签收及中心环节按时完成的任务 / 已完成或已超期的任务）';
      } else {
        tile.tabIndex = 0;
        tile.title = '点击查看“' + figure.label + '”涉及的案件';
        tile.addEventListener('click', () => drill({ figure: key }, figure.label));
      }
      const target = figure.target === null ? '' :
        '目标 ' + (figure.direction === 'AT_MOST' ? '≤ ' : '≥ ') + shown(key, figure.target);
      const basis = figure.denominator === null ? '' : figure.numerator + ' / ' + figure.denominator;
      tile.innerHTML = '<div class="label"></div><div class="value"></div><div class="target"></div><div class="basis"></div>';
      tile.querySelector('.label').textContent = figure.label;
      tile.querySelector('.value').textContent = shown(key, figure.value);
      tile.querySelector('.target').textContent = target;
      tile.querySelector('.basis').textContent = basis;
      tiles.appendChild(tile);
    }
    const cases = document.createElement('div');
    cases.className = 'tile';
    cases.dataset.kpi = 'cases';
    cases.tabIndex = 0;
    cases.title = '点击查看受理的案件';
    cases.addEventListener('click', () => drill({ figure: 'cases' }, '受理量'));
    cases.innerHTML = '<div class="label">受理 / 办结 / 超期未结</div><div class="value"></div>';
    cases.querySelector('.value').textContent =
      total.counts.cases + ' / ' + total.counts.closed + ' / ' + total.counts.overdueOpen;
    tiles.appendChild(cases);
  }

  function renderTrend(points) {
    const rate = (g, key) => g.figures[key].value === null ? null : +(g.figures[key].value * 100).toFixed(1);
    chart('trend').setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['受理量', '办结率', '响应率', '满意率'] },
      grid: { left: 48, right: 48, bottom: 32 },
      xAxis: { type: 'category', data: points.map((g) => g.key.length > 7 ? g.key.substring(5) : g.key) },
      yAxis: [{ type: 'value', name: '件' }, { type: 'value', name: '%', min: 0, max: 100 }],
      series: [
        { name: '受理量', type: 'bar', data: points.map((g) => g.counts.cases), itemStyle: { color: '#9fb7d3' } },
        { name: '办结率', type: 'line', yAxisIndex: 1, data: points.map((g) => rate(g, 'closureRate')) },
        { name: '响应率', type: 'line', yAxisIndex: 1, data: points.map((g) => rate(g, 'responseRate')) },
        { name: '满意率', type: 'line', yAxisIndex: 1, data: points.map((g) => rate(g, 'satisfactionRate')) },
      ],
    }, true);
    chart('trend').off('click');
    chart('trend').on('click', (p) => {
      const point = points[p.dataIndex];
      if (!point) return;
      // a day is itself; a month is its first to last day, within the period asked for
      const form = $('#period');
      const first = point.key.length === 7 ? point.key + '-01' : point.key;
      const last = point.key.length === 7 ? isoDay(Date.UTC(+point.key.substring(0, 4), +point.key.substring(5, 7), 0)) : point.key;
      drill({ figure: 'cases', from: laterOf(first, form.from.value), to: earlierOf(last, form.to.value) }, point.key + ' 受理的案件');
    });
  }

  function renderDepartments(groups) {
    // every department with cases or orders, those with nothing due yet at the top with "—"
    const closure = (g) => (g.figures.closureRate.value === null ? -1 : g.figures.closureRate.value);
    const ranked = groups.filter((g) => g.key !== '-').sort((a, b) => closure(a) - closure(b) || a.name.localeCompare(b.name, 'zh-CN'));
    departmentNames = new Map(groups.filter((g) => g.key !== '-').map((g) => [g.key, g.name]));
    fillSelect('#drill-department', departmentNames);
    const box = document.getElementById('departments');
    const height = Math.max(320, 40 + ranked.length * 26) + 'px';
    if (box.style.height !== height) {
      box.style.height = height;
      chart('departments').resize();
    }
    chart('departments').off('click');
    chart('departments').on('click', (p) => {
      const group = ranked[p.dataIndex];
      if (!group) return;
      // a department with nothing due yet: the orders it was given
      if (group.figures.closureRate.value === null) drill({ figure: 'dispatched', department: group.key }, group.name + ' 派单');
      else drill({ figure: 'closureRate', department: group.key }, group.name + ' 办结率');
    });
    chart('departments').setOption({
      title: ranked.length ? undefined : { text: '暂无派单案件', left: 'center', top: 'middle', textStyle: { color: '#6b7b8c', fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 150, right: 40, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 100, name: '%' },
      yAxis: { type: 'category', data: ranked.map((g) => g.name) },
      series: [{
        name: '办结率', type: 'bar',
        data: ranked.map((g) => ({
          value: g.figures.closureRate.value === null ? 0 : +(g.figures.closureRate.value * 100).toFixed(1),
          itemStyle: { color: g.figures.closureRate.met === false ? '#c62828' : '#2e7d32' },
          label: { formatter: g.figures.closureRate.value === null ? '— 暂无应办结' : '{c}%' },
        })),
        label: { show: true, position: 'right', formatter: '{c}%' },
      }],
    }, true);
  }

  function renderTowns(towns) {
    const counties = new Map();
    for (const t of towns) {
      if (!counties.has(t.countyCode)) counties.set(t.countyCode, { name: t.countyName, children: [] });
      // every town gets an area; the colour says how many cases are overdue
      counties.get(t.countyCode).children.push({ name: t.townName, code: t.townCode, value: [1, t.overdueCases, t.flaggedCases] });
    }
    const max = Math.max(1, ...towns.map((t) => t.overdueCases));
    townNames = new Map(towns.map((t) => [t.townCode, t.townName]));
    fillSelect('#drill-town', townNames);
    chart('towns').off('click');
    chart('towns').on('click', (p) => {
      if (p.data && p.data.code) drill({ figure: 'overdueOpen', town: p.data.code }, p.data.name + ' 超期未结');
    });
    chart('towns').setOption({
      tooltip: { formatter: (p) => Array.isArray(p.value) ? p.name + '：超期 ' + p.value[1] + ' 件，超时三倍 ' + p.value[2] + ' 件' : p.name },
      visualMap: { type: 'continuous', min: 0, max, dimension: 1, text: ['超期多', '无超期'], calculable: true,
        inRange: { color: ['#e8f5e9', '#ffe082', '#c62828'] }, right: 8, bottom: 8 },
      series: [{
        type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false }, visualDimension: 1,
        data: [...counties.values()],
        levels: [
          { itemStyle: { borderColor: '#fff', borderWidth: 4, gapWidth: 4 }, upperLabel: { show: true, height: 22, color: '#12365c' } },
          { itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 }, label: { show: true, formatter: '{b}', fontSize: 11, color: '#1d2733' } },
        ],
        upperLabel: { show: true },
      }],
    }, true);
  }

  function renderOverdue(rows) {
    $('#overdue-count').textContent = '（' + rows.length + (rows.length >= 100 ? '+' : '') + ' 件，超期最久的在前）';
    const body = $('#overdue tbody');
    body.innerHTML = '';
    for (const row of rows) {
      const c = row.overdue;
      const tr = document.createElement('tr');
      tr.appendChild(caseLink(row.caseUrl, c.caseNumber));
      const cells = [c.title, row.townName, row.departmentName,
        c.overdueStages.map((s) => STAGES[s] || s).join('、'), new Date(c.dueAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
        c.flagged ? '是' : ''];
      cells.forEach((text, i) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (i === 5 && c.flagged) td.className = 'flagged';
        tr.appendChild(td);
      });
      const link = document.createElement('td');
      if (row.cockpitUrl) {
        const a = document.createElement('a');
        a.href = row.cockpitUrl;
        a.textContent = '在 Cockpit 中查看';
        a.target = '_blank';
        link.appendChild(a);
      }
      tr.appendChild(link);
      body.appendChild(tr);
    }
  }

  /** A table cell linking a case number to its case page. */
  function caseLink(url, caseNumber) {
    const td = document.createElement('td');
    const a = document.createElement('a');
    a.href = url;
    a.textContent = caseNumber;
    a.className = 'case-link';
    td.appendChild(a);
    return td;
  }

  let departmentNames = new Map();
  let townNames = new Map();

  function fillSelect(selector, names) {
    const select = $(selector);
    const chosen = select.value;
    select.length = 1;
    for (const [code, name] of names) {
      select.add(new Option(name, code));
    }
    select.value = names.has(chosen) ? chosen : '';
  }

  // the figure the list shows, and its filters; page and filters are read from the form
  let drilled = null;

  /** Lists the cases behind a figure: GET /api/kpis/cases, 20 a page. */
  function drill(params, title) {
    const form = $('#drill-filters');
    form.department.value = params.department || '';
    form.town.value = params.town || '';
    form.counted.value = '';
    drilled = { figure: params.figure, from: params.from, to: params.to, title, page: 0 };
    showDrill();
    $('#drill').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  async function showDrill() {
    if (!drilled) return;
    const form = $('#drill-filters');
    const period = $('#period');
    const query = new URLSearchParams({ figure: drilled.figure, from: drilled.from || period.from.value,
      to: drilled.to || period.to.value, page: String(drilled.page), size: '20' });
    for (const name of ['department', 'town', 'counted']) {
      if (form[name].value) query.set(name, form[name].value);
    }
    $('#drill').hidden = false;
    $('#drill-title').textContent = drilled.title;
    $('#drill-status').className = '';
    $('#drill-status').textContent = '加载中…';
    try {
      const answer = await get('/api/kpis/cases?' + query);
      const body = $('#drill-cases tbody');
      body.innerHTML = '';
      for (const c of answer.cases) {
        const tr = document.createElement('tr');
        tr.appendChild(caseLink(c.caseUrl, c.caseNumber));
        [c.title, c.reportDay, c.townName, c.gridName, c.departmentName, c.categoryLabel, c.channelLabel,
          c.statusLabel + ' · ' + c.stageLabel, c.counted ? '是' : '否'].forEach((value) => {
          const td = document.createElement('td');
          td.textContent = value;
          tr.appendChild(td);
        });
        body.appendChild(tr);
      }
      const pages = Math.max(1, Math.ceil(answer.total / answer.size));
      $('#drill-status').textContent = answer.figureLabel + '：' + answer.from + ' 至 ' + answer.to + ' 共 ' + answer.total
        + ' 件，第 ' + (answer.page + 1) + ' / ' + pages + ' 页';
      $('#drill-prev').disabled = answer.page === 0;
      $('#drill-next').disabled = answer.page + 1 >= pages;
      document.body.dataset.drilled = drilled.figure;
    } catch (e) {
      $('#drill-status').className = 'error';
      $('#drill-status').textContent = e.message;
    }
  }

  function bindDrill() {
    const form = $('#drill-filters');
    form.addEventListener('submit', (e) => { e.preventDefault(); if (drilled) { drilled.page = 0; showDrill(); } });
    for (const name of ['department', 'town', 'counted']) {
      form[name].addEventListener('change', () => { if (drilled) { drilled.page = 0; showDrill(); } });
    }
    $('#drill-prev').addEventListener('click', () => { drilled.page = Math.max(0, drilled.page - 1); showDrill(); });
    $('#drill-next').addEventListener('click', () => { drilled.page += 1; showDrill(); });
  }

  // what /api/kpis accepts (gridcase.kpis.*); the page asks for nothing beyond it
  let limits = null;
  const DAY_MS = 86400 * 1000;
  const isoDay = (ms) => new Date(ms).toISOString().substring(0, 10);
  const dayMs = (iso) => Date.parse(iso + 'T00:00:00Z');
  const laterOf = (a, b) => (a > b ? a : b);
  const earlierOf = (a, b) => (a < b ? a : b);
  const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

  /** The days of a period, both ends included. */
  function days(from, to) {
    return Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;
  }

  /** A day the API accepts on its own: a date from earliestDate to latestDate. */
  function allowed(day) {
    return ISO_DAY.test(day) && !Number.isNaN(dayMs(day)) && day >= limits.earliestDate && day <= limits.latestDate;
  }

  /** Keeps each date picker within the limits and within maxDays of the other date. */
  function bindPickers() {
    const form = $('#period');
    const from = form.from.value;
    const to = form.to.value;
    const span = (limits.maxDays - 1) * DAY_MS;
    form.from.min = allowed(to) ? laterOf(limits.earliestDate, isoDay(dayMs(to) - span)) : limits.earliestDate;
    form.from.max = allowed(to) ? to : limits.latestDate;
    form.to.min = allowed(from) ? from : limits.earliestDate;
    form.to.max = allowed(from) ? earlierOf(limits.latestDate, isoDay(dayMs(from) + span)) : limits.latestDate;
  }

  /** Why the period cannot be asked for, in Chinese, or null when it can. */
  function problemWith(from, to) {
    if (!ISO_DAY.test(from) || Number.isNaN(dayMs(from))) return '请选择开始日期';
    if (!ISO_DAY.test(to) || Number.isNaN(dayMs(to))) return '请选择结束日期';
    if (from < limits.earliestDate || to < limits.earliestDate) return '日期不得早于 ' + limits.earliestDate;
    if (from > limits.latestDate || to > limits.latestDate) return '日期不得晚于 ' + limits.latestDate;
    if (from > to) return '开始日期不得晚于结束日期';
    if (days(from, to) > limits.maxDays) return '统计期最长 ' + limits.maxDays + ' 天，所选为 ' + days(from, to) + ' 天，请缩短';
    return null;
  }

  async function load() {
    const form = $('#period');
    const from = form.from.value;
    const to = form.to.value;
    $('#status').className = '';
    $('#status').textContent = '加载中…';
    try {
      const problem = problemWith(from, to);
      if (problem) {
        throw new Error(problem);
      }
      const query = 'from=' + from + '&to=' + to;
      $('#csv').href = '/api/kpis.csv?' + query + '&groupBy=department';
      // a long period is drawn by month: a point per day would pass maxGroups
      const trendBy = days(from, to) <= limits.maxGroups ? 'day' : 'month';
      $('#trend-caption').textContent = trendBy === 'day' ? '趋势（按日）' : '趋势（按月）';
      const [total, trend, departments, towns, overdue] = await Promise.all([
        get('/api/kpis?' + query),
        get('/api/kpis?' + query + '&groupBy=' + trendBy),
        get('/api/kpis?' + query + '&groupBy=department'),
        get('/api/kpis/overdue-towns'),
        get('/api/kpis/overdue-cases?limit=100'),
      ]);
      renderTiles(total.total);
      renderTrend(trend.groups);
      renderDepartments(departments.groups);
      renderTowns(towns);
      renderOverdue(overdue);
      $('#status').textContent = '统计 ' + total.from + ' 至 ' + total.to + ' 受理的案件（北京时间），共 ' + total.total.counts.cases + ' 件';
      document.body.dataset.loaded = 'true';
    } catch (e) {
      $('#status').className = 'error';
      $('#status').textContent = e.message;
    }
  }

  async function start() {
    try {
      limits = await get('/api/kpis/limits');
    } catch (e) {
      $('#status').className = 'error';
      $('#status').textContent = e.message;
      return;
    }
    const params = new URLSearchParams(location.search);
    const today = isoDay(Date.now() + 8 * 3600 * 1000);
    const form = $('#period');
    form.to.value = params.get('to') || today;
    form.from.value = params.get('from') ||
      laterOf(limits.earliestDate, isoDay(dayMs(form.to.value || today) - (limits.defaultDays - 1) * DAY_MS));
    bindPickers();
    for (const input of [form.from, form.to]) {
      input.addEventListener('change', bindPickers);
    }
    form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
    bindDrill();
    load();
  }

  start();
})();
