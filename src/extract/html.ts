import type { ExtractInput, ExtractResult } from "./stage.js";
import { extractText } from "./text.js";

/** Placeholder: strips tags and runs the text extractor. Replaced by the real HTML extractor. */
export function extractHtml(input: ExtractInput): ExtractResult {
  const text = input.raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/(p|div|h\d|li|br)>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  return extractText({ ...input, raw: text });
}
