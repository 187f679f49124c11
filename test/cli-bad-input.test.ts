import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { main } from "../src/cli/main.js";
import type { CommandIO } from "../src/cli/io.js";
import { PINNED_NOW, SMALL_ARTICLE } from "./helpers/shared.js";

// Bad input end to end through the CLI, in-process, with fixtures written to a temp dir.

const ARTICLE = SMALL_ARTICLE;
const ENGLISH = [
  "Talks resume in Geneva",
  "",
  "Diplomats from both countries met in Geneva on Monday to discuss the next round of talks. The meeting lasted three hours and ended without a statement.",
  "",
  "Officials said that the talks would continue next week in the same format, according to the foreign ministry.",
  "",
].join("\n");
const CHROME_ONLY = ["Trang chủ", "Đăng nhập", "Đăng ký", "Liên hệ", "Tìm kiếm", ""].join("\n");
const utf8 = Buffer.from(ARTICLE, "utf8");
const jsonl = (...lines: string[]) => lines.join("\n") + "\n";
const rec = (id: string, text: string) => JSON.stringify({ id, text });

const FILES: Record<string, Buffer | string> = {
  "good.txt": ARTICLE,
  "empty.txt": "",
  "blank.txt": "  \n\n \n",
  "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]),
  // a UTF-8 article with two stray bytes in the middle of a word
  "invalid-utf8.txt": Buffer.concat([utf8.subarray(0, 40), Buffer.from([0xff, 0xfe]), utf8.subarray(40)]),
  "no-article.txt": CHROME_ONLY,
  "english.txt": ENGLISH,
  "batch.jsonl": jsonl(rec("a", ARTICLE), '{"id": "b", "text": "cut off', rec("c", ARTICLE), "[1, 2]", '{"id": "e"}', rec("f", "")),
  "empty.jsonl": "",
};

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "thoisu-bad-input-"));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string;
  err: string;
  records: Array<{ source: { record_id: string | null }; title: string | null; lead: string | null; paragraphs: string[]; messages: Array<{ rule: string; severity: string }> }>;
}

async function run(argv: string[], stdin = ""): Promise<Run> {
  let out = "";
  let err = "";
  const io: CommandIO = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    stdin: Readable.from(stdin ? [Buffer.from(stdin)] : []),
    color: false,
    isTTY: false,
    now: () => PINNED_NOW,
    env: {},
  };
  const code = await main(argv, io);
  const records = argv.includes("--json") ? out.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Run["records"][number]) : [];
  return { code, out, err, records };
}

interface Case {
  name: string;
  /** `@x` stands for the temp-dir path of fixture x */
  argv: string[];
  stdin?: string;
  exit: 0 | 1 | 2;
  /** every pattern must be found in stderr; [] means stderr must be empty */
  stderr: RegExp[];
  records?: number;
  /** rules that must appear in the messages of the records, in order of records */
  rules?: string[][];
}

const CASES: Case[] = [
  { name: "a good capture", argv: ["analyze", "--json", "@good.txt"], exit: 0, stderr: [], records: 1, rules: [[]] },
  { name: "an empty file", argv: ["analyze", "--json", "@empty.txt"], exit: 1, stderr: [/empty\.txt: the capture is empty/], records: 1, rules: [["capture/empty"]] },
  { name: "a file of blank lines", argv: ["analyze", "--json", "@blank.txt"], exit: 1, stderr: [/blank\.txt: .*white space/], records: 1, rules: [["capture/empty"]] },
  { name: "a binary file", argv: ["analyze", "--json", "@binary.txt"], exit: 1, stderr: [/binary\.txt: .*binary/], records: 1, rules: [["capture/binary"]] },
  { name: "invalid UTF-8 is analysed and flagged", argv: ["analyze", "--json", "@invalid-utf8.txt"], exit: 0, stderr: [], records: 1, rules: [["capture/invalid-utf8"]] },
  { name: "a page with no article", argv: ["analyze", "--json", "@no-article.txt"], exit: 0, stderr: [], records: 1, rules: [["extract/no-article"]] },
  { name: "a page not in Vietnamese", argv: ["analyze", "--json", "@english.txt"], exit: 0, stderr: [], records: 1, rules: [["normalise/not-vietnamese"]] },
  {
    name: "a JSONL batch with a broken line, a non-object, a record without text and an empty text goes on",
    argv: ["analyze", "--json", "@batch.jsonl"],
    exit: 1,
    stderr: [/batch\.jsonl:2: not valid JSON/, /batch\.jsonl:4: .*object/, /batch\.jsonl:5: .*neither "html" nor "text"/, /batch\.jsonl:6: the capture is empty/],
    records: 3,
    rules: [[], [], ["capture/empty"]],
  },
  { name: "an empty JSONL batch", argv: ["analyze", "--json", "@empty.jsonl"], exit: 1, stderr: [/empty\.jsonl: empty batch/], records: 0 },
  { name: "a file that does not exist; the others are still analysed", argv: ["analyze", "--json", "@nope.txt", "@good.txt"], exit: 1, stderr: [/nope\.txt: no such file/], records: 1 },
  { name: "a broken JSONL line on standard input names <stdin> and the line", argv: ["analyze", "--json", "-"], stdin: jsonl(rec("a", ARTICLE), "{oops"), exit: 1, stderr: [/<stdin>:2: not valid JSON/], records: 1 },
  { name: "empty standard input", argv: ["analyze", "--json", "-"], stdin: "", exit: 1, stderr: [/<stdin>: the capture is empty/], records: 1 },
  { name: "usage: no input", argv: ["analyze"], exit: 2, stderr: [/no input given/] },
  { name: "usage: unknown option", argv: ["analyze", "--bogus", "@good.txt"], exit: 2, stderr: [/--bogus/] },
  { name: "usage: a bad --date", argv: ["analyze", "--date", "yesterday", "@good.txt"], exit: 2, stderr: [/--date takes a date/] },
  { name: "usage: unknown command", argv: ["analyse-this"], exit: 2, stderr: [/unknown command/] },
];

for (const c of CASES) {
  test(`cli bad input: ${c.name}`, async () => {
    const argv = c.argv.map((a) => (a.startsWith("@") ? join(dir, a.slice(1)) : a));
    const r = await run(argv, c.stdin);
    assert.equal(r.code, c.exit, `exit status (stderr: ${r.err})`);
    if (c.stderr.length === 0) assert.equal(r.err, "");
    for (const re of c.stderr) assert.match(r.err, re);
    if (c.records !== undefined) assert.equal(r.records.length, c.records, "records written");
    (c.rules ?? []).forEach((rules, i) => {
      const got = r.records[i]!.messages.map((m) => m.rule);
      for (const rule of rules) assert.ok(got.includes(rule), `record ${i}: ${rule} not in ${got.join(", ")}`);
      if (!rules.some((x) => x.startsWith("capture/"))) assert.ok(!got.some((x) => x.startsWith("capture/")), `record ${i}: unexpected ${got.join(", ")}`);
    });
  });
}

test("cli bad input: records of a good batch keep their ids around a broken line", async () => {
  const r = await run(["analyze", "--json", join(dir, "batch.jsonl")]);
  assert.deepEqual(
    r.records.map((x) => x.source.record_id),
    ["a", "c", "f"],
  );
  assert.equal(r.records[0]!.title, "Hai nước ký thỏa thuận hợp tác hàng hải");
  assert.equal(r.records[0]!.paragraphs.length, 1);
});

test("cli bad input: invalid UTF-8 keeps the rest of the text readable", async () => {
  const r = await run(["analyze", "--json", join(dir, "invalid-utf8.txt")]);
  const rec0 = r.records[0]!;
  assert.match([rec0.lead, ...rec0.paragraphs].join(" "), /Ngoại trưởng hai nước/);
  assert.match(rec0.title ?? "", /\uFFFD/);
  assert.ok(rec0.messages.every((m) => m.severity !== "error"));
});
