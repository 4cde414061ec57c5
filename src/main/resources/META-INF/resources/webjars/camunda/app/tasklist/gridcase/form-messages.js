/*
 * Gridcase: a Tasklist custom script (registered in ../scripts/config.js, customScripts). Camunda
 * Forms (form-js) write their validation messages and a few labels in English, in code, outside
 * Tasklist's locale files; this puts them into Chinese as they appear in a task's form. Only the
 * text form-js itself writes is touched, never what a user typed or a form designer wrote, except
 * that a read-only duration (P2D, PT4H) is shown as 天/小时.
 */
import { isoDuration } from './case-view.js';

const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern (.*)\.$/, (pattern) => `格式不符合要求（${pattern}）。`],
  [/^Field must have minimum value of (.*)\.$/, (min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.*)\.$/, (max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (.*)\.$/, (min) => `不能少于 ${min} 个字符。`],
  [/^Field must have maximum length of (.*)\.$/, (max) => `不能超过 ${max} 个字符。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮件地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请输入有效的国际电话号码（例如 +8613800138000）。']
];

// texts form-js writes as whole elements: [selector, English, Chinese]
const LABELS = [
  ['.fjs-select-display.fjs-select-placeholder', 'Select', '请选择'],
  ['.fjs-dropdownlist-empty', 'No results', '无匹配项'],
  ['.fjs-dropdownlist-empty', 'All values selected', '已全部选择'],
  ['.fjs-table-empty, .fjs-table-td', 'Nothing to show.', '暂无数据']
];

// placeholders form-js sets on its own inputs: [selector, English, Chinese]
const PLACEHOLDERS = [['.fjs-container input.fjs-input', 'Search', '搜索']];

function message(text) {
  for (const [pattern, chinese] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return null;
}

function setText(element, chinese) {
  // change the text node form-js (Preact) rendered, so that its next render replaces it again
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && element.childNodes.length === 1) {
    node.data = chinese;
  }
}

function translate(root) {
  for (const item of root.querySelectorAll('.fjs-form-field-error li')) {
    const chinese = message(item.textContent.trim());
    if (chinese) {
      setText(item, chinese);
    }
  }
  for (const [selector, english, chinese] of LABELS) {
    for (const element of root.querySelectorAll(selector)) {
      if (element.textContent === english) {
        setText(element, chinese);
      }
    }
  }
  // disabled fields are shown, never submitted: their text may be written for people
  for (const input of root.querySelectorAll('.fjs-container input[disabled]')) {
    const shown = isoDuration(input.value);
    if (shown !== input.value) {
      input.value = shown;
    }
  }
  for (const [selector, english, chinese] of PLACEHOLDERS) {
    for (const input of root.querySelectorAll(selector)) {
      if (input.getAttribute('placeholder') === english) {
        input.setAttribute('placeholder', chinese);
      }
    }
  }
}

// a MutationObserver runs before the browser paints: the English is never seen; the observer's
// own changes call it once more and then find nothing left to change
new MutationObserver(() => translate(document)).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});
