// Drives Camunda Tasklist in Debian's headless Chromium (playwright-core, no downloaded browser).
// Started by io.gridcase.security.TasklistBrowserTest against the running test server.
//
// env: BASE_URL, LOGIN, PASSWORD, CASE_NUMBER, TASK_ID, MODE (sign-for | absent), SCREENSHOT_DIR, CHROMIUM
// Exit code 0 when the scenario held; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const base = env('BASE_URL');
const login = env('LOGIN');
const password = env('PASSWORD');
const caseNumber = env('CASE_NUMBER');
const taskId = env('TASK_ID');
const mode = env('MODE');
const shots = env('SCREENSHOT_DIR');
mkdirSync(shots, { recursive: true });

const { page, close } = await launch({ width: 1400, height: 900 });
const shot = (name) => page.screenshot({ path: join(shots, `${login}-${name}.png`), fullPage: true });

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, login, password);

  // the shared filter "部门待签收": my groups' tasks nobody has claimed
  const filter = page.getByText('部门待签收').first();
  await filter.waitFor();
  await filter.click();
  await page.waitForLoadState('networkidle');
  // each task in the list links to itself by id
  const ourTask = page.locator(`li.task a[href*="${taskId}"]`);

  if (mode === 'absent') {
    await page.locator('li.task, :text("没有符合过滤条件的任务")').first().waitFor();
    await page.waitForTimeout(1_000);
    await shot('no-such-task');
    const count = await ourTask.count();
    if (count !== 0) throw new Error(`${login} sees the task of case ${caseNumber} in 部门待签收`);
    // nor can the task be opened by its address (the way the owner's test opens it when it is
    // not on the list's first page)
    await page.goto(`${page.url()}${page.url().includes('?') ? '&' : '?'}task=${taskId}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1_000);
    await shot('task-by-address');
    if (await page.locator('.fjs-container, button[ng-click="complete()"], button.claim').count() !== 0) {
      throw new Error(`${login} opened the task of case ${caseNumber} by its address`);
    }
    console.log(`${login}: no task of ${caseNumber}, neither in 部门待签收 nor by address`);
  } else if (mode === 'sign-for') {
    // from the list when it is on its first page (the test database holds other tests' tasks
    // too), else by its address within the filter, as a link in a mail opens it
    if (!process.env.FORCE_ADDRESS && await ourTask.waitFor({ timeout: 5_000 }).then(() => true, () => false)) {
      await ourTask.click();
    } else {
      await page.goto(`${page.url()}${page.url().includes('?') ? '&' : '?'}task=${taskId}`);
    }
    await page.locator('button.claim').click();
    // the Camunda Form (form-js) of the sign-for step, showing our case
    const accept = page.locator('.fjs-container label', { hasText: '签收 Accept' });
    await accept.waitFor();
    const shown = await page.locator('.fjs-container input[disabled]').first().inputValue();
    if (shown !== caseNumber) throw new Error(`the form shows case ${shown}, not ${caseNumber}`);
    await accept.click();
    await shot('sign-for-filled');
    const complete = page.locator('button[ng-click="complete()"]');
    await complete.waitFor();
    await page.waitForFunction(() => !document.querySelector('button[ng-click="complete()"]').disabled);
    await complete.click();
    // the task leaves the view once completed
    await page.locator('.fjs-container').waitFor({ state: 'detached' });
    await shot('sign-for-completed');
    console.log(`${login}: signed for ${caseNumber}`);
  } else {
    throw new Error(`unknown MODE ${mode}`);
  }
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e.stack || String(e));
  for (const request of page.pending()) console.error(`still open: ${request}`);
  process.exitCode = 1;
} finally {
  await close();
}
