import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "domhandler";
import { DATA_DIR } from "../../data/paths.js";
import { attr, parseHtml, textOf } from "./dom.js";

/**
 * The article a script-rendered page carries in its application state (Next.js `__NEXT_DATA__`,
 * `window.__INITIAL_STATE__ = {…}`, any `<script type="application/json">`), for pages whose
 * markup is an empty shell. The body is the string with the most prose anywhere in the state;
 * the title, lead, author and date are read by field name (data/extract/app-data.json) from the
 * object that holds it.
 */
export interface AppArticle {
  /** The body as HTML (a plain-text body is turned into paragraphs). */
  html: string;
  /** Its visible text length. */
  prose: number;
  title: string | null;
  lead: string | null;
  author: string | null;
  date: string | null;
}

interface Fields {
  body: Set<string>;
  title: string[];
  lead: string[];
  author: string[];
  date: string[];
}
let fields: Fields | null = null;
const keyOf = (k: string): string => k.toLowerCase().replace(/[_-]/g, "");

function fieldData(): Fields {
  if (fields) return fields;
  const j = JSON.parse(readFileSync(join(DATA_DIR, "extract/app-data.json"), "utf8")) as Record<string, string[]>;
  const list = (k: string): string[] => (j[k] ?? []).map(keyOf);
  fields = { body: new Set(list("bodyFields")), title: list("titleFields"), lead: list("leadFields"), author: list("authorFields"), date: list("dateFields") };
  return fields;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);
const MAX_NODES = 200_000;
const MAX_SCRIPT = 5_000_000;

/** The JSON payloads of the page's scripts: typed JSON, or a global assigned a JSON literal. */
function payloads(all: Element[]): unknown[] {
  const out: unknown[] = [];
  for (const el of all) {
    if (el.name !== "script" || attr(el, "src")) continue;
    const type = attr(el, "type").toLowerCase();
    if (type === "application/ld+json") continue;
    const code = el.children.map((c) => ("data" in c ? String((c as { data: unknown }).data) : "")).join("").trim();
    if (code.length < 200 || code.length > MAX_SCRIPT) continue;
    let text: string | null = null;
    if (type === "application/json" || el.attribs["id"] === "__NEXT_DATA__") text = code;
    else {
      // window.__STATE__ = {...};  self.__NUXT__={...}
      const m = /^(?:(?:window|self|globalThis)\.)?[\w$]+\s*=\s*(?=[{[])/.exec(code);
      if (m) text = code.slice(m[0].length).replace(/;\s*$/, "");
    }
    if (!text) continue;
    try {
      out.push(JSON.parse(text));
    } catch {
      /* not JSON: a script, not state */
    }
  }
  return out;
}

/** Visible text of an HTML (or plain) string, and whether it reads as prose (sentences). */
function proseOf(s: string): number {
  if (s.length < 150) return 0;
  const t = /[<&]/.test(s) ? textOf(parseHtml(s)) : s;
  const text = t.replace(/\s+/g, " ").trim();
  // prose: words and sentence ends, not a URL, code or a list of names
  const words = text.split(" ").length;
  if (words < 25 || /^(?:https?:|[{[<])/.test(text)) return 0;
  const ends = (text.match(/[.!?…](?:\s|$)/gu) ?? []).length;
  return ends >= 1 ? text.length : 0;
}

function strOf(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return null;
  if (Array.isArray(v)) {
    const xs = v.map(strOf).filter((x): x is string => !!x);
    return xs.length ? xs.join(", ") : null;
  }
  if (isObj(v)) return strOf(v["name"] ?? v["fullName"] ?? v["displayName"] ?? v["title"]);
  return null;
}

function pick(o: Json, names: string[], skip: string | null): string | null {
  const keys = new Map(Object.keys(o).map((k) => [keyOf(k), k]));
  for (const n of names) {
    const k = keys.get(n);
    if (!k || k === skip) continue;
    const v = strOf(o[k]);
    if (v) return v;
  }
  return null;
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The article in the page's application state, or null when there is none. */
export function readAppArticle(all: Element[]): AppArticle | null {
  const f = fieldData();
  let best: { o: Json; key: string; prose: number; named: boolean } | null = null;
  let nodes = 0;
  for (const root of payloads(all)) {
    const stack: unknown[] = [root];
    while (stack.length && nodes < MAX_NODES) {
      const v = stack.pop();
      nodes++;
      if (Array.isArray(v)) {
        for (const x of v) if (x && typeof x === "object") stack.push(x);
        continue;
      }
      if (!isObj(v)) continue;
      for (const [k, x] of Object.entries(v)) {
        if (x && typeof x === "object") stack.push(x);
        else if (typeof x === "string") {
          const p = proseOf(x);
          if (!p) continue;
          const named = f.body.has(keyOf(k));
          if (!best || p > best.prose * (named && !best.named ? 0.8 : best.named && !named ? 1.25 : 1)) best = { o: v, key: k, prose: p, named };
        }
      }
    }
  }
  if (!best) return null;
  const raw = best.o[best.key] as string;
  const html = /<(?:p|div|br|h[1-6]|figure|ul|blockquote)\b/i.test(raw)
    ? raw
    : raw
        .split(/\n+/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join("");
  const lead = pick(best.o, f.lead, best.key);
  return {
    html,
    prose: best.prose,
    title: pick(best.o, f.title, best.key),
    lead: lead && proseOf(lead) < best.prose ? textOf(parseHtml(lead)).replace(/\s+/g, " ").trim() || null : null,
    author: pick(best.o, f.author, best.key),
    date: pick(best.o, f.date, best.key),
  };
}

/** A page of the app article's own, for the extractor to read as it reads any page. */
export function appArticlePage(a: AppArticle, lang: string | null): string {
  const head = a.title ? `<title>${escapeHtml(a.title)}</title>` : "";
  const h1 = a.title ? `<h1>${escapeHtml(a.title)}</h1>` : "";
  const lead = a.lead ? `<div class="sapo">${escapeHtml(a.lead)}</div>` : "";
  return `<!DOCTYPE html><html lang="${escapeHtml(lang ?? "")}"><head><meta charset="utf-8">${head}</head><body><article>${h1}${lead}<div class="content">${a.html}</div></article></body></html>`;
}
