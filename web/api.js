/* global fetch, URLSearchParams */
/** The page's only data source: the thoisu HTTP API (same origin). */

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function get(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers: { accept: "application/json" } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, (body && body.message) || `${res.status} ${res.statusText}`);
  return body;
}

export const api = {
  timeline: (filters) => get("/api/timeline", filters),
  network: (filters, by) => get("/api/network", { ...filters, limit: undefined, offset: undefined, by }),
  health: () => get("/health"),
  article: (id) => get(`/api/articles/${encodeURIComponent(id)}`),
  search: (q) => get("/api/search", { q, limit: 30 }),
  actors: () => get("/api/actors", { limit: 300 }),
  stories: (params) => get("/api/stories", params),
  story: (id) => get(`/api/stories/${encodeURIComponent(id)}`),
};
