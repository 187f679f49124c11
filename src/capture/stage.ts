import type { Stage } from "../pipeline/stage.js";
import { message } from "../envelope/doc.js";
import type { Message } from "../envelope/types.js";
import { decode, looksBinary, unicodeEncoding } from "./decode.js";
import { captureSize, DEFAULT_MAX_BYTES, tooLarge } from "../pipeline/limits.js";

const HTML_SNIFF = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;

/** A string capture that is binary data (NUL or many control characters), e.g. a file's bytes pasted into JSON. */
function looksBinaryText(s: string): boolean {
  const sample = s.slice(0, 8192);
  if (sample.includes("\u0000")) return true;
  const ctrl = sample.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return ctrl / sample.length > 0.1;
}

/** Decodes the capture's bytes and decides whether it is HTML or plain text. */
export const captureStage: Stage = {
  name: "capture",
  run(doc, ctx) {
    const cap = doc.capture;
    const messages: Message[] = [];
    let raw: string;
    let encoding: string;
    const maxBytes = ctx.limits?.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = captureSize(cap);
    if (size > maxBytes) {
      return { ...doc, encoding: null, raw: "", messages: [...doc.messages, message("capture/too-large", "error", tooLarge(size, maxBytes))] };
    }
    if (cap.bytes) {
      if (cap.bytes.length === 0) {
        return { ...doc, encoding: null, raw: "", messages: [...doc.messages, message("capture/empty", "error", "the capture is empty")] };
      }
      // a byte-order mark or UTF-16's NULs first: UTF-16 text would fail the binary test
      if (!unicodeEncoding(cap.bytes) && looksBinary(cap.bytes)) {
        return { ...doc, encoding: null, raw: "", messages: [...doc.messages, message("capture/binary", "error", "the capture is binary data, not a text or HTML page")] };
      }
      const d = decode(cap.bytes);
      raw = d.text;
      encoding = d.encoding;
      if (!raw.trim()) {
        return { ...doc, encoding, raw: "", messages: [...doc.messages, message("capture/empty", "error", "the capture holds only white space")] };
      }
      if (d.problem) messages.push(message(d.encoding === "utf-8" ? "capture/invalid-utf8" : "capture/invalid-encoding", "warning", d.problem));
    } else {
      raw = cap.text ?? "";
      encoding = "utf-8";
      if (!raw.trim()) {
        return { ...doc, encoding, raw: "", messages: [...doc.messages, message("capture/empty", "error", "the capture is empty")] };
      }
      if (looksBinaryText(raw)) {
        return { ...doc, encoding, raw: "", messages: [...doc.messages, message("capture/binary", "error", "the capture is binary data, not a text or HTML page")] };
      }
      const broken = raw.match(/\uFFFD/g)?.length ?? 0;
      if (broken) messages.push(message("capture/invalid-utf8", "warning", `the text holds ${broken} replacement character(s) (U+FFFD): its source was not valid UTF-8`));
    }
    const rawKind = cap.kind ?? (HTML_SNIFF.test(raw.slice(0, 1024)) || /<\/(?:p|div|body)>/i.test(raw.slice(0, 65536)) ? "html" : "text");
    return { ...doc, raw, encoding, rawKind, messages: [...doc.messages, ...messages] };
  },
};
