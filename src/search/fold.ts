/**
 * Folding for search: "dam phan qatar" must find "đàm phán … Qatar", and a query typed with
 * its diacritics ("Nhà Trắng") must rank exact matches before folded ones ("Nha Trang").
 */
import { fold } from "../normalise/tone.js";
import { canonicalTones } from "../normalise/tone.js";

/** Lower-case, canonical tone placement: the "raw" search form (keeps diacritics). */
export function rawForm(text: string): string {
  return canonicalTones(text.normalize("NFC")).toLowerCase();
}

/** Lower-case, diacritics removed (đ → d): the folded search form. */
export function foldedForm(text: string): string {
  return fold(text.normalize("NFC")).toLowerCase();
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** The words of a query, in the raw and the folded form. */
export function queryTerms(q: string): { raw: string[]; folded: string[] } {
  const raw = rawForm(q).match(TOKEN) ?? [];
  return { raw, folded: raw.map(foldedForm) };
}

/** True when the query carries diacritics (so exact matches can be told apart). */
export function hasDiacritics(q: string): boolean {
  return foldedForm(q) !== q.normalize("NFC").toLowerCase();
}

/** An FTS5 / tsquery-safe quoted term. */
export function quoteTerm(t: string): string {
  return `"${t.replace(/"/g, '""')}"`;
}
