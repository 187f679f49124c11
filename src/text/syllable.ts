/**
 * Vietnamese syllable shape: whether a word can be one syllable of Vietnamese orthography
 * (onset, vowel nucleus, final). Foreign names written in their own spelling ("Paul Whelan",
 * "Vadim Krasikov", "Iranintl") mostly cannot ("wh", "l" or "s" as a final, "ei" as a nucleus),
 * while Vietnamese words and names, and Sino-Vietnamese readings of Chinese names ("Tập Cận
 * Bình"), always can. Tone marks are ignored; the letters ă â ê ô ơ ư đ count as themselves.
 *
 * Onsets, nuclei and finals follow the standard description of the Vietnamese writing system
 * (e.g. Đoàn Thiện Thuật, Ngữ âm tiếng Việt, 1977; the Vietnamese alphabet article on Wikipedia).
 */

/** Onsets, longest first. */
const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];
/** Vowel nuclei, with the glides written as vowels (oa, uy, ươi...). */
const NUCLEI = new Set([
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "ai", "ao", "au", "âu", "ay", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi",
  "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
  "iêu", "yêu", "oai", "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu", "uêu",
]);
const FINALS = new Set(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]);
const VOWEL = /[aăâeêioôơuưy]/;
/** Tone marks (grave, acute, tilde, hook, dot below) in NFD. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const cache = new Map<string, boolean>();

/** The word without tone marks, lower case, in NFC ("Hướng" → "hương"). */
export function toneless(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(TONE_MARKS, "").normalize("NFC");
}

/** Whether `word` (letters only) can be written as one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  let r = cache.get(word);
  if (r !== undefined) return r;
  r = shape(toneless(word));
  if (cache.size > 50_000) cache.clear();
  cache.set(word, r);
  return r;
}

function shape(w: string): boolean {
  if (!w || w.length > 7 || /[^a-zăâêôơưđ]/.test(w)) return false;
  for (const on of ONSETS) {
    if (w.startsWith(on) && ruleOk(w.slice(on.length), on)) return true;
  }
  return ruleOk(w, "");
}

function ruleOk(rest: string, onset: string): boolean {
  // "gi" and "qu" may stand before a rhyme with no vowel of its own ("gì" is "gi" + "", "quá" is "qu" + "a")
  if (!rest) return onset === "gi";
  let v = 0;
  while (v < rest.length && VOWEL.test(rest[v]!)) v++;
  if (v === 0 || v > 3) return false;
  return NUCLEI.has(rest.slice(0, v)) && FINALS.has(rest.slice(v));
}
