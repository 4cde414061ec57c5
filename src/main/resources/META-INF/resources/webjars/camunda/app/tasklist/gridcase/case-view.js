/*
 * Gridcase: what the Tasklist scripts share (an ES module; Tasklist imports customScripts as
 * modules). Reads go to Gridcase's /api with the Tasklist login (GET only, see
 * CamundaWebappSession) and to the webapp's own engine API; times are China time; durations are
 * written in 天/小时, never as ISO 8601 (P7D).
 */

/** The servlet context the app runs under ('' at the root). */
export const contextPath = location.pathname.slice(0, Math.max(0, location.pathname.indexOf('/camunda/app/')));

const ENGINE_API = `${contextPath}/camunda/api/engine/engine/default`;

export async function getJson(url) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (!response.ok) {
    const error = new Error(`${response.status} ${url}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

export const engineGet = (path) => getJson(`${ENGINE_API}/${path}`);

export const caseGet = (caseNumber) => getJson(`${contextPath}/api/cases/${encodeURIComponent(caseNumber)}`);

export const casePage = (caseNumber) => `${contextPath}/case/${encodeURIComponent(caseNumber)}`;

/** A query parameter of Tasklist's address (its state lives in the hash: #/?task=…&filter=…). */
export function hashParameter(name) {
  const query = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get(name);
}

const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false
});

export const dateTime = (iso) => (iso ? CHINA_TIME.format(new Date(iso)) : '');

/** 3天4小时, 5小时, 20分钟: a span of milliseconds as a person reads it. */
export function span(ms) {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return hours > 0 ? `${days}天${hours}小时` : `${days}天`;
  if (hours > 0) return `${hours}小时`;
  return `${minutes % 60}分钟`;
}

/** An ISO 8601 duration (P2D, PT4H, P1DT12H) in 天/小时; anything else unchanged. */
export function isoDuration(text) {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(text ?? '');
  if (!match || text === 'P' || text.endsWith('T')) return text;
  const [, weeks, days, hours, minutes] = match.map((part) => Number(part ?? 0));
  const allDays = weeks * 7 + days;
  return [allDays && `${allDays}天`, hours && `${hours}小时`, minutes && `${minutes}分钟`].filter(Boolean).join('') || '0小时';
}

/** A small DOM builder: el('div', {class: 'x'}, 'text', child…). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** The form-js field (its outer element) whose input is bound to this variable. */
export function formField(root, key) {
  const input = root.querySelector(`.fjs-container [id$="Field_${key}"], .fjs-container [name="${key}"]`);
  return input?.closest('.fjs-form-field') ?? null;
}

/** Removes what showError put next to a field. */
export function clearError(field) {
  field.querySelectorAll('.gridcase-field-error').forEach((e) => e.remove());
}
