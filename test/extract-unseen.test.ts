/**
 * Pages and captures nobody tuned for (session 9, "ex3"): ten HTML pages and six raw text captures
 * of outlets and eras the older fixtures did not cover, written for these tests (no publisher's
 * text), with hand-written gold (test/fixtures/html/gold, test/fixtures/captures/gold). They were
 * scored before the extractor was touched — pages: token F1 0.884, title, author and published
 * 0.900 (a <noscript> article came out empty); captures: title 0.833, author 0.667, outlet and
 * credits 0.833 — and every field is exact now. Five more pages were written after those fixes and
 * scored before touching the extractor again (token F1 0.800, author and credits 0.600: an article
 * in an <iframe srcdoc>, an author block of two lines), with four more captures (token F1 0.938,
 * title 0.750: a share row between sapo and body); they are exact too. The captures are also read without their URL (as a
 * pasted page comes) and must name their outlet from the page alone. Below them, one table per
 * mechanism the misses pointed to.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import iconv from "iconv-lite";
import { decode } from "../src/capture/decode.js";
import { extractHtml } from "../src/extract/html.js";
import { extractText } from "../src/extract/text.js";
import { affiliation, bylineOf } from "../src/extract/byline.js";
import { outletByName, outletFromUrl, outletInMasthead } from "../src/extract/outlet.js";
import type { Article } from "../src/envelope/types.js";
import { ROOT, fixture, readJson } from "./helpers/shared.js";

interface Gold {
  doc: string;
  input: string;
  url: string | null;
  extraction: Omit<Article, "outlet"> & { outlet: string[] | null };
}

const golds = (dir: string): Gold[] =>
  readdirSync(fixture(dir))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => readJson<Gold>(fixture(`${dir}/${f}`)));

function sameArticle(a: Article, x: Gold["extraction"], where: string): void {
  assert.equal(a.title, x.title, `${where}: title`);
  assert.equal(a.lead, x.lead, `${where}: lead`);
  assert.deepEqual(a.paragraphs, x.paragraphs, `${where}: paragraphs`);
  assert.deepEqual(a.captions, x.captions, `${where}: captions`);
  assert.equal(a.author, x.author, `${where}: author`);
  assert.deepEqual(a.credits, x.credits, `${where}: credits`);
  if (x.published == null) assert.equal(a.published, null, `${where}: published must stay null`);
  else assert.ok(a.published?.startsWith(x.published), `${where}: published ${a.published} vs ${x.published}`);
  if (x.outlet == null) assert.equal(a.outlet, null, `${where}: outlet`);
  else assert.ok(a.outlet != null && x.outlet.includes(a.outlet), `${where}: outlet ${a.outlet}`);
}

const captures = golds("captures/gold");

test("at least ten raw captures with gold, each of a different outlet", () => {
  assert.ok(captures.length >= 10, `only ${captures.length}`);
  assert.equal(new Set(captures.map((g) => g.extraction.outlet?.[0])).size, captures.length);
});

for (const g of captures) {
  const raw = readFileSync(`${ROOT}/${g.input}`, "utf8");
  test(`capture ${g.doc}: every field as in the gold`, () => {
    sameArticle(extractText({ raw, url: g.url }).article, g.extraction, g.doc);
  });
  if (g.url) {
    test(`capture ${g.doc} without its URL: the same article, the outlet named by the page`, () => {
      sameArticle(extractText({ raw, url: null }).article, g.extraction, `${g.doc} (no URL)`);
    });
  }
}

test("HTML pages of listed outlets name their outlet without a URL too (site name, <title>, footer)", () => {
  let n = 0;
  for (const g of golds("html/gold")) {
    const host = g.url ? outletFromUrl(g.url) : null;
    if (!host || !outletByName(host)) continue; // the older fixtures' example.vn sites are in no table
    n++;
    const raw = decode(readFileSync(fixture(`html/${g.doc}.html`))).text;
    const { article: a } = extractHtml({ raw, url: null });
    assert.ok(a.outlet != null && g.extraction.outlet!.includes(a.outlet), `${g.doc}: outlet ${a.outlet}`);
    assert.equal(a.lead, g.extraction.lead, `${g.doc}: lead`);
    assert.deepEqual(a.paragraphs, g.extraction.paragraphs, `${g.doc}: paragraphs`);
  }
  assert.ok(n >= 15, `only ${n} pages of listed outlets`);
});

test("a windows-1258 page decodes to NFC text (its tone marks are combining characters in that codepage)", () => {
  const head = "Thủ tướng tiếp Đại sứ Nhật Bản";
  // windows-1258 has the base letters (ê, ơ, ư, â, ă, đ) but writes tones as combining marks
  const decomposed = [...head].map((ch) => {
    const d = ch.normalize("NFD");
    const tones = [...d].filter((c) => "\u0300\u0301\u0303\u0309\u0323".includes(c)).join("");
    return [...d].filter((c) => !tones.includes(c)).join("").normalize("NFC") + tones;
  }).join("");
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>${decomposed}</title></head><body><p>${decomposed}</p></body></html>`;
  const d = decode(iconv.encode(html, "windows-1258"));
  assert.equal(d.encoding, "windows-1258");
  assert.ok(d.text.includes(head), d.text);
  assert.equal(d.text, d.text.normalize("NFC"));
});

const PARAS = [
  "Ngoại trưởng hai nước đã hội đàm tại thủ đô, nhất trí thúc đẩy hợp tác trong các lĩnh vực thương mại, đầu tư và giáo dục trong thời gian tới.",
  "Hai bên cũng trao đổi về tình hình khu vực và quốc tế, khẳng định ủng hộ giải quyết tranh chấp bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế.",
  "Kết thúc hội đàm, hai bộ trưởng đã chứng kiến lễ ký ba văn kiện hợp tác về lao động, du lịch và bảo vệ công dân.",
];
const TITLE = "Ngoại trưởng hai nước hội đàm về hợp tác song phương";
const LEAD = "Ngoại trưởng hai nước ngày 12/5 đã hội đàm, nhất trí nâng cấp quan hệ và mở rộng hợp tác trong nhiều lĩnh vực.";

test("an article only in <noscript> (a script shell that shows nothing without scripts) is read; a page with its own article ignores <noscript>", () => {
  const body = `<h1>${TITLE}</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}`;
  const shell = `<html lang="vi"><head><title>${TITLE}</title></head><body><div id="app"></div><noscript><article>${body}</article></noscript></body></html>`;
  const a = extractHtml({ raw: shell, url: null }).article;
  assert.equal(a.title, TITLE);
  assert.deepEqual(a.paragraphs, PARAS);
  const own = `<html lang="vi"><head><title>${TITLE}</title></head><body><article>${body}</article><noscript><p>Trình duyệt của bạn đã tắt JavaScript, vui lòng bật JavaScript để xem đầy đủ nội dung của trang và bình luận.</p></noscript></body></html>`;
  assert.deepEqual(extractHtml({ raw: own, url: null }).article.paragraphs, PARAS);
});

test("an article shown in an <iframe srcdoc> of a wrapper page is read, the wrapper's outlet kept", () => {
  const inner = `<html><body><h1>${TITLE}</h1><div class="sapo">${LEAD}</div><div class="body">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div></body></html>`;
  const esc = inner.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const raw = `<html lang="vi"><head><title>${TITLE} | Báo điện tử Tiền Phong</title></head><body><ul class="menu"><li><a href="/a">Xã hội</a></li><li><a href="/b">Thế giới</a></li></ul><iframe srcdoc="${esc}"></iframe></body></html>`;
  const a = extractHtml({ raw, url: null }).article;
  assert.equal(a.title, TITLE);
  assert.equal(a.lead, LEAD);
  assert.deepEqual(a.paragraphs, PARAS);
  assert.equal(a.outlet, "Tiền Phong");
});

test("an author block of two lines, the name and 'Theo X', read as one", () => {
  const raw = `<html lang="vi"><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div class="content">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div><div class="detail-author"><p><b>Thu Hằng</b></p><p>Theo Reuters, AFP</p></div></body></html>`;
  const a = extractHtml({ raw, url: null }).article;
  assert.equal(a.author, "Thu Hằng");
  assert.deepEqual(a.credits, ["Reuters", "AFP"]);
});

test("the sapo named by the outlet's class ('des', 'chappeau', 'chapo') or printed in bold on a <br>-cut line", () => {
  const body = `<div class="content">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>`;
  for (const cls of ["box-des-detail", "chappeau", "article-chapo", "sapo"]) {
    const raw = `<html lang="vi"><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div class="${cls}"><p>${LEAD}</p></div>${body}</body></html>`;
    const a = extractHtml({ raw, url: null }).article;
    assert.equal(a.lead, LEAD, cls);
    assert.deepEqual(a.paragraphs, PARAS, cls);
  }
  // a table layout: date, headline, bold sapo and body in one cell, cut by <br>
  const cell = `<font size="1">Thứ năm, 15/05/2008, 09:20</font><br><font size="4"><b>${TITLE}</b></font><br><br><font><b>${LEAD}</b></font><br><br><font>${PARAS.join("<br><br>")}</font>`;
  const raw = `<html><head><title>Tin Nhanh - ${TITLE}</title></head><body><table><tr><td>${cell}</td></tr></table></body></html>`;
  const a = extractHtml({ raw, url: null }).article;
  assert.equal(a.title, TITLE);
  assert.equal(a.lead, LEAD);
  assert.deepEqual(a.paragraphs, PARAS);
});

test("a related-links heading left in the body ('Tin bài liên quan:', 'Bài viết liên quan') is chrome", () => {
  for (const h of ["Tin bài liên quan:", "Bài viết liên quan", "Các tin liên quan"]) {
    const box = `<div class="inner-article"><div class="inner-title">${h}</div><a href="/a.html">Một tin khác về chuyến thăm</a><a href="/b.html">Lễ đón chính thức tại thủ đô</a></div>`;
    const raw = `<html lang="vi"><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div class="ArticleContent"><p>${PARAS[0]}</p><p>${PARAS[1]}</p>${box}<p>${PARAS[2]}</p></div></body></html>`;
    assert.deepEqual(extractHtml({ raw, url: null }).article.paragraphs, PARAS, h);
  }
});

test("the outlet a masthead, site name, <title> part or footer line names", () => {
  const rows: Array<[string, string | null]> = [
    ["Báo Công an Nhân dân điện tử", "Công an nhân dân"],
    ["Báo Sài Gòn Giải Phóng Online", "Sài Gòn Giải Phóng"],
    ["© Bản quyền thuộc về Báo Tin tức - TTXVN", "Tin tức"],
    ["Báo Quân đội nhân dân - Cơ quan của Quân ủy Trung ương và Bộ Quốc phòng", "Quân đội nhân dân"],
    ["Tiền Phong Online - Việt Nam và Campuchia ký hiệp định", "Tiền Phong"],
    ["Kenh14.vn", "Kenh14"],
    ["Sài Gòn Giải Phóng", "Sài Gòn Giải Phóng"],
    ["© 1997 Báo VietNamNet. All rights reserved.", "VietNamNet"],
    // a headline or a sentence that mentions an outlet is no masthead
    ["Tuổi Trẻ và Thanh Niên cùng tổ chức giải chạy", null],
    ["Theo báo Nhân Dân, hội nghị sẽ diễn ra vào tuần tới", null],
    ["Báo chí quốc tế", null],
    ["Thời sự", null],
    // an outlet named like a section ("Tin tức") only with its "Báo"; a site name written as its address
    ["Tin tức | Quốc hội Thái Lan bầu Chủ tịch Hạ viện mới", null],
    ["https://nld.com.vn", "Người Lao Động"],
    ["https://example.org/", null],
  ];
  for (const [line, name] of rows) assert.equal(outletInMasthead(line), name, line);
});

test("bylines: a name with the writer's agency in brackets; a credit and a date after the name on one line", () => {
  const rows: Array<[string, string | null, string[], string | null]> = [
    ["Thanh Hương (TTXVN)", "Thanh Hương", [], null],
    ["Hải Nam (P/v TTXVN tại Tokyo)", "Hải Nam", [], null],
    ["Lan Anh (AFP)", "Lan Anh", ["AFP"], null],
    ["Ngọc Minh, Theo Yonhap 03/12/2024 23:45", "Ngọc Minh", ["Yonhap"], "2024-12-03T23:45"],
    ["Minh Anh - Theo Reuters, AFP 12/3/2024", "Minh Anh", ["Reuters", "AFP"], "2024-03-12"],
    ["Minh Anh (Theo Reuters)", "Minh Anh", ["Reuters"], null],
  ];
  for (const [line, author, credits, published] of rows) {
    const b = bylineOf(line);
    assert.equal(b?.author ?? null, author, line);
    assert.deepEqual(b?.credits ?? [], credits, line);
    assert.equal(b?.published ?? null, published, line);
  }
  // a bracket after words that are not a name is no byline
  assert.equal(affiliation("Hội nghị thượng đỉnh (Jakarta)"), null);
  assert.equal(affiliation("Việt Nam và Lào (ảnh)"), null);
});

test("raw captures: an outlet's name alone between headline and date is no headline; a share row parts no sapo from its body; an article printed without blank lines keeps its sapo", () => {
  const menu = ["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", ""];
  const withName = [...menu, "Thế giới", "", TITLE, "", "SGGP", "", "Thứ Hai, 12/5/2025 21:05", "", LEAD, "", ...PARAS.flatMap((p) => [p, ""])].join("\n");
  let a = extractText({ raw: withName, url: null }).article;
  assert.equal(a.title, TITLE);
  assert.equal(a.lead, LEAD);
  assert.equal(a.outlet, "Sài Gòn Giải Phóng");
  // a share row between the sapo and the body ("Facebook / Zalo / Sao chép link") parts nothing
  const shared = [...menu, "Thế giới", "", TITLE, "", LEAD, "", "Facebook", "Zalo", "Sao chép link", "", ...PARAS.flatMap((p) => [p, ""])].join("\n");
  a = extractText({ raw: shared, url: null }).article;
  assert.equal(a.title, TITLE);
  assert.equal(a.lead, LEAD);
  assert.deepEqual(a.paragraphs, PARAS);
  const dense = [...menu, "Thế giới", "Thứ Hai, 12/5/2025 21:05", TITLE, LEAD, ...PARAS, "HỒNG VÂN"].join("\n");
  a = extractText({ raw: dense, url: null }).article;
  assert.equal(a.title, TITLE);
  assert.equal(a.lead, LEAD);
  assert.deepEqual(a.paragraphs, PARAS);
  assert.equal(a.author, "HỒNG VÂN");
});
