// What the browser tests share: environment variables and Debian's Chromium, started headless
// with a fresh profile and none of its background connections (the machine's network is closed).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
};

/**
 * A persistent context in a new temporary profile; close() removes the profile too. The browser
 * speaks Chinese unless told otherwise (options.locale, e.g. 'en-US').
 */
export async function launch(viewport, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'gridcase-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env('CHROMIUM'),
    headless: true,
    locale: options.locale ?? 'zh-CN',
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  // Tasklist's scripts can take more than 30 s to load on a busy 2-core CI machine
  context.setDefaultTimeout(60_000);
  const page = context.pages()[0] ?? (await context.newPage());
  // the page's own errors go to the script's log, so a page that never renders says why
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) console.error(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  // requests still open, so a page stuck on its spinner names what it waits for (see pending())
  const open = new Map();
  page.on('request', (request) => open.set(request, Date.now()));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => {
    open.delete(request);
    console.error(`failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.pending = () => [...open].map(([request, since]) =>
    `${request.method()} ${request.url()} open for ${Math.round((Date.now() - since) / 1000)} s`);
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/**
 * Signs in on the webapps' login form that is open. On a busy machine Angular may bind the form
 * after the first fill (the fields come back empty and the click does nothing), so it fills and
 * submits again until the form is gone, three times at most.
 */
export async function signIn(page, login, password) {
  const username = page.locator('input[ng-model="username"]');
  const secret = page.locator('input[type="password"]');
  for (let attempt = 1; ; attempt++) {
    await username.fill(login);
    await secret.fill(password);
    await page.locator('button[type="submit"]').click();
    try {
      await secret.waitFor({ state: 'detached', timeout: 20_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}
