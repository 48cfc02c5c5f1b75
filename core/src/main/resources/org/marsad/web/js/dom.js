// DOM building without HTML strings: every piece of text becomes a text node, so article text (untrusted)
// can never become markup. The dashboard has no HTML-string sink at all.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'style' && typeof v === 'object') Object.assign(node.style, v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/**
 * The text with the [start, end) spans wrapped in <mark>: spans sorted and merged, offsets are UTF-16 indices
 * into the original article text (as the API gives them), so the highlight is exact.
 */
export function highlighted(text, spans, markClass = 'evidence') {
  const sorted = spans.filter(s => s.start >= 0 && s.end <= text.length && s.end > s.start)
    .map(s => [s.start, s.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]); else merged.push([...s]);
  }
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) frag.appendChild(document.createTextNode(text.slice(pos, s)));
    frag.appendChild(el('mark', { class: markClass, 'data-start': s, 'data-end': e }, text.slice(s, e)));
    pos = e;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  return frag;
}
