// The dashboard over the pipeline's output for the seed articles: overview, then one event page, confirm.
// Args: <playwright-core dir> <chromium> <base url> <review token> <screenshot dir> <profile dir> <event id>
import { createRequire } from 'node:module';
const [pwDir, chromium, base, token, shots, profile, eventId] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { chromium: browserType } = require(pwDir);
const seen = { errors: [] };
const context = await browserType.launchPersistentContext(profile, {
  executablePath: chromium, headless: true, viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const page = context.pages()[0] || await context.newPage();
page.on('pageerror', e => seen.errors.push(String(e)));
page.on('console', m => { if (m.type() === 'error') seen.errors.push('console: ' + m.text()); });
const ready = async () => page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
try {
  await page.goto(base + '/');
  await ready();
  await page.waitForSelector('path.event-marker', { timeout: 20000 });
  await page.waitForTimeout(500);
  seen.markers = await page.locator('path.event-marker').count();
  seen.bars = await page.locator('#timeline rect.bar').count();
  await page.screenshot({ path: shots + '/seeds-01-overview.png' });
  await page.goto(base + '/#/event/' + encodeURIComponent(eventId));
  await ready();
  await page.waitForSelector('.event-page');
  seen.evidenceByArticle = await page.locator('article.article').evaluateAll(as => as.map(a => a.querySelectorAll('mark.evidence').length));
  seen.sourceHeads = await page.locator('th.source-head').allInnerTexts();
  seen.killedBySource = await page.locator('tr[data-field="killed"] td.source-cell').allInnerTexts();
  await page.screenshot({ path: shots + '/seeds-02-makhmour.png', fullPage: true });
  await page.fill('input[name="token"]', token);
  await page.fill('input[name="reviewer"]', 'seeds-browser-test');
  await page.click('#confirm');
  await page.waitForFunction(() => document.querySelector('#review-status')?.textContent === 'مؤكَّد', null, { timeout: 10000 });
  seen.confirmed = true;
  await page.screenshot({ path: shots + '/seeds-03-confirmed.png', fullPage: true });
} catch (e) {
  seen.errors.push('script: ' + (e && e.stack || e));
  await page.screenshot({ path: shots + '/seeds-99-failure.png' }).catch(() => {});
} finally {
  await context.close();
}
console.log(JSON.stringify(seen));
