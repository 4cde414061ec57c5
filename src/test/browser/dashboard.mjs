// Opens the supervisors' dashboard in Debian's headless Chromium (playwright-core, no downloaded
// browser) and prints what its KPI tiles show, as JSON on stdout, for io.gridcase.metrics.DashboardBrowserTest.
//
// env: BASE_URL, FROM, TO, SCREENSHOT, CHROMIUM
// Exit code 0 when the page loaded; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { env, launch } from './chromium.mjs';

const screenshot = env('SCREENSHOT');
mkdirSync(dirname(screenshot), { recursive: true });

const { page, close } = await launch({ width: 1400, height: 1000 });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

try {
  // the same login as the Camunda webapps: a supervisor logs in to Cockpit, then opens the dashboard
  await page.goto(`${env('BASE_URL')}/camunda/app/cockpit/default/`);
  await page.locator('input[ng-model="username"]').fill(process.env.LOGIN ?? 'ou.weixiong');
  await page.locator('input[type="password"]').fill(process.env.PASSWORD ?? 'gridcase');
  await page.locator('button[type="submit"]').click();
  await page.locator('input[type="password"]').waitFor({ state: 'detached' });
  const started = Date.now();
  await page.goto(`${env('BASE_URL')}/dashboard/?from=${env('FROM')}&to=${env('TO')}`);
  await page.locator('body[data-loaded="true"]').waitFor();
  const loadedMs = Date.now() - started;
  // let ECharts finish its entry animation before the screenshot
  await page.waitForTimeout(1_200);
  await page.screenshot({ path: screenshot, fullPage: true });
  const tiles = await page.$$eval('.tile', (all) => Object.fromEntries(all.map((t) => [t.dataset.kpi, {
    label: t.querySelector('.label')?.textContent,
    value: t.querySelector('.value')?.textContent,
    target: t.querySelector('.target')?.textContent ?? '',
    met: t.classList.contains('met') ? true : t.classList.contains('missed') ? false : null,
  }])));
  const overdue = await page.$$eval('#overdue tbody tr', (rows) => rows.map((r) => ({
    caseNumber: r.cells[0].textContent, cockpit: r.querySelector('a')?.getAttribute('href') ?? null,
  })));
  const canvases = await page.$$eval('.chart canvas', (all) => all.length);
  const status = await page.locator('#status').textContent();
  console.log(JSON.stringify({ loadedMs, status, tiles, overdue, canvases, errors }));
} catch (e) {
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await close();
}
