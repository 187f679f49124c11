/**
 * The store contract: ONE table of cases, run against SQLite and against a real PostgreSQL
 * (a throwaway cluster, see helpers/postgres.ts; skipped with a message when PostgreSQL is not
 * installed, never under CI=true).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Store } from "../src/store/store.js";
import { openSqlite } from "../src/store/sqlite.js";
import { openPostgres } from "../src/store/postgres.js";
import { SCHEMA_VERSION } from "../src/store/migrations.js";
import { mkPrepared, mkRecord, TALKS_PARAS, type RecSpec } from "./store-fixtures.js";
import { prepareArticle } from "../src/ingest/prepare.js";
import { PG_SKIP_REASON, startPostgres, type PgCluster } from "./helpers/postgres.js";
import { PINNED_NOW } from "./helpers/shared.js";

interface Backend {
  open(): Promise<Store>;
  /** Opens the same store again (a second process, a restart). */
  reopen(s: Store): Promise<Store>;
}

const now = () => PINNED_NOW;

const talksA = {
  title: "Nga và Ukraine đàm phán tại Qatar",
  paragraphs: TALKS_PARAS,
  url: "https://www.example-a.vn/the-gioi/dam-phan-qatar.html",
  outlet: "Báo A",
  published: "2025-05-16T09:00+07:00",
  actors: ["Russia", "Ukraine", "Qatar"],
  events: [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar" }],
};
// The same talks, written by another outlet in its own words; the date is given to the month.
const talksB = {
  title: "Vòng đàm phán Ukraine – Nga ở Doha",
  paragraphs: [
    "Đại diện Ukraine và Nga ngồi vào bàn thương lượng ở Doha theo lời mời của nước chủ nhà Qatar.",
    "Một nguồn tin cho biết các bên bàn về tù binh và an ninh hàng hải ở Biển Đen, chưa có thỏa thuận nào được ký.",
  ],
  url: "https://example-b.vn/doha-talks",
  outlet: "Báo B",
  published: "2025-05-17T08:00+07:00",
  actors: ["Russia", "Ukraine", "Qatar"],
  events: [{ type: "CONSULT", actor: ["Ukraine"], recipient: ["Russia"], date: "2025-05", location: null }],
};
// A third outlet says the talks never took place.
const talksDenied = {
  title: "Điện Kremlin bác tin đàm phán",
  paragraphs: ["Người phát ngôn Điện Kremlin phủ nhận thông tin rằng phái đoàn Nga đã gặp phái đoàn Ukraine ở Qatar trong tuần này."],
  url: "https://example-c.vn/bac-tin",
  outlet: "Báo C",
  published: "2025-05-18T08:00+07:00",
  actors: ["Russia", "Ukraine", "Kremlin"],
  events: [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", status: "denied" as const, attribution: ["Moscow_Kremlin"] }],
};
const whiteHouse = {
  title: "Phát biểu tại Nhà Trắng về lệnh trừng phạt",
  paragraphs: ["Tổng thống Mỹ phát biểu tại Nhà Trắng rằng Mỹ sẽ áp đặt các lệnh trừng phạt mới đối với Nga trong tháng tới."],
  url: "https://example-d.vn/nha-trang-1",
  outlet: "Báo D",
  published: "2025-03-01T08:00+07:00",
  actors: ["United_States", "Russia"],
  events: [{ type: "SANCTION", actor: ["United_States"], recipient: ["Russia"], date: "2025-04", status: "planned" as const }],
};
const nhaTrang = {
  title: "Du lịch Nha Trang đón khách quốc tế",
  paragraphs: ["Thành phố biển Nha Trang đón nhiều đoàn khách quốc tế trong dịp lễ, các khách sạn gần như kín phòng."],
  url: "https://example-e.vn/nha-trang-du-lich",
  outlet: "Báo E",
  published: "2025-02-01T08:00+07:00",
};
const undated = {
  title: "Nga cảnh báo Mỹ",
  paragraphs: ["Nga cảnh báo Mỹ về hậu quả nếu tiếp tục viện trợ vũ khí cho Ukraine, theo một tuyên bố không nêu ngày."],
  outlet: "Báo F",
  actors: ["Russia", "United_States"],
  events: [{ type: "THREATEN", actor: ["Russia"], recipient: ["United_States"], date: null }],
};

// Three articles holding the words of "lệnh ngừng bắn" (cease-fire order): as a phrase, close
// together, and scattered over the text. Stored scattered first so storage order cannot explain
// the ranking.
const ceasefirePhrase = {
  title: "Hai bên tuyên bố lệnh ngừng bắn",
  paragraphs: ["Quân đội hai nước xác nhận lệnh ngừng bắn có hiệu lực từ nửa đêm dọc toàn tuyến biên giới phía bắc."],
  url: "https://example-g.vn/ngung-ban",
  outlet: "Báo G",
  published: "2025-06-01T08:00+07:00",
};
const ceasefireNear = {
  title: "Chỉ huy ra lệnh cho các đơn vị",
  paragraphs: ["Bộ chỉ huy ra lệnh cho pháo binh ngừng bắn trong ba ngày để đoàn cứu trợ đi qua vùng núi."],
  url: "https://example-h.vn/ra-lenh",
  outlet: "Báo H",
  published: "2025-06-01T08:00+07:00",
};
const ceasefireScattered = {
  title: "Mùa mưa ở vùng cao",
  paragraphs: [
    "Chính quyền tỉnh ban hành lệnh sơ tán các hộ dân sống gần sông trước mùa mưa lũ năm nay.",
    "Nhiều công trình thủy lợi phải tạm ngừng thi công vì đường sá bị sạt lở nghiêm trọng.",
    "Người dân kể lại tiếng nổ như bắn pháo khi những tảng đá lớn lăn xuống chân núi.",
  ],
  url: "https://example-i.vn/mua-mua",
  outlet: "Báo I",
  published: "2025-06-01T08:00+07:00",
};

const VOCAB = "nga mỹ ukraine hội đàm phái đoàn ngoại giao thỏa thuận lệnh ngừng bắn tù binh trao đổi biên giới an ninh năng lượng kinh tế quân sự hợp tác tuyên bố phát ngôn viên chính phủ quốc hội bầu cử thủ đô thành phố khu vực tổ chức quốc tế".split(" ");
/** Deterministic text of our own words, different for every seed (no two are near-duplicates). */
function ownWords(seed: number, n: number): string {
  let x = seed * 2654435761 + 7;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 3266489917) >>> 0;
    out.push(VOCAB[x % VOCAB.length]!);
  }
  return out.join(" ");
}
/** The i-th report of the same talks by a different outlet (one story event). */
const talksReport = (i: number) => ({
  title: `Bản tin đàm phán số ${i}`,
  paragraphs: [ownWords(i + 1, 60) + ".", ownWords(i + 1000, 60) + "."],
  url: `https://bao-${i}.example.vn/dam-phan`,
  outlet: `Báo số ${i}`,
  published: "2025-05-16T10:00+07:00",
  actors: ["Russia", "Ukraine", "Qatar"],
  events: [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar" }],
});

/** A report of talks on `date` (reported on `published`), in words of its own (`i`). */
const talksOn = (i: number, o: { date: string | null; published: string; actors?: string[]; events?: RecSpec["events"]; outlet?: string }) => ({
  title: `Tin đàm phán ${i}`,
  paragraphs: [ownWords(i + 500, 50) + ".", ownWords(i + 1500, 50) + "."],
  url: `https://tin-${i}.example.vn/dam-phan`,
  outlet: o.outlet ?? `Báo ${i}`,
  published: `${o.published}T09:00+07:00`,
  actors: o.actors ?? ["Russia", "Ukraine", "Qatar"],
  events: o.events ?? [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: o.date, location: "Qatar", text: "Phái đoàn Nga và Ukraine đàm phán về trao đổi tù binh tại Doha." }],
});
/** Reports on Gaza ceasefire talks: other sides, other words. */
const gazaOn = (i: number, published: string) => ({
  title: `Ngừng bắn ở Gaza ${i}`,
  paragraphs: [ownWords(i + 900, 50) + ".", "Israel và Hamas đàm phán ngừng bắn ở Cairo với sự trung gian của Ai Cập."],
  url: `https://gaza-${i}.example.vn/ngung-ban`,
  outlet: `Báo G${i}`,
  published: `${published}T09:00+07:00`,
  actors: ["Israel", "Hamas", "Egypt", "Cairo"],
  events: [{ type: "CONSULT", actor: ["Israel"], recipient: ["Hamas"], date: published, location: "Cairo", text: "Israel và Hamas đàm phán ngừng bắn ở Cairo." }],
});

type Case = [name: string, run: (s: Store, b: Backend) => Promise<void>];

const CASES: Case[] = [
  [
    "migrations: a new store is at the current schema; reopening applies nothing twice",
    async (s, b) => {
      assert.equal((await s.stats()).schemaVersion, SCHEMA_VERSION);
      await s.ingest([mkPrepared(talksA)]);
      const again = await b.reopen(s);
      try {
        const st = await again.stats();
        assert.equal(st.schemaVersion, SCHEMA_VERSION);
        assert.equal(st.articles, 1);
        assert.deepEqual(await again.check(), []);
      } finally {
        await again.close();
      }
    },
  ],
  [
    "the same capture twice is stored once (same batch and a later batch)",
    async (s) => {
      const a = mkPrepared(talksA);
      const r1 = await s.ingest([a, a]);
      assert.equal(r1.added, 1);
      assert.equal(r1.duplicates, 1);
      const r2 = await s.ingest([mkPrepared(talksA)]);
      assert.equal(r2.added, 0);
      assert.equal(r2.duplicates, 1);
      const st = await s.stats();
      assert.equal(st.articles, 1);
      assert.equal(st.events, 1);
      assert.equal(st.stories, 1);
    },
  ],
  [
    "another capture of the same canonical URL (http, www, AMP, tracking) is not stored again",
    async (s) => {
      await s.ingest([mkPrepared(talksA)]);
      const r = await s.ingest([mkPrepared({ ...talksA, salt: "refetched", url: "http://example-a.vn/amp/the-gioi/dam-phan-qatar.html?utm_source=fb#top" })]);
      assert.equal(r.sameUrl, 1);
      assert.equal(r.added, 0);
      assert.equal((await s.stats()).articles, 1);
    },
  ],
  [
    "a syndicated copy is linked to the original and not counted twice",
    async (s) => {
      await s.ingest([mkPrepared(talksA)]);
      const copy = mkPrepared({ ...talksA, url: "https://syndicator.vn/tin/123", outlet: "Báo Sao Chép", salt: "copy", paragraphs: [...TALKS_PARAS.slice(0, 2), TALKS_PARAS[2] + " (Theo Báo A)"] });
      const r = await s.ingest([copy]);
      assert.equal(r.added, 1);
      assert.equal(r.nearDuplicates, 1);
      const st = await s.stats();
      assert.deepEqual([st.articles, st.counted, st.nearDuplicates, st.events, st.stories], [2, 1, 1, 1, 1]);
      const stored = await s.article(copy.record.id);
      assert.equal(stored?.duplicateOf, mkPrepared(talksA).record.id);
      const russia = (await s.actors()).find((a) => a.id === "Russia");
      assert.equal(russia?.articles, 1);
      const hits = await s.search("dam phan qatar");
      assert.deepEqual(hits.map((h) => h.outlet), ["Báo A"]);
      // Listed among the story event's sources (an outlet that reprinted it reported it),
      // flagged, not counted as an independent source, no claim of its own.
      const [talks] = await s.timeline();
      assert.equal(talks?.sourceCount, 1);
      assert.deepEqual(talks?.sources.map((x) => [x.outlet, x.syndicated ?? false, x.copyOf ?? null, x.url]), [
        ["Báo A", false, null, talksA.url],
        ["Báo Sao Chép", true, mkPrepared(talksA).record.id, "https://syndicator.vn/tin/123"],
      ]);
      assert.deepEqual(talks?.claims.map((c) => c.sources.map((x) => x.outlet)), [["Báo A"]]);
      assert.equal((await s.timelineRows())[0]?.first?.outlet, "Báo A");
      assert.deepEqual(await s.check(), []);
      // Another independent report joins; re-analysing the original or the copy keeps the copy listed once.
      await s.ingest([mkPrepared(talksB)]);
      await s.ingest([mkPrepared({ ...talksA, events: [{ ...talksA.events[0]!, status: "planned" }] }), copy], { replace: true });
      const [again] = await s.timeline();
      assert.equal(again?.sourceCount, 2);
      assert.deepEqual(again?.sources.map((x) => [x.outlet, x.syndicated ?? false, x.status]), [
        ["Báo B", false, "occurred"],
        ["Báo A", false, "planned"],
        ["Báo Sao Chép", true, "planned"],
      ]);
      const st2 = await s.stats();
      assert.deepEqual([st2.articles, st2.counted, st2.events, st2.stories], [3, 2, 2, 1]);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "a batch commits as one transaction: a failing item leaves nothing of the batch",
    async (s) => {
      await s.ingest([mkPrepared(nhaTrang)]);
      const bad = mkPrepared(whiteHouse);
      bad.events = [bad.events[0]!, bad.events[0]!]; // the same event twice: the store refuses it
      await assert.rejects(() => s.ingest([mkPrepared(talksA), bad]));
      const st = await s.stats();
      assert.deepEqual([st.articles, st.events, st.stories], [1, 0, 0]);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "an event reported by two articles is one story event with both sources",
    async (s) => {
      await s.ingest([mkPrepared(talksA)]);
      await s.ingest([mkPrepared(talksB), mkPrepared(whiteHouse)]);
      const tl = await s.timeline();
      const talks = tl.filter((e) => e.type === "CONSULT");
      assert.equal(talks.length, 1);
      const t = talks[0]!;
      assert.equal(t.sourceCount, 2);
      assert.deepEqual(t.sources.map((x) => x.outlet), ["Báo A", "Báo B"]);
      assert.deepEqual(t.participants, ["RUS", "UKR"]);
      assert.equal(t.date, "2025-05-16");
      assert.equal(t.precision, "day");
      assert.equal(t.location, "Qatar");
      assert.equal(t.status, "occurred");
    },
  ],
  [
    "reported by one and denied by another: contested, with who says what",
    async (s) => {
      await s.ingest([mkPrepared(talksA), mkPrepared(talksDenied)]);
      const [t] = (await s.timeline({ type: "CONSULT" }))!;
      assert.equal(t?.status, "contested");
      assert.deepEqual(
        t?.claims.map((c) => [c.status, c.sources.map((x) => x.outlet)]),
        [
          ["occurred", ["Báo A"]],
          ["denied", ["Báo C"]],
        ],
      );
      assert.deepEqual(t?.claims[1]?.sources[0]?.attribution, ["Moscow_Kremlin"]);
    },
  ],
  [
    "timeline: ordered by event date, undated last; filters by type, actor, dates and query",
    async (s) => {
      await s.ingest([mkPrepared(undated), mkPrepared(talksA), mkPrepared(whiteHouse), mkPrepared(nhaTrang)]);
      const all = await s.timeline();
      assert.deepEqual(all.map((e) => e.type), ["SANCTION", "CONSULT", "THREATEN"]);
      assert.equal(all[2]?.date, null);
      assert.equal(all[2]?.precision, "none");
      assert.deepEqual((await s.timeline({ type: "consult" })).map((e) => e.type), ["CONSULT"]);
      assert.deepEqual((await s.timeline({ actor: "UKR" })).map((e) => e.type), ["CONSULT"]);
      assert.deepEqual((await s.timeline({ actor: "united_states" })).map((e) => e.type), ["SANCTION", "THREATEN"]);
      assert.deepEqual((await s.timeline({ actor: "my" })).map((e) => e.type), ["SANCTION", "THREATEN"]);
      assert.deepEqual((await s.timeline({ from: "2025-05" })).map((e) => e.type), ["CONSULT"]);
      assert.deepEqual((await s.timeline({ to: "2025-04" })).map((e) => e.type), ["SANCTION"]);
      assert.deepEqual((await s.timeline({ from: "2025-04-01", to: "2025-05-16" })).map((e) => e.type), ["SANCTION", "CONSULT"]);
      assert.deepEqual((await s.timeline({ query: "trung phat" })).map((e) => e.type), ["SANCTION"]);
      assert.deepEqual(await s.timeline({ query: "khongcotu" }), []);
      assert.equal((await s.timeline({ limit: 1, offset: 1 }))[0]?.type, "CONSULT");
    },
  ],
  [
    "search is diacritic-insensitive (đ too) and ranks exact-diacritic matches first",
    async (s) => {
      await s.ingest([mkPrepared(nhaTrang), mkPrepared(talksA), mkPrepared(whiteHouse)]);
      const folded = await s.search("dam phan qatar");
      assert.equal(folded[0]?.outlet, "Báo A");
      assert.equal(folded[0]?.match, "folded");
      assert.equal((await s.search("ĐÀM PHÁN"))[0]?.match, "exact");
      const exact = await s.search("Nhà Trắng");
      assert.deepEqual(exact.map((h) => [h.outlet, h.match]), [
        ["Báo D", "exact"],
        ["Báo E", "folded"],
      ]);
      const plain = await s.search("nha trang");
      assert.equal(plain.length, 2);
      assert.ok(plain[0]!.score >= plain[1]!.score);
      assert.deepEqual(await s.search("   "), []);
      assert.deepEqual(await s.search('"; DROP TABLE articles; --'), []);
      assert.equal((await s.stats()).articles, 3);
    },
  ],
  [
    "search ranks the same way on every backend: exact diacritics, then phrase, near, scattered words; no hit is empty",
    async (s) => {
      await s.ingest([mkPrepared(ceasefireScattered), mkPrepared(ceasefireNear), mkPrepared(ceasefirePhrase), mkPrepared(talksA), mkPrepared(nhaTrang), mkPrepared(whiteHouse)]);
      // Without diacritics: đ/Đ folds to d ("đàm phán" ← "dam phan").
      const talks = await s.search("dam phan qatar");
      assert.deepEqual(talks.map((h) => [h.outlet, h.match]), [["Báo A", "folded"]]);
      assert.deepEqual((await s.search("ĐÀM PHÁN QATAR")).map((h) => [h.outlet, h.match]), [["Báo A", "exact"]]);
      // With diacritics: the exact form first, the folded look-alike after it.
      assert.deepEqual((await s.search("Nhà Trắng")).map((h) => [h.outlet, h.match]), [
        ["Báo D", "exact"],
        ["Báo E", "folded"],
      ]);
      assert.deepEqual((await s.search("Nha Trang")).map((h) => h.outlet).sort(), ["Báo D", "Báo E"]);
      // Phrase before near before scattered, with and without diacritics.
      for (const q of ["lệnh ngừng bắn", "lenh ngung ban"]) {
        const hits = await s.search(q);
        assert.deepEqual(hits.map((h) => h.outlet), ["Báo G", "Báo H", "Báo I"], q);
        assert.ok(hits[0]!.score > hits[1]!.score && hits[1]!.score > hits[2]!.score, q);
      }
      assert.deepEqual((await s.search("lenh ngung ban", { limit: 2 })).map((h) => h.outlet), ["Báo G", "Báo H"]);
      // No hit: empty, also for words that exist only apart in different articles.
      assert.deepEqual(await s.search("khongcotu nao"), []);
      assert.deepEqual(await s.search("qatar trang"), []);
    },
  ],
  [
    "two writers ingesting overlapping batches at once (two connections) end consistent, each article once",
    async (s, b) => {
      const all = Array.from({ length: 24 }, (_, i) => mkPrepared(talksReport(i)));
      const first = all.slice(0, 16);
      const second = all.slice(8);
      const other = await b.reopen(s);
      try {
        const run = async (st: Store, list: typeof all) => {
          const res = { added: 0, duplicates: 0 };
          for (let i = 0; i < list.length; i += 4) {
            const r = await st.ingest(list.slice(i, i + 4));
            res.added += r.added;
            res.duplicates += r.duplicates;
          }
          return res;
        };
        // PostgreSQL: truly concurrent transactions. SQLite serialises writers per file (one
        // connection per process; BEGIN IMMEDIATE between processes): one after the other here.
        const [r1, r2] = s.backend === "postgres" ? await Promise.all([run(s, first), run(other, second)]) : [await run(s, first), await run(other, second)];
        assert.equal(r1.added + r2.added, 24);
        assert.equal(r1.duplicates + r2.duplicates, 8);
        const st = await s.stats();
        assert.deepEqual([st.articles, st.counted, st.events, st.stories], [24, 24, 24, 1]);
        const [talks] = await s.timeline();
        assert.equal(talks?.sourceCount, 24);
        assert.equal(new Set(talks?.sources.map((x) => x.articleId)).size, 24);
        const ru = (await s.actors()).find((a) => a.id === "Russia");
        assert.equal(ru?.articles, 24);
        assert.deepEqual(await s.check(), []);
      } finally {
        await other.close();
      }
    },
  ],
  [
    "timelineRows: the timeline's events in its order, with the first source and counts only",
    async (s) => {
      await s.ingest([mkPrepared(talksA), mkPrepared(undated), mkPrepared(whiteHouse)]);
      await s.ingest([mkPrepared(talksB)]);
      for (const f of [{}, { type: "CONSULT" }, { query: "dam phan" }, { actor: "USA" }, { limit: 1, offset: 1 }, { query: "khongcotu" }]) {
        const full = await s.timeline(f);
        const rows = await s.timelineRows(f);
        assert.deepEqual(
          rows,
          full.map(({ sources, claims: _claims, ...rest }) => ({ ...rest, first: sources[0] ?? null })),
          JSON.stringify(f),
        );
      }
      const [talks] = await s.timelineRows({ type: "CONSULT" });
      assert.equal(talks?.sourceCount, 2);
      assert.equal(talks?.first?.outlet, "Báo A");
    },
  ],
  [
    "keyset paging: `after` an event gives the events that follow it in timeline order (dated and undated), filters kept",
    async (s) => {
      await s.ingest([mkPrepared(talksA), mkPrepared(undated), mkPrepared(whiteHouse), mkPrepared(talksB)]);
      for (const f of [{}, { type: "CONSULT" }, { query: "dam phan" }, { actor: "USA" }]) {
        const all = await s.timelineRows({ ...f, limit: 0 });
        assert.ok(all.length >= 1, JSON.stringify(f));
        for (let i = 0; i < all.length; i++) {
          const after = { sort: all[i]!.sort, id: all[i]!.id };
          assert.deepEqual((await s.timelineRows({ ...f, after, limit: 10 })).map((e) => e.id), all.slice(i + 1).map((e) => e.id), `${JSON.stringify(f)} after ${i}`);
          assert.deepEqual((await s.timeline({ ...f, after, limit: 1 })).map((e) => e.id), all.slice(i + 1, i + 2).map((e) => e.id));
        }
      }
      // an undated event sorts last: after it, nothing; after the last dated one, the undated
      const rows = await s.timelineRows({ limit: 0 });
      assert.equal(rows.at(-1)!.sort, null);
      assert.deepEqual(await s.timelineRows({ after: { sort: null, id: rows.at(-1)!.id } }), []);
      // actors page by offset
      const actors = await s.actors({ limit: 0 });
      assert.deepEqual((await s.actors({ limit: 2, offset: 1 })).map((a) => a.id), actors.slice(1, 3).map((a) => a.id));
    },
  ],
  [
    "actors are counted by mentions, near-duplicates excluded",
    async (s) => {
      await s.ingest([mkPrepared(talksA), mkPrepared(talksB), mkPrepared(whiteHouse)]);
      const actors = await s.actors();
      const ru = actors.find((a) => a.id === "Russia")!;
      assert.equal(ru.articles, 3);
      assert.ok(ru.mentions >= 3);
      assert.equal(actors[0]?.id, "Russia");
      assert.deepEqual((await s.actors({ type: "person" })).map((a) => a.id), []);
      assert.equal((await s.actors({ limit: 2 })).length, 2);
    },
  ],
  [
    "older analyses can be redone from the stored capture; the store stays consistent",
    async (s) => {
      await s.ingest([mkPrepared({ ...talksA, version: "0.0.1" }), mkPrepared(talksB), mkPrepared({ ...whiteHouse, version: "0.0.1" })]);
      const stale = await s.staleArticles("0.1.0", 10);
      assert.deepEqual(stale.map((a) => a.outlet).sort(), ["Báo A", "Báo D"]);
      const a = stale.find((x) => x.outlet === "Báo A")!;
      assert.equal(a.capture.text?.startsWith(talksA.title), true);
      // The new analysis finds the talks planned rather than occurred, and no sanction at all.
      const redo = [
        mkPrepared({ ...talksA, events: [{ ...talksA.events[0]!, status: "planned" }] }),
        mkPrepared({ ...whiteHouse, events: [] }),
      ];
      for (const r of redo) r.capture = stale.find((x) => x.id === r.record.id)!.capture;
      const res = await s.ingest(redo, { replace: true });
      assert.equal(res.replaced, 2);
      assert.deepEqual(await s.staleArticles("0.1.0", 10), []);
      const tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.type, e.sourceCount, e.status]), [["CONSULT", 2, "occurred"]]);
      assert.deepEqual(tl[0]?.claims.map((c) => c.status), ["occurred", "planned"]);
      const st = await s.stats();
      assert.deepEqual([st.articles, st.events, st.stories], [3, 2, 1]);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "records come back whole, captures byte for byte",
    async (s) => {
      const { record } = mkRecord(talksA);
      const bytes = new Uint8Array(Buffer.from("<html><body>xin chào</body></html>", "utf8"));
      const p = prepareArticle({ ...record, id: "bytes-capture" }, { kind: "html", bytes, text: null, source: record.source, options: { date: "2025-05-16" } });
      await s.ingest([p, mkPrepared(whiteHouse)]);
      const got = await s.article("bytes-capture");
      assert.deepEqual(got?.record, { ...record, id: "bytes-capture" });
      assert.deepEqual(Buffer.from(got!.capture.bytes!), Buffer.from(bytes));
      assert.deepEqual(got?.capture.options, { date: "2025-05-16" });
      assert.equal(await s.article("nope"), null);
      const ids: string[] = [];
      for await (const r of s.records()) ids.push(r.id);
      assert.deepEqual(ids, ["bytes-capture", mkPrepared(whiteHouse).record.id]);
      assert.deepEqual([...(await s.known(["bytes-capture", "nope"]))], ["bytes-capture"]);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "queue: enqueue skips stored and queued captures; claims never overlap; completing stores each once",
    async (s) => {
      const item = (x: typeof talksA | typeof whiteHouse | typeof talksB) => {
        const p = mkPrepared(x);
        return { id: p.record.id, capture: p.capture };
      };
      await s.ingest([mkPrepared(talksA)]);
      assert.deepEqual(await s.enqueue([item(talksA), item(talksB), item(whiteHouse), item(talksB)]), { queued: 2, stored: 1, alreadyQueued: 1 });
      assert.deepEqual(await s.enqueue([item(talksB)]), { queued: 0, stored: 0, alreadyQueued: 1 });
      const c1 = await s.claim("w1", { limit: 1, leaseMs: 60_000 });
      const c2 = await s.claim("w2", { limit: 5, leaseMs: 60_000 });
      assert.equal(await s.claim("w3", { limit: 5, leaseMs: 60_000 }), null);
      assert.deepEqual(c1?.jobs.map((j) => [j.id, j.attempts]), [[mkPrepared(talksB).record.id, 1]]);
      assert.deepEqual(c2?.jobs.map((j) => j.id), [mkPrepared(whiteHouse).record.id]);
      assert.equal(c1?.jobs[0]?.capture.text?.startsWith(talksB.title), true);
      assert.deepEqual(await s.queueStats(), { pending: 0, claimed: 2, done: 0, failed: 0 });
      const r2 = await s.complete(c2!.token, [{ id: c2!.jobs[0]!.id, prepared: mkPrepared(whiteHouse) }]);
      assert.deepEqual([r2.done, r2.lost, r2.result.added], [1, 0, 1]);
      const r1 = await s.complete(c1!.token, [{ id: c1!.jobs[0]!.id, prepared: mkPrepared(talksB) }]);
      assert.deepEqual([r1.done, r1.lost, r1.result.added], [1, 0, 1]);
      // Completing twice stores nothing more.
      const again = await s.complete(c1!.token, [{ id: c1!.jobs[0]!.id, prepared: mkPrepared(talksB) }]);
      assert.deepEqual([again.done, again.lost, again.result.added], [0, 1, 0]);
      assert.deepEqual(await s.queueStats(), { pending: 0, claimed: 0, done: 2, failed: 0 });
      assert.equal((await s.stats()).articles, 3);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "queue: an expired lease is taken over and its old holder cannot complete; released jobs return; repeated expiry fails the job",
    async (s) => {
      const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const pn = mkPrepared(nhaTrang);
      await s.enqueue([{ id: pn.record.id, capture: pn.capture }]);
      const old = await s.claim("w1", { limit: 10, leaseMs: 1 });
      await wait(30);
      const taken = await s.claim("w2", { limit: 10, leaseMs: 60_000 });
      assert.deepEqual(taken?.jobs.map((j) => j.attempts), [2]);
      assert.equal(await s.renew(old!.token, 60_000), 0);
      const lost = await s.complete(old!.token, [{ id: pn.record.id, prepared: pn }]);
      assert.deepEqual([lost.done, lost.lost, lost.result.added], [0, 1, 0]);
      assert.equal((await s.stats()).articles, 0);
      assert.equal(await s.renew(taken!.token, 60_000), 1);
      assert.equal((await s.complete(taken!.token, [{ id: pn.record.id, prepared: pn }])).done, 1);
      assert.equal((await s.stats()).articles, 1);

      const pu = mkPrepared(undated);
      await s.enqueue([{ id: pu.record.id, capture: pu.capture }]);
      const held = await s.claim("w1", { limit: 1, leaseMs: 60_000 });
      assert.equal(await s.release(held!.token), 1);
      assert.deepEqual(await s.queueStats(), { pending: 1, claimed: 0, done: 1, failed: 0 });
      for (let i = 1; i <= 2; i++) {
        const c = await s.claim("crashy", { limit: 1, leaseMs: 1, maxAttempts: 2 });
        assert.equal(c?.jobs[0]?.attempts, i);
        await wait(30);
      }
      assert.equal(await s.claim("w3", { limit: 1, leaseMs: 60_000, maxAttempts: 2 }), null);
      assert.deepEqual(await s.queueStats(), { pending: 0, claimed: 0, done: 1, failed: 1 });
    },
  ],
  [
    "fetch state is remembered per URL; stored canonical URLs are known",
    async (s) => {
      assert.equal(await s.fetchState("http://127.0.0.1/feed.xml"), null);
      const st = { url: "http://127.0.0.1/feed.xml", etag: '"v1"', lastModified: "Mon, 01 Dec 2025 00:00:00 GMT", status: 200, checkedAt: "2026-01-01T00:00:00.000Z" };
      await s.saveFetchState(st);
      await s.saveFetchState({ ...st, etag: '"v2"', lastModified: null, status: 304 });
      assert.deepEqual(await s.fetchState(st.url), { ...st, etag: '"v2"', lastModified: null, status: 304 });
      await s.ingest([mkPrepared(talksA)]);
      const known = await s.knownUrls(["example-a.vn/the-gioi/dam-phan-qatar.html", "example-b.vn/doha-talks"]);
      assert.deepEqual([...known], ["example-a.vn/the-gioi/dam-phan-qatar.html"]);
    },
  ],
  [
    "never two events of one article on one line; the same happening across articles joins, with its reasons",
    async (s) => {
      // One article: a phone call and a meeting on the same day are two happenings.
      const one = talksOn(1, {
        date: "2025-05-16",
        published: "2025-05-17",
        events: [
          { type: "CONSULT", mode: "phone", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", text: "Lãnh đạo Nga và Ukraine điện đàm." },
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Phái đoàn Nga và Ukraine đàm phán về trao đổi tù binh tại Doha." },
        ],
      });
      await s.ingest([mkPrepared(one)]);
      assert.equal((await s.timeline()).length, 2);
      // Another outlet reports the meeting: it joins the meeting's line, not the call's.
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-16", published: "2025-05-17" }))]);
      const tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.mode, e.sourceCount]).sort(), [[null, 2], ["phone", 1]]);
      const meeting = tl.find((e) => e.sourceCount === 2)!;
      assert.deepEqual(meeting.sources.map((x) => x.outlet), ["Báo 1", "Báo 2"]);
      const x = await s.explainLine(meeting.id.slice(0, 8));
      assert.equal(x?.line.id, meeting.id);
      assert.deepEqual(x?.sources.map((y) => y.why?.decision), ["new", "joined"]);
      assert.match(x!.sources[1]!.why!.reasons.join("; "), /date same/);
      assert.match(x!.sources[1]!.why!.considered.map((c) => c.verdict).join("; "), /agrees, but less/);
      assert.equal(await s.explainLine("ffffffffffff"), null);
      // An article telling the meeting twice (lead and body: same day, same mode) is one more source, not two.
      const twice = talksOn(3, {
        date: "2025-05-16",
        published: "2025-05-18",
        events: [
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Nga và Ukraine đàm phán tại Doha." },
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", text: "Cuộc đàm phán hôm 16/5 kéo dài ba giờ." },
        ],
      });
      await s.ingest([mkPrepared(twice)]);
      const tl3 = await s.timeline();
      assert.deepEqual(tl3.map((e) => [e.mode, e.sourceCount, e.sources.length]).sort(), [[null, 3, 4], ["phone", 1, 1]]);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "the once audit: talks dated in the lead and named undated in the body are one line (one source); A struck B, then B struck A, are two",
    async (s) => {
      const rec = talksOn(1, {
        date: "2025-05-16",
        published: "2025-05-17",
        events: [
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Ngày 16/5, Nga và Ukraine đàm phán tại Doha." },
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: null, text: "Cuộc đối thoại cũng xoay quanh vấn đề nhân đạo." },
          { type: "ASSAULT", actor: ["Russia"], recipient: ["Ukraine"], date: null, text: "Nga tập kích Ukraine." },
          { type: "ASSAULT", actor: ["Ukraine"], recipient: ["Russia"], date: null, text: "Ukraine đáp trả bằng tên lửa." },
        ],
      });
      await s.ingest([mkPrepared(rec)]);
      const tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.type, e.date, e.sourceCount, e.sources.length]).sort(), [
        ["ASSAULT", null, 1, 1],
        ["ASSAULT", null, 1, 1],
        ["CONSULT", "2025-05-16", 1, 2],
      ]);
      const talks = tl.find((e) => e.type === "CONSULT")!;
      const x = await s.explainLine(talks.id);
      assert.deepEqual(x?.sources.map((y) => y.why?.decision ?? "new"), ["new", "joined"]);
      assert.match(x!.sources[1]!.why!.reasons.join("; "), /tells its own event again \(undated, the other dated at the report date\)/);
      const struck = tl.filter((e) => e.type === "ASSAULT").map((e) => e.id);
      const y = await Promise.all(struck.map((id) => s.explainLine(id)));
      assert.match(y.flatMap((l) => l!.sources.flatMap((z) => z.why?.considered.map((c) => c.verdict) ?? [])).join("; "), /the other way round/);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "a report naming fewer of the parties joins the line found by a pair of its sides; re-analysis takes its sides back",
    async (s) => {
      const three = { type: "CONSULT", actor: ["Russia", "United_States"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Nga, Mỹ và Ukraine đàm phán ba bên tại Doha." };
      const two = { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Nga và Ukraine đàm phán tại Doha." };
      const a1 = talksOn(1, { date: "2025-05-16", published: "2025-05-17", actors: ["Russia", "Ukraine", "United_States", "Qatar"], events: [two] });
      await s.ingest([mkPrepared(a1)]);
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-16", published: "2025-05-17", actors: ["Russia", "Ukraine", "United_States", "Qatar"], events: [three] }))]);
      // Sides that only overlap (RUS+QAT) or a single side stay apart.
      await s.ingest([mkPrepared(talksOn(3, { date: "2025-05-16", published: "2025-05-17", events: [{ ...two, recipient: ["Qatar"] }] }))]);
      let tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.participants.join("+"), e.sourceCount]).sort(), [["QAT+RUS", 1], ["RUS+UKR+USA", 2]]);
      const line = tl.find((e) => e.sourceCount === 2)!;
      const x = await s.explainLine(line.id);
      assert.deepEqual(x?.sources.map((y) => y.why?.decision), ["new", "joined"]);
      assert.match(x!.sources[1]!.why!.reasons.join("; "), /sides within: RUS\+UKR\+USA ~ RUS\+UKR/);
      assert.deepEqual(await s.check(), []);
      // The first report analysed again without its event: the line keeps the other's sides.
      await s.ingest([mkPrepared({ ...a1, events: [] })], { replace: true });
      tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.participants.join("+"), e.sourceCount]).sort(), [["QAT+RUS", 1], ["RUS+UKR+USA", 1]]);
      // A later two-party report still finds it by a pair of its sides.
      await s.ingest([mkPrepared(talksOn(4, { date: "2025-05-16", published: "2025-05-18", actors: ["Russia", "Ukraine", "United_States", "Qatar"], events: [{ ...two, actor: ["Ukraine"], recipient: ["United_States"] }] }))]);
      tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.participants.join("+"), e.sourceCount]).sort(), [["QAT+RUS", 1], ["RUS+UKR+USA", 2]]);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "article by article: a line holding a mediator's report is joined through another source's sides; an undated source keeps placing it by its report date",
    async (s) => {
      const actors = ["Russia", "Ukraine", "United_States", "Qatar"];
      const two = { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Nga và Ukraine đàm phán tại Doha." };
      await s.ingest([mkPrepared(talksOn(1, { date: "2025-05-16", published: "2025-05-17", actors, events: [two] }))]);
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-16", published: "2025-05-17", actors, events: [{ ...two, actor: ["Russia", "Qatar"] }] }))]);
      await s.ingest([mkPrepared(talksOn(3, { date: "2025-05-16", published: "2025-05-17", actors, events: [{ ...two, actor: ["Russia", "United_States"] }] }))]);
      let tl = await s.timeline();
      assert.deepEqual(tl.map((e) => [e.participants.join("+"), e.sourceCount]), [["QAT+RUS+UKR+USA", 3]]);
      const x = await s.explainLine(tl[0]!.id);
      assert.match(x!.sources[2]!.why!.reasons.join("; "), /sides within a source's: RUS\+UKR\+USA ~ RUS\+UKR \(of QAT\+RUS\+UKR\)/);
      // Undated (reported 17th), then dated the 16th, then undated reported the 20th: one line, as in any other order.
      const undated = (i: number, published: string) => talksOn(i, { date: null, published, actors, events: [{ ...two, date: null, location: null, text: "Phái đoàn Nga và Ukraine đàm phán về trao đổi tù binh." }] });
      await s.ingest([mkPrepared(undated(10, "2025-06-17"))]);
      await s.ingest([mkPrepared(talksOn(11, { date: "2025-06-16", published: "2025-06-17", actors, events: [{ ...two, date: "2025-06-16", location: null, text: "Phái đoàn Nga và Ukraine đàm phán về trao đổi tù binh hôm 16/6." }] }))]);
      await s.ingest([mkPrepared(undated(12, "2025-06-20"))]);
      tl = await s.timeline({ from: "2025-06" });
      assert.deepEqual(tl.map((e) => [e.date, e.sourceCount]), [["2025-06-16", 3]]);
      const y = await s.explainLine(tl[0]!.id);
      assert.match(y!.sources[2]!.why!.reasons.join("; "), /a source of the line undated \(the line dated 2025-06-16\)/);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "storySources: the reports of a kind of happening, also those on a line that names more of the parties",
    async (s) => {
      const three = { type: "CONSULT", actor: ["Russia", "United_States"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Nga, Mỹ và Ukraine đàm phán ba bên tại Doha." };
      const two = { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-05-16", location: "Qatar", text: "Nga và Ukraine đàm phán tại Doha." };
      const actors = ["Russia", "Ukraine", "United_States", "Qatar"];
      await s.ingest([mkPrepared(talksOn(1, { date: "2025-05-16", published: "2025-05-17", actors, events: [three] }))]);
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-16", published: "2025-05-17", actors, events: [two] }))]);
      await s.ingest([mkPrepared(talksOn(3, { date: "2025-05-20", published: "2025-05-21", actors, events: [{ ...two, date: "2025-05-20" }] }))]);
      assert.equal((await s.timeline()).length, 2);
      const got = await s.storySources(["CONSULT|RUS,UKR"]);
      assert.deepEqual(got.map((x) => [x.outlet, x.participants.join("+")]).sort(), [
        ["Báo 1", "RUS+UKR+USA"],
        ["Báo 2", "RUS+UKR"],
        ["Báo 3", "RUS+UKR"],
      ]);
      assert.deepEqual(await s.storySources(["AGREE|RUS,UKR"]), []);
    },
  ],
  [
    "a date whose year the article leaves open meets the dated reports of its happening, whichever arrives first",
    async (s, b) => {
      const open = (i: number) => talksOn(i, { date: "XXXX-05-16", published: "2025-05-17" });
      const dated = (i: number) => talksOn(i, { date: "2025-05-16", published: "2025-05-18" });
      // Open year first, then the dated report; in another store the other way round.
      await s.ingest([mkPrepared(open(1))]);
      await s.ingest([mkPrepared(dated(2))]);
      // A year earlier is another happening.
      await s.ingest([mkPrepared(talksOn(3, { date: "2024-05-16", published: "2024-05-17" }))]);
      const other = await b.open();
      try {
        await other.ingest([mkPrepared(dated(2))]);
        await other.ingest([mkPrepared(open(1))]);
        await other.ingest([mkPrepared(talksOn(3, { date: "2024-05-16", published: "2024-05-17" }))]);
        for (const st of [s, other]) {
          const tl = await st.timeline();
          assert.deepEqual(tl.map((e) => [e.date, e.sourceCount]).sort(), [["2024-05-16", 1], ["2025-05-16", 2]]);
          assert.deepEqual(await st.check(), []);
        }
      } finally {
        await other.close();
      }
    },
  ],
  [
    "an open year of what is planned is read ahead (next January), of what was done back (last January), whichever report arrives first",
    async (s, b) => {
      const ev = (date: string, status: "planned" | "occurred") => [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date, status, location: "Qatar", text: "Phái đoàn Nga và Ukraine đàm phán về trao đổi tù binh tại Doha." }];
      const open = (i: number) => talksOn(i, { date: null, published: "2025-12-03", events: ev("XXXX-01", "planned") });
      const dated = (i: number) => talksOn(i, { date: null, published: "2025-12-20", events: ev("2026-01", "planned") });
      const past = (i: number) => talksOn(i, { date: null, published: "2025-12-05", events: ev("XXXX-01", "occurred") });
      await s.ingest([mkPrepared(open(1))]);
      await s.ingest([mkPrepared(past(3))]);
      await s.ingest([mkPrepared(dated(2))]);
      const other = await b.open();
      try {
        await other.ingest([mkPrepared(dated(2))]);
        await other.ingest([mkPrepared(past(3))]);
        await other.ingest([mkPrepared(open(1))]);
        for (const st of [s, other]) {
          const tl = await st.timeline();
          assert.deepEqual(tl.map((e) => [e.date, e.sourceCount]).sort(), [["2025-01", 1], ["2026-01", 2]]);
          assert.deepEqual(await st.check(), []);
        }
      } finally {
        await other.close();
      }
    },
  ],
  [
    "a line's date is the one most sources give; a source that disagrees is kept and shown",
    async (s) => {
      await s.ingest([mkPrepared(talksOn(1, { date: "2025-05-17", published: "2025-05-18" }))]);
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-16", published: "2025-05-17" })), mkPrepared(talksOn(3, { date: "2025-05-16", published: "2025-05-18" }))]);
      await s.ingest([mkPrepared(talksOn(4, { date: "2025-05", published: "2025-05-20" }))]);
      const [t, ...rest] = await s.timeline();
      assert.equal(rest.length, 0);
      assert.equal(t?.sourceCount, 4);
      assert.deepEqual([t?.date, t?.precision, t?.dateContested], ["2025-05-16", "day", true]);
      assert.deepEqual(
        t?.dates.map((d) => [d.date, d.articles.length]),
        [
          ["2025-05-17", 1],
          ["2025-05-16", 2],
          ["2025-05", 1],
        ],
      );
      const [row] = await s.timelineRows();
      assert.deepEqual([row?.date, row?.dateContested, row?.actorCodes, row?.recipientCodes], ["2025-05-16", true, ["RUS"], ["UKR"]]);
    },
  ],
  [
    "stories: articles on the same sides at the same time are one story, others apart; ids stay as articles arrive; a story's timeline",
    async (s) => {
      await s.ingest([mkPrepared(talksOn(1, { date: "2025-05-16", published: "2025-05-17" })), mkPrepared(gazaOn(1, "2025-05-18"))]);
      const first = await s.stories();
      assert.equal(first.length, 2);
      const talksId = (await s.storyOf(mkPrepared(talksOn(1, { date: "2025-05-16", published: "2025-05-17" })).record.id))!.id;
      const gazaId = (await s.storyOf(mkPrepared(gazaOn(1, "2025-05-18")).record.id))!.id;
      assert.notEqual(talksId, gazaId);
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-20", published: "2025-05-21" })), mkPrepared(gazaOn(2, "2025-05-22")), mkPrepared(talksOn(3, { date: "2025-06-02", published: "2025-06-03" }))]);
      const list = await s.stories();
      assert.deepEqual(list.map((t) => t.id).sort(), [gazaId, talksId].sort());
      const talks = list.find((t) => t.id === talksId)!;
      assert.deepEqual([talks.articles, talks.events, talks.first, talks.last], [3, 3, "2025-05-16", "2025-06-03"]);
      assert.deepEqual(talks.sides.slice(0, 2), ["RUS", "UKR"]);
      assert.equal(talks.name, "Nga–Ukraine talks");
      const tl = await s.timeline({ story: talksId });
      assert.deepEqual(tl.map((e) => e.participants.join("+")), ["RUS+UKR", "RUS+UKR", "RUS+UKR"]);
      assert.ok(tl.every((e) => e.story === talksId));
      assert.deepEqual((await s.timelineRows({ story: gazaId })).map((e) => e.participants.join("+")), ["HAMAS+ISR", "HAMAS+ISR"]);
      assert.deepEqual(await s.timeline({ story: "s000000000000000" }), []);
      const detail = await s.story(talksId);
      assert.equal(detail?.members.length, 3);
      assert.match(detail!.members[1]!.why!, /^joined: similarity/);
      assert.deepEqual((await s.stories({ query: "cairo" })).map((t) => t.id), [gazaId]);
      assert.deepEqual((await s.stats()).threads, 2);
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "stories join when an article ties them together and split when its new analysis no longer does; old ids still answer",
    async (s) => {
      const a = mkPrepared(talksOn(1, { date: "2023-01-10", published: "2023-01-11" }));
      const b = mkPrepared(talksOn(2, { date: "2025-01-10", published: "2025-01-11" }));
      await s.ingest([a]);
      await s.ingest([b]);
      const [ta, tb] = [(await s.storyOf(a.record.id))!.id, (await s.storyOf(b.record.id))!.id];
      assert.notEqual(ta, tb, "two years apart: two stories");
      // An article looking back to 2023 from 2025 ties them together: one story, the older id.
      const bridge = talksOn(3, {
        date: null,
        published: "2025-01-12",
        events: [
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2023-01-10", location: "Qatar", text: "Vòng đàm phán đầu tiên ở Doha năm 2023." },
          { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2025-01-10", location: "Qatar", text: "Vòng đàm phán mới ở Doha." },
        ],
      });
      const r = await s.ingest([mkPrepared(bridge)]);
      assert.equal(r.threadsMerged, 1);
      assert.deepEqual((await s.stories()).map((t) => t.id), [ta]);
      assert.equal((await s.story(tb))?.id, ta, "the joined story's id answers for it");
      assert.equal((await s.timeline({ story: tb })).length, 2);
      assert.deepEqual(await s.check(), []);
      // Analysed again, the article no longer looks back: the story splits, each id comes back.
      await s.ingest([mkPrepared({ ...bridge, events: [bridge.events[1]!] })], { replace: true });
      assert.deepEqual((await s.stories()).map((t) => t.id).sort(), [ta, tb].sort());
      assert.equal((await s.storyOf(a.record.id))?.id, ta);
      assert.equal((await s.storyOf(b.record.id))?.id, tb);
      assert.equal((await s.storyOf(mkPrepared(bridge).record.id))?.id, tb);
      assert.deepEqual(
        (await s.timeline({ story: tb })).map((e) => [e.date, e.sourceCount]),
        [["2025-01-10", 2]],
      );
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "lines and stories built again from the stored records are the ones ingesting built",
    async (s) => {
      await s.ingest([mkPrepared(talksOn(1, { date: "2025-05-16", published: "2025-05-17" })), mkPrepared(gazaOn(1, "2025-05-18"))]);
      await s.ingest([mkPrepared(talksOn(2, { date: "2025-05-16", published: "2025-05-17" })), mkPrepared(undated), mkPrepared(talksA)]);
      await s.ingest([mkPrepared({ ...talksA, url: "https://syndicator.vn/tin/9", outlet: "Báo Sao Chép", salt: "copy" })]);
      const before = { tl: await s.timeline({ limit: 0 }), st: await s.stories() };
      const r = await s.rebuildStories();
      assert.deepEqual(r, { lines: before.tl.length, stories: before.st.length });
      assert.deepEqual(await s.timeline({ limit: 0 }), before.tl);
      assert.deepEqual(
        (await s.stories()).map(({ updatedAt: _u, ...t }) => t),
        before.st.map(({ updatedAt: _u, ...t }) => t),
      );
      assert.deepEqual(await s.check(), []);
    },
  ],
  [
    "articles naming actors, by mentions; the timeline's query of names keeps their story events",
    async (s) => {
      await s.ingest([mkPrepared(talksA), mkPrepared(whiteHouse), mkPrepared(nhaTrang)]);
      const a = (await s.article(mkPrepared(talksA).record.id))!;
      const w = (await s.article(mkPrepared(whiteHouse).record.id))!;
      assert.deepEqual(
        (await s.articlesWithActors(["Qatar"], 10)).map((x) => x.id),
        [a.id],
      );
      assert.deepEqual(
        new Set((await s.articlesWithActors(["Russia", "United_States"], 10)).map((x) => x.id)),
        new Set([a.id, w.id]),
      );
      assert.deepEqual(await s.articlesWithActors([], 10), []);
      assert.deepEqual(await s.articlesWithActors(["Nobody"], 10), []);
      // "Katar" is no word of these articles, but a query naming Qatar keeps its story events.
      assert.deepEqual(await s.timeline({ query: "Katar" }), []);
      assert.deepEqual(
        (await s.timeline({ query: "Katar", queryActors: [["Qatar"]] })).map((e) => e.type),
        ["CONSULT"],
      );
      // Every name must be named: Qatar and the United States are not named together.
      assert.deepEqual(await s.timeline({ query: "Katar Washington", queryActors: [["Qatar"], ["United_States"]] }), []);
    },
  ],
];

function runSuite(name: string, setup: () => Promise<Backend | string>, teardown: () => Promise<void>) {
  describe(`store contract: ${name}`, () => {
    let backend: Backend | string = "not started";
    before(async () => {
      backend = await setup();
    });
    after(teardown);
    for (const [title, run] of CASES) {
      test(title, async (t) => {
        if (typeof backend === "string") {
          t.skip(backend);
          return;
        }
        const s = await backend.open();
        try {
          await run(s, backend);
        } finally {
          await s.close();
        }
      });
    }
  });
}

// SQLite: a fresh file per case.
let sqliteDir = "";
runSuite(
  "sqlite",
  async () => {
    sqliteDir = mkdtempSync(join(tmpdir(), "thoisu-store-"));
    let n = 0;
    return {
      open: () => openSqlite(join(sqliteDir, `case${++n}.db`), now),
      reopen: (s) => openSqlite(s.location, now),
    };
  },
  async () => rmSync(sqliteDir, { recursive: true, force: true }),
);

// PostgreSQL: a throwaway cluster, a fresh database per case.
let cluster: PgCluster | null = null;
let admin: pg.Client | null = null;
runSuite(
  "postgres",
  async () => {
    cluster = await startPostgres();
    if (!cluster) {
      console.log(`# ${PG_SKIP_REASON}`);
      return PG_SKIP_REASON;
    }
    const c = cluster;
    const a = new pg.Client({ connectionString: c.url });
    await a.connect();
    admin = a;
    let n = 0;
    const urls = new Map<Store, string>();
    return {
      async open() {
        const db = `contract_${++n}`;
        await a.query(`CREATE DATABASE ${db}`);
        const s = await openPostgres(c.urlFor(db), now);
        urls.set(s, c.urlFor(db));
        return s;
      },
      reopen: (s) => openPostgres(urls.get(s)!, now),
    };
  },
  async () => {
    await admin?.end();
    cluster?.stop();
  },
);
