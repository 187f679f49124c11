/**
 * The article reader: the text with dates, actor mentions and event sentences highlighted.
 * Spans come from /api/articles/:id; overlapping ones are nested, crossing ones dropped.
 */
import { esc } from "./util.js";

const RANK = { event: 0, actor: 1, date: 2 };

function tipOf(s, names) {
  if (s.kind === "date") return `Date: ${s.value} (${s.type.toLowerCase()})`;
  if (s.kind === "actor") return `${s.name} — ${[s.type, s.code].filter(Boolean).join(", ")} (${s.actor})`;
  const who = (ids) => ids.map((id) => names.get(id) ?? id.replace(/_/g, " ")).join(", ");
  const parts = [`Event: ${s.type}${s.mode ? "/" + s.mode : ""}`, s.status];
  if (s.date) parts.push(s.date);
  let w = who(s.actor);
  if (s.recipient.length) w += ` → ${who(s.recipient)}`;
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
    } else {
      out += `<mark class="hl hl-${s.kind}" data-tip="${tip}" tabindex="0">${inner}</mark>`;
    }
    at = s.end;
  }
  return out + esc(text.slice(at, node.span.end));
}

export function renderArticle(el, a, focusEvent) {
  const names = new Map((a.record.actors ?? []).map((x) => [x.id, x.name]));
  const body = [];
  let title = "";
  for (const sec of a.sections) {
    const inner = html(a.text, nest(a.spans, sec.start, sec.end), names, focusEvent);
    if (sec.kind === "title") title = inner;
    else body.push(sec.kind === "lead" ? `<p class="lead">${inner}</p>` : `<p>${inner}</p>`);
  }
  const meta = [a.outlet, a.published ? a.published.slice(0, 16).replace("T", " ") : null].filter(Boolean).map(esc).join(" · ");
  const counts = { date: 0, actor: 0, event: 0 };
  for (const s of a.spans) counts[s.kind]++;
  el.innerHTML =
    `<article aria-labelledby="reader-title">` +
    `<h2 id="reader-title" tabindex="-1">${title || "(no title)"}</h2>` +
    `<p class="meta">${meta}${/^https?:\/\//i.test(a.url ?? "") ? ` · <a href="${esc(a.url)}" rel="noopener noreferrer" target="_blank">original page</a>` : ""}</p>` +
    `<p class="keys"><mark class="hl hl-date">dates</mark> ${counts.date} · <mark class="hl hl-actor">actors</mark> ${counts.actor} · <span class="hl hl-event">events</span> ${counts.event}` +
    (a.duplicateOf ? ` · copy of <button type="button" class="link" data-article="${esc(a.duplicateOf)}">the original</button>` : "") +
    `</p>` +
    body.join("") +
    `</article>`;
  // Scroll the side panel only (never the page) to the event the reader came for.
  const box = el.closest(".side") ?? el;
  const focus = el.querySelector(".hl-event.focus");
  box.scrollTop = focus ? Math.max(0, focus.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 80) : 0;
}
