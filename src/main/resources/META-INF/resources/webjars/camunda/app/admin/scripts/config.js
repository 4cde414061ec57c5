/*
 * Gridcase: Admin's configuration (Camunda's documented customization: this file replaces
 * app/admin/scripts/config.js of the webapp). Admin speaks Chinese whatever the browser's
 * language: the webapps take the browser's language only when it is among availableLocales, else
 * fallbackLocale, so zh is the only locale offered (texts in ../locales/zh.json).
 */
export default {
  app: {
    name: '系统管理'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  }
};
