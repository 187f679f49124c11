/**
 * SimHash (Charikar) over word shingles of the folded article text: syndicated copies of one
 * article across outlets differ in chrome, a credit line or a sentence, and land within a few
 * bits of each other. 64-bit fingerprints as 16 hex digits; four 16-bit bands for lookup (two
 * fingerprints within 3 bits share at least one band exactly, by the pigeonhole principle).
 */
import { foldedForm } from "../search/fold.js";

export const SIMHASH_MAX_DISTANCE = 3;
const SHINGLE = 3;
/** Fewer shingles than this: too short to call anything a near-duplicate. */
export const SIMHASH_MIN_SHINGLES = 12;

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  // Final avalanche (murmur3 fmix32) so nearby shingles spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The fingerprint of a text, or null when the text is too short. */
export function simhash(text: string): string | null {
  return simhashFolded(foldedForm(text));
}

/** The same, for text already folded with `foldedForm`. */
export function simhashFolded(folded: string): string | null {
  const words = folded.match(/[\p{L}\p{N}]+/gu) ?? [];
  const n = words.length - SHINGLE + 1;
  if (n < SIMHASH_MIN_SHINGLES) return null;
  // Per bit, the shingles whose hash has it set; the bit of the fingerprint is set when more
  // than half of them do (the sum of ±1 is positive). Set bits are visited one by one.
  const ones = new Int32Array(64);
  for (let i = 0; i < n; i++) {
    const sh = words[i]! + " " + words[i + 1]! + " " + words[i + 2]!;
    for (let x = fnv1a(sh, 0x811c9dc5); x !== 0; x &= x - 1) ones[31 - Math.clz32(x & -x)]!++;
    for (let x = fnv1a(sh, 0x050c5d1f); x !== 0; x &= x - 1) ones[63 - Math.clz32(x & -x)]!++;
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > n) hi |= 1 << b;
    if (2 * ones[32 + b]! > n) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

/** The four 16-bit bands of a fingerprint. */
export function bands(hash: string): number[] {
  return [0, 4, 8, 12].map((i) => parseInt(hash.slice(i, i + 4), 16));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hamming(a: string, b: string): number {
  return popcount((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) + popcount((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0);
}

export function nearDuplicate(a: string | null, b: string | null): boolean {
  return a != null && b != null && hamming(a, b) <= SIMHASH_MAX_DISTANCE;
}
