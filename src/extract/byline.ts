import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../data/paths.js";
import { findDate } from "./dates.js";
import { extractLexicon, isChrome, isSectionLabel, labelKey } from "./lines.js";
import { outletByName, outletKey } from "./outlet.js";

/**
 * Bylines, credits and datelines of Vietnamese news articles:
 * - byline: a person's name alone on a line ("Bảo Hà", "• Phương Uyên", "HUY QUỐC"), optionally with
 *   a date ("Thương Nguyệt 26/01/2025 09:00"), a prefix ("Tác giả:", "Bài và ảnh:") or a source
 *   ("Minh Anh (theo Reuters)");
 * - credit: the source the whole article is taken from ("Theo RT", "(theo TASS)", "Nguồn: Reuters");
 * - dateline: the outlet or agency opening the lead ("Kinhtedothi -", "(DS&PL) -", "MOSCOW (Sputnik) -").
 */

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]+)(?:-\p{Lu}?[\p{L}\p{M}]+)?\.?$/u;

/** Initials written with dots: "K.", "H.V.", "N.T.H". */
const INITIALS = /^(?:\p{Lu}\.){1,4}\p{Lu}?$/u;

/** A byline of initials only ("H.V.", "T.L."), as older pages sign at the end of an article. */
export function isInitials(s: string): boolean {
  const t = s.trim();
  return t.length >= 3 && INITIALS.test(t);
}

/**
 * A person's name: 2 to 5 capitalised words (Title Case or upper case), no function words. A
 * given name may be an initial ("K. Miên").
 */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (t.length < 4 || t.length > 40) return false;
  const all = t.split(/\s+/);
  if (all.length < 2 || all.length > 5) return false;
  const ws = t.includes(".") ? all.filter((w) => !INITIALS.test(w)) : all;
  if (!ws.length || !ws.every((w) => NAME_WORD.test(w))) return false;
  const fw = extractLexicon().functionWords;
  // given names may be function words ("Như Tâm"), but a name is not mostly function words ("Theo Dõi")
  if (ws.filter((w) => fw.has(w.toLowerCase())).length * 2 > ws.length) return false;
  if (isChrome(t) || isSectionLabel(t)) return false;
  // upper case everywhere or Title Case everywhere, not a mix such as "HỎI Đáp"
  const upper = ws.every((w) => w === w.toUpperCase());
  const title = ws.every((w) => w !== w.toUpperCase() || w.length === 1);
  return upper || title;
}

const SOURCE_SPLIT = /\s*(?:,|\/|;|\+|\s-\s|\svà\s)\s*/u;

/**
 * The sources of a credit. A name starts with a capital or a digit; with `handles`, a source may
 * also be one lower-case Latin word or domain, as sites and social accounts are written
 * ("(Theo iranintl)", "(theo baomoi.com)"): only where the credit's form leaves no doubt.
 */
function sourceList(s: string, handles = false): string[] {
  return s
    .split(SOURCE_SPLIT)
    .map((x) => x.replace(/^(?:hãng tin|hãng|báo|tờ|đài|kênh|trang)\s+/iu, "").replace(/[.\s]+$/u, "").trim())
    .filter((x) => x && x.length <= 40 && (/\p{Lu}|\d/u.test(x.charAt(0)) || (handles && /^[a-z][a-z0-9._-]{3,39}$/.test(x))));
}

let agencies: Set<string> | null = null;

/** A foreign news agency or broadcaster of `data/extract/agencies.json` (case, accents ignored). */
export function isWireAgency(name: string): boolean {
  if (!agencies) {
    const json = JSON.parse(readFileSync(join(DATA_DIR, "extract/agencies.json"), "utf8")) as { agencies: string[] };
    agencies = new Set(json.agencies.map(outletKey));
  }
  return agencies.has(outletKey(name));
}

/**
 * "Theo RT", "(theo TASS)", "Nguồn: Reuters", "Theo Reuters, AFP", "Source: AP" → the credited
 * sources, else null. A bare parenthesised line, as wire copy signs ("(Reuters)", "(AFP, AP)"),
 * is a credit only when every name in it is a known foreign agency: "(TTXVN/Vietnam+)" is an
 * outlet's own signature.
 */
export function creditOf(line: string): string[] | null {
  const t = line.trim();
  const m =
    /^\(?\s*theo\s+([^(),:;]{1,60}(?:,\s*[^(),:;]{1,40})*)\s*\)?\.?$/iu.exec(t) ??
    /^\(?\s*(?:nguồn|source)\s*:\s*([^()]{1,60})\s*\)?\.?$/iu.exec(t);
  if (!m) {
    const bare = /^[([]\s*([^()[\]:]{2,60}?)\s*[)\]]\.?$/u.exec(t);
    if (!bare) return null;
    const names = sourceList(bare[1]!);
    return names.length && names.every(isWireAgency) ? names : null;
  }
  const names = sourceList(m[1]!);
  if (!names.length || names.some((n) => n.split(/\s+/).length > 6)) return null;
  // (a widget can only follow the last name on the line)
  names[names.length - 1] = withoutWidget(names[names.length - 1]!);
  return names;
}

/** A source name without a share widget's label printed on its line ("Đại Đoàn kết Copy link"). */
function withoutWidget(name: string): string {
  const ws = name.split(/\s+/);
  for (let k = Math.min(3, ws.length - 1); k >= 1; k--) if (isChrome(ws.slice(-k).join(" "))) return ws.slice(0, -k).join(" ");
  return name;
}

export interface Byline {
  author: string | null;
  published: string | null;
  credits: string[];
}

/** The label a byline may open with: "Tác giả:", "Bài và ảnh:", "PV:", "Bởi Lê Minh", "By Lan Anh". */
export function bylinePrefix(line: string): string {
  const t = line.trim().replace(/^[•·*\-–—|\s]+/u, "");
  return (labelPrefixRe().exec(t) ?? BY_PREFIX.exec(t))?.[0] ?? "";
}
let labelPrefix: RegExp | null = null;
/** The label prefix ("Tác giả:", "Tin, ảnh:") over the labels of `data/extract/bylines.json`, longest first. */
function labelPrefixRe(): RegExp {
  if (!labelPrefix) {
    const json = JSON.parse(readFileSync(join(DATA_DIR, "extract/bylines.json"), "utf8")) as { labels: string[] };
    const alts = [...json.labels].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*"));
    labelPrefix = new RegExp(`^(?:${alts.join("|") || "(?!)"})\\s*:\\s*`, "iu");
  }
  return labelPrefix;
}
// (no "i" flag: with it \p{Lu} would match lower-case letters too)
const BY_PREFIX = /^(?:[Bb]ởi|BỞI|[Bb]y|BY)\s+(?=\p{Lu})/u;

/**
 * A byline line, or null when the line is not one. A credit line is never a byline, even when
 * the credited agency is one capitalised word that looks like a given name ("Theo Yonhap",
 * "Theo Reuters", "Theo Al Jazeera").
 */
export function bylineOf(line: string): Byline | null {
  if (creditOf(line)) return null;
  let t = line
    .trim()
    .replace(/^[•·*\-–—|\s]+/u, "")
    .trim();
  t = t.slice(bylinePrefix(t).length).trim();
  if (!t) return null;
  let published: string | null = null;
  let credits: string[] = [];
  const d = findDate(t);
  if (d) {
    // "Ngọc Minh, Theo Yonhap 03/12/2024 23:45": a credit after a separator, the date after it
    // (read on the line itself: the date's removal also takes the separator away)
    const dated = /theo\s|nguồn/iu.test(d.rest) ? DATED_CREDIT.exec(t) : null;
    const at = dated ? /\s\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b/u.exec(dated[1]!)!.index : -1;
    const fd = dated ? findDate(dated[1]!.slice(at)) : null;
    const names = dated && fd && !fd.rest ? sourceList(dated[1]!.slice(0, at), true) : [];
    if (dated && names.length) {
      credits = names;
      t = t.slice(0, dated.index).trim();
    } else t = d.rest;
    published = d.value;
  }
  // "Minh Anh (theo Reuters)", "Minh Anh [Nguồn: AFP]", or unbracketed after a separator:
  // "Minh Anh - Theo Reuters", "Minh Anh | Nguồn: AFP", "Minh Anh, theo Yonhap"
  const src =
    /\s*[([]\s*(?:theo|nguồn\s*:)\s*([^)\]]+)[)\]]\s*$/iu.exec(t) ??
    /\s*(?:\s[-–—|]|,)\s*(?:theo\s|nguồn\s*:)\s*([^()[\]]{1,60})$/iu.exec(t);
  if (src) {
    credits = sourceList(src[1]!, true);
    t = t.slice(0, src.index).trim();
  }
  // "Thanh Hương (TTXVN)", "Hải Nam (P/v TTXVN tại Tokyo)": the writer's agency or post in
  // brackets after the name; a foreign agency there is the article's source
  const aff = affiliation(t);
  if (aff) {
    t = aff.name;
    credits.push(...aff.credits);
  }
  // (a separator left at the end: "Hồng Nhung |" where the date followed it, or nothing did)
  t = t.replace(/\s*[([]\s*(?:t\/h|th|tổng hợp|lược dịch|biên dịch|dịch)\s*[)\]]\s*$/iu, "").replace(/[\s,.;|•·–—-]+$/u, "").trim();
  // "Hà Phương/VOV.VN": a name and the outlet
  t = t.replace(/\s*\/\s*[\p{L}.&]+$/u, "").trim();
  // several authors: "Ngọc Anh - Minh Hòa", "BẢO HÀ, THU TRANG", "Lan Anh và Hải Yến"
  const names = t.split(/\s*(?:\s[-–—]\s|,|;|\svà\s)\s*/u);
  if (!names.every(isPersonName)) return null;
  // an outlet's name is no author ("16.05.2025, Sputnik Việt Nam" dates the article under the lead)
  if (outletByName(t)) return null;
  return { author: t, published, credits };
}

const DATED_CREDIT = /(?:\s[-–—|]|,)\s*(?:theo\s|nguồn\s*:)\s*([^()[\];|]{1,60}?\s\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b.*)$/iu;

/**
 * A byline's name and the bracket after it that says where the writer works or what the text is
 * ("Thanh Hương (TTXVN)", "Minh Anh (P/v TTXVN tại Paris)", "Lan Anh (AFP)"): the name, and as
 * credits the bracket's names when all are foreign agencies. Null unless the part before the
 * bracket is people's names.
 */
export function affiliation(line: string): { name: string; credits: string[] } | null {
  const end = line.trimEnd();
  const last = end.charAt(end.length - 1) === "." ? end.charAt(end.length - 2) : end.charAt(end.length - 1);
  if (last !== ")" && last !== "]") return null;
  const m = /^(.+?)\s*[([]\s*([^()[\]]{2,40}?)\s*[)\]]\.?$/u.exec(line.trim());
  if (!m) return null;
  const name = m[1]!.replace(/[\s,;|–—-]+$/u, "");
  if (!name.split(/\s*(?:\s[-–—]\s|,|;|\svà\s)\s*/u).every(isPersonName)) return null;
  const names = sourceList(m[2]!);
  return { name, credits: names.length && names.every(isWireAgency) ? names : [] };
}

export interface Dateline {
  outlet: string;
  /** the line without the dateline, or "" when the line was only the dateline */
  rest: string;
}

/**
 * The dateline opening a lead: "(DS&PL) - …", "MOSCOW (Sputnik) - …", "HÀ NỘI (TTXVN) – …",
 * "Kinhtedothi - …", "TPO - …", "VOV.VN - …". Bare one-word datelines must look like a masthead
 * (upper case, a domain, an ampersand, or a long unaccented word), so "Nga - Mỹ …" is not one.
 */
export function datelineOf(line: string, known: (name: string) => boolean = () => false): Dateline | null {
  const t = line.trim();
  const paren = /^(?:[\p{Lu}\p{M} .,'-]{2,40}\s*)?\(\s*([^()]{2,30}?)\s*\)\s*[-–—:]+\s*/u.exec(t);
  if (paren) {
    const name = paren[1]!.trim();
    if (!/\p{Lu}/u.test(name) || /^(?:ảnh|nguồn|theo)\b/iu.test(name)) return null;
    return { outlet: name, rest: t.slice(paren[0].length).trim() };
  }
  const bare = /^([\p{L}\d.&+]{2,24})\s*[-–—]+\s*/u.exec(t);
  if (bare) {
    const name = bare[1]!;
    const mast =
      known(name) ||
      /^[\p{Lu}\d.&+]{2,12}$/u.test(name) ||
      /\.(?:vn|com|net|org)$/iu.test(name) ||
      /&/.test(name) ||
      (/^[A-Z][a-z]{7,}$/.test(name) && !/^(?:Washington|Moskva|Brussels|Istanbul|Bangkok|Singapore|Jakarta)$/.test(name));
    if (mast && labelKey(name) !== "ảnh") return { outlet: name, rest: t.slice(bare[0].length).trim() };
  }
  return null;
}

/**
 * "Theo dõi Baoquocte.vn trên" (a follow-us widget naming the outlet) → "Baoquocte.vn". Only a
 * name: "Theo dõi báo trên", "Theo dõi chúng tôi trên" name no outlet.
 */
export function followOutlet(line: string): string | null {
  const m = /^theo dõi\s+(.{2,40}?)\s+(?:trên|tại|qua)(?:\s|$)/iu.exec(line.trim());
  const name = m ? m[1]!.trim() : null;
  return name && /^[\p{Lu}\d]/u.test(name) ? name : null;
}
