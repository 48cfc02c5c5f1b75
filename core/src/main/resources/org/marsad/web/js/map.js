// The offline map: COD-AB district polygons (choropleth of events per district for the chosen period) under
// governorate outlines, events as circle markers coloured by type and sized by fatalities. No tile server.
import { el } from './dom.js';
import { t, typeName, currentLang, TYPE_COLOURS } from './i18n.js';

const L = window.L;
let boundaries = null;

async function loadBoundaries() {
  if (!boundaries) {
    const [adm1, adm2] = await Promise.all([fetch('data/iraq-adm1.geojson').then(r => r.json()),
      fetch('data/iraq-adm2.geojson').then(r => r.json())]);
    boundaries = { adm1, adm2 };
  }
  return boundaries;
}

function choroplethColour(n, max) {
  if (!n) return null;
  const steps = ['#fff1e0', '#fdd7aa', '#fdb26b', '#f3853a', '#d9581b', '#a63a0e'];
  const i = Math.min(steps.length - 1, Math.floor((Math.log(n + 1) / Math.log(max + 1)) * (steps.length - 1) + 0.0001));
  return steps[Math.max(0, i)];
}

export function radius(fatalities) { return 5 + 2.2 * Math.sqrt(fatalities || 0); }

export class EventMap {
  constructor(node, onOpen) {
    this.onOpen = onOpen;
    this.map = L.map(node, { minZoom: 5, maxZoom: 13, zoomSnap: 0.25, attributionControl: true })
      .setView([33.2, 43.8], 6);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('COD-AB © OCHA Iraq / CSO (CC BY-IGO) · Leaflet');
    this.counts = {};
    this.markers = L.layerGroup().addTo(this.map);
    this.ready = loadBoundaries().then(b => {
      this.districts = L.geoJSON(b.adm2, { style: f => this.districtStyle(f), onEachFeature: (f, layer) => this.bindDistrict(f, layer) })
        .addTo(this.map);
      this.governorates = L.geoJSON(b.adm1, { style: { color: '#5b4636', weight: 1.6, fill: false }, interactive: false }).addTo(this.map);
      this.map.fitBounds(this.governorates.getBounds(), { padding: [8, 8] });
      this.markers.remove(); this.markers.addTo(this.map); // markers above the polygons
    });
    node.appendChild(this.legend());
  }

  districtStyle(f) {
    const n = this.counts[f.properties.pcode] || 0;
    const max = Math.max(1, ...Object.values(this.counts));
    const c = choroplethColour(n, max);
    return { color: '#8c7b6b', weight: 0.6, fillColor: c || '#f4f1ea', fillOpacity: c ? 0.75 : 0.55 };
  }

  bindDistrict(f, layer) {
    layer.on('mouseover', () => {
      const p = f.properties;
      const name = currentLang() === 'ar' ? p.name_ar : p.name_en;
      layer.bindTooltip(el('span', {}, name, ': ', this.counts[p.pcode] || 0), { sticky: true }).openTooltip();
    });
  }

  setDistrictCounts(byAdmin2) {
    this.counts = Object.fromEntries(byAdmin2.map(d => [d.pcode, d.count]));
    this.ready.then(() => this.districts.setStyle(f => this.districtStyle(f)));
  }

  setEvents(events) {
    this.markers.clearLayers();
    for (const e of events) {
      if (e.latitude === undefined || e.longitude === undefined) continue;
      const m = L.circleMarker([e.latitude, e.longitude], {
        radius: radius(e.fatalities), color: '#222', weight: 1, fillColor: TYPE_COLOURS[e.type] || '#333', fillOpacity: 0.85,
        className: 'event-marker',
      });
      m.bindPopup(() => this.popup(e));
      m.addTo(this.markers);
    }
  }

  popup(e) {
    const place = currentLang() === 'ar' ? (e.location_name_ar || e.location_name_en) : (e.location_name_en || e.location_name_ar);
    return el('div', { class: 'popup' },
      el('h4', {}, typeName(e.type), ' — ', place || ''),
      el('p', {}, t('date'), ': ', e.date || '?'),
      el('p', {}, t('actor1'), ': ', (e.actor1 || []).join('، '), ' | ', t('actor2'), ': ', (e.actor2 || []).join('، ')),
      el('p', {}, t('killed'), ': ', e.killed ?? '—', ' · ', t('wounded'), ': ', e.wounded ?? '—'),
      el('p', {}, t('outlet_col'), ': ', (e.outlets || []).join('، ')),
      el('p', {}, el('a', { href: '#/event/' + encodeURIComponent(e.id) }, t('open_event'))));
  }

  legend() {
    const box = el('div', { class: 'legend' });
    for (const [code, colour] of Object.entries(TYPE_COLOURS)) {
      box.appendChild(el('div', { class: 'legend-row', dataset: { type: code } }, el('span', { class: 'sw', style: { background: colour } }), typeName(code)));
    }
    return box;
  }
}
