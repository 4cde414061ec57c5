// One person's step in Camunda Tasklist, in Debian's headless Chromium (playwright-core): log in,
// open a task (or the start form of a case), check that the case summary shows what the person
// must see, fill the Camunda Form as a person would and complete it. Started by
// io.gridcase.tasklist.TasklistJourneysBrowserTest against its running server.
//
// env: BASE_URL, CHROMIUM, SCREENSHOT_DIR, PASSWORD and JOURNEY, a JSON object:
//   name      screenshots are <name>-*.png
//   login     the user
//   taskId    the task to open; without it, the start form of processName is filled instead
//   processName  the process to start from 发起流程 (start form journeys)
//   see       texts the case summary (or, for a start form, the page) must show
//   seeInForm texts the task's form must show (labels, or the values of its fields)
//   steps     [{click: label} | {fill: label, text} | {choose: label, option} | {grid: [county, town, community, grid]}]
//   look      only look: the form is neither filled nor completed
//   errorFirst  for start forms: submit once before choosing the grid and expect an error next to it
// Prints what it saw; exit code 0 when the journey held, the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch } from './chromium.mjs';

const base = env('BASE_URL');
const shots = env('SCREENSHOT_DIR');
const journey = JSON.parse(env('JOURNEY'));
mkdirSync(shots, { recursive: true });

const { page, close } = await launch({ width: 1400, height: 1000 });
// a refused submission's answer goes to the log, for whoever reads a failed journey
page.on('response', async (response) => {
  if (response.url().includes('/engine/') && response.status() >= 400) {
    console.log(`${response.status()} ${response.url()}: ${await response.text().catch(() => '')}`);
  }
});
const shot = (name) => page.screenshot({ path: join(shots, `${journey.name}-${name}.png`), fullPage: true });
const field = (root, label) => root.locator('.fjs-form-field').filter({ has: page.locator('label', { hasText: label }) }).first();

async function fillForm(root) {
  for (const step of journey.steps ?? []) {
    if (step.click) {
      await root.locator('.fjs-container label', { hasText: step.click }).first().click();
    } else if (step.fill) {
      await field(root, step.fill).locator('input, textarea').first().fill(step.text);
    } else if (step.choose) {
      const select = field(root, step.choose);
      const list = select.locator('.fjs-dropdownlist');
      await select.locator('.fjs-input-group, input').first().click();
      await select.locator('.fjs-dropdownlist-item', { hasText: step.option }).first().click({ timeout: 10_000 })
        .catch(async (e) => { throw new Error(`${e.message}\nlist: ${await list.isVisible()} ${(await select.innerText()).slice(0, 300)}`); });
    } else if (step.refusedAt) {
      await refused(root, step.refusedAt);
    } else if (step.reopen) {
      // the task once more, as after a refusal the person takes it up again
      await page.reload();
      await page.locator('.gridcase-case').waitFor();
    } else if (step.grid) {
      const picker = root.locator('.gridcase-grid-picker');
      for (const [level, name] of step.grid.entries()) {
        const list = picker.locator('select').nth(level);
        await page.waitForFunction(([l, n]) => {
          const s = document.querySelectorAll('.gridcase-grid-picker select')[l];
          return s && [...s.options].some((o) => o.textContent === n);
        }, [level, name]);
        await list.selectOption({ label: name });
      }
    } else {
      throw new Error(`unknown step ${JSON.stringify(step)}`);
    }
  }
}

async function mustSee(locator, what) {
  const text = await locator.innerText();
  for (const expected of journey.see ?? []) {
    if (!text.includes(expected)) throw new Error(`${what} does not show "${expected}":\n${text}`);
  }
  console.log(`${journey.login} sees in ${what}:\n${text}`);
}

/**
 * Completes, expects the server to refuse it: the reason next to the field and in Tasklist's
 * notice, which must leave the Complete button free to press again.
 */
async function refused(root, label) {
  const button = page.locator('button[ng-click="complete()"]');
  await page.waitForFunction((b) => !b.disabled, await button.elementHandle());
  await button.click();
  const error = field(root, label).locator('.gridcase-field-error');
  await error.waitFor();
  const notice = page.locator('.page-notifications .alert-danger').first();
  await notice.waitFor();
  const [a, b] = [await notice.boundingBox(), await button.boundingBox()];
  const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  await shot('refused');
  if (overlap) throw new Error(`the notice ${JSON.stringify(a)} covers the Complete button ${JSON.stringify(b)}`);
  console.log(`refused next to ${label}: ${await error.innerText()}`);
}

/** Fails on Tasklist's red notification (a refused completion), else waits for the form to go. */
async function completed(button, form) {
  await page.waitForFunction((b) => !b.disabled, await button.elementHandle());
  await button.click();
  const refused = page.locator('.notifications .alert-danger, .page-notifications .alert-danger');
  const outcome = await Promise.race([
    form.waitFor({ state: 'detached' }).then(() => 'done'),
    refused.first().waitFor().then(() => 'refused'),
  ]);
  if (outcome === 'refused') throw new Error(`Tasklist refused: ${await refused.first().innerText()}`);
}

async function taskJourney() {
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${journey.taskId}`);
  const claim = page.locator('button.claim');
  const form = page.locator('.fjs-container');
  await Promise.race([claim.waitFor(), form.waitFor()]);
  if (await claim.isVisible()) await claim.click();
  const summary = page.locator('.gridcase-case');
  await summary.waitFor();
  await mustSee(summary, 'the case summary');
  const formText = await form.evaluate((f) => `${f.innerText}\n${[...f.querySelectorAll('input, textarea')].map((i) => i.value).join('\n')}`);
  for (const expected of journey.seeInForm ?? []) {
    if (!formText.includes(expected)) throw new Error(`the form does not show "${expected}":\n${formText}`);
  }
  // the Complete button stays clear of any notification (Tasklist shows them at the top)
  if (journey.look) {
    await shot('seen');
    return;
  }
  await fillForm(page);
  await shot('filled');
  await completed(page.locator('button[ng-click="complete()"]'), form);
  await shot('completed');
  console.log(`${journey.login}: completed ${journey.taskId}`);
}

async function startJourney() {
  await page.locator('a', { hasText: '发起流程' }).first().click();
  const dialog = page.locator('.modal-dialog');
  await dialog.locator('a', { hasText: journey.processName }).first().click();
  await dialog.locator('.fjs-container').waitFor();
  const start = dialog.locator('button[ng-click="startProcessInstance()"], button.btn-primary').last();
  if (journey.errorFirst) {
    const steps = journey.steps;
    journey.steps = steps.filter((s) => !s.grid);
    await fillForm(dialog);
    await start.click();
    const error = field(dialog, '网格').locator('.fjs-form-field-error');
    await error.waitFor();
    console.log(`error next to the grid: ${await error.innerText()}`);
    await shot('error-next-to-field');
    journey.steps = steps.filter((s) => s.grid);
  }
  await fillForm(dialog);
  await shot('filled');
  await start.click();
  const created = page.locator('.gridcase-new-case');
  await created.waitFor();
  await mustSee(created, 'the notice of the new case');
  const number = /GC\d+/.exec(await created.innerText())?.[0];
  if (!number) throw new Error('no case number after starting');
  await shot('started');
  console.log(`CASE_NUMBER=${number}`);
}

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await page.locator('input[ng-model="username"]').fill(journey.login);
  await page.locator('input[type="password"]').fill(env('PASSWORD'));
  await page.locator('button[type="submit"]').click();
  await page.locator('a', { hasText: '发起流程' }).first().waitFor();
  await (journey.taskId ? taskJourney() : startJourney());
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e.stack || String(e));
  process.exitCode = 1;
} finally {
  await close();
}
