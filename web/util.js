/* global window, document, Element */
/** Small helpers shared by the page's modules. */

const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ESC[c]);

export const $ = (sel, root = document) => root.querySelector(sel);

/** "Sergey_Lavrov" → its display name from the response's names, else the id made readable. */
export const nameOf = (names, id) => names[id] ?? String(id).replace(/_/g, " ");

export const fmt = (n) => n.toLocaleString("en-US");

/** A tooltip shown on hover and keyboard focus for every element with data-tip. */
export function installTooltip(tip) {
  let owner = null;
  const show = (el) => {
    owner = el;
    tip.textContent = el.dataset.tip;
    tip.hidden = false;
    el.setAttribute("aria-describedby", "tip");
    const r = el.getBoundingClientRect();
    const w = tip.offsetWidth;
    tip.style.left = `${Math.max(8, Math.min(window.innerWidth - w - 8, r.left + window.scrollX))}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
    tip.hidden = true;
  };
  const target = (e) => (e.target instanceof Element ? e.target.closest("[data-tip]") : null);
  document.addEventListener("mouseover", (e) => {
    const el = target(e);
    if (el) show(el);
    else if (owner) hide();
  });
  document.addEventListener("focusin", (e) => {
    const el = target(e);
    if (el) show(el);
    else hide();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
  });
}

const FOLDED = new Map();
/** One character folded (lower case, no diacritics, đ → d), the same length as the original. */
function foldChar(c) {
  let f = FOLDED.get(c);
  if (f === undefined) {
    f = c.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC").toLowerCase();
    if (f.length !== c.length) f = c.toLowerCase().length === c.length ? c.toLowerCase() : c;
    FOLDED.set(c, f);
  }
  return f;
}

/** The text folded character by character (as the search folds it): every offset means the same in both. */
export function foldKeepingOffsets(text) {
  let out = "";
  for (const c of text) out += foldChar(c);
  return out;
}

/** Snippet HTML: the text with its [start, end) marks as <mark>, "…" where it was cut. */
export function snippetHtml(s) {
  let out = s.cutStart ? "…" : "";
  let at = 0;
  for (const [a, b] of s.marks) {
    out += esc(s.text.slice(at, a)) + `<mark class="hit">${esc(s.text.slice(a, b))}</mark>`;
    at = b;
  }
  return out + esc(s.text.slice(at)) + (s.cutEnd ? "…" : "");
}
