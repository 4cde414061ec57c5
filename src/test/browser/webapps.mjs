// Reads what the Camunda webapps show to a user whose browser asks for English (en-US): Debian's
// headless Chromium, driven by playwright-core. Started by io.gridcase.security.WebappChineseBrowserTest,
// which asserts on the texts this script prints as one JSON line on stdout.
//
// env: BASE_URL, APP (tasklist | cockpit | admin), LOGIN, PASSWORD, SCREENSHOT_DIR, CHROMIUM,
//      TASK_ID (tasklist: a sign-for task of the user's department)
// Exit code 0 when every page could be read; the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const base = env('BASE_URL');
const app = env('APP');
const login = env('LOGIN');
const shots = env('SCREENSHOT_DIR');
mkdirSync(shots, { recursive: true });

const { page, close } = await launch({ width: 1400, height: 900 }, { locale: 'en-US' });
const shot = (name) => page.screenshot({ path: join(shots, `zh-${app}-${name}.png`), fullPage: true });
const text = (selector) => page.locator(selector).first().innerText().then((t) => t.trim());
const placeholder = (selector) => page.locator(selector).first().getAttribute('placeholder');
// what the user can read: hidden elements (display: none) are not part of innerText
const visible = () => page.evaluate(() => document.body.innerText);
const settle = async () => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
};
const seen = { navigatorLanguages: [], pages: {} };

async function logIn() {
  await page.goto(`${base}/camunda/app/${app}/default/`);
  await page.locator('input[ng-model="username"]').waitFor();
  seen.navigatorLanguages = await page.evaluate(() => navigator.languages);
  const form = await look('login');
  form.button = await text('button[type="submit"]');
  form.username = await placeholder('input[ng-model="username"]');
  form.password = await placeholder('input[type="password"]');
  await signIn(page, login, env('PASSWORD'));
}

async function look(name, path, ready) {
  if (path) await page.goto(`${base}${path}`);
  if (ready) await page.locator(ready).first().waitFor();
  await settle();
  await shot(name);
  seen.pages[name] = {
    text: await visible(),
    // Camunda renders its "migrate to Camunda 8" banner on every page: it must be there, unseen
    bannerInPage: await page.locator('.ce-eol-banner').count(),
    bannerShown: await page.locator('.ce-eol-banner').isVisible(),
  };
  return seen.pages[name];
}

try {
  await logIn();
  if (app === 'tasklist') {
    await page.getByText('部门待签收').first().click();
    const list = await look('list');
    list.search = await placeholder('input.main-field');
    list.startProcess = await text('li.start-process-action');
    list.createTask = await text('li.create-task-action');

    // the department's sign-for task, opened by its address within the filter
    await page.goto(`${page.url()}${page.url().includes('?') ? '&' : '?'}task=${env('TASK_ID')}`);
    await page.locator('button.claim').waitFor();
    const task = await look('task');
    task.claim = await text('button.claim');
    task.tabs = await page.locator('.task-details .nav-tabs li').allInnerTexts();

    await page.locator('button.claim').click();
    // rejecting asks for a reason (a required select): completing without one shows form-js' message
    await page.locator('.fjs-container label', { hasText: '退单 Reject' }).click();
    const reason = page.locator('.fjs-form-field', { hasText: '退单原因' });
    await reason.locator('.fjs-select-display').waitFor();
    const claimed = await look('claimed');
    claimed.complete = await text('button[ng-click="complete()"]');
    claimed.save = await text('button[ng-click="save($event)"], button[ng-click="save()"]');
    claimed.reasonShows = await reason.locator('.fjs-select-display').innerText();
    await page.locator('button[ng-click="complete()"]').click();
    await reason.locator('.fjs-form-field-error').waitFor();
    const invalid = await look('required');
    invalid.reasonError = await reason.locator('.fjs-form-field-error').innerText();
  } else if (app === 'cockpit') {
    await look('dashboard');
    const processes = await look('processes', '/camunda/app/cockpit/default/#/processes', 'table tbody tr td a');
    processes.columns = await page.locator('table thead th').allInnerTexts();
    await look('welcome', '/camunda/app/welcome/default/', 'a[href="/dashboard/"]');
  } else if (app === 'admin') {
    await look('dashboard');
    const users = await look('users', '/camunda/app/admin/default/#/users', 'table tbody tr td a');
    users.columns = await page.locator('table thead th').allInnerTexts();
  } else {
    throw new Error(`unknown APP ${app}`);
  }
  console.log(JSON.stringify(seen));
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e.stack || String(e));
  for (const request of page.pending()) console.error(`still open: ${request}`);
  process.exitCode = 1;
} finally {
  await close();
}
