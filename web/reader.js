/* global localStorage */
/**
 * The article reader: the text with its layers (dates, actor mentions, event sentences) and the
 * search's matches highlighted. Each layer can be switched off (the choice is remembered), so an
 * analyst reads the text with only what they look for. Spans come from /api/articles/:id;
 * overlapping ones are nested, crossing ones dropped.
 */
import { esc, foldKeepingOffsets } from "./util.js";

const RANK = { event: 0, actor: 1, date: 2, query: 3 };
export const LAYERS = [
  { kind: "query", label: "search matches" },
  { kind: "event", label: "events" },
  { kind: "actor", label: "actors" },
  { kind: "date", label: "dates" },
];
const STORE_KEY = "thoisu.layers";

function savedLayers() {
  try {
    const v = JSON.parse(localStorage.getItem(STORE_KEY) ?? "null");
    if (v && typeof v === "object") return v;
  } catch {
    // No storage (private mode): every layer on.
  }
  return {};
}

function tipOf(s, names) {
  if (s.kind === "query") return `Matches your search`;
  if (s.kind === "date") return `Date: ${s.value} (${s.type.toLowerCase()})`;
  if (s.kind === "actor") return `${s.name} — ${[s.type, s.code].filter(Boolean).join(", ")} (${s.actor})`;
  const who = (ids) => ids.map((id) => names.get(id) ?? id.replace(/_/g, " ")).join(" & ");
  const parts = [`Event: ${s.type}${s.mode ? "/" + s.mode : ""}`, s.status];
  if (s.date) parts.push(s.date);
  let w = who(s.actor);
  if (s.recipient.length) w += ` → ${who(s.recipient)}`;
  if (s.thirdParty?.length) w += ` (via ${who(s.thirdParty)})`;
  if (w) parts.push(w);
  if (s.location) parts.push(`@ ${names.get(s.location) ?? s.location}`);
  return parts.join(" · ");
}

/** Nests spans inside [start, end): a tree of { span, children }. */
function nest(spans, start, end) {
  const root = { span: { start, end }, children: [] };
  const stack = [root];
  const inside = spans.filter((s) => s.start >= start && s.end <= end);
  inside.sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
  for (const s of inside) {
    while (stack.length > 1 && stack[stack.length - 1].span.end <= s.start) stack.pop();
    const top = stack[stack.length - 1];
    if (s.end > top.span.end) continue; // crosses its neighbour: dropped
    const node = { span: s, children: [] };
    top.children.push(node);
    stack.push(node);
  }
  return root;
}

function html(text, node, names, focusEvent) {
  let out = "";
  let at = node.span.start;
  for (const c of node.children) {
    out += esc(text.slice(at, c.span.start));
    const s = c.span;
    const inner = html(text, c, names, focusEvent);
    const tip = esc(tipOf(s, names));
    if (s.kind === "event") {
      const focus = s.id === focusEvent ? " focus" : "";
      out += `<span class="hl hl-event${focus}" data-event="${esc(s.id)}" data-tip="${tip}" tabindex="0">${inner}</span>`;
    } else if (s.kind === "query") {
      out += `<mark class="hl hl-query">${inner}</mark>`;
    } else {
      out += `<mark class="hl hl-${s.kind}" data-tip="${tip}" tabindex="0">${inner}</mark>`;
    }
    at = s.end;
  }
  return out + esc(text.slice(at, node.span.end));
}

/**
 * Where the search matches the text: whole words equal to the query's (folded) words, and the
 * mentions of the actors it names (so a search for "Zelenskyy" marks "ông Zelensky").
 */
export function querySpans(text, spans, search) {
  if (!search) return [];
  const out = [];
  const words = new Set(search.words ?? []);
  if (words.size) {
    const f = foldKeepingOffsets(text);
    for (const m of f.matchAll(/[\p{L}\p{N}]+/gu)) if (words.has(m[0])) out.push({ kind: "query", start: m.index, end: m.index + m[0].length });
  }
  const actors = new Set(search.actors ?? []);
  for (const s of spans) if (s.kind === "actor" && actors.has(s.actor)) out.push({ kind: "query", start: s.start, end: s.end });
  return out;
}

/** Shows or hides a layer's highlights (the marks stay in the text, unstyled and silent). */
function applyLayers(article, on) {
  for (const { kind } of LAYERS) article.classList.toggle(`no-${kind}`, on[kind] === false);
}

/**
 * Renders article `a` into `el`. `focusEvent`: the event the reader came for (marked and
 * scrolled to); `search`: { words, actors } of the search it came from (marked).
 */
export function renderArticle(el, a, focusEvent, search) {
  const names = new Map((a.record.actors ?? []).map((x) => [x.id, x.name]));
  const qs = querySpans(a.text, a.spans, search);
  const spans = [...a.spans, ...qs];
  const body = [];
  let title = "";
  for (const sec of a.sections) {
    const inner = html(a.text, nest(spans, sec.start, sec.end), names, focusEvent);
    if (sec.kind === "title") title = inner;
    else body.push(sec.kind === "lead" ? `<p class="lead">${inner}</p>` : `<p>${inner}</p>`);
  }
  const date = a.published ? a.published.slice(0, 16).replace("T", " ") : a.record.reference_date?.value ? `${a.record.reference_date.value} (reference date; the page states none)` : null;
  const meta = [a.outlet, date].filter(Boolean).map(esc).join(" · ");
  const counts = { date: 0, actor: 0, event: 0, query: qs.length };
  for (const s of a.spans) counts[s.kind]++;
  const on = savedLayers();
  const toggles = LAYERS.filter((l) => l.kind !== "query" || search)
    .map(
      (l) =>
        `<label class="layer layer-${l.kind}"><input type="checkbox" data-layer="${l.kind}"${on[l.kind] === false ? "" : " checked"}>` +
        `<span class="key hl hl-${l.kind}">${esc(l.label)}</span> <span class="n">${counts[l.kind]}</span></label>`,
    )
    .join("");
  el.innerHTML =
    `<article aria-labelledby="reader-title">` +
    `<h2 id="reader-title" tabindex="-1">${title || "(no title)"}</h2>` +
    `<p class="meta">${meta}${/^https?:\/\//i.test(a.url ?? "") ? ` · <a href="${esc(a.url)}" rel="noopener noreferrer" target="_blank">original page</a>` : ""}` +
    (a.duplicateOf ? ` · copy of <button type="button" class="link" data-article="${esc(a.duplicateOf)}">the original</button>` : "") +
    `</p>` +
    `<fieldset class="layers"><legend>Highlight</legend>${toggles}</fieldset>` +
    body.join("") +
    `</article>`;
  const article = el.querySelector("article");
  applyLayers(article, on);
  el.querySelector(".layers").addEventListener("change", (e) => {
    const k = e.target?.dataset?.layer;
    if (!k) return;
    const now = { ...savedLayers(), [k]: e.target.checked };
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(now));
    } catch {
      // Not remembered, still applied.
    }
    applyLayers(article, now);
  });
  // Scroll the reader's box only (never the page) to the event the reader came for, else to the
  // first search match, else to the top.
  const box = el.closest(".side") ?? el;
  const target = el.querySelector(".hl-event.focus") ?? (search ? el.querySelector("article p .hl-query") : null);
  box.scrollTop = target ? Math.max(0, target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 80) : 0;
}
