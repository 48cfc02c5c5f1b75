// Entry: language, filters, hash routes (#/, #/alerts/<id>, #/event/<id>, #/stories, #/story/<id>).
import { applyStatic, setLang, currentLang, typeName, t } from './i18n.js';
import { get, query } from './api.js';
import { el, clear } from './dom.js';
import { overview, eventPage, storiesPage, storyPage } from './views.js';

const view = document.getElementById('view');
const form = document.getElementById('filters');
const state = { filters: {}, brush: null, rerender: () => route() };

function readFilters() {
  const f = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() && !(k === 'reviewed' && v === 'include')) f[k] = String(v).trim();
  return f;
}

function updateExports() {
  const q = query({ ...state.filters, ...(state.brush || {}) });
  for (const [id, path] of [['export-csv', 'api/export.csv'], ['export-geojson', 'api/export.geojson'], ['export-json', 'api/export.json']]) {
    document.getElementById(id).href = path + (q ? '?' + q : '');
  }
  // a subscription follows the weeks to come: the feed keeps the filters but not the period
  const { from, to, ...lasting } = state.filters;
  const fq = query(lasting);
  document.getElementById('alerts-feed').href = 'api/alerts.atom' + (fq ? '?' + fq : '');
}

async function fillSelects() {
  const types = ['armed_clash', 'attack', 'explosion', 'shelling', 'airstrike', 'violence_against_civilians', 'protest', 'riot',
    'arrest', 'security_operation', 'agreement_or_meeting'];
  const typeSel = form.elements.type;
  while (typeSel.options.length > 1) typeSel.remove(1);
  for (const c of types) typeSel.appendChild(el('option', { value: c }, typeName(c)));
  const adm1 = await fetch('data/iraq-adm1.geojson').then(r => r.json());
  const sel = form.elements.admin1;
  while (sel.options.length > 1) sel.remove(1);
  adm1.features.map(f => f.properties).sort((a, b) => a.pcode.localeCompare(b.pcode))
    .forEach(p => sel.appendChild(el('option', { value: p.pcode }, currentLang() === 'ar' ? p.name_ar : p.name_en)));
  if (state.filters.type) typeSel.value = state.filters.type;
  if (state.filters.admin1) sel.value = state.filters.admin1;
}

async function route() {
  updateExports();
  const h = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
  try {
    let m;
    if ((m = h.match(/^\/event\/(.+)$/))) await eventPage(view, m[1], state);
    else if ((m = h.match(/^\/story\/(.+)$/))) await storyPage(view, m[1]);
    else if (h === '/stories') await storiesPage(view);
    else if ((m = h.match(/^\/alerts\/(.+)$/))) await overview(view, state, m[1]);
    else await overview(view, state);
    document.body.dataset.ready = 'true';
  } catch (err) {
    clear(view).appendChild(el('div', { class: 'page' }, el('p', { class: 'msg error' },
      err.status === 404 ? t('not_found') : err.message, err.parameter ? ` (${err.parameter})` : '')));
    document.body.dataset.ready = 'true';
  }
}

form.addEventListener('submit', ev => {
  ev.preventDefault();
  state.filters = readFilters();
  state.brush = null;
  if (location.hash.startsWith('#/event') || location.hash.startsWith('#/stor')) location.hash = '#/'; else route();
});
form.addEventListener('reset', () => setTimeout(() => { state.filters = {}; state.brush = null; route(); }, 0));
document.getElementById('lang').addEventListener('click', async () => {
  setLang(currentLang() === 'ar' ? 'en' : 'ar');
  await fillSelects();
  route();
});
window.addEventListener('hashchange', () => { document.body.dataset.ready = 'false'; route(); });

applyStatic();
fillSelects().then(route);
