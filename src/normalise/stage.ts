import type { Stage } from "../pipeline/stage.js";
import { message } from "../envelope/doc.js";
import { detectLanguage } from "./language.js";

/**
 * Unicode normalisation of the page: NFC, no stray control or zero-width characters,
 * uniform line ends. Tone-mark placement is NOT changed here (the record keeps the article's
 * spelling); `matchText` gets the canonical placement once the article text exists.
 */
export function normaliseText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\u00A0/g, " ")
    .normalize("NFC");
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
