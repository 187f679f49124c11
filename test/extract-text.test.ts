import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractText, slugTokens } from "../src/extract/text.js";
import { outletFromUrl } from "../src/extract/outlet.js";
import { bylineOf, creditOf, datelineOf } from "../src/extract/byline.js";
import { dateLine } from "../src/extract/dates.js";
import { analyze } from "../src/pipeline/analyze.js";
import { dataStore } from "../src/pipeline/stage.js";
import { toRecord } from "../src/record/record.js";
import type { Article } from "../src/envelope/types.js";
import { HAVE_SHARED, PINNED_NOW, SHARED } from "./helpers/shared.js";

// Synthetic captures in the shape of Vietnamese news pages (written for these tests).
const P1 = "Ngoại trưởng hai nước đã có cuộc gặp kéo dài hai giờ tại thủ đô Hà Nội vào chiều qua.";
const P2 = "Theo thông cáo chung, hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và giáo dục.";
const P3 = "Phía đối tác cũng cam kết sẽ xem xét mở cửa thị trường cho nông sản của Việt Nam trong năm tới.";
const LEAD = "Hai nước nhất trí nâng cấp quan hệ lên tầm đối tác chiến lược toàn diện trong cuộc hội đàm hôm 12/3.";
const TITLE = "Việt Nam và Indonesia nâng cấp quan hệ đối tác";

interface Case {
  name: string;
  raw: string;
  url?: string;
  expect: Partial<Article>;
}

const CASES: Case[] = [
  {
    name: "chrome above, title, byline with date, lead, paragraphs, caption with file name",
    raw: ["Logo", "Đăng nhập", "", "Thời sự", "", TITLE, "", "Minh Châu 12/03/2025 09:30", "", LEAD, "", P1, "", "a1b2c3d4e5f6.jpg", "Hai ngoại trưởng bắt tay trước hội đàm. Ảnh: TTXVN", "", P2, "", P3, "", "Chia sẻ", "Bình luận (0)"].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1, P2, P3], captions: ["Hai ngoại trưởng bắt tay trước hội đàm. Ảnh: TTXVN"], author: "Minh Châu", published: "2025-03-12T09:30", outlet: null, credits: [] },
  },
  {
    name: "dateline in the lead names the outlet and stays in the lead",
    raw: [TITLE, "", `Hanoimoi - ${LEAD}`, "", P1, "", P2].join("\n"),
    expect: { title: TITLE, lead: `Hanoimoi - ${LEAD}`, paragraphs: [P1, P2], outlet: "Hanoimoi", published: null },
  },
  {
    name: "a dateline alone on its line under a bulleted byline; credit line at the end",
    raw: [TITLE, "", "  • Lan Anh", "(PL&XH) -", "", LEAD, "", P1, "", P2, "", "Theo Reuters", "", "Tin nổi bật"].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1, P2], author: "Lan Anh", outlet: "PL&XH", credits: ["Reuters"] },
  },
  {
    name: "related items (title printed twice, then a teaser with its own date) are not the article",
    raw: [
      TITLE, "", LEAD, P1, P2, "",
      "Đọc nhiều", "",
      "Giá xăng dầu hôm nay giảm nhẹ", "", "Giá xăng dầu hôm nay giảm nhẹ", "", "19/01/2024 | 09:24", "",
      "Giá xăng trong nước được điều chỉnh giảm từ 15 giờ chiều nay theo quyết định của liên bộ.", "",
      "Mưa lớn kéo dài ở miền Trung", "Thời sự", "", "Mưa lớn kéo dài ở miền Trung", "",
      "Nhiều địa phương miền Trung ghi nhận lượng mưa lớn trong ba ngày qua, gây ngập úng cục bộ.",
    ].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1, P2], published: null },
  },
  {
    name: "a related block inside the page ends the article; a credit after it belongs to the related item",
    raw: [TITLE, "", "Bảo Ngọc", LEAD, "", P1, "", P2, "", "Nhật Bản tăng ngân sách quốc phòng", "", "Nhật Bản tăng ngân sách quốc phòng", "", "Chính phủ Nhật Bản thông qua dự toán ngân sách quốc phòng cao kỷ lục cho năm tài khóa mới ...", "", "(theo Kyodo)"].join("\n"),
    expect: { title: TITLE, author: "Bảo Ngọc", lead: LEAD, paragraphs: [P1, P2], credits: [] },
  },
  {
    name: "upper-case byline at the end; a short line between paragraphs is a caption",
    raw: [P1, "", "Toàn cảnh phiên hội đàm", "", P2, "", P3, "", "THANH HẢI"].join("\n"),
    expect: { title: null, lead: null, paragraphs: [P1, P2, P3], captions: ["Toàn cảnh phiên hội đàm"], author: "THANH HẢI" },
  },
  {
    name: "URL slug picks the title among headline-shaped lines; outlet from the URL",
    url: "https://vnexpress.net/viet-nam-va-indonesia-nang-cap-quan-he-doi-tac-4870001.html",
    raw: ["Chuyên đề đối ngoại nổi bật trong tuần", "", TITLE, "", LEAD, "", P1, "", P2].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1, P2], outlet: "VnExpress" },
  },
  {
    name: "no line matches the URL slug: no title, the leading caption is not body",
    url: "https://tuoitre.vn/hai-nuoc-ky-thoa-thuan-hop-tac-hang-hai-moi-20250312093000123.htm",
    raw: ["Lễ ký kết diễn ra tại Hà Nội (Ảnh: TTXVN).", "", P1, "", P2, "", P3].join("\n"),
    expect: { title: null, lead: null, paragraphs: [P1, P2, P3], captions: ["Lễ ký kết diễn ra tại Hà Nội (Ảnh: TTXVN)."], outlet: "Tuổi Trẻ" },
  },
  {
    name: "date stamp with weekday and time zone above the title; name with source at the end",
    raw: ["Thế giới", "Thứ năm, 13/3/2025, 20:52 (GMT+7)", "", TITLE, "", LEAD, "", P1, "", P2, "", "Hồng Hạnh (theo AFP)"].join("\n"),
    expect: { title: TITLE, published: "2025-03-13T20:52+07:00", author: "Hồng Hạnh", credits: ["AFP"] },
  },
  {
    name: "a capture cut off inside its last paragraph keeps that paragraph",
    raw: [TITLE, P1, "", P2, "", "Trong khi đó, đại diện doanh nghiệp hai nước cho biết họ đang chuẩn bị ký kết thêm nhiều hợp đồng mới trong"].join("\n"),
    expect: { title: TITLE, lead: null, paragraphs: [P1, P2, "Trong khi đó, đại diện doanh nghiệp hai nước cho biết họ đang chuẩn bị ký kết thêm nhiều hợp đồng mới trong"] },
  },
  {
    name: "other articles' dates in a list after the article are never the publication date",
    raw: [TITLE, "", LEAD, "", P1, "", "Tin mới", "Lịch cúp điện hôm nay ngày 7/5/2023", "07/05/2023 08:00", "Thông tin lịch cúp điện được cập nhật mới nhất từ điện lực địa phương."].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1], published: null },
  },
  {
    name: "an edited headline sharing words with the slug is still the title; inline 'Xem thêm' links are dropped",
    url: "https://thanhnien.vn/viet-indonesia-va-ha-noi-ban-ve-bien-185250312.htm",
    raw: [TITLE, "", LEAD, "", P1, "", "Xem thêm: Hai nước ký kết nhiều văn kiện hợp tác quan trọng trong chuyến thăm", "", P2].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1, P2], captions: [], outlet: "Thanh Niên" },
  },
  {
    name: "a paragraph mentioning 'hình ảnh:' mid-sentence stays in the body; two authors at the end",
    raw: [P1, "", "Đại sứ quán đã công bố hình ảnh: đoàn đại biểu hai nước cùng thăm khu di tích lịch sử ở trung tâm thủ đô trong buổi sáng, sau đó dự tiệc chiêu đãi.", "", "Ngọc Anh - Minh Hòa"].join("\n"),
    expect: { title: null, paragraphs: [P1, "Đại sứ quán đã công bố hình ảnh: đoàn đại biểu hai nước cùng thăm khu di tích lịch sử ở trung tâm thủ đô trong buổi sáng, sau đó dự tiệc chiêu đãi."], captions: [], author: "Ngọc Anh - Minh Hòa" },
  },
  {
    name: "a related item above the article (headline twice, one teaser) does not swallow the article's title",
    raw: ["Tin mới", "Giá vàng hôm nay tăng mạnh", "", "Giá vàng hôm nay tăng mạnh", "", "Giá vàng trong nước tăng mạnh theo đà tăng của thế giới trong phiên sáng nay.", "", TITLE, "", LEAD, "", P1, "", P2, "", P3].join("\n"),
    expect: { title: TITLE, lead: LEAD, paragraphs: [P1, P2, P3] },
  },
  {
    name: "a given name that is also a function word ('Như') still makes a byline with its source",
    raw: [TITLE, LEAD, P1, P2, "Như Tâm (Theo Reuters)", "Chia sẻ"].join("\n"),
    expect: { title: TITLE, author: "Như Tâm", credits: ["Reuters"] },
  },
  {
    name: "a page of chrome only has no article",
    raw: ["Trang chủ", "Đăng nhập", "Đăng ký", "Liên hệ", "Tìm kiếm", "Bản quyền thuộc về Báo Điện tử Mẫu", "Giấy phép số 123/GP-BTTTT"].join("\n"),
    expect: { title: null, lead: null, paragraphs: [] },
  },
];

for (const c of CASES) {
  test(`extractText: ${c.name}`, () => {
    const { article } = extractText({ raw: c.raw, url: c.url ?? null });
    for (const [k, v] of Object.entries(c.expect)) {
      assert.deepEqual(article[k as keyof Article], v, `${k}`);
    }
  });
}

const HELPERS: Array<[string, () => unknown, unknown]> = [
  ["outlet of a listed site (www. and sub-domains)", () => outletFromUrl("https://www.sggp.org.vn/x-post1.html"), "Sài Gòn Giải Phóng"],
  ["outlet of an unlisted site is its host", () => outletFromUrl("https://tin.example-news.vn/a.html"), "tin.example-news.vn"],
  ["no outlet without a URL", () => outletFromUrl("not a url"), null],
  ["slug words without ids", () => slugTokens("https://www.sggp.org.vn/dam-phan-o-gaza-post816511.html"), ["dam", "phan", "o", "gaza"]],
  ["credit: Theo X", () => creditOf("Theo RT"), ["RT"]],
  ["credit: (theo X, Y)", () => creditOf("(theo Reuters, AFP)"), ["Reuters", "AFP"]],
  ["credit: a bare wire credit '(Reuters)'", () => creditOf("(Reuters)"), ["Reuters"]],
  ["credit: bare wire credits '(AFP/AP)'", () => creditOf("(AFP/AP)"), ["AFP", "AP"]],
  ["credit: 'Source: Reuters'", () => creditOf("Source: Reuters"), ["Reuters"]],
  ["an outlet's own signature '(TTXVN/Vietnam+)' is no credit", () => creditOf("(TTXVN/Vietnam+)"), null],
  ["a place in parentheses is no credit", () => creditOf("(Hà Nội)"), null],
  ["byline opened by 'Bởi'", () => bylineOf("Bởi Trần Minh Đức"), { author: "Trần Minh Đức", published: null, credits: [] }],
  ["a sentence starting with Theo is no credit", () => creditOf("Theo al-Ansari, Qatar luôn theo đuổi chính sách hòa bình."), null],
  ["byline with a date", () => bylineOf("Thương Hà 26/01/2025 09:00"), { author: "Thương Hà", published: "2025-01-26T09:00", credits: [] }],
  ["a place is not a byline when lower-case words follow", () => bylineOf("Thế giới đó đây"), null],
  ["chrome in capitals is not a byline", () => bylineOf("HỎI ĐÁP THÔNG MINH"), null],
  ["a credit naming a one-word agency is not a byline", () => bylineOf("Theo Yonhap"), null],
  ["a credit naming a two-word agency is not a byline", () => bylineOf("Theo Al Jazeera"), null],
  ["byline and unbracketed credit after a dash", () => bylineOf("Minh Anh - Theo Reuters"), { author: "Minh Anh", published: null, credits: ["Reuters"] }],
  ["byline and credit after a bar", () => bylineOf("Lan Hương | Nguồn: AFP"), { author: "Lan Hương", published: null, credits: ["AFP"] }],
  ["dateline with a place", () => datelineOf("MOSCOW (Sputnik) - Một vòng đàm phán mới"), { outlet: "Sputnik", rest: "Một vòng đàm phán mới" }],
  ["two countries joined by a dash are no dateline", () => datelineOf("Nga - Mỹ nhất trí nối lại đối thoại"), null],
  ["a date line", () => dateLine("19/01/2025 | 09:24"), "2025-01-19T09:24"],
  ["a date in words", () => dateLine("Thứ Năm, ngày 15 tháng 5 năm 2025"), "2025-05-15"],
  ["a sentence with a date is not a date line", () => dateLine("Ngày 19/01/2025, hai bên đã ký thỏa thuận."), null],
];
for (const [name, f, want] of HELPERS) test(`extract helpers: ${name}`, () => assert.deepEqual(f(), want));

test("extraction is deterministic and every section lies inside the article text", () => {
  const cap = { source: { path: "x.txt", record_id: null, url: null, fetched_at: null }, text: CASES[0]!.raw };
  const ctx = { now: PINNED_NOW, data: dataStore() };
  const a = analyze(cap, {}, ctx);
  const b = analyze(cap, {}, ctx);
  assert.deepEqual(toRecord(a), toRecord(b));
  assert.equal(a.article?.title, TITLE);
  for (const s of a.sections) assert.ok(s.start < s.end && s.end <= a.text.length);
  assert.equal(a.text.split("\n\n")[0], TITLE);
});

// The corpus beside the repo, through the whole pipeline and the project's scorer.
const TARGETS: Record<string, Record<string, number>> = {
  seeds: { token_f1: 0.97, title: 1.0, author: 0.8, published: 0.8, outlet: 0.8 },
  dev: { token_f1: 0.97, title: 0.8, outlet: 0.8 },
};
test("seeds and dev reach the extraction targets of the scorer", { skip: !HAVE_SHARED && "../shared is absent" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-extract-"));
  try {
    const ctx = { now: PINNED_NOW, data: dataStore() };
    const lines: string[] = [];
    const seeds = ["000_3157c72a3863e6dd", "001_7d4ba3d2111d42c1", "002_3e5d28d69db710a1", "003_4e9334edff183872", "004_4386e931f21da7f3"];
    for (const s of seeds) {
      const path = join(SHARED, "corpus/seeds", `${s}.txt`);
      const doc = analyze({ source: { path, record_id: null, url: null, fetched_at: null }, bytes: readFileSync(path), kind: "text" }, {}, ctx);
      lines.push(JSON.stringify(toRecord(doc)));
    }
    for (const line of readFileSync(join(SHARED, "corpus/dev.jsonl"), "utf8").split("\n").filter((l) => l.trim())) {
      const r = JSON.parse(line) as { id: string; url?: string; text: string; fetched_at?: string };
      const doc = analyze({ source: { path: null, record_id: r.id, url: r.url ?? null, fetched_at: r.fetched_at ?? null }, text: r.text, kind: "text" }, {}, ctx);
      lines.push(JSON.stringify(toRecord(doc)));
    }
    const pred = join(dir, "pred.ndjson");
    writeFileSync(pred, lines.join("\n") + "\n");
    for (const [set, want] of Object.entries(TARGETS)) {
      const res = spawnSync(process.execPath, [join(SHARED, "eval/score.mjs"), "--gold", join(SHARED, "gold", set), "--pred", pred, "--json"], { encoding: "utf8" });
      assert.equal(res.status, 0, res.stderr);
      const got = JSON.parse(res.stdout) as { missing: number; extraction: Record<string, number> };
      assert.equal(got.missing, 0, `${set}: records missing`);
      for (const [k, min] of Object.entries(want)) assert.ok(got.extraction[k]! >= min, `${set} ${k} = ${got.extraction[k]} < ${min}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
