import { createReadStream, promises as fs } from "node:fs";
import { streamLineBytes } from "./jsonl.js";
import { DEFAULT_MAX_BYTES, tooLarge } from "../pipeline/limits.js";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import type { Capture } from "../envelope/types.js";
import { isWarcPath, readWarc } from "./warc.js";

import type { InputItem } from "./item.js";
export type { InputItem } from "./item.js";

const PAGE_EXT = new Set([".txt", ".html", ".htm", ".xhtml", ""]);

/**
 * Lists the files a path stands for: a file, or the captures found below a folder (sorted).
 * Files of a folder that are not captures by their extension are left aside, told to `onSkip`.
 */
async function expand(path: string, onSkip?: (path: string) => void): Promise<string[]> {
  const st = await fs.stat(path);
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const e of (await fs.readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...(await expand(p, onSkip)));
    else if (PAGE_EXT.has(extname(e.name).toLowerCase()) || /\.jsonl$/i.test(e.name) || isWarcPath(e.name)) out.push(p);
    else onSkip?.(p);
  }
  return out;
}

function kindOfPath(path: string): Capture["kind"] {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".txt") return "text";
  return undefined;
}

/** Parses one JSONL line into a capture, or says what is wrong with it. */
export function captureFromJson(line: string, where: string): InputItem {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { ok: false, where, problem: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return { ok: false, where, problem: "a JSONL line must be an object" };
  const r = rec as Record<string, unknown>;
  const str = (k: string): string | null => (typeof r[k] === "string" ? (r[k] as string) : typeof r[k] === "number" ? String(r[k]) : null);
  const html = str("html");
  const text = str("text") ?? str("content");
  if (html == null && text == null) return { ok: false, where, problem: 'the record has neither "html" nor "text"' };
  return {
    ok: true,
    where,
    capture: {
      source: { path: null, record_id: str("id"), url: str("url"), fetched_at: str("fetched_at") },
      text: (html ?? text)!,
      kind: html != null ? "html" : "text",
    },
  };
}

/** What the readers may read of one capture. */
export interface ReadLimits {
  /** Bytes of one capture (a file, a JSONL line, standard input); a larger one is a problem, not read. */
  maxBytes?: number;
}

/**
 * Streams a JSONL batch line by line (flat memory whatever its size). A line longer than the
 * limit is dropped as it streams by (never held in memory) and reported; the next lines go on.
 */
export async function* readJsonl(stream: Readable, name: string, path: string | null, limits: ReadLimits = {}): AsyncGenerator<InputItem> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  let n = 0;
  let records = 0;
  for await (const b of streamLineBytes(stream, max)) {
    n++;
    if (typeof b === "number") {
      records++;
      yield { ok: false, where: `${name}:${n}`, problem: tooLarge(b, max, "the record") };
      continue;
    }
    const line = b.toString("utf8");
    if (!line.trim()) continue;
    records++;
    const item = captureFromJson(line, `${name}:${n}`);
    if (item.ok) item.capture.source.path = path;
    yield item;
  }
  if (records === 0) yield { ok: false, where: name, problem: "empty batch: no JSONL records" };
}

async function* readStdin(stdin: Readable, limits: ReadLimits): AsyncGenerator<InputItem> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  // Standard input is a JSONL batch when it starts with "{", else one capture.
  const chunks: Buffer[] = [];
  let decided: "jsonl" | "one" | null = null;
  const it = stdin[Symbol.asyncIterator]();
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    const buf = Buffer.isBuffer(value) ? value : Buffer.from(String(value));
    chunks.push(buf);
    const head = Buffer.concat(chunks).toString("utf8").trimStart();
    if (head.length > 0) {
      decided = head.startsWith("{") ? "jsonl" : "one";
      break;
    }
  }
  if (decided === "jsonl") {
    const { PassThrough } = await import("node:stream");
    const pt = new PassThrough();
    pt.write(Buffer.concat(chunks));
    (async () => {
      for (;;) {
        const { value, done } = await it.next();
        if (done) break;
        pt.write(value);
      }
      pt.end();
    })().catch((e: unknown) => pt.destroy(e instanceof Error ? e : new Error(String(e))));
    yield* readJsonl(pt, "<stdin>", null, limits);
    return;
  }
  // one capture: kept up to the limit, then only counted
  let size = chunks.reduce((n, c) => n + c.length, 0);
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    const buf = Buffer.isBuffer(value) ? value : Buffer.from(String(value));
    size += buf.length;
    if (size <= max) chunks.push(buf);
    else chunks.length = 0;
  }
  if (size > max) {
    yield { ok: false, where: "<stdin>", problem: tooLarge(size, max) };
    return;
  }
  yield { ok: true, where: "<stdin>", capture: { source: { path: null, record_id: null, url: null, fetched_at: null }, bytes: Buffer.concat(chunks) } };
}

/** Fetches a web address as an input (the CLI passes one built on src/fetch). */
export type FetchInput = (url: string) => Promise<InputItem>;

/**
 * Every capture named by the arguments, in order: files, folders (recursively), JSONL
 * batches, "-" for standard input, and http(s) addresses through `fetchUrl`. Unreadable inputs,
 * and captures over the size limit (not read: flat memory), come out as problems; reading goes on.
 */
export async function* readInputs(args: string[], stdin: Readable = process.stdin, opts: ReadLimits & { onSkip?: (path: string) => void; fetchUrl?: FetchInput } = {}): AsyncGenerator<InputItem> {
  const limits: ReadLimits = { maxBytes: opts.maxBytes };
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const arg of args) {
    if (arg === "-") {
      yield* readStdin(stdin, limits);
      continue;
    }
    if (/^https?:\/\//i.test(arg)) {
      yield opts.fetchUrl ? await opts.fetchUrl(arg) : { ok: false, where: arg, problem: "web addresses are not read here (use thoisu analyze URL)" };
      continue;
    }
    let files: string[];
    try {
      files = await expand(arg, opts.onSkip);
    } catch (e) {
      yield { ok: false, where: arg, problem: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : String(e) };
      continue;
    }
    for (const file of files) {
      if (isWarcPath(file)) {
        yield* readWarc(file);
        continue;
      }
      if (/\.jsonl$/i.test(file)) {
        try {
          yield* readJsonl(createReadStream(file), file, file, limits);
        } catch (e) {
          yield { ok: false, where: file, problem: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
        }
        continue;
      }
      try {
        // the size first: a file over the limit is never read (flat memory)
        const { size } = await fs.stat(file);
        if (size > max) {
          yield { ok: false, where: file, problem: tooLarge(size, max, "the file") };
          continue;
        }
        const bytes = await fs.readFile(file);
        yield { ok: true, where: file, capture: { source: { path: file, record_id: null, url: null, fetched_at: null }, bytes, kind: kindOfPath(file) } };
      } catch (e) {
        yield { ok: false, where: file, problem: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
      }
    }
  }
}
