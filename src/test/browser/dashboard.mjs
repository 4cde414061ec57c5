// Opens the supervisors' dashboard in Debian's headless Chromium (playwright-core, no downloaded
// browser) and prints what its KPI tiles show, as JSON on stdout, for io.gridcase.metrics.DashboardBrowserTest.
//
// env: BASE_URL, FROM, TO, SCREENSHOT, CHROMIUM; optional EXPECT_ERROR=true (the page is expected to
// refuse the period and say why: exit code 0 with what it said) and LIMITS (a JSON body served
// instead of /api/kpis/limits, to make the page send what the API refuses)
// Exit code 0 when the page loaded; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const screenshot = env('SCREENSHOT');
mkdirSync(dirname(screenshot), { recursive: true });

const { page, close } = await launch({ width: 1400, height: 1000 });
const errors = [];
const failed = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') failed.push(`console: ${m.text()}`); });
page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
page.on('requestfailed', (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
const kpiRequests = [];
page.on('response', (r) => {
  if (/\/api\/kpis(\.csv)?\?/.test(r.url())) kpiRequests.push({ url: r.url().replace(/^[^?]*\/api/, '/api'), status: r.status() });
});
if (process.env.LIMITS) {
  await page.route('**/api/kpis/limits', (route) => route.fulfill({ json: JSON.parse(process.env.LIMITS) }));
}
const expectError = process.env.EXPECT_ERROR === 'true';
const pending = new Set();
page.on('request', (r) => pending.add(r.url()));
page.on('requestfinished', (r) => pending.delete(r.url()));
page.on('requestfailed', (r) => pending.delete(r.url()));
// what the page's Content-Security-Policy blocked (each navigation starts a fresh list)
await page.addInitScript(() => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

try {
  // the same login as the Camunda webapps: a supervisor logs in to Cockpit, then opens the dashboard
  await page.goto(`${env('BASE_URL')}/camunda/app/cockpit/default/`);
  await signIn(page, process.env.LOGIN ?? 'ou.weixiong', process.env.PASSWORD ?? 'gridcase');
  const started = Date.now();
  await page.goto(`${env('BASE_URL')}/dashboard/?from=${env('FROM')}&to=${env('TO')}`);
  // the page sets data-loaded when every figure is drawn, or shows the reason in #status.error
  await page.locator('body[data-loaded="true"], #status.error').first().waitFor({ timeout: 60_000 });
  const pickers = await page.$$eval('#period input', (all) => Object.fromEntries(all.map((i) => [i.name, { value: i.value, min: i.min, max: i.max }])));
  if (expectError) {
    // let any request the page did send come back before it is counted
    await page.waitForLoadState('networkidle');
    const refused = await page.locator('#status.error').count() > 0;
    console.log(JSON.stringify({ refused, status: await page.locator('#status').textContent(), pickers, kpiRequests, errors }));
  } else {
    if (await page.locator('#status.error').count()) {
      throw new Error(`the dashboard says: ${await page.locator('#status').textContent()}`);
    }
    const loadedMs = Date.now() - started;
    // let ECharts finish its entry animation before the screenshot
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: screenshot, fullPage: true });
    const tiles = await page.$$eval('.tile', (all) => Object.fromEntries(all.map((t) => [t.dataset.kpi, {
      label: t.querySelector('.label')?.textContent,
      value: t.querySelector('.value')?.textContent,
      target: t.querySelector('.target')?.textContent ?? '',
      met: t.classList.contains('met') ? true : t.classList.contains('missed') ? false : null,
      drillable: t.tabIndex === 0,
    }])));
    const overdue = await page.$$eval('#overdue tbody tr', (rows) => rows.map((r) => ({
      caseNumber: r.cells[0].textContent, caseUrl: r.cells[0].querySelector('a')?.getAttribute('href') ?? null,
      cockpit: r.cells[r.cells.length - 1].querySelector('a')?.getAttribute('href') ?? null,
    })));
    const canvases = await page.$$eval('.chart canvas', (all) => all.length);
    const status = await page.locator('#status').textContent();
    const trendCaption = await page.locator('#trend-caption').textContent();
    // a tooltip is drawn with inline styles: hover the trend chart so the policy meets it too
    await page.locator('#trend canvas').hover();
    await page.waitForTimeout(300);
    const csp = await page.evaluate(() => window.cspViolations);
    console.log(JSON.stringify({ loadedMs, status, tiles, overdue, canvases, errors, pickers, kpiRequests, trendCaption, csp }));
    console.error(`responses >= 400, failed requests, console errors: ${JSON.stringify(failed)}`);
  }
} catch (e) {
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  console.error(`status: ${await page.locator('#status').textContent().catch(() => '?')}`);
  console.error(`responses >= 400 or failed: ${JSON.stringify(failed)}; page errors: ${JSON.stringify(errors)}`);
  console.error(`still pending: ${JSON.stringify([...pending])}`);
  process.exitCode = 1;
} finally {
  await close();
}
