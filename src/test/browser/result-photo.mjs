// A department handler attaches a photo of the result on the case page (io.gridcase.photos.PhotoReportBrowserTest),
// in Debian's headless Chromium (playwright-core) at phone size: signs in to Tasklist (the case page
// reads with that login), opens /case/{caseNumber}, uploads under 上传处理结果照片 with the account
// again (writes take HTTP basic) and sees the photo under 处理结果照片. Prints what the page showed as JSON.
//
// env: BASE_URL, LOGIN, CASE_NUMBER, PHOTO (an image file), SCREENSHOTS, CHROMIUM.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { env, launch, signIn } from './chromium.mjs';

const shots = env('SCREENSHOTS');
mkdirSync(shots, { recursive: true });
const base = env('BASE_URL');
const login = env('LOGIN');
const caseNumber = env('CASE_NUMBER');

const { page, close } = await launch({ width: 390, height: 844 });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

try {
  await page.goto(`${base}/camunda/app/tasklist/default/`);
  await signIn(page, login, 'gridcase');
  await page.goto(`${base}/case/${caseNumber}`);
  await page.locator('body[data-photos]').waitFor({ state: 'attached' });
  const before = await page.locator('#result-photos').innerText();
  const form = page.locator('#result-upload');
  await form.waitFor({ state: 'visible' });
  await form.locator('input[name="username"]').fill(login);
  await form.locator('input[name="password"]').fill('gridcase');
  await form.locator('input[name="photos"]').setInputFiles(env('PHOTO'));
  await form.locator('button[type="submit"]').click();
  await page.locator('#result-photos img').first().waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector('#result-photos img');
    return img && img.complete && img.naturalWidth > 0;
  });
  const shown = {
    before,
    status: await page.locator('#upload-status').textContent(),
    resultPhotos: await page.$$eval('#result-photos img', (all) => all.map((img) => ({ alt: img.alt, width: img.naturalWidth }))),
    reportPhotos: await page.$$eval('#report-photos img', (all) => all.map((img) => img.alt)),
  };
  await page.locator('#photos').screenshot({ path: join(shots, 'case-page-result-photo.png') });
  console.log(JSON.stringify({ ...shown, errors }));
} catch (e) {
  await page.screenshot({ path: join(shots, 'result-photo-failure.png'), fullPage: true }).catch(() => {});
  console.error(e.stack || String(e));
  console.error(`page errors: ${JSON.stringify(errors)}; open: ${JSON.stringify(page.pending())}`);
  process.exitCode = 1;
} finally {
  await close();
}
