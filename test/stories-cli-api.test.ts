/**
 * Stories through the CLI (`stories`, `timeline --story/--explain`, `export`) and the API
 * (`/api/stories`, `/api/stories/:id`, `/api/timeline?story=`), on a small store of our own
 * synthetic records: Russia–Ukraine talks reported by three outlets, Gaza talks by two.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { main } from "../src/cli/main.js";
import type { CommandIO } from "../src/cli/io.js";
import { buildServer } from "../src/serve/app.js";
import { openSqlite } from "../src/store/sqlite.js";
import type { Store, StoryThread } from "../src/store/store.js";
import { FLAT_HEAD, GDELT_HEAD, POLECAT_HEAD } from "../src/store/export.js";
import { mkPrepared } from "./store-fixtures.js";
import { PINNED_NOW } from "./helpers/shared.js";

const talks = (i: number, date: string, outlet: string, reverse = false) =>
  mkPrepared({
    title: `Nga và Ukraine đàm phán ở Doha, bản tin ${i}`,
    paragraphs: [`Phái đoàn Nga và Ukraine gặp nhau tại Doha để bàn về trao đổi tù binh, theo bản tin số ${i} của ${outlet}.`, `Các bên hẹn gặp lại trong những tuần tới, nguồn tin số ${i * 7} cho biết thêm.`],
    url: `https://bao-${i}.example.vn/doha`,
    outlet,
    published: `${date}T09:00+07:00`,
    actors: ["Russia", "Ukraine", "Qatar"],
    events: [{ type: "CONSULT", actor: [reverse ? "Ukraine" : "Russia"], recipient: [reverse ? "Russia" : "Ukraine"], date, location: "Qatar", text: "Phái đoàn Nga và Ukraine gặp nhau tại Doha." }],
  });
const gaza = (i: number, date: string) =>
  mkPrepared({
    title: `Ngừng bắn ở Gaza, bản tin ${i}`,
    paragraphs: [
      `Israel và Hamas đàm phán ngừng bắn ở Cairo với trung gian Ai Cập, bản tin số ${i}.`,
      i === 1 ? "Các nhà đàm phán bàn về việc trao trả con tin và mở hành lang nhân đạo cho dân thường." : "Một quan chức cho biết vòng đàm phán kéo dài đến khuya, chưa có thỏa thuận cuối cùng nào.",
    ],
    url: `https://gaza-${i}.example.vn/cairo`,
    outlet: `Báo G${i}`,
    published: `${date}T09:00+07:00`,
    actors: ["Israel", "Hamas", "Egypt", "Cairo"],
    events: [{ type: "CONSULT", actor: ["Israel"], recipient: ["Hamas"], date, location: "Cairo", text: "Israel và Hamas đàm phán ở Cairo." }],
  });

let dir = "";
let db = "";
let store: Store;
let app: FastifyInstance;
let talksId = "";
let gazaId = "";

async function cli(argv: string[], columns = "160"): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (s) => void (out += s), err: (s) => void (err += s), stdin: Readable.from([]), color: false, isTTY: false, now: () => PINNED_NOW, env: { COLUMNS: columns } };
  const code = await main(argv, io);
  return { code, out, err };
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "thoisu-stories-cli-"));
  db = join(dir, "s.db");
  const s = await openSqlite(db, () => PINNED_NOW);
  await s.ingest([talks(1, "2025-05-16", "Báo A"), gaza(1, "2025-05-17")]);
  await s.ingest([talks(2, "2025-05-16", "Báo B", true), talks(3, "2025-05-17", "Báo C"), gaza(2, "2025-05-18")]);
  await s.close();
  store = await openSqlite(db, () => PINNED_NOW);
  const list = await store.stories();
  talksId = list.find((t) => t.sides.includes("RUS"))!.id;
  gazaId = list.find((t) => t.sides.includes("ISR"))!.id;
  app = await buildServer({ store, jobs: 0, now: () => PINNED_NOW });
});

after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("thoisu stories lists each story with its span, sides, events, articles; ID shows its articles and why", async () => {
  const t = await cli(["stories", "--db", db]);
  assert.equal(t.code, 0, t.err);
  assert.match(t.out, /^ID\s+SPAN\s+EVENTS\s+ARTICLES\s+UPDATED\s+SIDES\s+STORY/);
  assert.match(t.out, new RegExp(`${talksId}\\s+2025-05-16 … 2025-05-17\\s+1\\s+3\\s+2026-01-01\\s+RUS UKR QAT\\s+Nga–Ukraine talks`));
  // On a narrow terminal (a phone), one card per story, no line wider than the screen.
  const narrow = await cli(["stories", "--db", db], "44");
  assert.match(narrow.out, new RegExp(`^Nga–Ukraine talks\n  ${talksId} · 2025-05-16 … 2025-05-17\n  1 event · 3 articles · RUS UKR QAT`, "m"));
  assert.ok(narrow.out.split("\n").every((l) => l.length <= 44), narrow.out);
  const j = await cli(["stories", "--db", db, "--format", "json"]);
  const list = JSON.parse(j.out) as StoryThread[];
  assert.deepEqual(list.map((x) => x.id).sort(), [gazaId, talksId].sort());
  const one = await cli(["stories", "--db", db, talksId]);
  assert.equal(one.code, 0);
  assert.match(one.out, /joined: similarity [0-9.]+; sides RUS–UKR/);
  assert.match(one.out, /events per month: 2025-05 1/);
  assert.match(one.out, new RegExp(`timeline: thoisu timeline --story ${talksId}`));
  const none = await cli(["stories", "--db", db, "s0000000000000ff"]);
  assert.equal(none.code, 1);
  assert.match(none.err, /no story with id s0000000000000ff/);
  assert.equal((await cli(["stories", "--db", db, "--format", "csv"])).code, 2);
});

test("thoisu timeline --story shows one story's events; --explain says why each source is on a line", async () => {
  const t = await cli(["timeline", "--db", db, "--story", gazaId]);
  assert.equal(t.code, 0, t.err);
  assert.match(t.out, /^2025-05-17 \(day, contested\)\s+CONSULT\s+occurred\s+2 src\s+Israel → Hamas \(HAMAS\) @ Cairo \(EGY\)$/m);
  assert.doesNotMatch(t.out, /Nga|Ukraine/);
  const tl = JSON.parse((await cli(["timeline", "--db", db, "--story", talksId, "--format", "json"])).out) as Array<{ id: string; sourceCount: number; date: string; dateContested: boolean }>;
  assert.deepEqual(
    tl.map((e) => [e.sourceCount, e.date, e.dateContested]),
    [[3, "2025-05-16", true]],
  );
  const x = await cli(["timeline", "--db", db, "--explain", tl[0]!.id.slice(0, 10)]);
  assert.equal(x.code, 0, x.err);
  assert.match(x.out, /2025-05-16 \(day, contested\)/);
  assert.match(x.out, /2025-05-16: 2 sources\n\s+2025-05-17: 1 source/);
  assert.match(x.out, /1\. Báo A .*\n.*\n\s+opened the line/);
  assert.match(x.out, /3\. Báo C .*\n.*\n\s+joined \(score [0-9.]+\): type CONSULT, participants RUS\+UKR; date day-apart/);
  const bad = await cli(["timeline", "--db", db, "--explain", "0123456789abcdef"]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /no story event with id 0123456789abcdef/);
});

test("timeline --explain shows how a year the article leaves open is read: back for what was done, ahead for what is planned", async () => {
  const file = join(dir, "open.db");
  const s = await openSqlite(file, () => PINNED_NOW);
  const rec = (i: number, date: string, status: "occurred" | "planned") =>
    mkPrepared({
      title: `Tin ${i}`,
      paragraphs: [`Đoạn văn riêng số ${i} nói về các cuộc gặp.`],
      url: `https://tin-mo-${i}.example.vn/a`,
      outlet: `Báo ${i}`,
      published: "2025-12-03T09:00+07:00",
      actors: ["Russia", "Ukraine"],
      events: [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date, status, text: "Nga và Ukraine gặp nhau." }],
    });
  await s.ingest([rec(1, "XXXX-03", "occurred"), rec(2, "XXXX-01", "planned")]);
  await s.close();
  const tl = JSON.parse((await cli(["timeline", "--db", file, "--format", "json"])).out) as Array<{ id: string; date: string }>;
  assert.deepEqual(tl.map((e) => e.date), ["2025-03", "2026-01"]);
  const cases: Array<[number, RegExp]> = [
    [0, /dated XXXX-03 \(year left open: 2025-03 by its report date 2025-12-03\)/],
    [1, /dated XXXX-01 \(year left open: 2026-01 by its report date 2025-12-03\)/],
  ];
  for (const [i, re] of cases) {
    const x = await cli(["timeline", "--db", file, "--explain", tl[i]!.id]);
    assert.equal(x.code, 0, x.err);
    assert.match(x.out, re);
  }
});

test("thoisu export: --format is required and named; csv, gdelt and polecat rows keep who acted on whom", async () => {
  const none = await cli(["export", "--db", db]);
  assert.equal(none.code, 2);
  assert.match(none.err, /--format is required: one of csv, gdelt, polecat, plover, ndjson/);
  const bad = await cli(["export", "--db", db, "--format", "xml"]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--format takes csv, gdelt, polecat, plover, ndjson, not "xml"/);

  const csv = (await cli(["export", "--db", db, "--format", "csv"])).out.trim().split("\r\n");
  assert.equal(csv[0], FLAT_HEAD.join(","));
  assert.equal(csv.length, 3);
  const row = Object.fromEntries(FLAT_HEAD.map((h, i) => [h, csv.find((l) => l.includes("Báo A"))!.split(",")[i]]));
  assert.deepEqual(
    [row.type, row.date, row.date_precision, row.actor_codes, row.actor_ids, row.actor_names, row.recipient_codes, row.recipient_names, row.location_name, row.location_country, row.status, row.source_count],
    ["CONSULT", "2025-05-16", "day", "RUS", "Russia", "Nga", "UKR", "Ukraine", "Qatar", "QAT", "occurred", "3"],
  );
  assert.equal(row.source_outlets, "Báo A;Báo B;Báo C");
  assert.equal(row.source_urls, "https://bao-1.example.vn/doha;https://bao-2.example.vn/doha;https://bao-3.example.vn/doha");
  assert.equal(row.source_published, "2025-05-16T09:00+07:00;2025-05-16T09:00+07:00;2025-05-17T09:00+07:00");

  const gd = (await cli(["export", "--db", db, "--format", "gdelt"])).out.trim().split("\n").map((l) => l.split("\t"));
  assert.equal(gd[0]!.length, GDELT_HEAD.length);
  assert.deepEqual(gd[0]!.slice(0, 6), ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"]);
  assert.equal(GDELT_HEAD.indexOf("SOURCEURL"), 60, "the 61 GDELT columns come first, in order");
  const g = Object.fromEntries(GDELT_HEAD.map((h, i) => [h, gd.find((r) => r.includes("CONSULT") && r.includes("RUS"))![i]]));
  assert.deepEqual(
    [g.SQLDATE, g.Actor1Code, g.Actor1Name, g.Actor2Code, g.Actor2Name, g.EventCode, g.EventRootCode, g.QuadClass, g.NumArticles, g.ActionGeo_FullName, g.ActionGeo_CountryCode, g.ThoisuDatePrecision, g.ThoisuStatus],
    ["20250516", "RUS", "NGA", "UKR", "UKRAINE", "040", "04", "1", "3", "Qatar", "QAT", "day", "occurred"],
  );

  const pc = (await cli(["export", "--db", db, "--format", "polecat"])).out.trim().split("\n").map((l) => l.split("\t"));
  assert.deepEqual(pc[0], POLECAT_HEAD);
  const p = Object.fromEntries(POLECAT_HEAD.map((h, i) => [h, pc.find((r) => r.includes("ISR"))![i]]));
  assert.deepEqual([p["Event Type"], p["Actor Country"], p["Wikipedia Actor ID"], p["Recipient Country"], p["Wikipedia Recipient ID"], p["Placename"], p["Country"], p["Quad Code"]], ["CONSULT", "ISR", "Israel", "HAMAS", "Hamas", "Cairo", "EGY", "VERBAL COOPERATION"]);

  const pl = (await cli(["export", "--db", db, "--format", "plover", "--story", talksId])).out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(pl.length, 1);
  assert.deepEqual(pl[0]!.actor, [{ id: "Russia", name: "Nga", code: "RUS" }]);
  assert.deepEqual(pl[0]!.recipient, [{ id: "Ukraine", name: "Ukraine", code: "UKR" }]);
  assert.equal((pl[0]!.sources as unknown[]).length, 3);
});

test("API: /api/stories pages the stories; /api/stories/:id has its articles and events per month; /api/timeline?story=", async () => {
  const r = await app.inject({ method: "GET", url: "/api/stories?limit=1" });
  assert.equal(r.statusCode, 200);
  const page = r.json() as { count: number; next: string | null; stories: StoryThread[] };
  assert.equal(page.count, 1);
  assert.ok(page.next, "a cursor to the next page");
  const second = (await app.inject({ method: "GET", url: `/api/stories?limit=1&cursor=${page.next}` })).json() as { count: number; next: string | null; stories: StoryThread[] };
  assert.deepEqual([second.count, second.next], [1, null]);
  assert.notEqual(second.stories[0]!.id, page.stories[0]!.id);
  const all = (await app.inject({ method: "GET", url: "/api/stories" })).json() as { stories: StoryThread[] };
  assert.deepEqual(all.stories.map((s) => s.id).sort(), [gazaId, talksId].sort());
  const q = (await app.inject({ method: "GET", url: "/api/stories?q=cairo" })).json() as { stories: StoryThread[] };
  assert.deepEqual(q.stories.map((s) => s.id), [gazaId]);
  const one = await app.inject({ method: "GET", url: `/api/stories/${talksId}` });
  assert.equal(one.statusCode, 200);
  const d = one.json() as { members: unknown[]; months: Array<{ month: string; cooperation: number; conflict: number }>; name: string };
  assert.equal(d.members.length, 3);
  assert.deepEqual(d.months, [{ month: "2025-05", cooperation: 1, conflict: 0 }]);
  assert.equal((await app.inject({ method: "GET", url: "/api/stories/s0000000000000ff" })).statusCode, 404);
  assert.equal((await app.inject({ method: "GET", url: "/api/stories/nope" })).statusCode, 400);
  const tl = (await app.inject({ method: "GET", url: `/api/timeline?story=${gazaId}` })).json() as { events: Array<{ story: string; actorCodes: string[]; recipientCodes: string[]; sourceCount: number }> };
  assert.deepEqual(
    tl.events.map((e) => e.sourceCount),
    [2],
  );
  assert.ok(tl.events.every((e) => e.story === gazaId));
  assert.deepEqual([tl.events[0]!.actorCodes, tl.events[0]!.recipientCodes], [["ISR"], ["HAMAS"]]);
  assert.equal((await app.inject({ method: "GET", url: "/api/timeline?story=bad" })).statusCode, 400);
});
