/*
 * Gridcase: Cockpit's configuration (Camunda's documented customization: this file replaces
 * app/cockpit/scripts/config.js of the webapp). Cockpit speaks Chinese whatever the browser's
 * language: the webapps take the browser's language only when it is among availableLocales, else
 * fallbackLocale, so zh is the only locale offered (texts in ../locales/zh.json).
 */
export default {
  app: {
    name: '流程监控'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  // a link from each process instance to its case page (/case/{caseNumber}); task names in the
  // diagrams without their ${…} part
  customScripts: ['scripts/gridcase-case-link', 'scripts/gridcase-diagram-names']
};
