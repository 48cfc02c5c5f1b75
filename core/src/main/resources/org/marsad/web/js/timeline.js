// Events per day by type as stacked SVG bars; dragging across the bars selects a period (brush) that filters
// the map and the list. Time runs left to right in both languages, as on a calendar axis. A selected alert's
// week is marked behind the bars.
import { svg, el, clear } from './dom.js';
import { t, typeName, TYPE_COLOURS } from './i18n.js';

const W = 1000, H = 140, PAD_B = 18, PAD_T = 6;
const DAY = 86400000;

function days(from, to) {
  const out = [];
  for (let d = Date.parse(from); d <= Date.parse(to); d += DAY) out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

export function drawTimeline(node, byDay, brush, onBrush, mark = null) {
  clear(node);
  const head = el('div', { class: 'tl-head' }, el('span', {}, t('timeline')));
  if (brush) head.appendChild(el('a', { href: '#', onclick: ev => { ev.preventDefault(); onBrush(null); } }, t('clear_brush'), ` (${brush.from} → ${brush.to})`));
  node.appendChild(head);
  if (!byDay.length) { node.appendChild(el('div', { class: 'empty' }, t('no_events'))); return; }
  const first = byDay[0].date, last = byDay[byDay.length - 1].date;
  const span = days(first, last);
  const MAX_BARS = 120; // long ranges: one bar per several days
  const per = Math.max(1, Math.ceil(span.length / MAX_BARS));
  const bins = [];
  for (let i = 0; i < span.length; i += per) bins.push({ from: span[i], to: span[Math.min(span.length - 1, i + per - 1)], by: {} , n: 0 });
  const index = Object.fromEntries(span.map((d, i) => [d, Math.floor(i / per)]));
  for (const d of byDay) {
    const b = bins[index[d.date]];
    for (const [type, n] of Object.entries(d.by_type)) { b.by[type] = (b.by[type] || 0) + n; b.n += n; }
  }
  const max = Math.max(1, ...bins.map(b => b.n));
  const bw = W / bins.length;
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img', 'aria-label': t('timeline') });
  const bars = svg('g', { class: 'bars' });
  bins.forEach((b, i) => {
    let y = H - PAD_B;
    for (const type of Object.keys(TYPE_COLOURS)) {
      const n = b.by[type] || 0;
      if (!n) continue;
      const h = (n / max) * (H - PAD_B - PAD_T);
      y -= h;
      bars.appendChild(svg('rect', { class: 'bar', x: i * bw + 0.5, y, width: Math.max(1, bw - 1), height: h, fill: TYPE_COLOURS[type],
        'data-date': b.from, 'data-type': type }, svg('title', {}, `${b.from}${b.to !== b.from ? ' → ' + b.to : ''}: ${n} ${typeName(type)}`)));
    }
  });
  if (mark) {
    const a = bins.findIndex(b => b.to >= mark.from), z = bins.findIndex(b => b.from > mark.to);
    if (a >= 0) {
      root.appendChild(svg('rect', { class: 'alert-week', x: a * bw, y: 0, width: Math.max(1, (z < 0 ? bins.length : z) - a) * bw,
        height: H - PAD_B }, svg('title', {}, `${mark.from} → ${mark.to}`)));
    }
  }
  root.appendChild(bars);
  const axis = svg('g', { class: 'axis' });
  const ticks = Math.min(6, bins.length);
  for (let k = 0; k < ticks; k++) {
    const i = Math.round((k * (bins.length - 1)) / Math.max(1, ticks - 1));
    axis.appendChild(svg('text', { x: Math.min(W - 60, i * bw), y: H - 4 }, bins[i].from));
  }
  root.appendChild(axis);
  if (brush) {
    const a = bins.findIndex(b => b.to >= brush.from), z = bins.findIndex(b => b.to >= brush.to);
    if (a >= 0) root.appendChild(svg('rect', { class: 'brush', x: a * bw, y: 0, width: ((z < 0 ? bins.length - 1 : z) - a + 1) * bw, height: H - PAD_B }));
  }
  // brush: drag to select bins
  let start = null, live = null;
  const binAt = ev => {
    const r = root.getBoundingClientRect();
    return Math.max(0, Math.min(bins.length - 1, Math.floor(((ev.clientX - r.left) / r.width) * bins.length)));
  };
  root.addEventListener('pointerdown', ev => {
    start = binAt(ev);
    live = svg('rect', { class: 'brush', x: start * bw, y: 0, width: bw, height: H - PAD_B });
    root.appendChild(live);
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener('pointermove', ev => {
    if (start === null) return;
    const i = binAt(ev), a = Math.min(start, i), z = Math.max(start, i);
    live.setAttribute('x', a * bw); live.setAttribute('width', (z - a + 1) * bw);
  });
  root.addEventListener('pointerup', ev => {
    if (start === null) return;
    const i = binAt(ev), a = Math.min(start, i), z = Math.max(start, i);
    start = null;
    onBrush({ from: bins[a].from, to: bins[z].to });
  });
  node.appendChild(root);
}
