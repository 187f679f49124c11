import { createReadStream, promises as fs } from "node:fs";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import type { Capture } from "../envelope/types.js";
import { isWarcPath, readWarc } from "./warc.js";

/** One item read from the inputs: a capture to analyse, or a problem naming where it is. */
export type InputItem =
  | { ok: true; capture: Capture; where: string }
  | { ok: false; where: string; problem: string };

const PAGE_EXT = new Set([".txt", ".html", ".htm", ".xhtml", ""]);

/** Lists the files a path stands for: a file, or the captures found below a folder (sorted). */
async function expand(path: string): Promise<string[]> {
  const st = await fs.stat(path);
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const e of (await fs.readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(path, e.name);
    if (e.isDirectory()) out.push(...(await expand(p)));
    else if (PAGE_EXT.has(extname(e.name).toLowerCase()) || /\.jsonl$/i.test(e.name) || isWarcPath(e.name)) out.push(p);
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

/**
 * The lines of a byte stream, split as `readline` (crlfDelay: Infinity) splits them: "\n", "\r\n"
 * and a lone "\r" end a line, empty lines count, a last line without an end only when not
 * empty. Each line is cut from the bytes and decoded once: no per-chunk strings joined and
 * flattened, so a batch of large records makes far less garbage (peak memory). String chunks
 * are taken as their UTF-8 bytes.
 */
export async function* streamLines(stream: Readable): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let afterCR = false; // the last chunk ended in "\r": a "\n" opening the next one belongs to it
  const take = (piece: Buffer): string => {
    const whole = parts.length ? Buffer.concat([...parts, piece]) : piece;
    parts = [];
    return whole.toString("utf8");
  };
  for await (const raw of stream as AsyncIterable<Buffer | string>) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    const n = chunk.length;
    let pos = 0;
    if (afterCR && n > 0) {
      if (chunk[0] === 10) pos = 1;
      afterCR = false;
    }
    let cr = chunk.indexOf(13, pos);
    while (pos < n) {
      if (cr >= 0 && cr < pos) cr = chunk.indexOf(13, pos);
      const lf = chunk.indexOf(10, pos);
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        end = cr;
        if (cr + 1 < n) next = chunk[cr + 1] === 10 ? cr + 2 : cr + 1;
        else {
          next = n;
          afterCR = true;
        }
      } else if (lf >= 0) {
        end = lf;
        next = lf + 1;
      } else break;
      yield take(chunk.subarray(pos, end));
      pos = next;
    }
    if (pos < n) parts.push(chunk.subarray(pos));
  }
  if (parts.length) {
    const last = take(Buffer.alloc(0));
    if (last) yield last;
  }
}

/** Streams a JSONL batch line by line (flat memory whatever its size). */
export async function* readJsonl(stream: Readable, name: string, path: string | null): AsyncGenerator<InputItem> {
  let n = 0;
  let records = 0;
  for await (const line of streamLines(stream)) {
    n++;
    if (!line.trim()) continue;
    records++;
    const item = captureFromJson(line, `${name}:${n}`);
    if (item.ok) item.capture.source.path = path;
    yield item;
  }
  if (records === 0) yield { ok: false, where: name, problem: "empty batch: no JSONL records" };
}

async function* readStdin(stdin: Readable): AsyncGenerator<InputItem> {
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
    yield* readJsonl(pt, "<stdin>", null);
    return;
  }
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(String(value)));
  }
  yield { ok: true, where: "<stdin>", capture: { source: { path: null, record_id: null, url: null, fetched_at: null }, bytes: Buffer.concat(chunks) } };
}

/**
 * Every capture named by the arguments, in order: files, folders (recursively), JSONL
 * batches, and "-" for standard input. Unreadable inputs come out as problems; reading goes on.
 */
export async function* readInputs(args: string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === "-") {
      yield* readStdin(stdin);
      continue;
    }
    let files: string[];
    try {
      files = await expand(arg);
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
          yield* readJsonl(createReadStream(file), file, file);
        } catch (e) {
          yield { ok: false, where: file, problem: `cannot read: ${e instanceof Error ? e.message : String(e)}` };
        }
        continue;
      }
      try {
        const bytes = await fs.readFile(file);
        yield { ok: true, where: file, capture: { source: { path: file, record_id: null, url: null, fetched_at: null }, bytes, kind: kindOfPath(file) } };
      } catch (e) {
        yield { ok: false, where: file, problem: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
      }
    }
  }
}
