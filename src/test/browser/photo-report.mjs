// A grid worker reports from the field on a phone (390×844) in Debian's headless Chromium
// (playwright-core), for io.gridcase.photos.PhotoReportBrowserTest: signs in to Tasklist (the login
// the case page reads with), opens /report, logs in there (writes take HTTP basic), takes a
// "photo" (the file input with capture), sends it, sees the case number, opens the case page and
// sees the photo under 现场照片, then in the summary above the form of their task of the case in
// Tasklist (就地化解). Then a file that is no image is refused by name. Prints what the
// pages showed as JSON on stdout.
//
// env: BASE_URL, LOGIN, PHOTO (a JPEG file), NOT_A_PHOTO (a file that is no image), SCREENSHOTS, CHROMIUM.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
const base = env('BASE_URL');
const login = env('LOGIN');

const { page, close } = await launch({ width: 390, height: 844 });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.addInitScript(() => {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, login, 'gridcase');

  await page.goto(`${base}/report`);
  const camera = await page.locator('input[type="file"]').evaluate((input) => ({
    accept: input.getAttribute('accept'), capture: input.getAttribute('capture'), multiple: input.multiple,
  }));
  const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
  await page.locator('#login input[name="username"]').fill(login);
  await page.locator('#login input[name="password"]').fill('gridcase');
  await page.locator('#login button[type="submit"]').click();
  await page.locator('#report').waitFor({ state: 'visible' });
  const grids = await page.$$eval('#report select[name="gridCode"] option', (all) => all.map((o) => o.textContent));
  await page.locator('#report input[name="title"]').fill('路口占道经营');
  await page.locator('#report textarea[name="description"]').fill('丰乐路口流动摊贩占道经营，影响通行');
  await page.locator('#report input[name="address"]').fill('丰乐路 88 号门口');
  await page.locator('#report input[name="photos"]').setInputFiles(env('PHOTO'));
  await page.locator('#previews img').first().waitFor();
  await page.screenshot({ path: join(shots, 'report-form.png'), fullPage: true });
  await page.locator('#send').click();
  await page.locator('#done').waitFor({ state: 'visible' });
  const caseNumber = await page.locator('#case-number').textContent();
  await page.screenshot({ path: join(shots, 'report-done.png'), fullPage: true });

  await page.locator('#case-link').click();
  await page.waitForURL(`**/case/${caseNumber}`);
  await page.locator('body[data-photos]').waitFor({ state: 'attached' });
  const thumbnail = page.locator('#report-photos img').first();
  await thumbnail.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const img = document.querySelector('#report-photos img');
    return img && img.complete && img.naturalWidth > 0;
  });
  const casePage = {
    caseNumber: await page.locator('#case-number').textContent(),
    reportPhotos: await page.$$eval('#report-photos img', (all) => all.map((img) => ({
      alt: img.alt, width: img.naturalWidth, height: img.naturalHeight, href: img.parentElement.getAttribute('href'),
    }))),
    resultPhotos: await page.locator('#result-photos').innerText(),
    pageWidth: await page.evaluate(() => document.documentElement.scrollWidth),
  };
  await page.locator('#photos').screenshot({ path: join(shots, 'case-page-photos.png') });
  await page.screenshot({ path: join(shots, 'case-page.png'), fullPage: true });

  // the grid worker's own task of the case (就地化解) in Tasklist: the summary above its form shows the photo
  const tasks = await page.evaluate(async (number) => {
    const answer = await fetch(`/camunda/api/engine/engine/default/task?processInstanceBusinessKey=${number}`,
      { headers: { Accept: 'application/json' } });
    return answer.json();
  }, caseNumber);
  await page.goto(`${base}/camunda/app/tasklist/default/#/?task=${tasks[0].id}`);
  await page.locator('.gridcase-case .gridcase-photos img').first().waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector('.gridcase-case .gridcase-photos img');
    return img && img.complete && img.naturalWidth > 0;
  });
  const tasklist = {
    task: tasks[0].name,
    photos: await page.$$eval('.gridcase-case .gridcase-photos', (all) => all.map((dd) => ({
      label: dd.previousElementSibling.textContent, kind: dd.dataset.kind,
      images: [...dd.querySelectorAll('img')].map((img) => ({ alt: img.alt, width: img.naturalWidth })),
    }))),
  };
  await page.locator('.gridcase-case').scrollIntoViewIfNeeded();
  await page.locator('.gridcase-case').screenshot({ path: join(shots, 'tasklist-case-summary.png') });

  // a file that is no image, whatever its name says: refused by name, nothing reported
  await page.goto(`${base}/report`);
  await page.locator('#login input[name="username"]').fill(login);
  await page.locator('#login input[name="password"]').fill('gridcase');
  await page.locator('#login button[type="submit"]').click();
  await page.locator('#report').waitFor({ state: 'visible' });
  await page.locator('#report input[name="title"]').fill('井盖缺失');
  await page.locator('#report textarea[name="description"]').fill('丰乐路井盖缺失');
  await page.locator('#report input[name="photos"]').setInputFiles(env('NOT_A_PHOTO'));
  await page.locator('#send').click();
  await page.locator('#report-status.error').waitFor();
  const refused = await page.locator('#report-status').textContent();
  await page.screenshot({ path: join(shots, 'report-refused.png'), fullPage: true });

  console.log(JSON.stringify({
    viewport, camera, grids, caseNumber, casePage, tasklist, refused, errors,
    csp: await page.evaluate(() => window.cspViolations),
  }));
} catch (e) {
  await page.screenshot({ path: join(shots, 'photo-report-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  console.error(`page errors: ${JSON.stringify(errors)}; open: ${JSON.stringify(page.pending())}`);
  process.exitCode = 1;
} finally {
  await close();
}
