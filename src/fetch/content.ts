/**
 * HTTP bodies as captures: the media type decides whether a body is a page, the charset of
 * `Content-Type` decides how its bytes are read when they are not UTF-8.
 */
import iconv from "iconv-lite";
import type { Capture, Source } from "../envelope/types.js";

export interface MediaType {
  type: string;
  charset: string | null;
}

export function parseContentType(v: string | null | undefined): MediaType {
  if (!v) return { type: "", charset: null };
  const [t, ...params] = v.split(";");
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { type: (t ?? "").trim().toLowerCase(), charset };
}

/** True for HTML (and XHTML) bodies; a missing type is sniffed from the first bytes. */
export function isHtml(mt: MediaType, body: Uint8Array): boolean {
  if (mt.type === "text/html" || mt.type === "application/xhtml+xml") return true;
  if (mt.type !== "" && mt.type !== "application/octet-stream" && mt.type !== "text/plain") return false;
  const head = Buffer.from(body.subarray(0, 1024)).toString("latin1").trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && /<(?:head|body)[\s>]/.test(head));
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * A capture of an HTML body. The bytes are kept as they are (the capture stage decodes them:
 * BOM, `<meta charset>`, UTF-8, Vietnamese codepages) unless the HTTP header names another
 * charset and the bytes are not UTF-8: then the header decides and the capture is that text.
 */
export function htmlCapture(body: Uint8Array, mt: MediaType, source: Source): Capture {
  const cs = mt.charset;
  if (cs && !/^utf-?8$/.test(cs) && iconv.encodingExists(cs) && !isValidUtf8(body)) {
    return { source, text: iconv.decode(Buffer.from(body), cs), kind: "html" };
  }
  return { source, bytes: body, kind: "html" };
}
