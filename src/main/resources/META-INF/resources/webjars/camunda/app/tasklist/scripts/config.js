/*
 * Gridcase: Tasklist's configuration (Camunda's documented customization: this file replaces
 * app/tasklist/scripts/config.js of the webapp). Tasklist speaks Chinese whatever the browser's
 * language: the webapps take the browser's language only when it is among availableLocales, else
 * fallbackLocale, so zh is the only locale offered (texts in ../locales/zh.json).
 */
export default {
  app: {
    name: '任务列表'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  // form-js (Camunda Forms) writes its validation messages in English, outside the locale files;
  // case-summary shows the task's case above every form, grid-picker lets a clerk pick the grid of
  // a new case, form-answers shows refusals next to their field and the new case's number
  customScripts: ['gridcase/form-messages', 'gridcase/case-summary', 'gridcase/grid-picker', 'gridcase/form-answers'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
