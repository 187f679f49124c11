import type { Stage } from "../pipeline/stage.js";
import { message } from "../envelope/doc.js";
import { detectLanguage } from "./language.js";

/**
 * Unicode normalisation of the page: NFC, no stray control or zero-width characters,
 * uniform line ends. Tone-mark placement is NOT changed here (the record keeps the article's
 * spelling); `matchText` gets the canonical placement once the article text exists.
 */
// One pass instead of a chain of replaces (one copy of a large page instead of four): CR LF and
// CR become LF, zero-width and control characters go, NBSP becomes a space.
const ODD = /\r\n?|[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\u00A0/g;
const fixOdd = (m: string): string => (m.charCodeAt(0) === 13 ? "\n" : m === "\u00A0" ? " " : "");

/** Whether ODD has anything to do: the same characters as one class (\r stands for \r\n too). */
const ANY_ODD = /[\r\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00A0]/;

export function normaliseText(s: string): string {
  const t = ANY_ODD.test(s) ? s.replace(ODD, fixOdd) : s;
  return t.normalize("NFC");
}

export const normaliseStage: Stage = {
  name: "normalise",
  after: ["capture"],
  run(doc) {
    if (!doc.raw) return doc;
    const raw = normaliseText(doc.raw);
    const language = doc.rawKind === "html" ? null : detectLanguage(raw);
    const messages = [...doc.messages];
    if (language && language !== "vi") {
      messages.push(message("normalise/not-vietnamese", "warning", `the page does not read as Vietnamese (looks like "${language}")`));
    }
    return { ...doc, raw, language, messages };
  },
};
