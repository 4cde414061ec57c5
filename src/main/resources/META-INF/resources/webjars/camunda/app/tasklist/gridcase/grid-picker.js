/*
 * Gridcase: reporting a case by hand from Tasklist's start form (report-case): the clerk picks the
 * grid county → town → community → grid (GET /api/directory/places: every town for an intake
 * clerk, its own for a town center) instead of typing its code. A Tasklist custom script,
 * registered in ../scripts/config.js.
 */
import { clearError, contextPath, el, formField, getJson } from './case-view.js';

const GRID_FIELD = 'gridCode';
const LEVELS = [
  ['counties', '区县'],
  ['towns', '镇街'],
  ['communities', '村社区'],
  ['grids', '网格']
];

let places = null;
const loadPlaces = () => {
  places ??= getJson(`${contextPath}/api/directory/places`).catch((e) => {
    places = null;
    throw e;
  });
  return places;
};

/** Writes the value into form-js's own input, as typing would, so the form keeps it. */
function enter(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
}

function option(node, placeholder) {
  return node ? el('option', { value: node.code }, node.name) : el('option', { value: '' }, placeholder);
}

async function addPicker(field) {
  field.dataset.gridcasePicker = 'yes';
  const input = field.querySelector('input');
  const selects = LEVELS.map(([, label]) => el('select', { class: 'form-control', 'aria-label': label }));
  const picker = el('div', { class: 'gridcase-grid-picker' }, selects);
  input.classList.add('gridcase-hidden-input');
  input.before(picker);
  let tree;
  try {
    tree = await loadPlaces();
  } catch (e) {
    // without the list the code can still be typed
    input.classList.remove('gridcase-hidden-input');
    picker.replaceWith(el('p', { class: 'gridcase-muted' }, `网格列表无法加载（${e.status ?? e.message}），请输入网格编码`));
    return;
  }
  const fill = (level, nodes) => {
    const [, label] = LEVELS[level];
    selects[level].replaceChildren(option(null, `请选择${label}`), ...nodes.map((n) => option(n)));
    selects[level].disabled = nodes.length === 0;
    selects[level]._nodes = nodes;
    for (let below = level + 1; below < LEVELS.length; below++) {
      selects[below].replaceChildren(option(null, `请选择${LEVELS[below][1]}`));
      selects[below].disabled = true;
      selects[below]._nodes = [];
    }
  };
  selects.forEach((select, level) => select.addEventListener('change', () => {
    const chosen = select._nodes.find((n) => n.code === select.value);
    if (level < LEVELS.length - 1) {
      fill(level + 1, chosen ? chosen[LEVELS[level + 1][0]] : []);
      enter(input, '');
    } else {
      enter(input, chosen ? chosen.code : '');
    }
    clearError(field);
  }));
  fill(0, tree.counties);
  // one county or one town (a town center): chosen already
  for (let level = 0; level < LEVELS.length - 1 && selects[level]._nodes.length === 1; level++) {
    selects[level].value = selects[level]._nodes[0].code;
    selects[level].dispatchEvent(new Event('change'));
  }
}

function check() {
  for (const dialog of document.querySelectorAll('.modal-dialog')) {
    const field = formField(dialog, GRID_FIELD);
    if (field && !field.dataset.gridcasePicker) addPicker(field);
  }
}

new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
