import { test } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { main } from "../src/cli/main.js";
import type { CommandIO } from "../src/cli/io.js";
import { PINNED_NOW, SMALL_ARTICLE } from "./helpers/shared.js";

// `thoisu analyze -` reads captures that arrive over time: each result is printed as soon as its capture is read,
// not held for a batch (files are analysed in batches; standard input is a stream).

test("analyze -: a capture read from standard input is printed before the next one arrives", { timeout: 60_000 }, async () => {
  let out = "";
  let printed!: () => void;
  const firstPrinted = new Promise<void>((resolve) => (printed = resolve));
  async function* lines(): AsyncGenerator<Buffer> {
    yield Buffer.from(JSON.stringify({ id: "a", text: SMALL_ARTICLE }) + "\n");
    // the second capture only arrives once the first one's record is out
    await firstPrinted;
    yield Buffer.from(JSON.stringify({ id: "b", text: SMALL_ARTICLE }) + "\n");
  }
  const io: CommandIO = {
    out: (s) => {
      out += s;
      if (out.includes('"record_id":"a"')) printed();
    },
    err: () => {},
    stdin: Readable.from(lines()),
    color: false,
    isTTY: false,
    now: () => PINNED_NOW,
    env: {},
  };
  const code = await main(["analyze", "--json", "-"], io);
  assert.equal(code, 0);
  const ids = out.split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { source: { record_id: string } }).source.record_id);
  assert.deepEqual(ids, ["a", "b"]);
});
