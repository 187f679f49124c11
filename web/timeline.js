/* global window, requestAnimationFrame, getComputedStyle */
/** The timeline table: one row per story event, rendered as one HTML string (fast at 10,000 rows). */
import { esc, nameOf } from "./util.js";

const STATUS_LABEL = {
  occurred: "occurred",
  ongoing: "ongoing",
  planned: "planned",
  proposed: "proposed",
  cancelled: "cancelled",
  denied: "denied",
  hypothetical: "hypothetical",
  contested: "contested",
};

function dateCell(e) {
  if (e.date) return `<span data-tip="${esc(`${e.date} (${e.precision})`)}">${esc(e.date)}</span>`;
  if (e.sort) return `<span class="reported" data-tip="No date of its own: the date it was reported">~${esc(e.sort)}</span>`;
  return `<span class="reported">undated</span>`;
}

/**
 * Who acted on whom, in the article's direction: "A → B" (A acted on B), "A & B" (they acted
 * together: talks, an agreement with no recipient), a mediator or host apart ("via C").
 */
export function participants(e, names) {
  const who = (ids) => ids.map((id) => `<span class="who" data-tip="${esc(id)}">${esc(nameOf(names, id))}</span>`).join(` <span class="and">&amp;</span> `);
  let s = who(e.actor);
  if (e.recipient.length) s += ` <span class="arrow" aria-label="acted on">→</span> ${who(e.recipient)}`;
  if (!e.actor.length && !e.recipient.length) s = esc(e.participants.join(" & "));
  if (e.thirdParty?.length) s += ` <span class="via">via ${who(e.thirdParty)}</span>`;
  if (e.location) s += ` <span class="where">@ ${esc(nameOf(names, e.location))}</span>`;
  return s;
}

/** Height of one row in px: the CSS sets it (--row-h: every row exactly this high, taller on a phone). */
export function rowHeight(el) {
  return parseFloat(getComputedStyle(el).getPropertyValue("--row-h")) || 76;
}
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 15;

function row(e, names, i) {
  const f = e.first;
  const status = `<span class="badge st-${esc(e.status)}">${esc(STATUS_LABEL[e.status] ?? e.status)}</span>`;
  const contested = e.contested ? `<div class="contested" title="Sources disagree about what happened">⚠ sources disagree</div>` : "";
  // The source opens the reader at this event; the sentence is the evidence (whole in its tooltip).
  const open = f
    ? `<button type="button" class="link src-link" data-article="${esc(f.articleId)}" data-event="${esc(f.eventId ?? "")}" aria-label="Read it in ${esc(f.outlet ?? "the article")}">${esc(f.outlet ?? "article")}</button>`
    : "";
  return (
    `<tr data-id="${esc(e.id)}" aria-rowindex="${i + 2}">` +
    `<td class="date">${dateCell(e)}</td>` +
    `<td class="type"><div class="l1 etype">${esc(e.type)}</div>${e.mode ? `<div class="l2 mode">${esc(e.mode)}</div>` : ""}</td>` +
    `<td class="parts"><div class="l1 who-line">${participants(e, names)}</div>` +
    `<div class="sentence" data-tip="${esc(e.sentence)}">${esc(e.sentence)}</div><div class="l1 from">${open}</div></td>` +
    `<td class="status">${status}${contested}</td>` +
    `<td class="src num">${e.sourceCount}</td>` +
    `</tr>`
  );
}

/**
 * The timeline table, windowed: every event is in memory, only the rows in view (and a few
 * around them) are in the DOM, so 10,000 events render as fast as 50.
 */
export function createTimeline(wrap, table) {
  const tbody = table.tBodies[0];
  let data = { events: [], names: {} };
  let empty = "No story events match.";
  let drawn = [-1, -1];
  let pending = 0;
  const draw = (force) => {
    pending = 0;
    const n = data.events.length;
    if (n === 0) {
      tbody.innerHTML = `<tr><td colspan="5" class="empty">${empty}</td></tr>`;
      drawn = [-1, -1];
      return;
    }
    const ROW_H = rowHeight(table);
    const first = Math.max(0, Math.floor(wrap.scrollTop / ROW_H) - OVERSCAN);
    const last = Math.min(n, Math.ceil((wrap.scrollTop + wrap.clientHeight) / ROW_H) + OVERSCAN);
    if (!force && first >= drawn[0] && last <= drawn[1]) return;
    const from = Math.max(0, first - OVERSCAN);
    const to = Math.min(n, last + OVERSCAN);
    const parts = [`<tr class="spacer" aria-hidden="true"><td colspan="5"></td></tr>`];
    for (let i = from; i < to; i++) parts.push(row(data.events[i], data.names, i));
    parts.push(`<tr class="spacer" aria-hidden="true"><td colspan="5"></td></tr>`);
    tbody.innerHTML = parts.join("");
    tbody.rows[0].style.height = `${from * ROW_H}px`;
    tbody.rows[tbody.rows.length - 1].style.height = `${(n - to) * ROW_H}px`;
    drawn = [from, to];
  };
  wrap.addEventListener("scroll", () => {
    if (!pending) pending = requestAnimationFrame(() => draw(false));
  });
  window.addEventListener("resize", () => draw(true));
  return {
    /** `emptyHtml`: what to say when there are no rows (an empty store says how to fill it). */
    set(d, emptyHtml) {
      data = d;
      empty = emptyHtml ?? "No story events match these filters.";
      table.setAttribute("aria-rowcount", String(d.events.length + 1));
      wrap.scrollTop = 0;
      draw(true);
    },
    /** Scrolls so that row `i` is in view. */
    show(i) {
      wrap.scrollTop = i * rowHeight(table);
      draw(true);
    },
  };
}
