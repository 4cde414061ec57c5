// The lead department's handler opens a case page in Debian's headless Chromium (playwright-core),
// for io.gridcase.coorder.CoHandlersCasePageBrowserTest: what its 协办时限 section shows, as JSON on
// stdout (ADR 29).
//
// env: BASE_URL, CASE_NUMBER, LOGIN, SCREENSHOTS (a directory), CHROMIUM.
// Exit code 0 when the page was read; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
const base = env('BASE_URL');
const caseNumber = env('CASE_NUMBER');

const { page, close } = await launch({ width: 1400, height: 1000 });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, env('LOGIN'), 'gridcase');
  await page.goto(`${base}/case/${caseNumber}`);
  await page.locator('body[data-loaded="true"], #status.error').first().waitFor({ timeout: 60_000 });
  const section = page.locator('#co-handlers');
  const coHandlers = await page.$$eval('#co-deadlines tbody tr', (rows) => rows.map((r) => ({
    department: r.cells[0].textContent, status: r.cells[1].textContent, signForDue: r.cells[2].textContent,
    contributionDue: r.cells[3].textContent, state: r.cells[4].textContent,
    lateCells: [...r.cells].filter((c) => c.querySelector('.state.red')).map((c) => c.cellIndex),
  })));
  await page.screenshot({ path: join(shots, 'co-handlers.png'), fullPage: true });
  console.log(JSON.stringify({
    status: await page.locator('#status').textContent(),
    visible: await section.isVisible(),
    heading: await section.locator('h2').textContent(),
    coHandlers,
    timeline: await page.$$eval('#timeline li', (all) => all.map((li) => li.textContent)),
    errors,
  }));
} catch (e) {
  await page.screenshot({ path: join(shots, 'co-handlers-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  console.error(`page errors: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await close();
}
