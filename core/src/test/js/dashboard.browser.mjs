// Drives the dashboard in Debian's chromium through playwright-core (no browser download) and prints one JSON
// line of what it saw. Args: <playwright-core dir> <chromium> <base url> <review token> <screenshot dir> <profile dir>
import { createRequire } from 'node:module';
const [pwDir, chromium, base, token, shots, profile] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { chromium: browserType } = require(pwDir);

const seen = { errors: [], console: [] };
const context = await browserType.launchPersistentContext(profile, {
  executablePath: chromium, headless: true, viewport: { width: 1400, height: 900 }, locale: 'ar',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const page = context.pages()[0] || await context.newPage();
page.on('pageerror', e => seen.errors.push(String(e)));
page.on('console', m => { if (m.type() === 'error') seen.console.push(m.text()); });
page.on('request', r => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) seen.errors.push('external request ' + r.url()); });
const ready = async () => page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
try {
  await page.goto(base + '/');
  await ready();
  await page.waitForSelector('path.event-marker', { timeout: 20000 });
  await page.waitForTimeout(500);
  seen.dir = await page.evaluate(() => document.documentElement.dir);
  seen.font = await page.evaluate(async () => { await document.fonts.ready; return document.fonts.check('16px "Noto Naskh Arabic"', 'مرصد'); });
  seen.markers = await page.locator('path.event-marker').count();
  seen.bars = await page.locator('#timeline rect.bar').count();
  seen.districts = await page.locator('#map path.leaflet-interactive').count();
  seen.rows = await page.locator('#event-list .event-row').count();
  await page.screenshot({ path: shots + '/01-overview-ar.png' });

  // marker popup
  await page.locator('path.event-marker').first().click({ force: true });
  await page.waitForSelector('.leaflet-popup .popup', { timeout: 5000 });
  seen.popup = await page.locator('.leaflet-popup .popup h4').innerText();
  await page.screenshot({ path: shots + '/02-marker-popup.png' });

  // English toggle
  await page.click('#lang');
  await ready();
  await page.waitForTimeout(400);
  seen.dirEn = await page.evaluate(() => document.documentElement.dir);
  await page.screenshot({ path: shots + '/03-overview-en.png' });
  await page.click('#lang');
  await ready();

  // timeline brush: drag across the first half of the bars
  const box = await page.locator('#timeline svg').boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await ready();
  await page.waitForTimeout(400);
  seen.rowsAfterBrush = await page.locator('#event-list .event-row').count();
  seen.markersAfterBrush = await page.locator('path.event-marker').count();
  await page.screenshot({ path: shots + '/04-brushed.png' });

  // the Makhmour event
  await page.goto(base + '/#/event/ev-makhmour');
  await ready();
  await page.waitForSelector('.event-page');
  seen.evidence = await page.locator('mark.evidence').allInnerTexts();
  seen.sourceHeads = await page.locator('th.source-head').allInnerTexts();
  seen.killedBySource = await page.locator('tr[data-field="killed"] td.source-cell').allInnerTexts();
  seen.conflictCells = await page.locator('td.conflict').count();
  await page.screenshot({ path: shots + '/05-event-makhmour.png', fullPage: true });

  // confirm through the review action
  await page.fill('input[name="token"]', token);
  await page.fill('input[name="reviewer"]', 'browser-test');
  await page.click('#confirm');
  await page.waitForFunction(() => document.querySelector('#review-status')?.textContent === 'مؤكَّد', null, { timeout: 10000 });
  seen.statusAfterConfirm = await page.locator('#review-status').innerText();
  seen.auditRows = await page.locator('ol.audit li').count();
  await page.screenshot({ path: shots + '/06-event-confirmed.png', fullPage: true });

  // untrusted text stays text
  await page.goto(base + '/#/event/ev-x');
  await ready();
  await page.waitForSelector('.event-page');
  seen.xss = await page.evaluate(() => window.__xss === undefined ? 'none' : String(window.__xss));
  seen.scriptTagsInArticles = await page.locator('.article script, .article img').count();
  seen.literalPayloadShown = (await page.locator('.article .text').first().innerText()).includes('<script>window.__xss=1</script>');
  await page.screenshot({ path: shots + '/07-untrusted-text.png', fullPage: true });

  // story page
  await page.goto(base + '/#/story/story-makhmour');
  await ready();
  seen.storyArticles = await page.locator('.story-page article.article').count();
  seen.storySummary = await page.locator('.story-summary').innerText().catch(() => '');
  await page.screenshot({ path: shots + '/08-story.png', fullPage: true });
} catch (e) {
  seen.errors.push('script: ' + (e && e.stack || e));
  await page.screenshot({ path: shots + '/99-failure.png' }).catch(() => {});
} finally {
  await context.close();
}
console.log(JSON.stringify(seen));
