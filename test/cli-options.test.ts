import { test } from "node:test";
import assert from "node:assert/strict";
import { captureOptions, jsonLines, outputFormat, parseCommand, parseCount, parseDateOption } from "../src/cli/options.js";
import { UsageError } from "../src/cli/io.js";
import { COMMANDS, main } from "../src/cli/main.js";
import { fakeIO } from "./helpers/cli-io.js";

test("parseCommand: --help prints the help and yields null; defaults are filled", () => {
  const f = fakeIO();
  assert.equal(parseCommand(["--help"], { db: { type: "string" } }, "HELP TEXT", f.io), null);
  assert.equal(f.out(), "HELP TEXT\n");
  const p = parseCommand(["a", "--format", "csv"], { format: { type: "string", default: "table" }, db: { type: "string" } }, "", f.io);
  assert.deepEqual([p?.values.format, p?.values.db, p?.positionals], ["csv", undefined, ["a"]]);
});

test("parseCommand: mistakes are usage errors", () => {
  const f = fakeIO();
  const cases: Array<[string[], boolean]> = [
    [["--nope"], true],
    [["stray"], true],
    [["--db"], true],
  ];
  for (const [argv, positionals] of cases) {
    assert.throws(() => parseCommand(argv, { db: { type: "string" } }, "", f.io, { positionals: !positionals }), UsageError, argv.join(" "));
  }
});

test("option values: counts, dates, formats, capture flags", () => {
  assert.equal(parseCount(undefined, "--n", 7), 7);
  assert.equal(parseCount("12", "--n", 7), 12);
  assert.throws(() => parseCount("-1", "--n", 7), UsageError);
  assert.throws(() => parseCount("1.5", "--n", 7), UsageError);
  assert.equal(parseDateOption(" 2025-05-16 ", "--date"), "2025-05-16");
  assert.equal(parseDateOption("2025-05-16T10:00:00Z", "--date"), "2025-05-16T10:00:00Z");
  assert.throws(() => parseDateOption("16/05/2025", "--date"), /--date takes a date/);
  assert.equal(outputFormat("csv"), "csv");
  assert.throws(() => outputFormat("xml"), /--format takes table, json, csv, not "xml"/);
  assert.deepEqual(captureOptions({ url: "https://x.vn/a", "fetched-at": "2025-01-02" }), { url: "https://x.vn/a", fetchedAt: "2025-01-02", date: null });
  assert.equal(jsonLines([]), "[\n]\n");
  assert.equal(jsonLines([{ a: 1 }, 2]), '[\n{"a":1},\n2\n]\n');
});

test("every command answers --help with exit 0 and its usage line", async () => {
  for (const name of Object.keys(COMMANDS)) {
    const f = fakeIO();
    assert.equal(await main([name, "--help"], f.io), 0, name);
    assert.match(f.out(), new RegExp(`^thoisu ${name}\\b`), name);
  }
  const f = fakeIO();
  assert.equal(await main(["nosuch"], f.io), 2);
  assert.match(f.err(), /unknown command "nosuch"/);
  assert.ok("serve" in COMMANDS && "timeline" in COMMANDS && "watch" in COMMANDS);
});
