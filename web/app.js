/* global window, document, location, history, performance, requestAnimationFrame, setTimeout, URLSearchParams, Option, Element, matchMedia */
/** The page: search, filters, timeline, article reader, actor network. Reads only the API. */
import { api } from "./api.js";
import { $, esc, fmt, installTooltip, snippetHtml } from "./util.js";
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
  resultsAbout: $("#results-about"),
  side: $("#side"),
  sideClose: $("#side-close"),
  tabs: [$("#tab-stories"), $("#tab-timeline"), $("#tab-network")],
  graph: $("#graph"),
  links: $("#links"),
};

/** Figures the browser tests read (and anyone curious, from the console). */
const perf = (window.__thoisu = { renders: 0, last: null });

/** One column (a phone, a narrow window): the reader and results open over the page, where the eye is. */
const narrow = matchMedia("(max-width: 1000px)");

/** The last search's words and actors, marked in the articles opened after it. */
let lastSearch = null;
/** Whether the store holds any article (an empty timeline then says how to fill it). */
let storeEmpty = false;

function openSide() {
  if (!narrow.matches) return;
  document.body.classList.add("reading");
  els.side.scrollTop = 0;
}

function closeSide() {
  document.body.classList.remove("reading");
}

/** On a phone the filters fold away (one tap opens them); the summary says which are set. */
function showFilterCount(f) {
  const n = ["actor", "type", "from", "to"].filter((k) => f[k]).length;
  $("#filters-on").textContent = n ? `(${n} set)` : "";
}

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
  showFilterCount(f);
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
  els.timeline.set(
    data,
    storeEmpty
      ? `The store holds no articles yet. Add some with <code>thoisu ingest FILE|DIR…</code> (then reload), or POST them to <code>/api/ingest</code>.`
      : `No story events match these filters. <button type="button" class="link" id="empty-clear">Clear the filters</button>`,
  );
  // Wait for layout and paint so the time measured is what the reader waits.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const t2 = performance.now();
  perf.renders++;
  perf.last = { rows: data.count, fetchMs: Math.round(t1 - t0), renderMs: Math.round(t2 - t1), totalMs: Math.round(t2 - t0) };
  const more = data.more ? ` (the first ${fmt(data.count)}; choose “all events” to see every one)` : "";
  els.status.textContent = `${fmt(data.count)} story event${data.count === 1 ? "" : "s"}${more} · loaded in ${perf.last.totalMs} ms`;
  if (!$("#panel-network").hidden) loadNetwork();
}

function networkBy() {
  return document.querySelector('input[name="net-by"]:checked')?.value ?? "actor";
}

async function loadNetwork() {
  try {
    await renderNetwork(els.graph, els.links, await api.network(filters(), networkBy()));
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
    lastSearch = { words: r.words, actors: r.actors.map((a) => a.id) };
    const names = new Map(r.actors.map((a) => [a.id, a.name]));
    els.resultsQ.textContent = q;
    const who = [...new Set(r.actors.map((a) => a.name))];
    els.resultsAbout.textContent = who.length ? `“${q}” names ${who.slice(0, 5).join(", ")}${who.length > 5 ? "…" : ""}: articles naming ${who.length > 1 ? "them" : "it"} are listed, however they spell ${who.length > 1 ? "the names" : "the name"}.` : "";
    els.resultsList.innerHTML = r.hits.length
      ? r.hits
          .map((h) => {
            const date = h.date ? (h.dateBasis === "reference" ? `<span data-tip="The page states no date: the reference date the analysis used">${esc(h.date.slice(0, 10))} (ref.)</span>` : esc(h.date.slice(0, 10))) : "date unknown";
            const how = h.match === "actor" ? `names ${h.actors.map((id) => names.get(id) ?? id).join(", ")}` : h.match === "folded" ? "words without diacritics" : null;
            return (
              `<li><button type="button" class="link" data-article="${esc(h.id)}" data-search="1">${esc(h.title ?? h.url ?? h.id)}</button>` +
              `<span class="meta">${[esc(h.outlet ?? "outlet ?"), date, how ? esc(how) : null].filter(Boolean).join(" · ")}</span>` +
              `<span class="snippet">${snippetHtml(h.snippet)}</span></li>`
            );
          })
          .join("")
      : `<li>No article matches.${storeEmpty ? " The store holds no articles yet." : ""}</li>`;
    els.results.hidden = false;
    openSide();
  } catch (e) {
    els.resultsList.innerHTML = `<li>Search failed: ${esc(e.message)}</li>`;
    els.results.hidden = false;
  }
}

async function openArticle(id, eventId) {
  els.reader.innerHTML = `<p class="hint">Loading the article…</p>`;
  openSide();
  try {
    const a = await api.article(id);
    renderArticle(els.reader, a, eventId, els.q.value.trim() ? lastSearch : null);
    if (narrow.matches && !eventId) els.reader.scrollIntoView({ block: "start" });
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
  api
    .health()
    .then((h) => {
      storeEmpty = h.stats?.articles === 0;
      if (storeEmpty) loadTimeline();
    })
    .catch(() => undefined);
  try {
    const { actors } = await api.actors();
    for (const a of actors) els.actor.add(new Option(`${a.name}${a.code ? ` (${a.code})` : ""}`, a.id));
  } catch {
    // The timeline still works without the actor list.
  }
  fromUrl();
  if (narrow.matches) $("#filters-box").open = false;
  els.search.addEventListener("submit", (e) => {
    e.preventDefault();
    // A search narrows the timeline: show it.
    if ($("#panel-timeline").hidden) selectTab($("#tab-timeline"));
    search();
  });
  els.filters.addEventListener("change", () => loadTimeline());
  els.filters.addEventListener("submit", (e) => e.preventDefault());
  els.clear.addEventListener("click", () => {
    els.filters.reset();
    loadTimeline();
  });
  document.addEventListener("click", (e) => {
    const t = e.target instanceof Element ? e.target : null;
    // A tap anywhere on a timeline row opens its first source (the row's button says which).
    const row = t && !t.closest("button, a") ? t.closest("#timeline tbody tr[data-id]") : null;
    const b = t?.closest("[data-article]") ?? row?.querySelector("button[data-article]");
    if (b) openArticle(b.dataset.article, b.dataset.event || null);
    if (t?.closest("#empty-clear")) {
      els.filters.reset();
      els.q.value = "";
      els.results.hidden = true;
      loadTimeline();
    }
  });
  els.sideClose.addEventListener("click", closeSide);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && document.body.classList.contains("reading")) closeSide();
  });
  for (const r of document.querySelectorAll('input[name="net-by"]')) r.addEventListener("change", () => loadNetwork());
  for (const t of els.tabs) t.addEventListener("click", () => selectTab(t));
  $(".tabs").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const i = els.tabs.indexOf(document.activeElement);
    const next = els.tabs[(i + (e.key === "ArrowRight" ? 1 : els.tabs.length - 1)) % els.tabs.length];
    next.focus();
    selectTab(next);
  });
  selectTab(firstView());
  if (els.q.value) search();
}

init();
