// Drives the dashboard's alerts panel in Debian's chromium through playwright-core and prints one JSON line of what it
// saw. Args: <playwright-core dir> <chromium> <base url> <screenshot dir> <profile dir>
import { createRequire } from 'node:module';
const [pwDir, chromium, base, shots, profile] = process.argv.slice(2);
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
const settle = async () => { await ready(); await page.waitForSelector('#map path.alert-district', { state: 'attached', timeout: 20000 }); await page.waitForTimeout(600); };
try {
  await page.goto(base + '/');
  await settle();
  seen.feedLinkInHead = await page.evaluate(() => document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') || '');
  seen.feedLink = await page.locator('#alerts a.feed-link').getAttribute('href');
  seen.alertRows = await page.locator('#alerts .alert-row').count();
  seen.alertIds = await page.locator('#alerts .alert-row').evaluateAll(rows => rows.map(r => r.dataset.id));
  seen.kinds = await page.locator('#alerts .alert-kind').allInnerTexts();
  seen.alertText = await page.locator('#alerts .alert-row').first().innerText();
  seen.highlighted = await page.locator('#map path.alert-district').count();
  seen.highlightStroke = await page.locator('#map path.alert-district').first().getAttribute('stroke');
  seen.markers = await page.locator('path.event-marker').count();
  seen.rows = await page.locator('#event-list .event-row').count();
  await page.screenshot({ path: shots + '/alerts-01-overview-ar.png' });

  // the Makhmour surge: its evidence only, the map on its district
  await page.locator('#alerts .alert-row[data-kind="surge"]').first().click();
  await page.waitForFunction(() => location.hash.startsWith('#/alerts/'));
  await settle();
  seen.hashAfterClick = await page.evaluate(() => decodeURIComponent(location.hash));
  seen.selected = await page.locator('#alerts .alert-row.selected').count();
  seen.evidenceRows = await page.locator('#event-list .event-row').count();
  seen.evidenceIds = await page.locator('#event-list .event-row').evaluateAll(rows => rows.map(r => r.dataset.id));
  seen.markersAfterClick = await page.locator('path.event-marker').count();
  seen.alertWeekMarks = await page.locator('#timeline rect.alert-week').count();
  seen.zoomAfterClick = await page.evaluate(() => document.querySelector('#map .leaflet-proxy')?.style.transform || '');
  await page.screenshot({ path: shots + '/alerts-02-surge-selected.png' });

  // English, then the feed's own link shape (#/alerts/<id>) opened directly
  await page.click('#lang');
  await settle();
  seen.kindsEn = await page.locator('#alerts .alert-kind').allInnerTexts();
  seen.headingEn = await page.locator('#alerts h2').innerText();
  await page.screenshot({ path: shots + '/alerts-03-selected-en.png' });
  await page.click('#lang');
  await settle();
  await page.goto(base + '/#/alerts/' + encodeURIComponent(seen.alertIds[seen.alertIds.length - 1]));
  await page.reload();
  await settle();
  seen.directRows = await page.locator('#event-list .event-row').count();
  seen.directSelected = await page.locator('#alerts .alert-row.selected').getAttribute('data-id').catch(() => '');
  await page.locator('#show-all').click();
  await settle();
  seen.rowsAfterShowAll = await page.locator('#event-list .event-row').count();
  seen.feedStatus = await page.evaluate(async () => { const r = await fetch('api/alerts.atom'); return r.status + ' ' + r.headers.get('content-type'); });
} catch (e) {
  seen.errors.push('script: ' + (e && e.stack || e));
  await page.screenshot({ path: shots + '/alerts-99-failure.png' }).catch(() => {});
} finally {
  await context.close();
}
console.log(JSON.stringify(seen));
