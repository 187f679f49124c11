/**
 * WARC (ISO 28500, 1.0 and 1.1) input, plain or gzipped (one gzip member per record, or the
 * whole file in one: node:zlib reads concatenated members). Streamed record by record: only the
 * record being read is held in memory, and the blocks of records we do not use (requests,
 * metadata, non-HTML responses) are skipped without being kept. Each HTML `response` record with
 * a 2xx status becomes a capture: `WARC-Target-URI` → url, `WARC-Date` → fetched_at,
 * `WARC-Record-ID` → record_id, the HTTP charset passed on to decoding (src/fetch/content.ts).
 */
import { createReadStream } from "node:fs";
import { createGunzip, brotliDecompressSync, gunzipSync, inflateSync, inflateRawSync } from "node:zlib";
import type { Readable } from "node:stream";
import type { InputItem } from "./item.js";
import { htmlCapture, isHtml, parseContentType } from "../fetch/content.js";

export const WARC_FILE = /\.warc(?:\.gz)?$/i;

export function isWarcPath(path: string): boolean {
  return WARC_FILE.test(path);
}

/** Largest response block kept (bigger ones are skipped with a problem). */
const MAX_BLOCK = 64 * 1024 * 1024;
const MAX_HEADER = 256 * 1024;
const PEEK = 16 * 1024;

export interface WarcRecord {
  /** Byte offset of the record in the (decompressed) stream. */
  offset: number;
  version: string;
  headers: Map<string, string>;
  /** The block, when kept (see `keep`); null when skipped. */
  block: Buffer | null;
  length: number;
}

/** A pull reader over a byte stream that can skip bytes without keeping them. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  pos = 0;
  constructor(private readonly it: AsyncIterator<Buffer | string>) {}

  private async more(): Promise<boolean> {
    if (this.done) return false;
    const { value, done } = await this.it.next();
    if (done) {
      this.done = true;
      return false;
    }
    const chunk = typeof value === "string" ? Buffer.from(value) : value;
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    return true;
  }

  /** Skips CR/LF bytes (between records). False at the end of the stream. */
  async skipNewlines(): Promise<boolean> {
    for (;;) {
      let i = 0;
      while (i < this.buf.length && (this.buf[i] === 13 || this.buf[i] === 10)) i++;
      this.consume(i);
      if (this.buf.length) return true;
      if (!(await this.more())) return false;
    }
  }

  /** The next n bytes (fewer at the end of the stream), left unread. */
  async peek(n: number): Promise<Buffer> {
    while (this.buf.length < n) if (!(await this.more())) break;
    return this.buf.subarray(0, n);
  }

  /** Bytes up to and including the first blank line; null at the end or over `max`. */
  async headerBlock(max: number): Promise<Buffer | null> {
    let from = 0;
    for (;;) {
      const i = this.buf.indexOf("\r\n\r\n", from);
      if (i >= 0) return this.take(i + 4);
      from = Math.max(0, this.buf.length - 3);
      if (this.buf.length > max) return null;
      if (!(await this.more())) return null;
    }
  }

  /** The next n bytes, gathered chunk by chunk (no re-copying); null when the stream ends first. */
  async read(n: number): Promise<Buffer | null> {
    if (this.buf.length >= n) return this.take(n);
    const parts: Buffer[] = [this.buf];
    let have = this.buf.length;
    this.pos += have;
    this.buf = Buffer.alloc(0);
    while (have < n) {
      const { value, done } = await this.it.next();
      if (done) {
        this.done = true;
        return null;
      }
      const chunk = typeof value === "string" ? Buffer.from(value) : value;
      const need = n - have;
      if (chunk.length > need) {
        parts.push(chunk.subarray(0, need));
        this.buf = chunk.subarray(need);
        have += need;
        this.pos += need;
      } else {
        parts.push(chunk);
        have += chunk.length;
        this.pos += chunk.length;
      }
    }
    return Buffer.concat(parts, n);
  }

  /** Drops n bytes; false when the stream ends first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    for (;;) {
      const k = Math.min(left, this.buf.length);
      this.consume(k);
      left -= k;
      if (left === 0) return true;
      if (!(await this.more())) return false;
    }
  }

  private take(n: number): Buffer {
    const out = Buffer.from(this.buf.subarray(0, n));
    this.consume(n);
    return out;
  }

  private consume(n: number): void {
    this.buf = this.buf.subarray(n);
    this.pos += n;
  }
}

function parseFields(text: string): Map<string, string> {
  const h = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    if ((line[0] === " " || line[0] === "\t") && last) {
      h.set(last, h.get(last)! + " " + line.trim());
      continue;
    }
    const c = line.indexOf(":");
    if (c <= 0) continue;
    last = line.slice(0, c).trim().toLowerCase();
    const v = line.slice(c + 1).trim();
    // Repeated fields (Set-Cookie…) are joined; the ones we read appear once.
    h.set(last, h.has(last) ? `${h.get(last)}, ${v}` : v);
  }
  return h;
}

export type WarcEvent = { ok: true; record: WarcRecord } | { ok: false; offset: number; problem: string; fatal: boolean };

/**
 * The records of a WARC stream. `keep(headers)` says whether a record's block is read into
 * memory (else it is skipped). A damaged record ends the stream with a fatal problem (the
 * record boundaries after it cannot be trusted). `keep` sees the record's headers and the first
 * bytes of its block (up to 16 KB), so a response can be judged on its HTTP header alone.
 */
export async function* warcRecords(stream: AsyncIterable<Buffer | string>, keep: (h: Map<string, string>, head: Buffer) => boolean): AsyncGenerator<WarcEvent> {
  const r = new ByteReader(stream[Symbol.asyncIterator]());
  for (;;) {
    if (!(await r.skipNewlines())) return;
    const offset = r.pos;
    const start = (await r.peek(5)).toString("latin1");
    if (start !== "WARC/") {
      yield { ok: false, offset, problem: `not a WARC record (starts with ${JSON.stringify(start)})`, fatal: true };
      return;
    }
    const head = await r.headerBlock(MAX_HEADER);
    if (!head) {
      yield { ok: false, offset, problem: "truncated or oversized WARC header", fatal: true };
      return;
    }
    const text = head.toString("utf8");
    const nl = text.indexOf("\r\n");
    const version = text.slice(0, nl).trim();
    if (!/^WARC\/\d+\.\d+$/.test(version)) {
      yield { ok: false, offset, problem: `not a WARC record (starts with "${version.slice(0, 40)}")`, fatal: true };
      return;
    }
    const headers = parseFields(text.slice(nl + 2));
    const length = Number(headers.get("content-length"));
    if (!Number.isInteger(length) || length < 0) {
      yield { ok: false, offset, problem: "WARC record without a valid Content-Length", fatal: true };
      return;
    }
    let block: Buffer | null = null;
    const wanted = keep(headers, await r.peek(Math.min(length, PEEK)));
    if (wanted && length <= MAX_BLOCK) {
      block = await r.read(length);
      if (!block) {
        yield { ok: false, offset, problem: "WARC record truncated (the file ends inside its block)", fatal: true };
        return;
      }
    } else {
      if (wanted) yield { ok: false, offset, problem: `WARC record of ${length} bytes skipped (over ${MAX_BLOCK})`, fatal: false };
      if (!(await r.skip(length))) {
        yield { ok: false, offset, problem: "WARC record truncated (the file ends inside its block)", fatal: true };
        return;
      }
    }
    yield { ok: true, record: { offset, version, headers, block, length } };
  }
}

export interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

function dechunk(b: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let i = 0;
  for (let guard = 0; guard < 1_000_000; guard++) {
    const e = b.indexOf("\r\n", i);
    if (e < 0) return null;
    const size = parseInt(b.subarray(i, e).toString("latin1").split(";")[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    if (e + 2 + size > b.length) return null;
    parts.push(b.subarray(e + 2, e + 2 + size));
    i = e + 2 + size + 2;
  }
  return null;
}

/** Parses an HTTP response message (status line, headers, body: de-chunked and decompressed). */
export function parseHttpResponse(block: Buffer): HttpResponse | string {
  let end = block.indexOf("\r\n\r\n");
  let sep = 4;
  if (end < 0) {
    end = block.indexOf("\n\n");
    sep = 2;
  }
  if (end < 0) return "HTTP response without a header block";
  const head = block.subarray(0, end).toString("latin1");
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head);
  if (!m) return "not an HTTP response";
  const headers = parseFields(head.slice(head.search(/\r?\n/) + 1));
  let body: Buffer = block.subarray(end + sep);
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(body) ?? body;
  const enc = (headers.get("content-encoding") ?? "").trim().toLowerCase();
  try {
    if (enc === "gzip" || enc === "x-gzip") body = gunzipSync(body);
    else if (enc === "br") body = brotliDecompressSync(body);
    else if (enc === "deflate") {
      try {
        body = inflateSync(body);
      } catch {
        body = inflateRawSync(body);
      }
    }
  } catch {
    // Many archivers store the decoded body but keep the header: use the bytes as they are.
  }
  return { status: Number(m[1]), headers, body };
}

/** A response record whose HTTP head (when it fits the peek) is a 2xx that may be HTML. */
function isResponse(h: Map<string, string>, head: Buffer): boolean {
  if ((h.get("warc-type") ?? "").toLowerCase() !== "response") return false;
  const ct = (h.get("content-type") ?? "application/http").toLowerCase();
  if (!ct.startsWith("application/http") || /msgtype\s*=\s*request/.test(ct)) return false;
  const text = head.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  if (end < 0) return true; // a head longer than the peek: decide once read
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(text);
  if (status && (Number(status[1]) < 200 || Number(status[1]) > 299)) return false;
  const type = /(?:^|\n)content-type:\s*([^\r\n]*)/i.exec(text.slice(0, end));
  const mt = parseContentType(type?.[1] ?? null);
  return mt.type === "" || mt.type === "text/html" || mt.type === "application/xhtml+xml" || mt.type === "application/octet-stream" || mt.type === "text/plain";
}

/** Captures of the HTML responses in a WARC stream; `name` names it in problems. */
export async function* readWarcStream(stream: Readable | AsyncIterable<Buffer>, name: string, path: string | null): AsyncGenerator<InputItem> {
  let n = 0;
  try {
    for await (const ev of warcRecords(stream, isResponse)) {
      if (!ev.ok) {
        yield { ok: false, where: `${name}@${ev.offset}`, problem: ev.problem };
        if (ev.fatal) return;
        continue;
      }
      const rec = ev.record;
      if (!rec.block) continue;
      const where = `${name}@${rec.offset}`;
      const res = parseHttpResponse(rec.block);
      if (typeof res === "string") {
        yield { ok: false, where, problem: res };
        continue;
      }
      if (res.status < 200 || res.status > 299) continue;
      const mt = parseContentType(res.headers.get("content-type"));
      if (!isHtml(mt, res.body)) continue;
      const uri = (rec.headers.get("warc-target-uri") ?? "").replace(/^<|>$/g, "").trim() || null;
      const date = rec.headers.get("warc-date")?.trim() || null;
      const id = rec.headers.get("warc-record-id")?.replace(/^<|>$/g, "").trim() || null;
      n++;
      yield { ok: true, where, capture: htmlCapture(new Uint8Array(res.body), mt, { path, record_id: id, url: uri, fetched_at: date }) };
    }
  } catch (e) {
    yield { ok: false, where: name, problem: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
    return;
  }
  if (n === 0) yield { ok: false, where: name, problem: "no HTML response records in this WARC" };
}

/** Streams a .warc or .warc.gz file. */
export function readWarc(path: string): AsyncGenerator<InputItem> {
  const file = createReadStream(path);
  const stream = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  file.on("error", (e) => stream.destroy(e));
  return readWarcStream(stream, path, path);
}
