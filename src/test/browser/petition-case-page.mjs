// The case page's 信访事项 section as a person reads it (ADR 23, 28): sign in through Tasklist, open
// /case/{caseNumber}, wait for the section and print its text. Started by
// io.gridcase.tasklist.PetitionFormsBrowserTest against its running server.
//
// env: BASE_URL, LOGIN, PASSWORD, CASE_NUMBER, SCREENSHOT_DIR, CHROMIUM
// Prints the section's text; exit code 0 when it was shown, the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const base = env('BASE_URL');
const caseNumber = env('CASE_NUMBER');
const shots = env('SCREENSHOT_DIR');
mkdirSync(shots, { recursive: true });

const { page, close } = await launch({ width: 1400, height: 1000 });
try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, env('LOGIN'), env('PASSWORD'));
  await page.goto(`${base}/case/${encodeURIComponent(caseNumber)}`);
  const section = page.locator('#petition:not([hidden])');
  await section.waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(shots, 'petition-case-page.png'), fullPage: true });
  console.log(`petition section: ${(await section.innerText()).replace(/\s+/g, ' ')}`);
} catch (e) {
  await page.screenshot({ path: join(shots, 'petition-case-page-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await close();
}
