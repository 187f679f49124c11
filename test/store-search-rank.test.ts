/**
 * SQLite search at scale (src/store/sqlite.ts): which words bm25 weighs, the order within a
 * tier when it weighs them or not, and rowid bounds that FTS5 can use.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Db } from "../src/store/db.js";
import { openSqlite, searchTiers, sqliteIndex, weighing } from "../src/store/sqlite.js";
import { mkPrepared, type RecSpec } from "./store-fixtures.js";
import { PINNED_NOW } from "./helpers/shared.js";

const now = () => PINNED_NOW;

// Articles of our own words, distinct enough never to be taken for copies of each other. "sông"
// is in all of them, "cầu" in three, "đèo" in one, never two of them close together (one tier);
// the oldest names "cầu" in its title and often, the others once in their body.
const filler = [
  "Người dân trong xóm thường dậy sớm để chuẩn bị phiên chợ phiên họp mặt đầu tuần.",
  "Mùa gặt năm nay đến muộn hơn mọi năm vì những trận mưa kéo dài suốt tháng trước.",
  "Các em học sinh được nghỉ học hai ngày để nhà trường sửa lại mái tôn bị gió lật.",
  "Chiếc thuyền nhỏ chở đầy rau quả xuôi dòng từ sáng sớm tới tận quá trưa mới cập bến.",
  "Ông trưởng thôn kể rằng con đường đất đỏ này đã được mở từ hơn ba mươi năm trước.",
  "Những vườn cam trên đồi bắt đầu chín vàng, thương lái từ khắp nơi kéo về thu mua.",
];
const arts: RecSpec[] = [
  { title: "Cầu mới của tỉnh thông xe", paragraphs: ["Cây cầu dài nhất tỉnh là cầu thép chịu được xe tải nặng, cầu thứ ba làm xong trong năm.", filler[0]!, "Hai bờ của dòng sông từ nay gần nhau hơn.", filler[1]!], outlet: "Báo A" },
  { title: "Bến phà cũ ngừng chạy", paragraphs: ["Phà trên sông vắng khách từ khi có cầu mới ở hạ lưu.", filler[2]!, filler[3]!], outlet: "Báo B" },
  { title: "Đường lên đèo sạt lở", paragraphs: ["Con đường ven sông dẫn lên đèo bị đất đá vùi lấp sau cơn mưa.", filler[4]!, filler[5]!], outlet: "Báo C" },
  { title: "Chợ nổi họp sớm", paragraphs: ["Ghe thuyền tụ về khúc sông trước cửa chợ từ lúc trời còn tối; người bán đi qua cầu tre.", filler[1]!, filler[4]!], outlet: "Báo D" },
];

async function storeOf(weighBudget?: number) {
  const s = await openSqlite(":memory:", now, { search: sqliteIndex({ weighBudget }) });
  // One by one: storage order (seq) is the order above, the last the most recent.
  for (const a of arts) await s.ingest([mkPrepared(a)]);
  return s;
}

test("weighing: every word when the articles holding them fit the budget, else the rarest ones, else none", async () => {
  const s = await storeOf();
  try {
    const fold = (q: string) => searchTiers(q).find((t) => t.cols === "fold" && t.how === "all")!;
    // Articles holding each word: song 4, cau 3, deo 1 (counted exactly below the probe size).
    const cases: Array<[string, number, string]> = [
      ["song cau deo", 8, "all"],
      ["song cau deo", 7, "some:deo,cau"],
      ["song cau deo", 3, "some:deo"],
      ["song cau", 3, "some:cau"],
      ["song cau", 2, "none"],
      ["song", 4, "all"],
      ["song", 3, "none"],
    ];
    for (const [q, budget, want] of cases) {
      const w = await weighing(s.db, fold(q), budget);
      assert.equal(w.kind === "some" ? `some:${w.terms.join(",")}` : w.kind, want, `${q} within ${budget}`);
    }
  } finally {
    await s.close();
  }
});

test("within a tier: by bm25 when the words are weighed, the most recent first when they are not", async () => {
  const cases: Array<[number | undefined, string[]]> = [
    // "cầu" in the oldest article's title and three times in its body: it ranks first by bm25.
    [undefined, ["Báo A"]],
    // Weighing nothing (as for words in most of a million articles): newest first.
    [0, ["Báo D", "Báo B", "Báo A"]],
  ];
  for (const [budget, want] of cases) {
    const s = await storeOf(budget);
    try {
      const hits = await s.search("song cau");
      assert.equal(hits.length, 3);
      assert.deepEqual(
        hits.slice(0, want.length).map((h) => h.outlet),
        want,
        `budget ${budget}`,
      );
      for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
    } finally {
      await s.close();
    }
  }
});

test("every rowid bound the search index sends to FTS5 is an INTEGER (a REAL one makes FTS5 read the whole index)", async () => {
  const s = await openSqlite(":memory:", now);
  try {
    for (const a of arts) await s.ingest([mkPrepared(a)]);
    const seen: string[] = [];
    const spy: Db = new Proxy(s.db, {
      get(target, prop, recv) {
        const v = Reflect.get(target, prop, recv) as unknown;
        if (typeof v !== "function") return v;
        return (sql: unknown, ...rest: unknown[]) => {
          if (typeof sql === "string") seen.push(sql);
          return (v as (...a: unknown[]) => unknown).call(target, sql, ...rest);
        };
      },
    });
    const index = sqliteIndex();
    for (const q of ["sông cầu", "song cau", "cau moi bac", "đèo"]) await index.search(spy, q, 20);
    await index.remove(spy, 1, mkPrepared(arts[0]!).search);
    const fts = seen.filter((q) => /articles_fts\b/.test(q) && /\browid\s*(=|>=|<=|<|>)/.test(q));
    assert.ok(fts.length >= 3, "the bounded queries ran");
    for (const q of fts) assert.doesNotMatch(q, /\browid\s*(=|>=|<=|<|>)\s*\?/, q);
    // And the bound is used as such: the values FTS5 sees are integers.
    const [row] = await s.db.all<{ t: string }>(`SELECT typeof(CAST(? AS INTEGER)) AS t`, [12]);
    assert.equal(row?.t, "integer");
  } finally {
    await s.close();
  }
});
