// The pages: overview (map, timeline, list), event, story, stories. Built with el(): text is never parsed as HTML.
import { el, clear, highlighted } from './dom.js';
import { t, typeName, currentLang, TYPE_COLOURS } from './i18n.js';
import { get, post } from './api.js';
import { EventMap } from './map.js';
import { drawTimeline } from './timeline.js';

const badge = type => el('span', { class: 'badge', style: { background: TYPE_COLOURS[type] || '#555' } }, typeName(type));
const placeOf = e => currentLang() === 'ar'
  ? (e.location_name_ar || e.location_name_en || e.admin2 || '')
  : (e.location_name_en || e.admin2 || e.location_name_ar || '');
const statusMark = s => s === 'rejected' ? el('span', { class: 'rejected-mark', title: t('rejected') }, '✗ ', t('rejected'))
  : s ? el('span', { class: 'reviewed-mark', title: t(s) }, '✓ ', t(s)) : null;
// dates and ids read left to right inside Arabic text (2021-12-02, not 02-12-2021)
const ltr = v => el('bdi', { dir: 'ltr' }, v ?? '');
const join = list => (list || []).join(currentLang() === 'ar' ? '، ' : ', ');

// ------------------------------------------------------------------ overview

export async function overview(root, state, alertId) {
  const mapNode = el('div', { id: 'map', class: 'panel' });
  const tl = el('div', { class: 'panel timeline', id: 'timeline' });
  const alertsBox = el('div', { class: 'panel alerts', id: 'alerts' });
  const list = el('div', { class: 'panel list', id: 'event-list' });
  clear(root).appendChild(el('div', { class: 'overview' }, mapNode, tl, el('div', { class: 'side' }, alertsBox, list)));
  const map = new EventMap(mapNode);
  const periodFilters = { ...state.filters, ...(state.brush || {}) };
  const [all, period, events, alerts] = await Promise.all([
    get('api/stats', state.filters), get('api/stats', periodFilters), get('api/events', { ...periodFilters, size: 1000 }),
    get('api/alerts', periodFilters)]);
  const selected = alertId ? alerts.alerts.find(a => a.id === alertId) : undefined;
  map.setDistrictCounts(period.by_admin2);
  map.setAlerts(alerts.alerts, selected);
  drawTimeline(tl, all.by_day, state.brush, b => { state.brush = b; state.rerender(); },
    selected ? { from: selected.week_start, to: selected.week_end } : null);
  alertsPanel(alertsBox, alerts.alerts, selected, alertId);
  if (selected) {
    // the alert's evidence only: its events in the list and on the map, the map on its district
    map.setEvents(selected.evidence);
    list.appendChild(el('h2', {}, t('alert_evidence'), ' ', el('span', { class: 'summary' }, alertPlace(selected), ' · ',
      t('week_of'), ' ', weekRange(selected), ' · ', t('n_events', selected.evidence.length))));
    list.appendChild(el('p', { class: 'summary' }, el('a', { href: '#/', id: 'show-all' }, t('show_all'))));
    for (const e of selected.evidence) list.appendChild(eventRow(e));
    return;
  }
  map.setEvents(events.events);
  list.appendChild(el('h2', {}, t('events'), ' ', el('span', { class: 'summary' }, t('n_events', events.total),
    ' · ', period.fatalities, ' ', t('fatalities'))));
  if (state.filters.q) await searchHits(list, state);
  if (!events.events.length) list.appendChild(el('div', { class: 'empty' }, t('no_events')));
  for (const e of events.events) list.appendChild(eventRow(e));
}

// ------------------------------------------------------------------ alerts

const weekRange = a => ltr(`${a.week_start} – ${a.week_end.slice(5)}`);
const alertPlace = a => currentLang() === 'ar' ? (a.district_ar || a.district || a.admin2_pcode) : (a.district || a.district_ar || a.admin2_pcode);
const num = v => (Math.round(v * 100) / 100).toString();
const pValue = p => p < 0.0001 ? 'p < 0.0001' : 'p = ' + p.toFixed(4);

function alertsPanel(box, alerts, selected, alertId) {
  const feed = document.getElementById('alerts-feed');
  box.appendChild(el('h2', { title: t('alerts_help') }, '⚠ ', t('alerts'), ' ', el('span', { class: 'summary' }, `(${alerts.length})`),
    el('a', { class: 'feed-link', href: feed ? feed.getAttribute('href') : 'api/alerts.atom', type: 'application/atom+xml' }, t('alerts_feed'))));
  if (alertId && !selected) box.appendChild(el('div', { class: 'empty msg error' }, t('alert_not_found'), ' ', ltr(alertId)));
  if (!alerts.length) box.appendChild(el('div', { class: 'empty' }, t('no_alerts')));
  for (const a of alerts) box.appendChild(alertRow(a, selected && selected.id === a.id));
}

function alertRow(a, isSelected) {
  // clicking the selected alert again goes back to every event
  const open = () => { location.hash = isSelected ? '#/' : '#/alerts/' + encodeURIComponent(a.id); };
  return el('div', { class: isSelected ? 'alert-row selected' : 'alert-row', dataset: { id: a.id, kind: a.kind, admin2: a.admin2_pcode },
    role: 'button', tabindex: 0, onclick: open, onkeydown: ev => { if (ev.key === 'Enter') open(); } },
  el('div', {}, el('span', { class: 'alert-kind ' + a.kind }, t('alert_' + a.kind))),
  el('div', { class: 'where' }, alertPlace(a), ' ', el('span', { class: 'gov' }, currentLang() === 'ar' ? a.governorate_ar : a.governorate)),
  el('div', { class: 'week' }, t('week_of'), ' ', weekRange(a)),
  el('div', { class: 'meta' }, t('alert_counts', a.events, num(a.expected), a.fatalities, num(a.expected_fatalities)),
    ' · ', ltr(pValue(a.p_value))));
}

function eventRow(e) {
  return el('div', { class: 'event-row', dataset: { id: e.id }, onclick: () => { location.hash = '#/event/' + encodeURIComponent(e.id); } },
    el('div', {}, ltr(e.date || '?')),
    el('div', { class: 'where' }, badge(e.type), ' ', placeOf(e), statusMark(e.review)),
    el('div', {}, e.killed !== undefined ? `${e.killed} ${t('killed')}` : ''),
    el('div', { class: 'meta' }, join(e.actor1), e.actor2 && e.actor2.length ? ' ← ' : '', join(e.actor2),
      e.outlets && e.outlets.length ? [' · ', join(e.outlets)] : null));
}

async function searchHits(list, state) {
  const r = await get('api/search', { q: state.filters.q, kind: 'article', size: 10 });
  const box = el('div', { class: 'search-hits' }, el('h2', {}, t('search_results'), ` (${r.total})`));
  for (const h of r.hits) {
    box.appendChild(el('div', { class: 'event-row snippet' },
      el('div', {}, ltr(h.date)), el('div', { class: 'where' }, h.title),
      el('div', { class: 'meta' }, h.snippet.map(p => p.hit ? el('mark', {}, p.text) : p.text))));
  }
  list.appendChild(box);
}

// ------------------------------------------------------------------ event page

const FIELD_ROWS = [
  ['type', e => typeName(e.type)],
  ['acled', e => `${e.acled_event_type} / ${e.acled_sub_event_type}`],
  ['date', e => ltr(`${e.date || '?'} (${e.date_precision})`)],
  ['location', e => [e.location?.name_ar, e.location?.name_en].filter(Boolean).join(' — ')],
  ['governorate', e => currentLang() === 'ar' ? e.location?.admin1_ar : e.location?.admin1_en],
  ['district', e => currentLang() === 'ar' ? e.location?.admin2_ar : e.location?.admin2_en],
  ['actor1', e => join(e.actor1)],
  ['actor2', e => join(e.actor2)],
  ['killed', e => e.killed ?? '—'],
  ['killed_low', e => e.killed_low ?? '—'],
  ['killed_high', e => e.killed_high ?? '—'],
  ['killed_or_wounded', e => e.killed_or_wounded ?? '—'],
  ['wounded', e => e.wounded ?? '—'],
  ['civilians_killed', e => e.civilians_killed ?? '—'],
  ['documents', e => ltr((e.documents || []).join(', '))],
];
// which conflict field names mark which row
const CONFLICT_ROWS = { type: ['type'], date: ['date'], location: ['location', 'place', 'admin1', 'admin2'], actor1: ['actor1'],
  actor2: ['actor2'], killed: ['killed', 'fatalities'], killed_or_wounded: ['killed', 'killed_or_wounded'], wounded: ['wounded'], civilians_killed: ['civilians_killed'] };

const cell = v => v instanceof Node ? v : String(v ?? '');

export async function eventPage(root, id, state) {
  const e = await get('api/events/' + encodeURIComponent(id));
  const outletOf = Object.fromEntries(e.articles.map(a => [a.id, a.outlet]));
  const conflictFields = new Set(e.conflicts.map(c => c.field));
  const inConflict = key => (CONFLICT_ROWS[key] || []).some(f => conflictFields.has(f));
  const page = el('div', { class: 'page event-page', dataset: { id: e.id } });
  page.appendChild(el('p', {}, el('a', { href: '#/' }, '← ', t('back'))));
  page.appendChild(el('h1', {}, badge(e.type), ' ', e.location?.name_ar || e.location?.name_en || '', ' · ', ltr(e.date || '?'),
    ' ', statusMark(e.review.status)));

  // canonical fields next to each source's own version
  const sources = e.sources.length ? e.sources : [];
  const head = el('tr', {}, el('th', {}, ''), el('th', {}, 'Marsad'),
    sources.map(s => el('th', { class: 'source-head' }, (s.documents || []).map(d => outletOf[d] || d).join(' + '))));
  const table = el('table', { class: 'fields sources-table' }, el('thead', {}, head));
  const body = el('tbody');
  for (const [key, fn] of FIELD_ROWS) {
    const conflict = inConflict(key);
    body.appendChild(el('tr', { dataset: { field: key } }, el('th', {}, t(key)),
      el('td', { class: conflict ? 'conflict canonical' : 'canonical' }, cell(fn(e))),
      sources.map(s => el('td', { class: conflict ? 'conflict source-cell' : 'source-cell' }, cell(fn(s))))));
  }
  table.appendChild(body);
  page.appendChild(el('h2', { class: 'section' }, t('sources')));
  page.appendChild(table);
  if (e.conflicts.length) {
    page.appendChild(el('h2', { class: 'section' }, t('conflicts')));
    page.appendChild(el('ul', { class: 'conflicts' }, e.conflicts.map(c => el('li', {}, el('b', {}, c.field), ': ',
      c.values.map((v, i) => [i ? ' | ' : '', v.value, ' (', v.documents.map(d => outletOf[d] || d).join(', '), ')'])))));
  }

  page.appendChild(reviewPanel(e, state));

  page.appendChild(el('h2', { class: 'section' }, t('articles')));
  page.appendChild(el('div', { class: 'columns articles' }, e.articles.map(a => articleCard(a, a.evidence))));
  clear(root).appendChild(page);
}

function articleCard(a, spans, markClass = 'evidence') {
  return el('article', { class: 'article', dataset: { doc: a.id }, lang: a.language === 'ar' ? 'ar' : undefined, dir: 'auto' },
    el('h3', {}, a.title || a.id),
    el('div', { class: 'meta' }, a.outlet, ' · ', ltr(a.published || '?'), ' · ', ltr(a.id)),
    el('div', { class: 'text' }, highlighted(a.text, spans || [], markClass)));
}

function reviewPanel(e, state) {
  const msg = el('div', { class: 'msg' });
  const token = el('input', { type: 'password', name: 'token', placeholder: t('token'), value: sessionStorage.getItem('marsad.token') || '' });
  const reviewer = el('input', { type: 'text', name: 'reviewer', placeholder: t('reviewer'), value: localStorage.getItem('marsad.reviewer') || '' });
  const send = async body => {
    sessionStorage.setItem('marsad.token', token.value.trim());
    localStorage.setItem('marsad.reviewer', reviewer.value.trim());
    if (!token.value.trim()) { msg.className = 'msg error'; msg.textContent = t('review_needs_token'); return; }
    try {
      await post('api/events/' + encodeURIComponent(e.id) + '/review', { ...body, reviewer: reviewer.value.trim() }, token.value.trim());
      msg.className = 'msg'; msg.textContent = t('saved');
      state.rerender();
    } catch (err) {
      msg.className = 'msg error';
      msg.textContent = err.message + (err.parameter ? ` (${err.parameter})` : '');
    }
  };
  const killed = el('input', { type: 'number', min: 0, name: 'killed', value: e.killed ?? '', size: 4 });
  const wounded = el('input', { type: 'number', min: 0, name: 'wounded', value: e.wounded ?? '', size: 4 });
  const date = el('input', { type: 'date', name: 'date', value: e.date || '' });
  const num = v => v === '' ? null : Number(v);
  return el('section', { class: 'review', id: 'review' },
    el('h2', { class: 'section' }, t('review'), ' — ', t('status'), ': ',
      el('span', { class: 'status', id: 'review-status' }, e.review.status ? t(e.review.status) : t('not_reviewed'))),
    el('div', { class: 'row' }, token, reviewer,
      el('button', { type: 'button', id: 'confirm', onclick: () => send({ action: 'confirm' }) }, '✓ ', t('confirm')),
      el('button', { type: 'button', id: 'reject', onclick: () => send({ action: 'reject' }) }, '✗ ', t('reject'))),
    el('div', { class: 'row' }, t('killed'), killed, t('wounded'), wounded, t('date'), date,
      el('button', { type: 'button', id: 'edit', onclick: () => send({ action: 'edit', fields: { killed: num(killed.value), wounded: num(wounded.value), date: date.value || null } }) }, t('save_edit'))),
    msg,
    e.review.audit.length ? el('div', {}, el('b', {}, t('audit')), el('ol', { class: 'audit' }, e.review.audit.map(a =>
      el('li', {}, ltr(a.at.replace('T', ' ').slice(0, 19)), ' — ', a.who, ' — ', a.action, a.after?.note ? ` — ${a.after.note}` : '')))) : null);
}

// ------------------------------------------------------------------ stories

export async function storiesPage(root) {
  const r = await get('api/stories');
  const page = el('div', { class: 'page story-list' }, el('h1', {}, t('stories')));
  if (!r.stories.length) page.appendChild(el('div', { class: 'empty' }, t('no_events')));
  for (const s of r.stories) {
    page.appendChild(el('div', { class: 'story' },
      el('a', { href: '#/story/' + encodeURIComponent(s.id) }, s.title || s.id),
      el('div', { class: 'summary' }, s.first_date || '', ' · ', t('n_events', s.events), ' · ', s.articles, ' ', t('documents')),
      s.summary ? el('p', {}, s.summary) : null));
  }
  clear(root).appendChild(page);
}

export async function storyPage(root, id) {
  const s = await get('api/stories/' + encodeURIComponent(id));
  const page = el('div', { class: 'page story-page' },
    el('p', {}, el('a', { href: '#/stories' }, '← ', t('stories'))),
    el('h1', {}, s.title || s.id),
    s.summary ? el('p', { class: 'story-summary' }, el('b', {}, t('summary'), ': '), s.summary) : null,
    el('h2', { class: 'section' }, t('events')),
    el('div', { class: 'panel' }, s.events.map(eventRow)),
    el('h2', { class: 'section' }, t('documents')),
    el('div', { class: 'columns articles' }, s.articles.map(a => articleCard(a, a.summary_spans || [], 'summary-mark'))));
  clear(root).appendChild(page);
}
