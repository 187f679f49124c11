/* global window, document, location, history, performance, requestAnimationFrame, setTimeout, URLSearchParams, Option, Element */
/** The page: search, filters, timeline, article reader, actor network. Reads only the API. */
import { api } from "./api.js";
import { $, esc, fmt, installTooltip } from "./util.js";
import { createTimeline } from "./timeline.js";
import { renderArticle } from "./reader.js";
import { renderNetwork } from "./network.js";
import { createStories } from "./stories.js";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const FILTERS = ["q", "actor", "type", "from", "to", "limit"];

const els = {
  q: $("#q"),
  search: $("#search"),
  filters: $("#filters"),
  actor: $("#f-actor"),
  type: $("#f-type"),
  from: $("#f-from"),
  to: $("#f-to"),
  limit: $("#f-limit"),
  clear: $("#f-clear"),
  status: $("#status"),
  timeline: createTimeline($("#timeline-wrap"), $("#timeline")),
  reader: $("#reader"),
  results: $("#results"),
  resultsQ: $("#results-q"),
  resultsList: $("#results-list"),
  tabs: [$("#tab-stories"), $("#tab-timeline"), $("#tab-network")],
  graph: $("#graph"),
  links: $("#links"),
};

/** Figures the browser tests read (and anyone curious, from the console). */
const perf = (window.__thoisu = { renders: 0, last: null });

function filters() {
  return {
    q: els.q.value.trim(),
    actor: els.actor.value,
    type: els.type.value,
    from: els.from.value,
    to: els.to.value,
    limit: els.limit.value,
  };
}

/** The filters live in the URL's query, so a view can be bookmarked or shared. */
function syncUrl(f) {
  const qs = new URLSearchParams();
  for (const k of FILTERS) if (f[k] && !(k === "limit" && f[k] === "200")) qs.set(k, f[k]);
  history.replaceState(null, "", qs.size ? `?${qs}` : location.pathname);
}

function fromUrl() {
  const qs = new URLSearchParams(location.search);
  els.q.value = qs.get("q") ?? "";
  for (const k of ["from", "to"]) els[k].value = qs.get(k) ?? "";
  els.type.value = qs.get("type") ?? "";
  const limit = qs.get("limit");
  if (limit && [...els.limit.options].some((o) => o.value === limit)) els.limit.value = limit;
  const actor = qs.get("actor");
  if (actor) {
    if (![...els.actor.options].some((o) => o.value === actor)) els.actor.add(new Option(actor, actor));
    els.actor.value = actor;
  }
}

let seq = 0;
async function loadTimeline() {
  const f = filters();
  syncUrl(f);
  const mine = ++seq;
  els.status.textContent = "Loading…";
  const t0 = performance.now();
  let data;
  try {
    data = await api.timeline(f);
  } catch (e) {
    if (mine === seq) els.status.textContent = `Could not load the timeline: ${e.message}`;
    return;
  }
  if (mine !== seq) return;
  const t1 = performance.now();
  els.timeline.set(data);
  // Wait for layout and paint so the time measured is what the reader waits.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const t2 = performance.now();
  perf.renders++;
  perf.last = { rows: data.count, fetchMs: Math.round(t1 - t0), renderMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0) };
  const more = data.more ? ` (the first ${fmt(data.count)}; choose “all events” to see every one)` : "";
  els.status.textContent = `${fmt(data.count)} story event${data.count === 1 ? "" : "s"}${more} · loaded in ${perf.last.totalMs} ms`;
  if (!$("#panel-network").hidden) loadNetwork();
}

async function loadNetwork() {
  try {
    await renderNetwork(els.graph, els.links, await api.network(filters()));
  } catch (e) {
    els.links.innerHTML = `<li>Could not load the network: ${esc(e.message)}</li>`;
  }
}

async function search() {
  const q = els.q.value.trim();
  loadTimeline();
  if (!q) {
    els.results.hidden = true;
    return;
  }
  try {
    const r = await api.search(q);
    els.resultsQ.textContent = q;
    els.resultsList.innerHTML = r.hits.length
      ? r.hits
          .map(
            (h) =>
              `<li><button type="button" class="link" data-article="${esc(h.id)}">${esc(h.title ?? h.url ?? h.id)}</button>` +
              `<span class="meta">${esc([h.outlet, h.published?.slice(0, 10), h.match === "folded" ? "without diacritics" : null].filter(Boolean).join(" · "))}</span></li>`,
          )
          .join("")
      : "<li>No article matches.</li>";
    els.results.hidden = false;
  } catch (e) {
    els.resultsList.innerHTML = `<li>Search failed: ${esc(e.message)}</li>`;
    els.results.hidden = false;
  }
}

async function openArticle(id, eventId) {
  els.reader.innerHTML = `<p class="hint">Loading the article…</p>`;
  try {
    const a = await api.article(id);
    renderArticle(els.reader, a, eventId);
    $("#reader-title").focus({ preventScroll: true });
  } catch (e) {
    els.reader.innerHTML = `<p class="hint">Could not open the article: ${esc(e.message)}</p>`;
  }
}

function selectTab(tab) {
  for (const t of els.tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
  }
  if (tab.id === "tab-network") loadNetwork();
  if (tab.id === "tab-timeline" && !perf.renders) loadTimeline();
  if (tab.id === "tab-stories" && !stories.loaded) stories.load().then(() => (stories.loaded = true));
}

// The page opens on the stories, unless the address asks for the timeline (a view or a filter).
const stories = Object.assign(createStories($("#panel-stories"), api), { loaded: false });
function firstView() {
  const qs = new URLSearchParams(location.search);
  const view = qs.get("view");
  if (view === "network") return $("#tab-network");
  if (view === "timeline" || FILTERS.some((k) => qs.get(k))) return $("#tab-timeline");
  return $("#tab-stories");
}

async function init() {
  installTooltip($("#tip"));
  for (const t of TYPES) els.type.add(new Option(t, t));
  try {
    const { actors } = await api.actors();
    for (const a of actors) els.actor.add(new Option(`${a.name}${a.code ? ` (${a.code})` : ""}`, a.id));
  } catch {
    // The timeline still works without the actor list.
  }
  fromUrl();
  els.search.addEventListener("submit", (e) => {
    e.preventDefault();
    search();
  });
  els.filters.addEventListener("change", () => loadTimeline());
  els.filters.addEventListener("submit", (e) => e.preventDefault());
  els.clear.addEventListener("click", () => {
    els.filters.reset();
    loadTimeline();
  });
  document.addEventListener("click", (e) => {
    const b = e.target instanceof Element ? e.target.closest("[data-article]") : null;
    if (b) openArticle(b.dataset.article, b.dataset.event || null);
  });
  for (const t of els.tabs) t.addEventListener("click", () => selectTab(t));
  $(".tabs").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const i = els.tabs.indexOf(document.activeElement);
    const next = els.tabs[(i + (e.key === "ArrowRight" ? 1 : els.tabs.length - 1)) % els.tabs.length];
    next.focus();
    selectTab(next);
  });
  const first = firstView();
  selectTab(first);
  if (els.q.value) search();
  else if (first.id !== "tab-stories") loadTimeline();
}

init();
