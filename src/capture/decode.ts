import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the bytes were not valid in any encoding we tried (replacement characters used). */
  problem: string | null;
}

// UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16LE mark.
const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe, 0x00, 0x00], "utf-32le"],
  [[0x00, 0x00, 0xfe, 0xff], "utf-32be"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/**
 * A Unicode encoding the bytes announce with a byte-order mark, or UTF-16 without one, told by
 * its NUL bytes: text in UTF-16 has the high byte of every ASCII character (Latin letters, digits,
 * spaces, markup) at zero, so NULs fill one byte position of each pair and (almost) never the
 * other. Binary data has them anywhere. Checked before the binary test, which NULs would fail.
 */
export function unicodeEncoding(bytes: Uint8Array): { encoding: string; bom: number } | null {
  for (const [bom, enc] of BOMS) if (bytes.length >= bom.length && bom.every((b, i) => bytes[i] === b)) return { encoding: enc, bom: bom.length };
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const enc = odd >= 0.2 * pairs && even <= 0.01 * pairs ? "utf-16le" : even >= 0.2 * pairs && odd <= 0.01 * pairs ? "utf-16be" : null;
  if (!enc) return null;
  // and it reads as text: few control characters, no broken surrogate pairs
  const sample = iconv.decode(Buffer.from(bytes.subarray(0, n)), enc);
  const bad = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)?.length ?? 0;
  return bad <= 0.01 * sample.length ? { encoding: enc, bom: 0 } : null;
}

const ALIASES: Record<string, string> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  "windows-1258": "windows-1258",
  cp1258: "windows-1258",
  viscii: "viscii",
  tcvn: "tcvn",
  "tcvn-5712": "tcvn",
  tcvn5712: "tcvn",
  "tcvn3": "tcvn",
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "windows-1252": "windows-1252",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

/** The charset a page declares in `<meta charset>` or `http-equiv`, looking at its head only. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head) ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!m?.[1]) return null;
  return ALIASES[m[1].toLowerCase()] ?? m[1].toLowerCase();
}

/**
 * The bytes as UTF-8 text, or null when they are not valid UTF-8: validated, then decoded once
 * (the same text TextDecoder gives; a leading BOM never gets here, `decode` handles it first).
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

const V = "aăâeêioôơuưyàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ";
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${V}]{1,3}(?:ch|nh|ng|[cmnpt])?$`, "iu");

/** How much a decoding reads like Vietnamese: well-formed syllables with diacritics, minus junk. */
function vietnameseScore(s: string): number {
  const sample = s.slice(0, 20000).normalize("NFC");
  let score = 0;
  for (const w of sample.match(/[\p{L}]+/gu) ?? []) {
    if (/[^a-z]/i.test(w)) score += SYLLABLE.test(w) ? 1 : -1;
  }
  score -= 5 * (sample.match(/[\uFFFD\u0080-\u009F]/gu)?.length ?? 0);
  return score;
}

/**
 * Decodes a capture's bytes: BOM (UTF-8, UTF-16, UTF-32) or UTF-16 told by its NULs, then the page's declared charset, then UTF-8 when it is
 * valid, else the legacy Vietnamese codepage (windows-1258, VISCII, TCVN3) whose decoding
 * reads most like Vietnamese. Never throws.
 */
export function decode(bytes: Uint8Array): Decoded {
  const uni = unicodeEncoding(bytes);
  if (uni) {
    const body = bytes.subarray(uni.bom);
    const text = uni.encoding === "utf-8" ? new TextDecoder("utf-8").decode(body) : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), uni.encoding);
    const broken = text.match(/\uFFFD/g)?.length ?? 0;
    return { text, encoding: uni.encoding, problem: broken ? `${broken} invalid ${uni.encoding.toUpperCase()} sequence(s) replaced with U+FFFD` : null };
  }
  const utf8 = strictUtf8(bytes);
  const valid = utf8 !== null;
  // the declared charset only matters for bytes that are not valid UTF-8 (read only then)
  const declared = valid ? null : declaredCharset(bytes);
  if (declared && declared !== "utf-8" && iconv.encodingExists(declared) && !valid) {
    return { text: legacyText(iconv.decode(Buffer.from(bytes), declared)), encoding: declared, problem: null };
  }
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", problem: null };
  // Mostly UTF-8 with a few broken sequences (a damaged or truncated file): keep UTF-8 and say so,
  // rather than reading the whole page in a legacy codepage (which would turn it into mojibake).
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const broken = lenient.match(/\uFFFD/g)?.length ?? 0;
  const multibyte = lenient.match(/[\u0080-\uFFFC\uFFFE-\uFFFF]/gu)?.length ?? 0;
  if (multibyte >= 3 * broken && multibyte > 0) {
    return {
      text: lenient,
      encoding: "utf-8",
      problem: `not valid UTF-8: ${broken} invalid byte sequence(s) replaced with U+FFFD`,
    };
  }
  // Not UTF-8: pick the legacy codepage that reads most like Vietnamese, if any does.
  let best: Decoded | null = null;
  let bestScore = 0;
  for (const enc of ["windows-1258", "viscii", "tcvn"]) {
    if (!iconv.encodingExists(enc)) continue;
    const text = legacyText(iconv.decode(Buffer.from(bytes), enc));
    const score = vietnameseScore(text);
    if (score > bestScore) {
      best = { text, encoding: enc, problem: null };
      bestScore = score;
    }
  }
  if (best) return best;
  return {
    text: new TextDecoder("utf-8").decode(bytes),
    encoding: "utf-8",
    problem: "not valid UTF-8 and not a known Vietnamese codepage; invalid bytes replaced with U+FFFD",
  };
}

/**
 * Text decoded from a legacy codepage, in NFC. Windows-1258 (and the TCVN3/VISCII tables for
 * some letters) write a tone mark as a combining character after its vowel ("e" + U+0301): every
 * later stage, and the pages' own words, expect the composed letters of Unicode text.
 */
function legacyText(text: string): string {
  return text.normalize("NFC");
}

/** True when the bytes look binary (NUL bytes or many control characters), not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl / n > 0.1;
}
