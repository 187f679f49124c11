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

/** The largest timeline page the API gives; "all events" follows the cursors page by page. */
const PAGE_MAX = 1000;

/**
 * The timeline with the page's filters. `limit` "0" means every event: the pages are read one
 * after another (each answer's `next` is the cursor of the following one) and joined.
 */
async function timeline(filters) {
  const all = String(filters.limit) === "0";
  const params = { ...filters, limit: all ? PAGE_MAX : filters.limit };
  let page = await get("/api/timeline", params);
  if (!all) return page;
  const events = page.events;
  const names = { ...page.names };
  while (page.next) {
    page = await get("/api/timeline", { ...params, cursor: page.next });
    for (const e of page.events) events.push(e);
    Object.assign(names, page.names);
  }
  return { ...page, count: events.length, more: false, next: null, events, names };
}

export const api = {
  timeline,
  network: (filters, by) => get("/api/network", { ...filters, limit: undefined, offset: undefined, by }),
  health: () => get("/health"),
  article: (id) => get(`/api/articles/${encodeURIComponent(id)}`),
  search: (q) => get("/api/search", { q, limit: 30 }),
  actors: () => get("/api/actors", { limit: 300 }),
  stories: (params) => get("/api/stories", params),
  story: (id) => get(`/api/stories/${encodeURIComponent(id)}`),
};
