// A handler's Tasklist: the shared filter 即将超时, searched by case number, lists the sign-for task
// of a case due within the hour; its name shows the case number and title, and it shows its due date.
// Started by io.gridcase.sla.TaskDeadlinesBrowserTest against the running test server.
//
// env: BASE_URL, LOGIN, PASSWORD, CASE_NUMBER, TITLE, TASK_ID, SCREENSHOT_DIR, CHROMIUM
// Exit code 0 when the handler saw all of it; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const base = env('BASE_URL');
const login = env('LOGIN');
const caseNumber = env('CASE_NUMBER');
const title = env('TITLE');
const taskId = env('TASK_ID');
const shots = env('SCREENSHOT_DIR');
mkdirSync(shots, { recursive: true });

const { page, close } = await launch({ width: 1400, height: 900 });
const shot = (name) => page.screenshot({ path: join(shots, `${login}-due-soon-${name}.png`), fullPage: true });

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, login, env('PASSWORD'));

  const filter = page.getByText('即将超时').first();
  await filter.waitFor();
  await filter.click();
  await page.waitForLoadState('networkidle');
  // the search box's criterion "流程变量 caseNumber = …", as Tasklist keeps it in its address: the
  // shared test database holds many tasks due soon, so the case is looked up by its number
  const search = [{ type: 'processVariables', operator: 'eq', value: caseNumber, name: 'caseNumber' }];
  const criterion = `searchQuery=${encodeURIComponent(JSON.stringify(search))}`;
  const listed = page.url();
  await page.goto(/searchQuery=[^&]*/.test(listed) ? listed.replace(/searchQuery=[^&]*/, criterion)
    : `${listed}${listed.includes('?') ? '&' : '?'}${criterion}`);
  await page.waitForLoadState('networkidle');
  console.log(`address: ${page.url()}`);
  const pill = page.locator('[cam-widget-search-pill]').first();
  await pill.waitFor();
  console.log(`search: ${(await pill.innerText()).replace(/\s+/g, ' ')}`);
  const item = page.locator('li.task').filter({ has: page.locator(`a[href*="${taskId}"]`) });
  await item.waitFor();
  const text = await item.innerText();
  console.log(`list item: ${text.replace(/\s+/g, ' ')}`);
  if (!text.includes(caseNumber)) throw new Error(`the task in 即将超时 does not name case ${caseNumber}: ${text}`);
  if (!text.includes(title)) throw new Error(`the task in 即将超时 does not show the title ${title}: ${text}`);
  const due = item.locator('.due-date, [class*="due"]');
  if (await due.count() === 0) throw new Error(`the task in 即将超时 shows no due date: ${text}`);
  const dueText = (await due.first().innerText()).replace(/\s+/g, ' ');
  if (!dueText.includes('到期')) throw new Error(`the due date is not shown in Chinese: ${dueText}`);
  console.log(`due: ${dueText}`);
  await shot('list');
  await item.locator(`a[href*="${taskId}"]`).first().click();
  await page.locator('button.claim, .fjs-container').first().waitFor();
  await page.waitForLoadState('networkidle');
  await shot('task');
  console.log(`${login}: ${caseNumber} is due soon in Tasklist`);
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e.stack || String(e));
  for (const request of page.pending()) console.error(`still open: ${request}`);
  process.exitCode = 1;
} finally {
  await close();
}
