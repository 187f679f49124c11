/**
 * Story threads, pure: an article's profile (pairs of sides, codes, terms, places, days), the
 * similarity of profiles, grouping in order, names.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { addProfiles, articleSpan, articleTerms, clusterProfiles, emptyProfile, rawProfile, similarity, threadName, threadSides, weighProfile, type Profile, sideName, threadPlaces, threadTerms } from "../src/story/threads.js";
import { sourcedEvents } from "../src/story/merge.js";
import { mkRecord, type RecSpec } from "./store-fixtures.js";

const talks = (i: number, date: string, extra: Partial<RecSpec> = {}): RecSpec => ({
  title: `Nga và Ukraine đàm phán về trao đổi tù binh, vòng ${i}`,
  paragraphs: [`Phái đoàn Nga và Ukraine gặp nhau ở Doha, bàn về trao đổi tù binh và hành lang nhân đạo.`],
  published: `${date}T08:00+07:00`,
  actors: ["Russia", "Ukraine", "Qatar"],
  events: [{ type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date, location: "Qatar" }],
  ...extra,
});
const gaza = (date: string): RecSpec => ({
  title: "Israel và Hamas đàm phán ngừng bắn",
  paragraphs: ["Israel và Hamas nối lại đàm phán ngừng bắn ở Cairo, trung gian là Ai Cập và con tin được bàn tới."],
  published: `${date}T08:00+07:00`,
  actors: ["Israel", "Hamas", "Egypt", "Cairo"],
  events: [{ type: "CONSULT", actor: ["Israel"], recipient: ["Hamas"], date, location: "Cairo" }],
});

/** Profiles of records in order, weighted as the store does (document frequencies so far). */
function profiles(specs: RecSpec[]): Profile[] {
  const df = new Map<string, number>();
  return specs.map((s, n) => {
    const { record } = mkRecord(s);
    const raw = rawProfile(record, sourcedEvents(record));
    for (const k of ["dy", "co", "te", "pl"] as const) for (const x of Object.keys(raw[k])) df.set(`${k}:${x}`, (df.get(`${k}:${x}`) ?? 0) + 1);
    return weighProfile(raw, df, n + 1);
  });
}

test("an article's profile: pairs of sides from events, codes from names (a leader counts for the state), places, days", () => {
  const { record } = mkRecord(talks(1, "2025-05-16", { actors: ["Russia", "Ukraine", "Qatar", "Vladimir_Putin"] }));
  const p = rawProfile(record, sourcedEvents(record));
  assert.deepEqual(Object.keys(p.dy), ["RUS|UKR"]);
  assert.deepEqual(p.ty, { CONSULT: 1 });
  assert.equal(p.co.RUS, 3, "Russia (twice) and Putin (once) are both RUS");
  assert.ok(p.pl.Qatar! >= 2, "the event's place");
  assert.deepEqual([p.first, p.last], ["2025-05-16", "2025-05-16"]);
  // The days an article speaks of reach back to what it dates (a year too).
  assert.deepEqual(articleSpan("2025-01-15", [{ date: "2022" }, { date: "2024-08" }, { date: null }]), ["2022-01-01", "2025-01-15"]);
  assert.deepEqual(articleSpan(null, []), [null, null]);
});

test("terms: two-syllable words of the title, lead and first paragraphs, not names nor function words", () => {
  const { record } = mkRecord(talks(1, "2025-05-16"));
  const t = articleTerms(record);
  assert.ok(t["trao đổi"]! > 0 && t["tù binh"]! > 0, Object.keys(t).join(", "));
  assert.ok(t["tù binh"]! > t["hành lang"]!, "words of the title weigh more");
  assert.ok(!Object.keys(t).some((k) => /nga|ukraine|doha/i.test(k.split(" ")[0]!) && k.includes("nga ")), Object.keys(t).join(", "));
  assert.ok(!("và ukraine" in t) && !("của các" in t));
});

test("similarity: the same sides at the same time are alike; other sides, or two years apart, are not", () => {
  const [a, b, g, far] = profiles([talks(1, "2025-05-16"), talks(2, "2025-05-20"), gaza("2025-05-18"), talks(3, "2027-09-01")]);
  const same = similarity(a!, b!);
  assert.ok(same.score >= 0.5, JSON.stringify(same));
  assert.equal(same.dy, 1);
  assert.equal(similarity(a!, g!).score, 0, "no side in common");
  assert.equal(similarity(a!, far!).score, 0, "two years apart");
  assert.ok(similarity(a!, far!).dy === 1 && similarity(a!, far!).gap > 500);
});

test("grouping in order: one group per story; a thread's profile is the sum of its articles'", () => {
  const ps = profiles([talks(1, "2025-05-16"), gaza("2025-05-17"), talks(2, "2025-05-20"), gaza("2025-05-21"), talks(3, "2025-06-02")]);
  assert.deepEqual(clusterProfiles(ps), [
    [0, 2, 4],
    [1, 3],
  ]);
  const sum = [0, 2, 4].reduce((p, i) => addProfiles(p, ps[i]!), emptyProfile());
  assert.equal(sum.n, 3);
  assert.deepEqual([sum.first, sum.last], ["2025-05-16", "2025-06-02"]);
  assert.deepEqual(threadSides(sum).slice(0, 2), ["RUS", "UKR"]);
  const names: Record<string, string> = { RUS: "Russia", UKR: "Ukraine" };
  assert.equal(threadName(sum, (c) => names[c] ?? c), "Russia–Ukraine talks");
  assert.equal(threadName(emptyProfile()), "Unnamed");
});

test("a side's name in a story drops a title's disambiguation", () => {
  const table: Array<[string | null, string | null]> = [
    ["Georgia (country)", "Georgia"],
    ["Hamas", "Hamas"],
    ["(nothing else)", null],
    [null, null],
  ];
  for (const [name, want] of table) assert.equal(sideName(name), want, String(name));
});

test("a story's terms shown leave out fragments of heavier ones (pairs read across word boundaries)", () => {
  const p: Profile = { ...emptyProfile(), te: { "ngừng bắn": 9, "lập tức": 8, "ngay lập": 7, "công ty": 6, "ty quốc": 5, "quốc phòng": 4, "hội nghị": 3 } };
  assert.deepEqual(threadTerms(p, 4), ["ngừng bắn", "lập tức", "công ty", "quốc phòng"]);
  assert.deepEqual(threadTerms(emptyProfile()), []);
});

test("a story's places shown are its heaviest, by name", () => {
  const p: Profile = { ...emptyProfile(), pl: { Cairo: 5.7, Gaza_Strip: 10.7, "Washington,_D.C.": 5.6, "Georgia_(country)": 1 } };
  assert.deepEqual(threadPlaces(p), ["Gaza Strip", "Cairo", "Washington, D.C."]);
  assert.deepEqual(threadPlaces(p, 4).at(-1), "Georgia");
  assert.deepEqual(threadPlaces(emptyProfile()), []);
});
