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

function participants(e, names) {
  const who = (ids) => ids.map((id) => `<span class="who" data-tip="${esc(id)}">${esc(nameOf(names, id))}</span>`).join(", ");
  let s = who(e.actor);
  if (e.recipient.length) s += ` <span aria-label="to">→</span> ${who(e.recipient)}`;
  if (!e.actor.length && !e.recipient.length) s = esc(e.participants.join(", "));
  if (e.location) s += ` <span class="where">@ ${esc(nameOf(names, e.location))}</span>`;
  return s;
}

function row(e, names) {
  const f = e.first;
  const status = `<span class="badge st-${esc(e.status)}">${esc(STATUS_LABEL[e.status] ?? e.status)}</span>`;
  const contested = e.contested ? ` <span class="contested" title="Sources disagree about what happened">⚠ sources disagree</span>` : "";
  const open = f
    ? `<button type="button" class="link" data-article="${esc(f.articleId)}" data-event="${esc(f.eventId ?? "")}">${esc(f.outlet ?? "article")}</button>`
    : "";
  return (
    `<tr data-id="${esc(e.id)}">` +
    `<td class="date">${dateCell(e)}</td>` +
    `<td class="type"><span class="etype">${esc(e.type)}</span>${e.mode ? `<span class="mode">/${esc(e.mode)}</span>` : ""}</td>` +
    `<td class="parts">${participants(e, names)}<div class="sentence">${esc(e.sentence)}</div></td>` +
    `<td class="status">${status}${contested}</td>` +
    `<td class="src num">${e.sourceCount}</td>` +
    `<td class="first">${open}</td>` +
    `</tr>`
  );
}

export function renderTimeline(tbody, data) {
  const parts = new Array(data.events.length);
  for (let i = 0; i < data.events.length; i++) parts[i] = row(data.events[i], data.names);
  tbody.innerHTML = parts.length ? parts.join("") : `<tr><td colspan="6" class="empty">No story events match.</td></tr>`;
}
