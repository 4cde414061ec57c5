/*
 * Gridcase: the Camunda Welcome page's own links (Camunda's documented customization: this file
 * replaces app/welcome/scripts/config.js of the webapp). After logging in, supervisors find the
 * dashboard among the links of the Welcome page. The page speaks Chinese whatever the browser's
 * language: the webapps take the browser's language only when it is among availableLocales, else
 * fallbackLocale, so zh is the only locale offered (texts in ../locales/zh.json).
 */
export default {
  app: {
    name: '欢迎页'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  links: [
    {
      label: '督办看板 Supervisors\u2019 dashboard',
      href: '/dashboard/',
      description: '办结率、响应率、满意率、超期案件 KPIs, trends, overdue cases'
    },
    {
      label: '考核指标 KPIs (CSV)',
      href: '/api/kpis.csv?groupBy=department',
      description: '按部门 by department, last 30 days'
    }
  ]
};
