// Calls to the workspace API (same origin). Errors carry the server's message and the parameter it names.
export async function get(path, params = {}) {
  const url = new URL(path, window.location.href);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  const r = await fetch(url);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw Object.assign(new Error(body.error || r.statusText), { status: r.status, parameter: body.parameter });
  return body;
}

export async function post(path, body, token) {
  const r = await fetch(new URL(path, window.location.href), {
    method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}) },
    body: JSON.stringify(body),
  });
  const out = await r.json().catch(() => ({}));
  if (!r.ok) throw Object.assign(new Error(out.error || r.statusText), { status: r.status, parameter: out.parameter });
  return out;
}

export function query(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
  return u.toString();
}
