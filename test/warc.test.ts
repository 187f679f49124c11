/** WARC input: response records only, charsets from HTTP headers, gzip members, streaming. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { readInputs, type InputItem } from "../src/capture/inputs.js";
import { warcRecords, parseHttpResponse } from "../src/capture/warc.js";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { PINNED_NOW } from "./helpers/shared.js";

// Our own small pages (not corpus text).
const PAGE_UTF8 = `<!doctype html><html><head><title>Hội nghị về an ninh biển</title></head><body><article><h1>Hội nghị về an ninh biển</h1>
<p>Sáng nay, đại diện các nước đã gặp nhau tại Hà Nội để bàn về an ninh hàng hải trong khu vực.</p>
<p>Các bên nhất trí tiếp tục đối thoại trong những tháng tới.</p></article></body></html>`;
const PAGE_1258_TEXT = `<html><head><title>Thủ tướng tiếp đoàn đại biểu</title></head><body><h1>Thủ tướng tiếp đoàn đại biểu</h1><p>Chiều qua, Thủ tướng đã tiếp đoàn đại biểu quốc hội nước bạn.</p></body></html>`;

/** windows-1258 has the tone marks as combining characters: decompose them (only them) first. */
function cp1258(s: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const out = [...s].map((c) => {
    const d = c.normalize("NFD");
    const t = d.match(tones)?.join("") ?? "";
    return d.replace(tones, "").normalize("NFC") + t;
  });
  return iconv.encode(out.join(""), "windows-1258");
}

function record(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const h = [`WARC/1.1`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join("\r\n");
  return Buffer.concat([Buffer.from(h + "\r\n\r\n", "latin1"), block, Buffer.from("\r\n\r\n")]);
}

function http(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const h = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join("\r\n");
  return Buffer.concat([Buffer.from(h + "\r\n\r\n", "latin1"), body]);
}

function chunked(b: Buffer): Buffer {
  const half = Math.floor(b.length / 2);
  const parts = [b.subarray(0, half), b.subarray(half)];
  return Buffer.concat([...parts.flatMap((p) => [Buffer.from(p.length.toString(16) + "\r\n"), p, Buffer.from("\r\n")]), Buffer.from("0\r\n\r\n")]);
}

const RESP = "application/http; msgtype=response";
function archive(): Buffer[] {
  return [
    record("warcinfo", { "WARC-Record-ID": "<urn:uuid:0>", "Content-Type": "application/warc-fields" }, Buffer.from("software: test\r\n")),
    record("request", { "WARC-Target-URI": "https://bao-a.example/an-ninh-bien.html", "Content-Type": "application/http; msgtype=request" }, Buffer.from("GET /an-ninh-bien.html HTTP/1.1\r\nHost: bao-a.example\r\n\r\n")),
    record(
      "response",
      { "WARC-Target-URI": "https://bao-a.example/an-ninh-bien.html", "WARC-Date": "2025-06-02T03:04:05Z", "WARC-Record-ID": "<urn:uuid:1>", "Content-Type": RESP },
      http("200 OK", { "Content-Type": "text/html; charset=utf-8" }, Buffer.from(PAGE_UTF8, "utf8")),
    ),
    record(
      "response",
      { "WARC-Target-URI": "<http://bao-b.example/thu-tuong.htm>", "WARC-Date": "2025-06-03T00:00:00Z", "WARC-Record-ID": "<urn:uuid:2>", "Content-Type": RESP },
      http("200 OK", { "Content-Type": 'text/html; charset="windows-1258"' }, cp1258(PAGE_1258_TEXT)),
    ),
    record("response", { "WARC-Target-URI": "https://bao-a.example/missing", "Content-Type": RESP }, http("404 Not Found", { "Content-Type": "text/html" }, Buffer.from("<html>not here</html>"))),
    record("response", { "WARC-Target-URI": "https://bao-a.example/logo.png", "Content-Type": RESP }, http("200 OK", { "Content-Type": "image/png" }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))),
    record(
      "response",
      { "WARC-Target-URI": "https://bao-c.example/gz", "WARC-Date": "2025-06-04T00:00:00Z", "Content-Type": RESP },
      http("200 OK", { "Content-Type": "text/html", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked" }, chunked(gzipSync(Buffer.from(PAGE_UTF8.replace("Hà Nội", "Đà Nẵng"), "utf8")))),
    ),
    record("metadata", { "WARC-Target-URI": "https://bao-a.example/an-ninh-bien.html", "Content-Type": "application/warc-fields" }, Buffer.from("outlink: x\r\n")),
  ];
}

async function collect(it: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "thoisu-warc-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

const recs = archive();
const LAYOUTS: Array<[string, string, Buffer]> = [
  ["plain .warc", "a.warc", Buffer.concat(recs)],
  ["one gzip member per record", "b.warc.gz", Buffer.concat(recs.map((r) => gzipSync(r)))],
  ["the whole file in one gzip member", "c.warc.gz", gzipSync(Buffer.concat(recs))],
];

for (const [name, file, bytes] of LAYOUTS) {
  test(`WARC (${name}): HTML 2xx responses only, with url, date, record id and charset`, async () => {
    const path = join(dir, file);
    writeFileSync(path, bytes);
    const items = await collect(readInputs([path]));
    assert.deepEqual(items.filter((i) => !i.ok), []);
    const caps = items.map((i) => (i.ok ? i.capture : null)!);
    assert.deepEqual(
      caps.map((c) => [c.source.url, c.source.fetched_at, c.source.record_id, c.source.path, c.kind]),
      [
        ["https://bao-a.example/an-ninh-bien.html", "2025-06-02T03:04:05Z", "urn:uuid:1", path, "html"],
        ["http://bao-b.example/thu-tuong.htm", "2025-06-03T00:00:00Z", "urn:uuid:2", path, "html"],
        ["https://bao-c.example/gz", "2025-06-04T00:00:00Z", null, path, "html"],
      ],
    );
    assert.equal(Buffer.from(caps[0]!.bytes!).toString("utf8"), PAGE_UTF8);
    // The windows-1258 page is read with the HTTP header's charset.
    assert.equal(caps[1]!.text?.normalize("NFC"), PAGE_1258_TEXT);
    assert.match(Buffer.from(caps[2]!.bytes!).toString("utf8"), /Đà Nẵng/);
    const ctx = defaultContext(PINNED_NOW);
    const doc = analyze(caps[1]!, {}, ctx);
    assert.equal(doc.article?.title, "Thủ tướng tiếp đoàn đại biểu");
    assert.equal(doc.source.url, "http://bao-b.example/thu-tuong.htm");
  });
}

test("a folder with WARCs is read, a truncated WARC yields its whole records then a problem", async () => {
  const sub = mkdtempSync(join(dir, "folder-"));
  const all = Buffer.concat(recs.slice(0, 4));
  writeFileSync(join(sub, "x.warc"), all.subarray(0, all.length - 40));
  const items = await collect(readInputs([sub]));
  assert.deepEqual(items.map((i) => i.ok), [true, false]);
  assert.match((items[1] as { problem: string }).problem, /truncated/);
});

test("a file that is not a WARC is a problem, not a crash; so is an archive without HTML", async () => {
  writeFileSync(join(dir, "bad.warc"), "<html>not a warc</html>");
  writeFileSync(join(dir, "none.warc"), Buffer.concat([recs[0]!, recs[4]!]));
  const items = await collect(readInputs([join(dir, "bad.warc"), join(dir, "none.warc"), join(dir, "nope.warc.gz")]));
  assert.deepEqual(items.map((i) => i.ok), [false, false, false]);
  assert.match((items[0] as { problem: string }).problem, /not a WARC record/);
  assert.match((items[1] as { problem: string }).problem, /no HTML response/);
});

test("HTTP responses: chunked, gzip, LF-only headers, non-HTTP blocks", () => {
  const r = parseHttpResponse(Buffer.from("HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>x</p>"));
  assert.equal(typeof r === "object" && r.body.toString(), "<p>x</p>");
  assert.equal(parseHttpResponse(Buffer.from("hello")), "HTTP response without a header block");
  assert.equal(parseHttpResponse(Buffer.from("GET / HTTP/1.1\r\n\r\n")), "not an HTTP response");
});

test("a huge skipped record streams through without being held in memory", async () => {
  const HUGE = 256 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  async function* stream(): AsyncGenerator<Buffer> {
    yield Buffer.from(`WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: ${HUGE}\r\n\r\n`);
    for (let i = 0; i < HUGE / chunk.length; i++) yield chunk;
    yield Buffer.from("\r\n\r\n");
    yield recs[2]!;
  }
  const before = process.memoryUsage().rss;
  let peak = before;
  const seen: Array<[string | undefined, number, boolean]> = [];
  for await (const ev of warcRecords(stream(), (h) => h.get("warc-type") === "response")) {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (ev.ok) seen.push([ev.record.headers.get("warc-type"), ev.record.length, ev.record.block != null]);
  }
  assert.deepEqual(seen.map((s) => [s[0], s[2]]), [["resource", false], ["response", true]]);
  assert.equal(seen[0]![1], HUGE);
  assert.ok(peak - before < 64 * 1024 * 1024, `RSS grew by ${Math.round((peak - before) / 1048576)} MB`);
});
