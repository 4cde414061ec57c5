// The case page's 当事人 section (ADR 26) in Debian's headless Chromium (playwright-core), for
// io.gridcase.parties.PartiesPageBrowserTest: signs in as LOGIN, opens the case page and prints
// what the section shows as JSON on stdout (a screenshot beside it).
//
// env: BASE_URL, CASE_NUMBER, LOGIN, SCREENSHOTS (a directory), CHROMIUM.
// Exit code 0 when the page loaded; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
const base = env('BASE_URL');
const login = env('LOGIN');

const { page, close } = await launch({ width: 1300, height: 1000 });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, login, 'gridcase');
  await page.goto(`${base}/case/${env('CASE_NUMBER')}`);
  await page.locator('body[data-loaded="true"], #status.error').first().waitFor({ timeout: 60_000 });
  const shown = await page.locator('#parties').isVisible();
  const parties = await page.$$eval('#parties tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  await page.screenshot({ path: join(shots, `parties-${login}.png`), fullPage: true });
  console.log(JSON.stringify({
    status: await page.locator('#status').textContent(),
    shown,
    heading: await page.locator('#parties h2').textContent(),
    parties,
    errors,
  }));
} catch (error) {
  console.error(error.stack || String(error));
  await page.screenshot({ path: join(shots, `parties-${login}-failed.png`), fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await close();
}
