/**
 * The reference date clue by clue (our own sentences), with no date anywhere, and over the shared
 * corpus: no article is given, with a settled year, a year its gold contradicts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeTime } from "../src/time/stage.js";
import { timeDoc } from "./helpers/time-doc.js";
import type { Doc } from "../src/envelope/types.js";
import { dataStore } from "../src/pipeline/stage.js";
import { eachBlindArticle } from "./helpers/blind-corpus.js";
import { HAVE_SHARED, PINNED_NOW } from "./helpers/shared.js";
import { analyze } from "../src/pipeline/analyze.js";

const data = dataStore();

const docOf = timeDoc;

test("reference date: each clue (value, whether the year is settled, the clue that decided)", () => {
  const cases: Array<{ what: string; text: string; value: string | null; yearKnown: boolean | undefined; clue?: string }> = [
    { what: "a report date is the article's day", text: "Ngày 2/5, hai bên đã điện đàm. Kể từ khi chiến dịch quân sự của Nga ở Ukraine nổ ra ngày 24/2, hai bên đã gặp nhiều lần.", value: "2022-05-02", yearKnown: true, clue: "report-date" },
    { what: "'hôm' is never today: the day after", text: "Vào tháng 11.2024, Qatar đã lên tiếng. Hôm 15/1, hai bên đã trao đổi tù binh.", value: "2025-01-16", yearKnown: true, clue: "past-date" },
    { what: "a dated past event bounds from below", text: "Tháng 11/2023, lực lượng này đã bắt đầu tấn công. Ngày 12/6, lực lượng này cho biết đã bắn tên lửa.", value: "2024-06-12", yearKnown: true },
    { what: "a dated future event bounds from above", text: "Hai nước sẽ đàm phán vào ngày 10/1/2022. Hôm 27/12, ông đã nói thế.", value: "2021-12-28", yearKnown: true, clue: "future-date" },
    { what: "a weekday printed with the day fixes the year (with a term of office)", text: "Tổng thống Mỹ Donald Trump đã gặp ông vào thứ Tư 23/7.", value: "2025-07-24", yearKnown: true, clue: "weekday" },
    { what: "a duration since a known start", text: "Cuộc xung đột ở Ukraine đã kéo dài hơn 3 năm. Hôm 5/6, hai bên đã trao đổi tù binh.", value: "2025-06-06", yearKnown: true, clue: "duration" },
    { what: "an anniversary", text: "Nga đã tổ chức lễ kỷ niệm 80 năm chiến thắng phát xít. Hôm 9/5, ông Putin đã phát biểu.", value: "2025-05-10", yearKnown: true, clue: "anniversary" },
    { what: "terms of office that overlap in one year", text: "Ngoại trưởng Mỹ Marco Rubio đã gặp Thủ tướng Đức Olaf Scholz hôm 3/3.", value: "2025-03-04", yearKnown: true, clue: "office" },
    { what: "a term of office of four years leaves the year open", text: "Tổng thống Mỹ Donald Trump và Thủ tướng Lý Cường đã điện đàm. Thông tin được đưa ra cuối ngày 6/5.", value: "2025-05-07", yearKnown: false, clue: "office" },
    { what: "a weekday in brackets after the date fixes the year too", text: "Tổng thống Mỹ Donald Trump đã gặp ông hôm 23/7 (thứ Tư).", value: "2025-07-24", yearKnown: true, clue: "weekday" },
    { what: "an anniversary of diplomatic relations", text: "Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt Nam - Hàn Quốc, hai bên đã gặp nhau. Hôm 20/12, ông nói.", value: "2022-12-21", yearKnown: true, clue: "anniversary" },
    { what: "a duration since the start of a war named in data", text: "Nội chiến ở Sudan đã kéo dài hơn 2 năm. Hôm 3/6, hai bên đã ngừng bắn.", value: "2025-06-04", yearKnown: true, clue: "duration" },
    { what: "a numbered meeting", text: "Tại Hội nghị Cấp cao ASEAN lần thứ 46, hôm 26/5, các nhà lãnh đạo đã gặp nhau.", value: "2025-05-27", yearKnown: true, clue: "edition" },
    { what: "a numbered session of the UN General Assembly", text: "Hôm 23/9, ông đã phát biểu tại khóa họp thứ 80 Đại hội đồng Liên hợp quốc.", value: "2025-09-24", yearKnown: true, clue: "edition" },
    // (the day is known, the year is not: a guess up to where the data's knowledge reaches, flagged)
    { what: "a yearless date alone: the day, the year left unknown", text: "Hai bên đã gặp nhau hôm 5/2.", value: "2025-02-06", yearKnown: false, clue: "past-date" },
    { what: "no date anywhere", text: "Hai bên đã gặp nhau và thảo luận nhiều vấn đề.", value: null, yearKnown: undefined },
    { what: "the URL's day before a later fetched_at", text: "Hai bên đã gặp nhau hôm qua.", value: "2025-11-05", yearKnown: undefined, clue: "url" },
  ];
  for (const c of cases) {
    const opts = c.clue === "url" ? { url: "https://example.vn/tieu-de-20251105202859727.htm", fetched: "2025-11-06" } : {};
    const rd = analyzeTime(docOf(c.text, opts), data).referenceDate;
    assert.equal(rd.value, c.value, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.yearKnown !== undefined) assert.equal(rd.year_known, c.yearKnown, `${c.what}: ${JSON.stringify(rd)}`);
    if (c.clue) assert.ok(rd.clues?.some((k) => k.kind === c.clue), `${c.what}: ${JSON.stringify(rd.clues)}`);
    if (c.value === null) assert.equal(rd.basis, "none", c.what);
  }
});

test("reference date: an open term of office leaves the year open; the guess is the latest year the data knows, not the term's first weeks", () => {
  // As the actor stage hands over "Ngoại trưởng Iran Abbas Araghchi" (in office from 2024-08-21).
  const term = [[{ from: "2024-08-21", to: null, source: "Abbas_Araghchi" }]];
  const doc = analyzeTime(docOf("Ngoại trưởng Iran Abbas Araghchi cho biết hôm 6/9, hai bên đã gặp nhau."), data, term);
  assert.equal(doc.referenceDate.value, "2025-09-07");
  assert.equal(doc.referenceDate.year_known, false);
  assert.equal(doc.referenceDate.confidence, "low");
  assert.deepEqual(doc.timexes.map((t) => t.value), ["XXXX-09-06"]);
  // A term that ended: the latest year inside it.
  const ended = analyzeTime(docOf("Ông cho biết hôm 6/9, hai bên đã gặp nhau."), data, [[{ from: "2019-01-01", to: "2022-01-01", source: "x" }]]);
  assert.equal(ended.referenceDate.value, "2021-09-07");
});

test("reference date: with no date anywhere, nothing is invented; an open year keeps XXXX and says so", () => {
  const none = analyzeTime(docOf("Hai bên đã gặp nhau và thảo luận nhiều vấn đề. Hôm qua, ông nói thêm."), data);
  assert.deepEqual(none.referenceDate, { value: null, basis: "none" });
  assert.deepEqual(none.timexes.map((t) => t.value), []);
  const open = analyzeTime(docOf("Tổng thống Mỹ Donald Trump cho biết ngày 10 tháng Ba, hai bên đã gặp nhau. Hôm sau, họ gặp lại."), data);
  assert.equal(open.referenceDate.confidence, "low");
  assert.deepEqual(open.timexes.map((t) => t.value), ["XXXX-03-10", "XXXX-03-11"]);
  assert.ok(open.messages.some((m) => m.rule === "time/year-unknown" && /not settled/.test(m.text)));
});

test("relative expressions follow the date last named; a weekday equal to the reference day is that day", () => {
  const tag = (text: string, date: string): string[] => analyzeTime(docOf(text, { date }), data).timexes.map((t) => `${t.text} → ${t.value}`);
  assert.deepEqual(tag("Ngày 10/5/2025, hai bên gặp nhau. Tối cùng ngày, họ ra tuyên bố. Hôm sau, họ gặp lại.", "2025-06-01"), [
    "Ngày 10/5/2025 → 2025-05-10",
    "cùng ngày → 2025-05-10",
    "Hôm sau → 2025-05-11",
  ]);
  assert.deepEqual(tag("Ngày 10/5/2025, hai bên gặp nhau. Trước đó một ngày, ông đã đến Geneva.", "2025-06-01"), ["Ngày 10/5/2025 → 2025-05-10", "Trước đó một ngày → 2025-05-09"]);
  // 2025-07-23 is a Wednesday.
  assert.deepEqual(tag("Ông sẽ đến Paris vào thứ Tư.", "2025-07-23"), ["vào thứ Tư → 2025-07-23"]);
  assert.deepEqual(tag("Ông sẽ đến Paris vào thứ Tư tới.", "2025-07-23"), ["vào thứ Tư tới → 2025-07-30"]);
  // A weekday in brackets names the date before it: one expression, not two.
  assert.deepEqual(tag("Hai bên gặp nhau ngày 23/7 (thứ Tư).", "2025-07-30"), ["ngày 23/7 → 2025-07-23"]);
  // "những năm tới", "các tháng tới": the coming years, a vague span, not next year.
  assert.deepEqual(tag("Hai bên nhất trí hợp tác trong những năm tới và các tháng tới. Năm tới, họ gặp lại.", "2025-07-23"), ["Năm tới → 2026"]);
});

test("a bound of something else (\"trước ngày 15/3\", \"từ ngày 13/7\") is no day that \"cùng ngày\" refers to", () => {
  const tag = (text: string, date: string): string[] => analyzeTime(docOf(text, { date }), data).timexes.map((t) => `${t.text} → ${t.value}`);
  assert.deepEqual(tag("Ngày 14/1, chính phủ yêu cầu rút quân trước ngày 15/3. Cuộc họp diễn ra ở thủ đô cùng ngày.", "2024-01-15"), [
    "Ngày 14/1 → 2024-01-14",
    "ngày 15/3 → 2024-03-15",
    "cùng ngày → 2024-01-14",
  ]);
  assert.deepEqual(tag("Ngày 16/7, máy bay không kích thủ đô. Giao tranh bùng phát từ ngày 13/7. Tối cùng ngày, hai bên nhất trí ngừng bắn.", "2025-07-17"), [
    "Ngày 16/7 → 2025-07-16",
    "ngày 13/7 → 2025-07-13",
    "cùng ngày → 2025-07-16",
  ]);
  // a day that is no bound is the day the text goes on about
  assert.deepEqual(tag("Ngày 16/7, máy bay không kích thủ đô. Giao tranh bùng phát hôm 13/7. Tối cùng ngày, hai bên họp.", "2025-07-17"), [
    "Ngày 16/7 → 2025-07-16",
    "hôm 13/7 → 2025-07-13",
    "cùng ngày → 2025-07-13",
  ]);
});

test("days counted from a happening, in a sentence that named its day, are that day; elsewhere they have no value", () => {
  const tag = (text: string, date: string): string[] => analyzeTime(docOf(text, { date }), data).timexes.map((t) => `${t.text} → ${t.value}`);
  assert.deepEqual(tag("Ngày 27/3, ông kêu gọi thả các tù nhân, một ngày sau khi họ bị bắt giữ.", "2025-03-28"), ["Ngày 27/3 → 2025-03-27", "một ngày sau → 2025-03-27"]);
  // (the day named in another sentence does not count)
  assert.deepEqual(tag("Ngày 27/3, ông tới thủ đô. Hai ngày sau khi họ bị bắt giữ, ông kêu gọi thả họ.", "2025-03-28"), ["Ngày 27/3 → 2025-03-27"]);
});

test("\"năm sau đó\", \"tháng trước đó\": from the year or month last named, even a bound's", () => {
  const tag = (text: string, date: string): string[] => analyzeTime(docOf(text, { date }), data).timexes.map((t) => `${t.text} → ${t.value}`);
  assert.deepEqual(tag("Nước này nộp đơn từ năm 2004 và trở thành ứng viên từ năm sau đó.", "2022-07-20"), ["năm 2004 → 2004", "từ năm sau đó → 2005"]);
  assert.deepEqual(tag("Hai bên ký thỏa thuận tháng 3/2019, nhưng tháng trước đó đã có bất đồng.", "2022-07-20"), ["tháng 3/2019 → 2019-03", "tháng trước đó → 2019-02"]);
});

test("\"tháng 8 năm sau\": the year after a year its sentence named, else the year after the article's", () => {
  const tag = (text: string, date: string): string[] => analyzeTime(docOf(text, { date }), data).timexes.map((t) => `${t.text} → ${t.value}`);
  assert.deepEqual(tag("Tháng 10/2021, hai nước cắt đứt quan hệ, trước khi hàn gắn vào tháng 8 năm sau.", "2024-08-01"), ["Tháng 10/2021 → 2021-10", "tháng 8 năm sau → 2022-08"]);
  assert.deepEqual(tag("Hai nước sẽ nối lại đàm phán vào tháng 8 năm sau.", "2024-08-01"), ["tháng 8 năm sau → 2025-08"]);
  // (a year of another sentence does not count)
  assert.deepEqual(tag("Tháng 10/2021, hai nước cắt đứt quan hệ. Họ sẽ gặp lại vào tháng 8 năm sau.", "2024-08-01"), ["Tháng 10/2021 → 2021-10", "tháng 8 năm sau → 2025-08"]);
});

test("corpus: no article is given with high confidence a year its gold contradicts (text alone, no URL or fetch date)", { skip: !HAVE_SHARED }, () => {
  const ctx = { now: PINNED_NOW, data: dataStore() };
  let checked = 0;
  let wrong = 0;
  const check = (doc: Doc, g: string | null): void => {
    const rd = doc.referenceDate;
    if (!g || !rd.value || rd.basis !== "inferred" || rd.confidence !== "high") return;
    checked++;
    if (rd.value.slice(0, 4) !== g.slice(0, 4)) wrong++;
  };
  eachBlindArticle(ctx, check);
  assert.ok(checked >= 8, `only ${checked} articles had an inferred year with high confidence`);
  // A count only: the per-article results of the held-out half are not printed.
  assert.equal(wrong, 0, `${wrong} of ${checked} articles were given with high confidence a year their gold contradicts`);
});

test("reference date: a titled name in a sentence with a year of its own bounds that year, not the article", () => {
  const ctx = { now: PINNED_NOW, data };
  const run = (text: string) => analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, text, kind: "text" }, {}, ctx).referenceDate;
  const offices = (rd: ReturnType<typeof run>): string[] => (rd.clues ?? []).filter((c) => c.kind === "office").map((c) => c.text ?? "");
  // The president's term bounds the article when nothing dates his sentence ...
  const plain = run("Hàn Quốc và Nhật Bản nối lại đối thoại\n\nTổng thống Hàn Quốc Yoon Suk Yeol đã thăm Tokyo. Hôm 2/12, hai ngoại trưởng đã gặp nhau tại Tokyo.");
  assert.ok(offices(plain).some((t) => /Yoon/.test(t)), JSON.stringify(plain.clues));
  // ... not when his sentence is dated with a year of its own (the article may be written after his term).
  const dated = run("Hàn Quốc và Nhật Bản nối lại đối thoại\n\nQuan hệ hai nước đã ấm lên vào năm 2023, khi Tổng thống Hàn Quốc Yoon Suk Yeol thăm Tokyo. Hôm 2/12, hai ngoại trưởng đã gặp nhau tại Tokyo.");
  assert.ok(!offices(dated).some((t) => /Yoon/.test(t)), JSON.stringify(dated.clues));
  // (bounded by the clock only, not by the end of his term in 2025)
  assert.equal(dated.interval?.to ?? null, PINNED_NOW.toISOString().slice(0, 10));
  assert.equal(dated.year_known, false);
});
