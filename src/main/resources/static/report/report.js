// 网格员上报: a grid worker reports a problem from the phone with photos from the camera.
// POST /api/cases as multipart (part report: the case as JSON, parts photos: the files); HTTP basic
// with the account typed here, kept in this page's memory only (writes to /api take no session).
(function () {
  'use strict';
  const $ = (selector) => document.querySelector(selector);
  let authorization = null;

  function basic(user, password) {
    const bytes = new TextEncoder().encode(user + ':' + password);
    return 'Basic ' + btoa(String.fromCharCode(...bytes));
  }

  function api(path, options = {}) {
    const headers = Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', Authorization: authorization },
      options.headers || {});
    return fetch(path, Object.assign({}, options, { headers, credentials: 'omit' }));
  }

  function say(element, message, error) {
    element.textContent = message;
    element.className = error ? 'status error' : 'status';
  }

  /** The server's refusal in words: the Chinese part of its detail, the file it names, the fields. */
  async function refusal(response) {
    if (response.status === 401) return '账号或密码不正确。';
    if (response.status === 403) return '无权上报：网格员只能上报本网格的问题。';
    let problem = {};
    try { problem = await response.json(); } catch (e) { /* not JSON */ }
    const detail = problem.detail || ('HTTP ' + response.status);
    if (response.status === 413) return '照片「' + (problem.file || '') + '」太大，未能上报：' + detail;
    if (response.status === 415) return '文件「' + problem.file + '」不是照片（只收 JPEG、PNG、WebP），未能上报。';
    if (problem.file) return '照片「' + problem.file + '」未能上报：' + detail;
    const fields = (problem.errors || []).map((e) => e.field + '：' + e.message).join('；');
    return '未能上报：' + (fields || detail);
  }

  async function logIn(event) {
    event.preventDefault();
    const form = event.target;
    authorization = basic(form.username.value.trim(), form.password.value);
    form.password.value = '';
    say($('#login-status'), '登录中…');
    const response = await api('/api/directory/my-grids');
    if (!response.ok) {
      authorization = null;
      say($('#login-status'), response.status === 401 ? '账号或密码不正确。' : '暂时无法登录（HTTP ' + response.status + '）。', true);
      return;
    }
    const grids = await response.json();
    if (!grids.length) {
      authorization = null;
      say($('#login-status'), '此账号不是网格员，不能在本页上报。', true);
      return;
    }
    const select = $('#report select[name="gridCode"]');
    select.innerHTML = '';
    for (const grid of grids) {
      const option = document.createElement('option');
      option.value = grid.code;
      option.textContent = grid.name;
      select.appendChild(option);
    }
    form.hidden = true;
    $('#report').hidden = false;
  }

  function preview() {
    const box = $('#previews');
    box.innerHTML = '';
    for (const file of $('#report input[name="photos"]').files) {
      const reader = new FileReader();
      reader.onload = () => {
        const img = document.createElement('img');
        img.alt = file.name;
        img.src = reader.result;
        box.appendChild(img);
      };
      reader.readAsDataURL(file);
    }
  }

  async function send(event) {
    event.preventDefault();
    const form = event.target;
    const report = {
      channel: 'GRID_REPORT',
      title: form.title.value.trim(),
      description: form.description.value.trim(),
      location: { gridCode: form.gridCode.value, address: form.address.value.trim() || null },
    };
    const body = new FormData();
    body.append('report', new Blob([JSON.stringify(report)], { type: 'application/json' }));
    for (const file of form.photos.files) body.append('photos', file, file.name);
    $('#send').disabled = true;
    say($('#report-status'), '正在上传…');
    try {
      const response = await api('/api/cases', { method: 'POST', body });
      if (!response.ok) {
        say($('#report-status'), await refusal(response), true);
        return;
      }
      const created = await response.json();
      $('#case-number').textContent = created.caseNumber;
      $('#case-link').href = '/case/' + encodeURIComponent(created.caseNumber);
      form.hidden = true;
      $('#done').hidden = false;
      document.body.dataset.reported = created.caseNumber;
    } catch (e) {
      say($('#report-status'), '网络中断，未能上报，请稍后重试。', true);
    } finally {
      $('#send').disabled = false;
    }
  }

  function again() {
    const form = $('#report');
    form.reset();
    $('#previews').innerHTML = '';
    say($('#report-status'), '');
    $('#done').hidden = true;
    form.hidden = false;
  }

  $('#login').addEventListener('submit', logIn);
  $('#report').addEventListener('submit', send);
  $('#report input[name="photos"]').addEventListener('change', preview);
  $('#again').addEventListener('click', again);
})();
