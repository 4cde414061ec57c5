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
//   notInForm texts it must not show (user ids, codes, ISO durations)
//   steps     [{click: label} | {check: label of a checkbox} | {fill: label, text} | {choose: label, option} | {grid: [county, town, community, grid]}]
//   look      only look: the form is neither filled nor completed
//   noCase    a task of no case (a weak signal's review): no case summary; see is checked in the form
//   errorFirst  for start forms: submit once before choosing the grid and expect an error next to it
//   casePage  texts the case page must show, opened from the case number in the summary (a new tab)
//   seeOnPage texts the task's page must show outside the summary (the task's due date in its header)
// Prints what it saw; exit code 0 when the journey held, the reason on stderr otherwise.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

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

/** Where a field sits in its form (px from the form's top), whatever scrolls around the form. */
const topInForm = (locator) => locator.evaluate((e) => {
  const form = e.closest('.fjs-container');
  return Math.round(e.getBoundingClientRect().top - form.getBoundingClientRect().top);
});

/**
 * Fills the form top-down as a person does. What the person already filled stays where it was:
 * a field that appears because of an answer appears below it, never above (it would push the
 * filled fields down while the person reads them).
 */
async function fillForm(root) {
  let filled = [];
  for (const step of journey.steps ?? []) {
    const before = await Promise.all(filled.map(async (f) => ({ ...f, top: await topInForm(f.locator) })));
    for (const f of before) {
      if (f.top !== f.was) throw new Error(`"${f.what}" moved from ${f.was} to ${f.top} px in the form before "${JSON.stringify(step)}"`);
    }
    let done = null;
    if (step.click) {
      done = root.locator('.fjs-container .fjs-form-field').filter({ has: page.locator('label', { hasText: step.click }) }).last();
      await root.locator('.fjs-container label', { hasText: step.click }).first().click();
    } else if (step.check) {
      done = field(root, step.check);
      await done.locator('input[type="checkbox"]').check();
    } else if (step.fill) {
      done = field(root, step.fill);
      await done.locator('input, textarea').first().fill(step.text);
    } else if (step.choose) {
      const select = field(root, step.choose);
      done = select;
      const list = select.locator('.fjs-dropdownlist');
      await select.locator('.fjs-input-group, input').first().click();
      await select.locator('.fjs-dropdownlist-item', { hasText: step.option }).first().click({ timeout: 10_000 })
        .catch(async (e) => { throw new Error(`${e.message}\nlist: ${await list.isVisible()} ${(await select.innerText()).slice(0, 300)}`); });
    } else if (step.refusedAt) {
      await refused(root, step.refusedAt);
      filled = [];
    } else if (step.reopen) {
      filled = [];
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
    if (done) filled.push({ what: step.click ?? step.check ?? step.fill ?? step.choose, locator: done, was: await topInForm(done) });
  }
  // after the last answer too
  for (const f of filled) {
    const top = await topInForm(f.locator);
    if (top !== f.was) throw new Error(`"${f.what}" moved from ${f.was} to ${top} px in the form after the last step`);
  }
  if (filled.length) console.log(`filled top-down, nothing moved: ${filled.map((f) => `${f.what}@${f.was}`).join(', ')}`);
}

/**
 * The task's description (Tasklist's 描述 tab) is written for the person: Chinese, no developer
 * notes (English, expressions, variable names). Back on the 表单 tab afterwards.
 */
async function descriptionIsForPeople() {
  await page.locator('a', { hasText: /^\s*描述\s*$/ }).first().click();
  const pane = page.locator('.description-pane');
  await pane.waitFor();
  const text = (await pane.innerText()).trim();
  await shot('description');
  const developer = /[A-Za-z]{3,}|\$\{|#\{|TODO|delegate/.exec(text);
  if (!text || developer) throw new Error(`the task description is not for people ("${developer?.[0] ?? 'empty'}"):\n${text}`);
  console.log(`description: ${text}`);
  await page.locator('a', { hasText: /^\s*表单\s*$/ }).first().click();
  await page.locator('.fjs-container').waitFor();
  if (!journey.noCase) await page.locator('.gridcase-case').waitFor();
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

/** Opens the case page from the summary's case number, as the person does (a new tab), and reads it. */
async function casePageShows(expected) {
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('.gridcase-case a.gridcase-case-number').click(),
  ]);
  await tab.locator('body[data-loaded="true"], #status.error').first().waitFor({ timeout: 60_000 });
  const text = await tab.locator('body').innerText();
  await tab.screenshot({ path: join(shots, `${journey.name}-case-page.png`), fullPage: true });
  for (const e of expected) {
    if (!text.includes(e)) throw new Error(`the case page does not show "${e}":\n${text}`);
  }
  console.log(`${journey.login} sees on the case page:\n${text}`);
  await tab.close();
}

async function taskJourney() {
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${journey.taskId}`);
  const claim = page.locator('button.claim');
  const form = page.locator('.fjs-container');
  await Promise.race([claim.waitFor(), form.waitFor()]);
  if (await claim.isVisible()) await claim.click();
  await form.waitFor();
  if (journey.noCase) {
    // no case summary: what the person must see is in the form itself
    await page.waitForFunction(() => !document.querySelector('.gridcase-case-box, .fjs-container.gridcase-waiting'));
  } else {
    const summary = page.locator('.gridcase-case');
    await summary.waitFor();
    await mustSee(summary, 'the case summary');
    if (journey.casePage) await casePageShows(journey.casePage);
  }
  if (journey.seeOnPage) {
    const text = await page.locator('body').innerText();
    for (const e of journey.seeOnPage) {
      if (!text.includes(e)) throw new Error(`the task's page does not show "${e}":\n${text}`);
    }
    console.log(`${journey.login} sees on the task's page: ${journey.seeOnPage.join(', ')}`);
  }
  const formText = await form.evaluate((f) => `${f.innerText}\n${[...f.querySelectorAll('input, textarea')].map((i) => i.value).join('\n')}`);
  if (journey.noCase) {
    for (const expected of journey.see ?? []) {
      if (!formText.includes(expected)) throw new Error(`the form does not show "${expected}":\n${formText}`);
    }
    console.log(`${journey.login} sees in the form:\n${formText}`);
  }
  for (const expected of journey.seeInForm ?? []) {
    if (!formText.includes(expected)) throw new Error(`the form does not show "${expected}":\n${formText}`);
  }
  for (const raw of journey.notInForm ?? []) {
    if (formText.includes(raw)) throw new Error(`the form shows "${raw}", which is for machines:\n${formText}`);
  }
  // the Complete button stays clear of any notification (Tasklist shows them at the top)
  if (journey.look) {
    await shot('seen');
    return;
  }
  await descriptionIsForPeople();
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
  await signIn(page, journey.login, env('PASSWORD'));
  await page.locator('a', { hasText: '发起流程' }).first().waitFor();
  await (journey.taskId ? taskJourney() : startJourney());
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(e.stack || String(e));
  for (const request of page.pending()) console.error(`still open: ${request}`);
  process.exitCode = 1;
} finally {
  await close();
}
