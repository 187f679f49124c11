import type { CallerOptions, Capture } from "../envelope/types.js";
import type { AnalysisRecord } from "../record/record.js";
import type { PreparedArticle, StoredCapture } from "../store/store.js";
import { foldedForm, rawForm } from "../search/fold.js";
import { sourcedEvents } from "../story/merge.js";
import { canonicalUrl } from "./url.js";
import { simhash } from "./simhash.js";

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

/** Everything the store derives from a record, computed outside the DB (in the analysis workers). */
export function prepareArticle(record: AnalysisRecord, capture: StoredCapture): PreparedArticle {
  const title = record.title ?? "";
  const body = [record.lead ?? "", ...record.paragraphs].join("\n");
  return {
    record,
    capture,
    canonicalUrl: canonicalUrl(record.source.url),
    simhash: simhash(body),
    search: { rawTitle: rawForm(title), rawBody: rawForm(body), foldTitle: foldedForm(title), foldBody: foldedForm(body) },
    events: sourcedEvents(record),
  };
}
