/**
 * Hostile and oversized input: a capture over the per-document size limit is refused with a
 * message naming it while the batch goes on (files are not even read, a huge JSONL record is
 * dropped as it streams by); a document that spends its time budget is stopped with a message;
 * a plain-text capture of which only a small part became the article says what was left out;
 * UTF-16 files (with or without a byte-order mark) are decoded, not taken for binary.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import iconv from "iconv-lite";
import { main } from "../src/cli/main.js";
import type { CommandIO } from "../src/cli/io.js";
import { newDoc } from "../src/envelope/doc.js";
import type { Doc } from "../src/envelope/types.js";
import { dataStore, runStages, type Stage } from "../src/pipeline/stage.js";
import { decode, unicodeEncoding } from "../src/capture/decode.js";
import { readJsonl } from "../src/capture/inputs.js";
import { fixture, PINNED_NOW, SMALL_ARTICLE } from "./helpers/shared.js";

const ARTICLE = SMALL_ARTICLE;
const MB = 1024 * 1024;
const rec = (id: string, text: string) => JSON.stringify({ id, text });

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "thoisu-limits-"));
  const files: Record<string, Buffer | string> = {
    "good.txt": ARTICLE,
    "big.txt": (ARTICLE + "\n").repeat(Math.ceil((1.5 * MB) / Buffer.byteLength(ARTICLE + "\n"))),
    // a huge record between two good ones
    "batch.jsonl": [rec("a", ARTICLE), rec("huge", "x ".repeat(0.8 * MB)), rec("c", ARTICLE)].join("\n") + "\n",
    "utf16le-bom.txt": iconv.encode(ARTICLE, "utf-16le", { addBOM: true }),
    "utf16be-bom.txt": iconv.encode(ARTICLE, "utf-16be", { addBOM: true }),
    "utf16le.txt": iconv.encode(ARTICLE, "utf-16le", { addBOM: false }),
    // one of our HTML fixtures, in UTF-16 with its byte-order mark
    "utf16le.html": iconv.encode(readFileSync(fixture("html/vnexpress-asean.html"), "utf8"), "utf-16le", { addBOM: true }),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], stdin?: Buffer): Promise<{ code: number; err: string; records: Array<{ source: { record_id: string | null }; title: string | null; paragraphs: string[]; messages: Array<{ rule: string; text: string }> }> }> {
  let out = "";
  let err = "";
  const io: CommandIO = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    stdin: Readable.from(stdin ? [stdin] : []),
    color: false,
    isTTY: false,
    now: () => PINNED_NOW,
    env: {},
  };
  const code = await main(argv.map((a) => (a.startsWith("@") ? join(dir, a.slice(1)) : a)), io);
  return { code, err, records: out.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) };
}

test("an oversized file is refused with a message naming it and the limit; the batch goes on", async () => {
  const r = await run(["analyze", "--json", "--max-size", "1", "@big.txt", "@good.txt"]);
  assert.equal(r.code, 1);
  assert.match(r.err, /big\.txt: the file is 1\.5 MB, over the limit of 1 MB per document: not analysed \(give one capture per article, or raise the limit with --max-size MB\)/);
  assert.equal(r.records.length, 1);
  assert.equal(r.records[0]!.title, "Hai nước ký thỏa thuận hợp tác hàng hải");
  // the same file under a higher limit is analysed
  assert.equal((await run(["analyze", "--json", "--max-size", "3", "@big.txt"])).records.length, 1);
});

test("a huge JSONL record is dropped as it streams by; the records after it come out", async () => {
  const r = await run(["analyze", "--json", "--max-size", "1", "@batch.jsonl"]);
  assert.equal(r.code, 1);
  assert.match(r.err, /batch\.jsonl:2: the record is 1\.6 MB, over the limit of 1 MB per document/);
  assert.deepEqual(
    r.records.map((x) => x.source.record_id),
    ["a", "c"],
  );
});

test("the JSONL reader never holds a line longer than the limit", async () => {
  // chunks of 64 KB: the huge line spans many of them
  const body = Buffer.from([rec("a", "ngắn"), rec("huge", "y".repeat(300_000)), rec("c", "ngắn"), "", rec("d", "z".repeat(200_000))].join("\n"));
  const chunks: Buffer[] = [];
  for (let i = 0; i < body.length; i += 65536) chunks.push(body.subarray(i, i + 65536));
  const items = [];
  for await (const it of readJsonl(Readable.from(chunks), "b.jsonl", null, { maxBytes: 100_000 })) items.push(it.ok ? `ok ${it.capture.source.record_id}` : `${it.where}: ${it.problem.slice(0, 30)}`);
  assert.deepEqual(items, ["ok a", "b.jsonl:2: the record is 293 KB, over the", "ok c", "b.jsonl:5: the record is 195 KB, over the"]);
});

test("an oversized capture on standard input is refused", async () => {
  const r = await run(["analyze", "--json", "--max-size", "1", "-"], Buffer.from("Tin ".repeat(0.3 * MB)));
  assert.equal(r.code, 1);
  assert.match(r.err, /<stdin>: the capture is 1\.2 MB, over the limit of 1 MB per document/);
  assert.equal(r.records.length, 0);
});

test("a text capture over the limit in the pipeline itself (API, JSONL) gets capture/too-large", () => {
  const doc = runStages([], newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: "x" }, {}), { now: PINNED_NOW, data: dataStore() });
  assert.deepEqual(doc.messages, []);
  const ctx = { now: PINNED_NOW, data: dataStore(), limits: { maxBytes: 10 } };
  return import("../src/capture/stage.js").then(({ captureStage }) => {
    const d = captureStage.run(newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: "Tiếng Việt có dấu" }, {}), ctx);
    assert.equal(d.messages[0]!.rule, "capture/too-large");
    assert.match(d.messages[0]!.text, /the capture is 24 bytes, over the limit of 10 bytes per document/);
    assert.equal(d.raw, "");
  });
});

test("UTF-16 files with or without a byte-order mark are decoded, not taken for binary", async () => {
  for (const f of ["utf16le-bom.txt", "utf16be-bom.txt", "utf16le.txt"]) {
    const r = await run(["analyze", "--json", `@${f}`]);
    assert.equal(r.code, 0, `${f}: ${r.err}`);
    assert.match(r.records[0]!.title ?? "", /^Hai nước ký thỏa thuận/, f);
    assert.ok(r.records[0]!.paragraphs.join(" ").includes("Ngoại trưởng hai nước") || r.records[0]!.paragraphs.join(" ").includes("Theo thông cáo chung"), f);
  }
  const html = (await run(["analyze", "--json", "@utf16le.html"])).records[0]!;
  const utf8 = (await run(["analyze", "--json", fixture("html/vnexpress-asean.html")])).records[0]!;
  assert.ok(utf8.paragraphs.length > 2);
  assert.deepEqual([html.title, html.paragraphs], [utf8.title, utf8.paragraphs]);
  const cases: Array<[Buffer, string | null]> = [
    [iconv.encode("Hà Nội", "utf-16le", { addBOM: true }), "utf-16le"],
    [iconv.encode("Hà Nội", "utf-16be", { addBOM: true }), "utf-16be"],
    [Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]), "utf-32le"],
    [iconv.encode("Tin thời sự hôm nay", "utf-16be"), "utf-16be"],
    [Buffer.from("plain ASCII text, no NUL", "latin1"), null],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), null],
  ];
  for (const [bytes, enc] of cases) assert.equal(unicodeEncoding(bytes)?.encoding ?? null, enc, bytes.toString("hex"));
  assert.equal(decode(iconv.encode("Tin thời sự hôm nay", "utf-16le")).text, "Tin thời sự hôm nay");
  // binary data is still binary
  writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]));
  const img = await run(["analyze", "--json", "@image.txt"]);
  assert.equal(img.code, 1);
  assert.match(img.err, /image\.txt: the capture is binary data/);
});

test("a document that spends its time budget stops with a message; the stages left are named", () => {
  let t = 0;
  const slow = (name: string, ms: number): Stage => ({
    name,
    run: (doc: Doc) => {
      t += ms;
      return { ...doc, messages: [...doc.messages, { rule: `${name}/ran`, severity: "info", text: "", start: null, end: null }] };
    },
  });
  const doc = runStages([slow("a", 10), slow("b", 50), slow("c", 10), slow("d", 10)], newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: "x" }, {}), {
    now: PINNED_NOW,
    data: dataStore(),
    limits: { timeBudgetMs: 40 },
    clock: () => t,
  });
  assert.deepEqual(
    doc.messages.map((m) => m.rule),
    ["a/ran", "b/ran", "pipeline/time-budget"],
  );
  assert.equal(doc.messages[2]!.severity, "error");
  assert.equal(doc.messages[2]!.text, "analysis stopped after the b stage: 0.06 s is over the time budget of 0.04 s per document (not run: c, d)");
});

test("a plain-text capture of many articles says how much was left out and from which line", async () => {
  // articles one after another, each followed by its related links: the extractor takes the first
  const many = Array.from({ length: 400 }, (_, i) => `${ARTICLE.replace("Hai nước", `Bài ${i + 1}: hai nước`)}\nTin liên quan\n`).join("\n\n");
  writeFileSync(join(dir, "many.txt"), many);
  const r = await run(["analyze", "--json", "@many.txt"]);
  const cut = r.records[0]!.messages.find((m) => m.rule === "pipeline/cut");
  assert.ok(cut, JSON.stringify(r.records[0]!.messages));
  assert.match(cut.text, /^only 244 of the capture's [\d,]+ characters were taken as the article: the article ends on line 5 of 3599; what follows was left out/);
  // a single article says nothing of the kind
  assert.ok(!(await run(["analyze", "--json", "@good.txt"])).records[0]!.messages.some((m) => m.rule === "pipeline/cut"));
});

test("usage: --url takes http(s) only; --max-size and --time-budget take whole numbers", async () => {
  for (const [argv, re] of [
    [["analyze", "--url", "javascript:alert(1)", "@good.txt"], /--url takes an http:\/\/ or https:\/\/ address/],
    [["analyze", "--url", "data:text/html,x", "@good.txt"], /--url takes an http/],
    [["analyze", "--max-size", "0", "@good.txt"], /--max-size takes 1 \(MB\) at least/],
    [["analyze", "--time-budget", "soon", "@good.txt"], /--time-budget takes a whole number/],
  ] as Array<[string[], RegExp]>) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(" "));
    assert.match(r.err, re);
  }
  assert.equal((await run(["analyze", "--json", "--url", "https://a.example.vn/tin.html", "@good.txt"])).code, 0);
});
