import type { Stage } from "../pipeline/stage.js";
import { message } from "../envelope/doc.js";
import { assemble } from "../text/assemble.js";
import { extractText } from "./text.js";
import { extractHtml } from "./html.js";
import { detectLanguage } from "../normalise/language.js";

export type { ExtractInput, ExtractResult } from "./types.js";

/** Finds the article in the page (plain-text capture or HTML) and builds the article text. */
export const extractStage: Stage = {
  name: "extract",
  after: ["normalise"],
  run(doc) {
    if (!doc.raw.trim()) return doc;
    const input = { raw: doc.raw, url: doc.source.url };
    const { article, messages } = doc.rawKind === "html" ? extractHtml(input) : extractText(input);
    const all = [...doc.messages, ...messages];
    if (!article.title && article.paragraphs.length === 0) {
      all.push(message("extract/no-article", "warning", "no article text found in the page"));
    }
    const { text, sections, matchText } = assemble(article);
    let language = doc.language;
    if (doc.rawKind === "html" && text) {
      language = detectLanguage(text);
      if (language && language !== "vi") {
        all.push(message("normalise/not-vietnamese", "warning", `the article does not read as Vietnamese (looks like "${language}")`));
      }
    }
    return { ...doc, article, text, sections, matchText, language, messages: all };
  },
};
