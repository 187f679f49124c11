import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { decode } from "../src/capture/decode.js";
import { extractHtml } from "../src/extract/html.js";
import { isoFromMachine, isoFromPrinted } from "../src/extract/html/dates.js";
import { captionLike, creditLine, parseByline } from "../src/extract/html/rules.js";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { PINNED_NOW, fixture, readJson } from "./helpers/shared.js";

interface Gold {
  doc: string;
  input: string;
  url: string | null;
  extraction: {
    title: string | null;
    lead: string | null;
    paragraphs: string[];
    captions: string[];
    author: string | null;
    published: string | null;
    outlet: string[] | null;
    credits: string[];
  };
}

const GOLD_DIR = fixture("html/gold");
/** A fixture page as the capture stage reads it: bytes decoded (one page is in windows-1258, one has a lying <meta charset>). */
const fixturePage = (doc: string): string => decode(readFileSync(fixture(`html/${doc}.html`))).text;
const golds = readdirSync(GOLD_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => readJson<Gold>(`${GOLD_DIR}/${f}`));

test("there are at least 8 HTML fixtures, each with its gold", () => {
  assert.ok(golds.length >= 8, `only ${golds.length} gold files`);
  for (const g of golds) assert.ok(fixturePage(g.doc).length > 500, g.doc);
});

for (const g of golds) {
  test(`fixture ${g.doc}: every field as in the gold`, () => {
    const { article: a } = extractHtml({ raw: fixturePage(g.doc), url: g.url });
    const x = g.extraction;
    assert.equal(a.title, x.title, "title");
    assert.equal(a.lead, x.lead, "lead");
    assert.deepEqual(a.paragraphs, x.paragraphs, "paragraphs");
    assert.deepEqual(a.captions, x.captions, "captions");
    assert.equal(a.author, x.author, "author");
    assert.deepEqual(a.credits, x.credits, "credits");
    if (x.published == null) assert.equal(a.published, null, "published must stay null");
    else assert.ok(a.published?.startsWith(x.published), `published ${a.published} vs ${x.published}`);
    if (x.outlet == null) assert.equal(a.outlet, null);
    else assert.ok(a.outlet != null && x.outlet.includes(a.outlet), `outlet ${a.outlet}`);
    for (const p of a.paragraphs) assert.equal(p, p.normalize("NFC"));
  });
}

test("fixtures: related lists, comments and sidebars never leak into the article", () => {
  const chrome = /Tin cùng chuyên mục|Xem nhiều|Bình luận|Mong |Hy vọng hai nước|Tin liên quan|Đọc tiếp|Sao chép liên kết|Tags:|Từ khóa/u;
  for (const g of golds) {
    const { article: a } = extractHtml({ raw: fixturePage(g.doc), url: g.url });
    for (const p of [a.lead ?? "", ...a.paragraphs, ...a.captions]) assert.doesNotMatch(p, chrome, `${g.doc}: ${p}`);
  }
});

const page = (head: string, body: string): string => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PARAS = [
  "Bộ trưởng Ngoại giao hai nước đã có cuộc điện đàm kéo dài gần một giờ, trao đổi về tình hình khu vực và các biện pháp thúc đẩy hợp tác song phương.",
  "Hai bên nhất trí sẽ sớm tổ chức kỳ họp ủy ban liên chính phủ, đồng thời tăng cường phối hợp tại các diễn đàn đa phương như Liên hợp quốc và ASEAN.",
  "Giới quan sát cho rằng cuộc điện đàm cho thấy quan hệ giữa hai nước đang dần ấm lên sau một thời gian trầm lắng vì những bất đồng về thương mại.",
];
const body = (paras: string[]): string => `<h1>Ngoại trưởng hai nước điện đàm về hợp tác khu vực</h1><div class="content">${paras.map((p) => `<p>${p}</p>`).join("")}</div>`;

test("no JSON-LD and no meta: the page itself gives title, body and the printed date", () => {
  const html = page("<title>Ngoại trưởng hai nước điện đàm về hợp tác khu vực</title>", `<div class="date">Thứ ba, 14/10/2025 08:05</div>${body(PARAS)}`);
  const { article: a, messages } = extractHtml({ raw: html, url: null });
  assert.equal(a.title, "Ngoại trưởng hai nước điện đàm về hợp tác khu vực");
  assert.deepEqual(a.paragraphs, PARAS);
  assert.equal(a.published, "2025-10-14T08:05");
  assert.equal(a.outlet, null, "no URL, no site name: the outlet is unknown");
  assert.equal(a.author, null);
  assert.deepEqual(messages, []);
});

test("broken JSON-LD: the headline and date are salvaged and a warning names the problem", () => {
  const ld = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ngoại trưởng hai nước điện đàm về hợp tác khu vực", "datePublished": "2025-10-14T01:05:00Z", "author": {"name": "Lan Anh" </script>`;
  const { article: a, messages } = extractHtml({ raw: page(ld, body(PARAS)), url: "https://baomoi.example.vn/a.html" });
  assert.equal(a.published, "2025-10-14T08:05+07:00", "UTC written as the same instant in Vietnam time");
  assert.equal(a.title, "Ngoại trưởng hai nước điện đàm về hợp tác khu vực");
  assert.ok(messages.some((m) => m.rule === "extract/bad-json-ld" && m.severity === "warning"));
  assert.deepEqual(a.paragraphs, PARAS);
});

test("a page with no article (a section front of link lists) yields no article and the stage says so", () => {
  const items = Array.from({ length: 40 }, (_, i) => `<li class="item"><a href="/a${i}.html">Tin thế giới số ${i}: các nước thảo luận về an ninh khu vực và thương mại</a><span class="time">1${i % 10}/10/2025</span></li>`).join("");
  const html = page("<title>Thế giới - Báo Ví dụ</title>", `<nav><a href="/">Trang chủ</a></nav><div class="list-news"><ul>${items}</ul></div><div class="cate"><ul>${items}</ul></div>`);
  const { article: a } = extractHtml({ raw: html, url: "https://baovidu.example.vn/the-gioi" });
  assert.equal(a.title, null);
  assert.deepEqual(a.paragraphs, []);
  assert.equal(a.published, null, "dates of listed items are not the page's");
  const doc = analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: html, kind: "html" }, {}, defaultContext(PINNED_NOW));
  assert.ok(doc.messages.some((m) => m.rule === "extract/no-article"), JSON.stringify(doc.messages));
});

test("a non-Vietnamese page is extracted and flagged as not Vietnamese", () => {
  const en = [
    "Foreign ministers of the two countries held a phone call on Tuesday to discuss the regional situation and ways to deepen cooperation.",
    "They agreed to convene the intergovernmental commission soon and to coordinate more closely at the United Nations and other forums.",
    "Observers said the call showed that relations were warming after a period of disagreement over trade and investment rules.",
  ];
  const html = `<html lang="en"><head><title>Ministers discuss regional cooperation - World News</title><meta property="og:site_name" content="World News"></head><body><h1>Ministers discuss regional cooperation</h1><article class="article-body">${en.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const { article: a } = extractHtml({ raw: html, url: null });
  assert.equal(a.title, "Ministers discuss regional cooperation");
  assert.deepEqual(a.paragraphs, en);
  assert.equal(a.outlet, "World News");
  const doc = analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, text: html, kind: "html" }, {}, defaultContext(PINNED_NOW));
  assert.equal(doc.language, "en");
  assert.ok(doc.messages.some((m) => m.rule === "normalise/not-vietnamese"));
});

test("a huge page (thousands of related links, deep nesting) keeps exactly the article", () => {
  const paras = Array.from({ length: 300 }, (_, i) => `Đoạn ${i + 1}: ${PARAS[i % 3]}`);
  const related = Array.from({ length: 9000 }, (_, i) => `<li><a href="/r${i}.html">Bài liên quan số ${i} về chính trị quốc tế và ngoại giao khu vực</a> <span class="date">0${(i % 9) + 1}/01/2024</span></li>`).join("");
  const deep = "<div>".repeat(3000) + "<span>x</span>" + "</div>".repeat(3000);
  const html = page(`<title>Bài rất dài</title>`, `<h1>Ngoại trưởng hai nước điện đàm về hợp tác khu vực</h1><div class="article-body">${paras.map((p) => `<p>${p}</p>`).join("")}</div><div class="box-related"><ul>${related}</ul></div>${deep}`);
  assert.ok(html.length > 1_000_000);
  const { article: a } = extractHtml({ raw: html, url: null });
  assert.equal(a.paragraphs.length, 300);
  assert.equal(a.paragraphs[299], paras[299]);
  assert.equal(a.published, null);
});

test("entities are decoded and whitespace collapsed, in metadata and body", () => {
  const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Nga &amp; Mỹ: &quot;đối thoại&quot; tại Riyadh"}</script>`;
  const html = page(ld, `<h1>Nga &amp; Mỹ: &quot;đối thoại&quot;   tại&nbsp;Riyadh</h1><div class="detail-content"><p>Hai   phái đoàn&#160;đã gặp nhau &#x201C;trong bầu không khí xây dựng&#x201D; và nhất trí tiếp tục các cuộc tiếp xúc trong thời gian tới.</p><p>${PARAS[0]}</p></div>`);
  const { article: a } = extractHtml({ raw: html, url: null });
  assert.equal(a.title, 'Nga & Mỹ: "đối thoại" tại Riyadh');
  assert.equal(a.paragraphs[0], "Hai phái đoàn đã gặp nhau “trong bầu không khí xây dựng” và nhất trí tiếp tục các cuộc tiếp xúc trong thời gian tới.");
});

test("dates: machine and printed forms, at the page's own precision", () => {
  const cases: Array<[string, string | null, number | null]> = [
    ["2025-01-26T09:00:00+07:00", "2025-01-26T09:00+07:00", 420],
    ["2025-01-26T02:00:00.000Z", "2025-01-26T09:00+07:00", 420],
    ["2025-01-25T20:30:00Z", "2025-01-26T03:30+07:00", 420],
    ["2025-01-26T02:00:00Z", "2025-01-26T02:00+00:00", null],
    ["2025-01-26", "2025-01-26", 420],
    ["2025-01-26 09:15", "2025-01-26T09:15", 420],
    ["2025-02-30T10:00:00", null, 420],
  ];
  for (const [raw, want, off] of cases) assert.equal(isoFromMachine(raw, off), want, raw);
  const printed: Array<[string, string | null]> = [
    ["Thứ hai, 26/1/2025, 09:00 (GMT+7)", "2025-01-26T09:00+07:00"],
    ["26/01/2025 09:15 GMT+7", "2025-01-26T09:15+07:00"],
    ["14:20 5/7/2025", "2025-07-05T14:20"],
    ["Chủ nhật, 02/03/2025 - 08:45", "2025-03-02T08:45"],
    ["ngày 26 tháng 1 năm 2025", "2025-01-26"],
    ["26-01-2025 - 09h30", "2025-01-26T09:30"],
    ["Thứ hai, 32/1/2025", null],
    ["Cập nhật gần đây", null],
  ];
  for (const [raw, want] of printed) assert.equal(isoFromPrinted(raw), want, raw);
});

test("rules: credit lines, bylines and captions", () => {
  assert.deepEqual(creditLine("Theo RT"), ["RT"]);
  assert.deepEqual(creditLine("(Theo TASS)"), ["TASS"]);
  assert.deepEqual(creditLine("Theo Reuters, AFP và báo The Guardian"), ["Reuters", "AFP", "The Guardian"]);
  assert.equal(creditLine("Theo ông Lavrov, Nga sẵn sàng đàm phán."), null);
  assert.equal(creditLine("Theo các nhà ngoại giao, Anh đang soạn thảo một dự thảo nghị quyết kêu gọi ngừng bắn trong tháng lễ."), null);
  assert.deepEqual(parseByline("Phương Uyên (Theo RT)"), { author: "Phương Uyên", credits: ["RT"] });
  assert.deepEqual(parseByline("Tác giả: HUY QUỐC"), { author: "HUY QUỐC", credits: [] });
  assert.deepEqual(parseByline("Thu Trang/VTV.vn (Theo AP)"), { author: "Thu Trang", credits: ["AP"] });
  assert.deepEqual(parseByline("Các nước cũng bày tỏ quan ngại."), { author: null, credits: [] });
  assert.equal(captionLike("Thứ trưởng Ngoại giao Nga Sergey Ryabkov. Ảnh: Tass", false, false), true);
  assert.equal(captionLike("(Nguồn: Điện Kremlin)", true, false), true);
  assert.equal(captionLike("Ảnh minh họa", false, false), true);
  assert.equal(captionLike("Nguồn: Reuters", false, false), false, "a bare source line is a credit, not a caption");
  assert.equal(captionLike(PARAS[0]!, true, false), false);
});

test("no URL, no canonical, no site name: the outlet is the listed site the page's own absolute links go to", () => {
  const nav = (hosts: string[]): string => `<div class="menu">${hosts.map((h, i) => `<a href="http://${h}/muc-${i}.htm">Mục ${i}</a>`).join(" ")}</div>`;
  const share = `<a href="https://www.facebook.com/sharer.php?u=x">Chia sẻ</a><a href="https://twitter.com/share">Tweet</a><a href="https://cdn.example.com/a.js">x</a>`;
  const table: [string, string[], string | null][] = [
    // page links, expected outlet
    ["an older site's navigation, sub-domains included, share buttons aside", ["www.thanhnien.com.vn", "www.thanhnien.com.vn", "thethao.thanhnien.com.vn", "media.thanhnien.com.vn"], "Thanh Niên"],
    ["a former domain of a listed outlet", ["ngoisao.net", "ngoisao.net", "www.ngoisao.net"], "Ngôi sao"],
    ["two listed outlets linked about as often: none stands out", ["vnexpress.net", "vnexpress.net", "vnexpress.net", "tuoitre.vn", "tuoitre.vn"], null],
    ["two links are too few to tell", ["vnexpress.net", "vnexpress.net"], null],
    ["only unlisted hosts", ["tin.example.vn", "tin.example.vn", "tin.example.vn"], null],
  ];
  for (const [what, hosts, outlet] of table) {
    const html = page("<title>Ngoại trưởng hai nước điện đàm về hợp tác khu vực</title>", `${nav(hosts)}${share}${body(PARAS)}`);
    const { article: a } = extractHtml({ raw: html, url: null });
    assert.equal(a.outlet, outlet, what);
    assert.deepEqual(a.paragraphs, PARAS, what);
  }
  // the page's own URL still decides when it is given
  const html = page("<title>Ngoại trưởng hai nước điện đàm về hợp tác khu vực</title>", `${nav(["www.thanhnien.com.vn", "www.thanhnien.com.vn", "www.thanhnien.com.vn"])}${body(PARAS)}`);
  assert.equal(extractHtml({ raw: html, url: "https://vnexpress.net/bai-viet-123.html" }).article.outlet, "VnExpress");
});
