import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR } from "../../data/paths.js";
import { affiliation } from "../byline.js";

/**
 * Text-level rules of the HTML extractor: what a class name says about an element, and what a
 * short line of text is (a photo caption, a credit line "Theo RT", a byline, a date line).
 */

// Class and id names of page furniture and article bodies are weighted evidence: names.ts and
// data/extract/html-names.json.

export const CAPTION_CLASS =
  /caption|image[-_]?desc|img[-_]?desc|photo[-_]?desc|pic[-_]?desc|fig[-_]?desc|desc[-_]?img|expnoedit|image[-_]?note|chu-?thich|photo[-_]?note|image_caption|img-?caption|photo-?caption|figure-?caption|fig-?caption|note-?image/;

export const SAPO_CLASS =
  /(?:^|[\s_-])(?:sapo|summary|lead|chap+eau|chapo|des|excerpt|standfirst|teaser|tomtat|tom-tat|description|intro|abstract|sub-?title|subtitle)(?:$|[\s_-])/;

/** Elements naming the source an article is taken from ("Nguồn: …", `<p class="source">`). */
export const SOURCE_CLASS = /(?:^|[\s_-])(?:source|nguon|source-?name|source-?text|news-?source|nguon-?tin)(?:$|[\s_-])/;

export const BYLINE_CLASS = /author|byline|tac-?gia|tacgia|writer|reporter|nguoi-?viet|nguoiviet|journalist/;
export const DATE_CLASS = /date|time|publish|ngay-?dang|ngaydang|thoi-?gian|pubdate|created|posted/;

/** Lines that are page chrome even inside the article body. */
export const CHROME_LINE =
  /^(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|tin cùng chuyên mục|tin khác|bài viết liên quan|>>|mời (?:quý )?(?:độc giả|bạn đọc)|chia sẻ(?: bài viết)?:?$|bình luận(?: \(\d+\))?$|tags?\s*:|từ khóa\s*:|từ khoá\s*:|theo dõi .{0,40}trên(?: google news)?$|quảng cáo$|advertisement$|video đang được xem nhiều|nguồn video|bấm vào đây|click vào đây|tải ứng dụng|đăng ký nhận tin|xem video|in bài(?: viết)?$|gửi bài(?: viết)?$|lưu bài$|trở về đầu trang)/iu;

/** A line that is only a printed date, e.g. "Thứ hai, 26/01/2025, 09:00 (GMT+7)". */
export const DATE_LINE =
  /^(?:(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian|posted|updated)(?:\s+(?:lúc|ngày))?\s*:?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|\d)|chủ\s+nhật|cn|t\d)\s*[,-]?\s*)?(?:\d{1,2}[:h]\d{2}\s*[-,|]?\s*)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*(?:\(?\s*GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)?$/iu;

/** A photo credit at the end of a short line: "… Ảnh: Reuters", "(Ảnh: TTXVN)", "(Nguồn: Điện Kremlin)". */
const PHOTO_CREDIT = /(?:^|[\s.(\-–|])(?:ảnh|ảnh minh họa|ảnh minh hoạ|ảnh chụp màn hình|ảnh tư liệu|nguồn ảnh|photo|đồ họa|đồ hoạ|video)\s*:\s*[^\n:]{1,80}?\)?\s*\.?$/iu;
const PHOTO_ALONE = /^\(?\s*(?:ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh chụp màn hình|ảnh)\s*(?::\s*[^\n]{1,60})?\)?\.?$/iu;
const SOURCE_PAREN = /\(\s*(?:nguồn|ảnh|photo)\s*:\s*[^()]{1,80}\)\s*\.?$/iu;

/**
 * True when a short block of text reads as a photo caption; `unit`: the block shares a small
 * wrapper with the image before it and nothing else.
 */
export function captionLike(text: string, afterImage: boolean, italic: boolean, unit = false): boolean {
  if (text.length > 320) return false;
  if (bylineLabel(text)) return false;
  if (PHOTO_ALONE.test(text)) return true;
  if (PHOTO_CREDIT.test(text)) return /(?:ảnh|photo|đồ h)/iu.test(text.slice(-90)) || afterImage || italic || SOURCE_PAREN.test(text);
  if (SOURCE_PAREN.test(text) && (afterImage || italic)) return true;
  return afterImage && (italic || unit) && text.length < 250;
}

/** A caption that only credits the photo: "Ảnh: Reuters", "(Ảnh minh họa)". */
export function captionCreditOnly(text: string): boolean {
  return /^\(?\s*(?:ảnh(?: minh họa| minh hoạ| tư liệu| chụp màn hình)?|photo|photos|nguồn ảnh)\s*(?::\s*[^.:;!?]{1,40})?\)?\.?$/iu.test(text);
}

interface Lines {
  chrome: Set<string>;
  label: RegExp;
}
let lines: Lines | null = null;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function linesData(): Lines {
  if (lines) return lines;
  const j = JSON.parse(readFileSync(join(DATA_DIR, "extract/html-lines.json"), "utf8")) as Record<string, string[]>;
  const writer = (j["writerRoles"] ?? []).map(escapeRe).sort((a, b) => b.length - a.length);
  const any = [...writer, ...(j["mediaRoles"] ?? []).map(escapeRe)].sort((a, b) => b.length - a.length);
  const role = `(?:${any.join("|")})`;
  const sep = "\\s*(?:,|\\bvà\\b|\\band\\b|-|–|/|&|\\+)\\s*";
  // a label of roles joined by separators, one of them a writer's, then a colon
  const label = new RegExp(`^(?=(?:${role}${sep})*(?:${writer.join("|")})(?![\\p{L}]))${role}(?:${sep}${role})*\\s*[:：]\\s*`, "iu");
  lines = { chrome: new Set((j["chromeLines"] ?? []).map((x) => x.toLowerCase())), label };
  return lines;
}

/** A byline's label of roles ("Tin, ảnh: ", "Bài và ảnh: ", "Text: "), or "" when the line has none. */
export function bylineLabel(text: string): string {
  return linesData().label.exec(text)?.[0] ?? "";
}

/** A whole line of interface text ("Advertisement", "Share this", "Quảng cáo"). */
export function chromeLine(text: string): boolean {
  if (text.length > 60) return false;
  const k = text.toLowerCase().replace(/^[\s•·*|>»-]+|[\s.:…!|»>-]+$/gu, "").replace(/\s+/g, " ");
  return !!k && linesData().chrome.has(k);
}

const CREDIT_LINE = /^[([]?\s*(?:theo|nguồn)\s*:?\s+([^()[\]]{1,80}?)\s*[)\]]?\s*\.?$/iu;
const TRAILING_CREDIT = /[([]\s*(?:theo|nguồn)\s*:?\s*([^()[\]]{1,60}?)\s*[)\]]\s*\.?$/iu;

/** Names of the sources a credit line gives: "Theo Reuters, AFP" → ["Reuters", "AFP"]. */
export function splitCredits(s: string): string[] {
  return s
    .split(/\s*(?:,|;|\s+và\s+|\s+and\s+|\s+&\s+)\s*/iu)
    .map((x) =>
      x
        .replace(/^(?:báo|hãng tin|hãng thông tấn|thông tấn xã|đài|tạp chí|trang(?: tin)?|kênh|tờ)\s+/iu, "")
        .replace(/[.\s]+$/u, "")
        .replace(/^["“'‘]|["”'’]$/gu, "")
        .trim(),
    )
    .filter((x) => x.length > 0 && x.length <= 60);
}

/** A line that is only a credit: "Theo RT", "(Theo TASS)", "Nguồn: Reuters". */
export function creditLine(text: string): string[] | null {
  if (text.length > 90 || text.split(" ").length > 12) return null;
  const m = CREDIT_LINE.exec(text);
  if (!m) return null;
  // "Theo ông Lavrov, ..." is a sentence, not a credit
  if (/^(?:ông|bà|anh|chị|các|những|một|nhiều|giới|đánh giá|quan điểm|kế hoạch|thỏa thuận|thoả thuận|đó|này)\b/iu.test(m[1]!)) return null;
  const list = splitCredits(m[1]!);
  return list.length ? list : null;
}

/** A credit in parentheses closing a paragraph: "… đàm phán. (Theo Reuters)". */
export function trailingCredit(text: string): string[] | null {
  const m = TRAILING_CREDIT.exec(text);
  return m ? splitCredits(m[1]!) : null;
}

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[-–&,]|và)$/u;

/** True for a short line that is a person's name (or two), as bylines print them. */
export function nameLike(s: string): boolean {
  const t = s.replace(/[.\s]+$/u, "");
  if (t.length < 2 || t.length > 60) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  if (!/\p{Lu}/u.test(t)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** Reads a byline: "Tác giả: Minh Anh (theo Reuters)" → author "Minh Anh", credits ["Reuters"]. */
/**
 * A byline block of two lines read as one: "Thu Hằng" / "Theo Reuters, AFP" → "Thu Hằng Theo
 * Reuters, AFP". The credit opens capitalised, as a line does, after a name.
 */
function twoLineCredit(s: string): RegExpExecArray | null {
  const m = /^(.+?)\s+(?:Theo|THEO|Nguồn:|NGUỒN:)\s+([^()[\]]+)$/u.exec(s);
  return m && nameLike(m[1]!) ? m : null;
}

export function parseByline(raw: string): { author: string | null; credits: string[] } {
  let s = raw.slice(bylineLabel(raw).length).trim();
  s = s.replace(/^by\s+/i, "");
  let credits: string[] = [];
  const only = creditLine(s);
  if (only) return { author: null, credits: only };
  const tail =
    /^(.*?)[\s,]*[([]\s*(?:theo|nguồn)\s*:?\s*([^()[\]]+)[)\]]\s*\.?$/iu.exec(s) ??
    /^(.*?)\s+[-–|]\s+(?:theo|nguồn)\s*:?\s*(.+)$/iu.exec(s) ??
    twoLineCredit(s);
  if (tail) {
    s = tail[1]!.trim();
    credits = splitCredits(tail[2]!);
  }
  s = s.replace(/\s*[-–|,]\s*$/u, "").trim();
  const aff = nameLike(s) ? null : affiliation(s);
  if (aff && nameLike(aff.name)) {
    s = aff.name;
    credits = [...credits, ...aff.credits];
  }
  // "Thu Trang/VTV.vn", "Minh Anh/Báo Tin tức": the outlet after a slash is not the author
  const slash = /^(.+?)\s*\/\s*[^/]{2,30}$/u.exec(s);
  if (slash && !nameLike(s) && nameLike(slash[1]!)) s = slash[1]!;
  return { author: s && nameLike(s) ? s : null, credits };
}
