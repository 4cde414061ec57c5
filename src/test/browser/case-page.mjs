// The supervisor's journey in Debian's headless Chromium (playwright-core), for
// io.gridcase.metrics.CasePageBrowserTest: dashboard → click a figure → the cases behind it →
// the case page; prints what each page shows as JSON on stdout. With EXPECT_REFUSAL=true a user who
// may read neither opens the dashboard and the case page and the script prints what they say.
//
// env: BASE_URL, FROM, TO, FIGURE (data-kpi of the tile to click), CASE_NUMBER (the case to open
// from the list), LOGIN, SCREENSHOTS (a directory), CHROMIUM; optional EXPECT_REFUSAL=true, and
// PROCESS_INSTANCE (the case's instance: Cockpit's view of it must link to the case page).
// Exit code 0 when the journey went through; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
const base = env('BASE_URL');
const login = env('LOGIN');
const caseNumber = env('CASE_NUMBER');

const { page, close } = await launch({ width: 1400, height: 1000 });
const errors = [];
const failed = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
await page.addInitScript(() => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

/** What the case page shows, read the way a person reads it. */
async function casePage() {
  await page.locator('body[data-loaded="true"], #status.error').first().waitFor({ timeout: 60_000 });
  const facts = await page.$$eval('#facts dt', (all) => Object.fromEntries(all.map((dt) => [dt.textContent, dt.nextElementSibling.textContent])));
  const deadlines = await page.$$eval('#deadlines tbody tr', (rows) => rows.filter((r) => r.cells.length > 1).map((r) => ({
    stage: r.cells[0].textContent, due: r.cells[3].textContent, state: r.cells[4].textContent,
    colour: r.querySelector('.state')?.className.replace('state ', '') ?? null, countdown: r.cells[5].textContent,
  })));
  const departments = await page.$$eval('#departments tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  const timeline = await page.$$eval('#timeline li', (all) => all.map((li) => li.textContent));
  return {
    url: page.url().replace(base, ''),
    caseNumber: await page.locator('#case-number').textContent(),
    status: await page.locator('#status').textContent(),
    refused: await page.locator('#status.error').count() > 0,
    facts, deadlines, departments, timeline,
    bodyText: await page.locator('body').innerText(),
    csp: await page.evaluate(() => window.cspViolations),
  };
}

try {
  // the webapps' login, in Tasklist: every role has it (a handler has no Cockpit)
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, login, 'gridcase');

  await page.goto(`${base}/dashboard/?from=${env('FROM')}&to=${env('TO')}`);
  await page.locator('body[data-loaded="true"], #status.error').first().waitFor({ timeout: 60_000 });
  if (process.env.EXPECT_REFUSAL === 'true') {
    const dashboard = await page.locator('#status').textContent();
    await page.screenshot({ path: join(shots, 'dashboard-refused.png'), fullPage: true });
    await page.goto(`${base}/case/${caseNumber}`);
    const refusedCase = await casePage();
    await page.screenshot({ path: join(shots, 'case-page-refused.png'), fullPage: true });
    console.log(JSON.stringify({ dashboard, casePage: refusedCase, errors }));
  } else {
    if (await page.locator('#status.error').count()) {
      throw new Error(`the dashboard says: ${await page.locator('#status').textContent()}`);
    }
    await page.locator(`.tile[data-kpi="${env('FIGURE')}"]`).click();
    await page.locator(`body[data-drilled="${env('FIGURE')}"]`).waitFor({ timeout: 60_000 });
    const drill = {
      title: await page.locator('#drill-title').textContent(),
      status: await page.locator('#drill-status').textContent(),
      rows: await page.$$eval('#drill-cases tbody tr', (rows) => rows.map((r) => ({
        caseNumber: r.cells[0].textContent, href: r.cells[0].querySelector('a')?.getAttribute('href'),
        cells: [...r.cells].map((c) => c.textContent),
      }))),
    };
    await page.screenshot({ path: join(shots, `dashboard-drill-down-${env('FIGURE')}.png`), fullPage: true });
    // the drill-down filters: only the cases that miss the figure
    await page.locator('#drill-filters select[name="counted"]').selectOption('false');
    await page.waitForFunction(() => !document.querySelector('#drill-status').textContent.includes('加载中'));
    const missed = await page.$$eval('#drill-cases tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
    await page.locator('#drill-filters select[name="counted"]').selectOption('');
    await page.waitForFunction(() => !document.querySelector('#drill-status').textContent.includes('加载中'));
    await page.locator('#drill-cases a', { hasText: caseNumber }).click();
    await page.waitForURL(`**/case/${caseNumber}`);
    const shown = await casePage();
    await page.screenshot({ path: join(shots, `case-page-${env('FIGURE')}.png`), fullPage: true });
    // Cockpit's process instance view links back to the case page (app/cockpit/scripts/gridcase-case-link.js)
    let cockpit = null;
    if (process.env.PROCESS_INSTANCE) {
      await page.goto(`${base}/camunda/app/cockpit/default/#/process-instance/${process.env.PROCESS_INSTANCE}/runtime`);
      const action = page.locator('a.gridcase-case-action');
      await action.waitFor({ timeout: 60_000 });
      await page.getByText('案件详情', { exact: true }).click();
      const link = page.locator('a.gridcase-case-link');
      await link.waitFor({ timeout: 60_000 });
      // the diagram draws task names without the ${…} of their expressions (app/cockpit/scripts/gridcase-diagram-names.js)
      await page.locator('.djs-element[data-element-id="UserTask_RevisitReporter"] text').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => ![...document.querySelectorAll('.djs-container text')].some((t) => t.textContent.includes('${')), null, { timeout: 10_000 })
        .catch(() => {});
      const diagram = await page.$$eval('.djs-container .djs-element[data-element-id^="UserTask_"] text', (all) => all.map((t) => t.textContent));
      cockpit = { text: await link.textContent(), href: await link.getAttribute('href'), action: await action.getAttribute('href'), diagram };
      await page.screenshot({ path: join(shots, 'cockpit-case-link.png') });
    }
    console.log(JSON.stringify({ drill, missed, casePage: shown, cockpit, errors }));
  }
  console.error(`responses >= 400: ${JSON.stringify(failed)}`);
} catch (e) {
  await page.screenshot({ path: join(shots, 'case-journey-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  console.error(`responses >= 400: ${JSON.stringify(failed)}; page errors: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await close();
}
