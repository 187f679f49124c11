/* global history, location, URLSearchParams, Element */
/**
 * The stories view (the page opens on it): the list of stories, the most recently active first;
 * one story's chart of its events per month (plain SVG: cooperation and conflict stacked) and
 * its timeline. Reads /api/stories, /api/stories/:id and /api/timeline?story=.
 */
import { esc, fmt } from "./util.js";
import { createTimeline } from "./timeline.js";

/** Months from the first to the last of `months` (those without events count 0). */
function monthRange(months) {
  if (months.length === 0) return [];
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const [y0, m0] = months[0].month.split("-").map(Number);
  const [y1, m1] = months[months.length - 1].month.split("-").map(Number);
  const out = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(byMonth.get(key) ?? { month: key, cooperation: 0, conflict: 0 });
  }
  return out;
}

/**
 * Events per month as an SVG bar chart, cooperation (green) under conflict (red). Long stories
 * are shown by quarter so that bars stay wide enough to read.
 */
export function chartSvg(months, width = 640, height = 170) {
  let bins = monthRange(months);
  if (bins.length === 0) return `<p class="hint">No dated events to chart.</p>`;
  if (bins.length > 60) {
    const q = new Map();
    for (const b of bins) {
      const [y, m] = b.month.split("-").map(Number);
      const key = `${y}-Q${Math.ceil(m / 3)}`;
      const x = q.get(key) ?? { month: key, cooperation: 0, conflict: 0 };
      x.cooperation += b.cooperation;
      x.conflict += b.conflict;
      q.set(key, x);
    }
    bins = [...q.values()];
  }
  const pad = { l: 34, r: 8, t: 10, b: 26 };
  const w = width - pad.l - pad.r;
  const h = height - pad.t - pad.b;
  const max = Math.max(1, ...bins.map((b) => b.cooperation + b.conflict));
  const bw = w / bins.length;
  const y = (v) => pad.t + h - (v / max) * h;
  const parts = [];
  bins.forEach((b, i) => {
    const x = pad.l + i * bw + Math.min(1, bw * 0.1);
    const bwi = Math.max(1, bw - Math.min(2, bw * 0.2));
    const tip = `${b.month}: ${b.cooperation + b.conflict} events (${b.cooperation} cooperation, ${b.conflict} conflict)`;
    if (b.cooperation) parts.push(`<rect class="bar coop" x="${x.toFixed(1)}" y="${y(b.cooperation).toFixed(1)}" width="${bwi.toFixed(1)}" height="${(pad.t + h - y(b.cooperation)).toFixed(1)}"><title>${esc(tip)}</title></rect>`);
    if (b.conflict)
      parts.push(`<rect class="bar conf" x="${x.toFixed(1)}" y="${y(b.cooperation + b.conflict).toFixed(1)}" width="${bwi.toFixed(1)}" height="${(y(b.cooperation) - y(b.cooperation + b.conflict)).toFixed(1)}"><title>${esc(tip)}</title></rect>`);
  });
  // Axis: the events scale; a label at each year's first bin (each bin's month when there are few).
  const ticks = [];
  let lastYear = "";
  bins.forEach((b, i) => {
    const year = b.month.slice(0, 4);
    const text = year !== lastYear ? (bins.length <= 12 ? b.month : year) : bins.length <= 12 ? b.month.slice(5) : null;
    lastYear = year;
    if (text) ticks.push(`<text class="tick" x="${(pad.l + i * bw).toFixed(1)}" y="${height - 8}">${esc(text)}</text>`);
  });
  const label = `Events per ${bins[0].month.includes("Q") ? "quarter" : "month"} from ${bins[0].month} to ${bins[bins.length - 1].month}; at most ${max}.`;
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(label)}" preserveAspectRatio="none">` +
    `<line class="axis" x1="${pad.l}" y1="${pad.t + h}" x2="${width - pad.r}" y2="${pad.t + h}"/>` +
    `<text class="tick" x="4" y="${pad.t + 10}">${max}</text><text class="tick" x="4" y="${pad.t + h}">0</text>` +
    parts.join("") +
    ticks.join("") +
    `</svg>`
  );
}

function storyItem(s, selected) {
  const sides = s.sides.map((c) => `<span class="side-code" title="${esc(s.sideNames?.[c] ?? c)}">${esc(c)}</span>`).join(" ");
  const span = s.first && s.last ? (s.first === s.last ? s.first : `${s.first} … ${s.last}`) : "undated";
  return (
    `<li><button type="button" class="story${selected ? " selected" : ""}" data-story="${esc(s.id)}" aria-current="${selected ? "true" : "false"}">` +
    `<span class="story-name">${esc(s.name)}</span>` +
    `<span class="story-meta">${esc(span)} · ${fmt(s.events)} event${s.events === 1 ? "" : "s"} · ${fmt(s.articles)} article${s.articles === 1 ? "" : "s"}</span>` +
    `<span class="story-sides">${sides}${s.places?.length ? ` <span class="story-terms">${esc(s.places.join(", "))}</span>` : ""}</span>` +
    `</button></li>`
  );
}

/** The stories view in `root` (its list, status line and detail are created inside it). */
export function createStories(root, api) {
  root.innerHTML =
    `<p class="status" id="stories-status" role="status" aria-live="polite">Loading stories…</p>` +
    `<div class="stories-layout"><ol class="stories" id="stories-list" aria-label="Stories"></ol>` +
    `<section class="story-detail" id="story-detail" aria-live="polite"><p class="hint">Choose a story to see its events over time and its timeline.</p></section></div>`;
  const list = root.querySelector("#stories-list");
  const status = root.querySelector("#stories-status");
  const detail = root.querySelector("#story-detail");
  let stories = [];
  let more = false;
  let current = null;
  let timeline = null;
  let seq = 0;

  async function select(id, { scroll = true } = {}) {
    current = id;
    for (const b of list.querySelectorAll("[data-story]")) {
      const on = b.dataset.story === id;
      b.classList.toggle("selected", on);
      b.setAttribute("aria-current", on ? "true" : "false");
    }
    const qs = new URLSearchParams(location.search);
    qs.set("story", id);
    qs.delete("view");
    history.replaceState(null, "", `?${qs}`);
    const mine = ++seq;
    detail.innerHTML = `<p class="hint">Loading the story…</p>`;
    let s;
    let tl;
    try {
      [s, tl] = await Promise.all([api.story(id), api.timeline({ story: id, limit: 1000 })]);
    } catch (e) {
      if (mine === seq) detail.innerHTML = `<p class="hint">Could not load the story: ${esc(e.message)}</p>`;
      return;
    }
    if (mine !== seq) return;
    const sides = s.sides.map((c) => `${esc(s.sideNames?.[c] ?? c)} (${esc(c)})`).join(", ");
    detail.innerHTML =
      `<h2 id="story-title" tabindex="-1">${esc(s.name)}</h2>` +
      `<p class="meta">${esc(s.first ?? "?")} … ${esc(s.last ?? "?")} · ${fmt(s.events)} event${s.events === 1 ? "" : "s"} · ${fmt(s.articles)} article${s.articles === 1 ? "" : "s"} · sides: ${sides}</p>` +
      `<figure class="chart-wrap"><figcaption>Events over time <span class="swatch coop"></span>cooperation <span class="swatch conf"></span>conflict</figcaption>${chartSvg(s.months)}</figure>` +
      `<p class="status" id="story-timeline-status">${fmt(tl.count)} story event${tl.count === 1 ? "" : "s"}${tl.more ? ` (the first ${fmt(tl.count)})` : ""}</p>` +
      `<div class="table-wrap story-table" id="story-timeline-wrap" tabindex="0" aria-label="The story's timeline (scrolls)">` +
      `<table id="story-timeline" class="timeline"><colgroup><col class="c-date"><col class="c-type"><col class="c-parts"><col class="c-status"><col class="c-src"></colgroup>` +
      `<caption class="visually-hidden">The story's events in date order</caption><thead><tr><th scope="col">Date</th><th scope="col">Type</th>` +
      `<th scope="col">Who did what to whom · evidence · first source</th><th scope="col">Status</th><th scope="col" title="Number of articles reporting it">Src</th></tr></thead><tbody></tbody></table></div>`;
    timeline = createTimeline(detail.querySelector("#story-timeline-wrap"), detail.querySelector("#story-timeline"));
    timeline.set(tl);
    if (scroll) detail.querySelector("#story-title").focus({ preventScroll: false });
  }

  list.addEventListener("click", (e) => {
    const b = e.target instanceof Element ? e.target.closest("[data-story]") : null;
    if (b) select(b.dataset.story);
  });

  return {
    async load() {
      try {
        const r = await api.stories({ limit: 200 });
        stories = r.stories;
        more = r.next != null;
      } catch (e) {
        status.textContent = `Could not load the stories: ${e.message}`;
        return;
      }
      const want = new URLSearchParams(location.search).get("story");
      list.innerHTML = stories.map((s) => storyItem(s, s.id === want)).join("") || `<li class="hint">No stories yet: ingest articles first (thoisu ingest FILE...).</li>`;
      status.textContent = `${fmt(stories.length)} stor${stories.length === 1 ? "y" : "ies"}, the most recently active first${more ? ` (the first ${fmt(stories.length)})` : ""}`;
      // Shown first: the story asked for, else the largest of the most recently active ones.
      const largest = stories.slice(0, 20).reduce((a, b) => (b.articles > a.articles ? b : a), stories[0]);
      const first = want ?? largest?.id;
      if (first) await select(first, { scroll: Boolean(want) });
    },
    get current() {
      return current;
    },
  };
}
