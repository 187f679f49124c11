/**
 * Search by actors and words with snippets (issue #16): the query's names are matched against
 * every actor's id, name, code and aliases (the dictionary and the store's own actors), the
 * words against the text; each hit has a snippet with its matches, the outlet and a date.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { ActorIndex } from "../src/search/actors.js";
import { dictionaryActors, searchArticles } from "../src/search/search.js";
import { snippet, termMatches, foldKeepingOffsets } from "../src/search/snippet.js";
import { openSqlite } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { createPool } from "../src/ingest/pool.js";
import { ingestInputs } from "../src/ingest/ingest.js";
import { readInputs } from "../src/capture/inputs.js";
import { main } from "../src/cli/main.js";
import type { CommandIO } from "../src/cli/io.js";
import { fixture, HAVE_SHARED, PINNED_NOW, sharedFile } from "./helpers/shared.js";

test("search actors: the query's names, by id, name, code or alias, diacritics optional", () => {
  const dict = dictionaryActors();
  const cases: Array<[string, string[][], string[]]> = [
    // [query, actor ids per run (some of), words left to the text]
    ["Zelenskyy", [["Volodymyr_Zelenskyy"]], []],
    ["zelensky", [["Volodymyr_Zelenskyy"]], []],
    ["Volodymyr_Zelenskyy", [["Volodymyr_Zelenskyy"]], []],
    ["Kyiv", [["Kyiv"]], []],
    ["Kiev", [["Kyiv"]], []],
    ["Lavrov Rubio", [["Sergey_Lavrov"], ["Marco_Rubio"]], []],
    ["Nhà Trắng", [["White_House"]], []],
    ["Nga", [["Russia"]], []],
    ["đàm phán Lavrov", [["Sergey_Lavrov"]], ["dam", "phan"]],
    ["dam phan qatar", [["Qatar"]], ["dam", "phan"]],
    ["hội đàm", [], ["hoi", "dam"]],
  ];
  for (const [q, runs, rest] of cases) {
    const m = dict.match(q);
    assert.equal(m.spans.length, runs.length, `${q}: ${m.spans.map((s) => s.actors.map((a) => a.id).join("|")).join(" / ")}`);
    runs.forEach((ids, i) => {
      for (const id of ids) assert.ok(m.spans[i]!.actors.some((a) => a.id === id), `${q}: ${id} in ${m.spans[i]!.actors.map((a) => a.id).join(",")}`);
    });
    assert.deepEqual(m.rest, rest, q);
  }
  // "Nhà Trắng" typed with its diacritics is the White House, not Nha Trang.
  assert.deepEqual(
    dict.match("Nhà Trắng").spans[0]!.actors.map((a) => a.id),
    ["White_House"],
  );
  // A code stands for the state it names, not for everyone of that state.
  assert.deepEqual(
    dict.match("UKR").spans[0]!.actors.map((a) => a.id),
    ["Ukraine"],
  );
});

test("search actors: names the dictionary does not hold come from the store's actors", () => {
  const idx = new ActorIndex([{ id: "Nguyen_Van_Thanh_Tung", name: "Nguyễn Văn Thanh Tùng", type: "person", code: "VNM" }]);
  assert.deepEqual(
    idx.match("Thanh Tùng").spans.map((s) => s.actors.map((a) => a.id)),
    [["Nguyen_Van_Thanh_Tung"]],
  );
  assert.deepEqual(idx.match("Van").spans, [], "a part of fewer than four letters is no name");
});

test("snippet: the densest window of matches, cut at spaces, marks in its own offsets", () => {
  const title = "Hai bên gặp nhau";
  const body = "Một đoạn mở đầu không liên quan gì đến chuyện này cả, chỉ để làm dài văn bản ra thêm một chút nữa thôi. Sau đó Ngoại trưởng Lavrov gặp ông Rubio tại Riyadh để đàm phán.";
  const text = `${title}\n\n${body}`;
  const ms = termMatches(text, ["lavrov", "dam", "phan"]);
  assert.deepEqual(
    ms.map((m) => text.slice(m.start, m.end)),
    ["Lavrov", "đàm", "phán"],
  );
  const s = snippet(text, ms, { width: 120, from: title.length + 2 });
  assert.ok(s.cutStart, "cut before");
  assert.deepEqual(
    s.marks.map(([a, b]) => s.text.slice(a, b)),
    ["Lavrov", "đàm phán"],
    "touching marks merged",
  );
  assert.ok(!s.text.startsWith(" ") && s.text.includes("Ngoại trưởng Lavrov"), s.text);
  assert.equal(foldKeepingOffsets("Đàm PHÁN Ưu").length, "Đàm PHÁN Ưu".length);
  assert.equal(foldKeepingOffsets("Đàm PHÁN Ưu"), "dam phan uu");
});

let store: Store;
before(async () => {
  store = await openSqlite(":memory:", () => PINNED_NOW);
  const pool = createPool(0, PINNED_NOW);
  await ingestInputs(store, readInputs([fixture("serve/demo.jsonl")]), { options: {}, batchSize: 50, pool });
  await pool.close();
});
after(async () => store?.close());

test("search: 'Zelenskyy' and 'Kyiv' find the articles that write 'Zelensky' and 'Kiev'", async () => {
  for (const [q, written] of [
    ["Zelenskyy", "Zelensky"],
    ["Kyiv", "Kiev"],
  ] as const) {
    const r = await searchArticles(store, q);
    assert.ok(r.hits.length >= 1, q);
    for (const h of r.hits) {
      assert.equal(h.match, "actor", q);
      const marked = h.snippet.marks.map(([a, b]) => h.snippet.text.slice(a, b));
      assert.ok(marked.some((m) => m.includes(written)), `${q}: ${marked.join(" | ")} in ${h.snippet.text}`);
      assert.ok(h.outlet, "outlet");
      // The demo pages state no date: the reference date stands in, marked as such.
      assert.equal(h.dateBasis, h.published ? "published" : "reference");
      assert.match(h.date ?? "", /^\d{4}-\d{2}-\d{2}/);
    }
  }
  // The words-only search found nothing for these spellings: the actors did it.
  assert.equal((await store.search("Zelenskyy")).length, 0);
});

test("search: actors and words together rank first; words alone still work; nothing is no error", async () => {
  const both = await searchArticles(store, "Lavrov Geneva");
  assert.ok(both.hits.length >= 2);
  assert.ok(both.hits.every((h) => h.match === "actor"));
  const words = await searchArticles(store, "trao doi tu binh");
  assert.ok(words.hits.length >= 1 && words.hits[0]!.match === "folded");
  // The body says "trao đổi gần 300 tù binh": both groups marked, in the body (not the title).
  const marked = words.hits[0]!.snippet.marks.map(([a, b]) => words.hits[0]!.snippet.text.slice(a, b));
  assert.ok(marked.includes("trao đổi") && marked.includes("tù binh"), marked.join(" | "));
  assert.deepEqual((await searchArticles(store, "xyzzyq")).hits, []);
});

function io(): { io: CommandIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: { out: (s) => void (out += s), err: (s) => void (err += s), stdin: Readable.from([]), color: false, isTTY: false, now: () => PINNED_NOW, env: {} },
    out: () => out,
    err: () => err,
  };
}

test("thoisu search Zelenskyy / Kyiv on the shared seeds and dev articles that name them", { skip: HAVE_SHARED ? false : "../shared is absent" }, async () => {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "thoisu-search-"));
  try {
    const db = join(dir, "s.db");
    const ing = io();
    assert.equal(await main(["ingest", "--quiet", "--jobs", "0", "--db", db, sharedFile("corpus/seeds")], ing.io), 0, ing.err());
    // Which stored articles name them (the analysis's own actors), to compare with.
    const s = await openSqlite(db, () => PINNED_NOW, { create: false });
    const naming = async (id: string) => (await s.articlesWithActors([id], 100)).map((x) => x.id).sort();
    const want = { Zelenskyy: await naming("Volodymyr_Zelenskyy"), Kyiv: await naming("Kyiv") };
    await s.close();
    for (const [q, ids] of Object.entries(want)) {
      assert.ok(ids.length >= 1, `the seeds name ${q}`);
      const r = io();
      assert.equal(await main(["search", q, "--db", db, "--format", "json"], r.io), 0, r.err());
      const hits = JSON.parse(r.out()) as Array<{ id: string; match: string }>;
      assert.deepEqual(
        hits.map((h) => h.id).sort(),
        ids,
        q,
      );
      const t = io();
      assert.equal(await main(["search", q, "--db", db], t.io), 0);
      assert.match(t.out(), new RegExp(`^"${q}" names `));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
