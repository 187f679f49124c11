import type { CallerOptions, Capture, Doc } from "../envelope/types.js";
import type { AnalysisRecord } from "../record/record.js";
import type { PreparedArticle, StoredCapture } from "../store/store.js";
import { foldedForm, rawForm } from "../search/fold.js";
import { sourcedEvents } from "../story/merge.js";
import { rawProfile } from "../story/threads.js";
import { canonicalUrl } from "./url.js";
import { simhashFolded } from "./simhash.js";

/** The capture as the store keeps it. */
export function storedCapture(capture: Capture, options: CallerOptions): StoredCapture {
  return {
    kind: capture.kind ?? null,
    bytes: capture.bytes ?? null,
    text: capture.bytes ? null : (capture.text ?? null),
    source: capture.source,
    options,
  };
}

export function captureOf(stored: StoredCapture): Capture {
  return {
    source: { ...stored.source },
    ...(stored.bytes ? { bytes: stored.bytes } : { text: stored.text ?? "" }),
    ...(stored.kind ? { kind: stored.kind } : {}),
  };
}

/**
 * Everything the store derives from a record, computed outside the DB (in the analysis workers).
 * `canonical`: the title and body with canonical tone placement when the caller has them already
 * (the envelope's `matchText`), which spares computing them again.
 */
export function prepareArticle(record: AnalysisRecord, capture: StoredCapture, canonical?: { title: string; body: string }): PreparedArticle {
  const title = record.title ?? "";
  const body = [record.lead ?? "", ...record.paragraphs].join("\n");
  const foldBody = foldedForm(body);
  const events = sourcedEvents(record);
  return {
    record,
    capture,
    canonicalUrl: canonicalUrl(record.source.url),
    simhash: simhashFolded(foldBody),
    search: {
      rawTitle: canonical ? canonical.title.toLowerCase() : rawForm(title),
      rawBody: canonical ? canonical.body.toLowerCase() : rawForm(body),
      foldTitle: foldedForm(title),
      foldBody,
    },
    events,
    profile: rawProfile(record, events),
  };
}

/** Title and body of an envelope with canonical tone placement, cut from `matchText`. */
export function canonicalParts(doc: Pick<Doc, "matchText" | "sections">): { title: string; body: string } | undefined {
  if (!doc.matchText) return undefined;
  const t = doc.sections.find((s) => s.kind === "title");
  const rest = doc.sections.filter((s) => s.kind !== "title");
  return { title: t ? doc.matchText.slice(t.start, t.end) : "", body: rest.map((s) => doc.matchText.slice(s.start, s.end)).join("\n") };
}
