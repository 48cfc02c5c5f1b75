// The offline map: COD-AB district polygons (choropleth of events per district for the chosen period) under
// governorate outlines, events as circle markers coloured by type and sized by fatalities, districts with a surge
// alert outlined in red (the selected alert's district thicker, and the map zoomed to it). No tile server.
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
    this.alerts = {};
    this.focus = null;
    this.markers = L.layerGroup().addTo(this.map);
    this.ready = loadBoundaries().then(b => {
      this.districts = L.geoJSON(b.adm2, { style: f => this.districtStyle(f), onEachFeature: (f, layer) => this.bindDistrict(f, layer) })
        .addTo(this.map);
      this.governorates = L.geoJSON(b.adm1, { style: { color: '#5b4636', weight: 1.6, fill: false }, interactive: false }).addTo(this.map);
      this.fit();
      this.markers.remove(); this.markers.addTo(this.map); // markers above the polygons
    });
    node.appendChild(this.legend());
  }

  /**
   * Iraq (or the focused district) fills the map; again after layout settles (the grid may size the container after
   * the first paint). Not animated: Leaflet drops a fit asked for while a zoom animation runs.
   */
  fit() {
    const go = () => {
      this.map.invalidateSize();
      const d = this.focus && this.layerOf(this.focus);
      if (d) this.map.fitBounds(d.getBounds(), { padding: [40, 40], maxZoom: 9, animate: false });
      else this.map.fitBounds(this.governorates.getBounds(), { padding: [6, 6], animate: false });
    };
    go();
    requestAnimationFrame(() => setTimeout(go, 50));
  }

  districtStyle(f) {
    const n = this.counts[f.properties.pcode] || 0;
    const max = Math.max(1, ...Object.values(this.counts));
    const c = choroplethColour(n, max);
    if (this.alerts[f.properties.pcode]) {
      const focused = this.focus === f.properties.pcode;
      return { color: '#b42318', weight: focused ? 4 : 2.4, fillColor: c || '#f8d3cf', fillOpacity: focused ? 0.5 : 0.8 };
    }
    return { color: '#8c7b6b', weight: 0.6, fillColor: c || '#f4f1ea', fillOpacity: c ? 0.75 : 0.55 };
  }

  layerOf(pcode) {
    let found = null;
    this.districts.eachLayer(l => { if (l.feature.properties.pcode === pcode) found = l; });
    return found;
  }

  /** Outlines the districts with an alert; a selected alert's district is drawn thicker and the map zooms to it. */
  setAlerts(alerts, selected) {
    this.alerts = {};
    for (const a of alerts) (this.alerts[a.admin2_pcode] ||= []).push(a);
    this.focus = selected ? selected.admin2_pcode : null;
    this.ready.then(() => {
      this.districts.setStyle(f => this.districtStyle(f));
      this.districts.eachLayer(l => {
        const on = !!this.alerts[l.feature.properties.pcode];
        l.getElement()?.classList.toggle('alert-district', on);
        if (on) l.bringToFront(); // a red outline is not hidden under its neighbours' grey ones
      });
      const f = this.focus && this.layerOf(this.focus);
      if (f) f.bringToFront();
      this.markers.eachLayer(m => m.bringToFront());
      if (this.focus) this.fit();
    });
  }

  bindDistrict(f, layer) {
    layer.on('mouseover', () => {
      const p = f.properties;
      const name = currentLang() === 'ar' ? p.name_ar : p.name_en;
      const alerts = (this.alerts[p.pcode] || []).map(a => [' · ⚠ ', t('alert_' + a.kind), ' ', a.week_start]);
      layer.bindTooltip(el('span', {}, name, ': ', this.counts[p.pcode] || 0, alerts), { sticky: true }).openTooltip();
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
      el('p', {}, t('date'), ': ', el('bdi', { dir: 'ltr' }, e.date || '?')),
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
    box.appendChild(el('div', { class: 'legend-row alert' }, el('span', { class: 'sw district-alert' }), t('alert_district')));
    return box;
  }
}
