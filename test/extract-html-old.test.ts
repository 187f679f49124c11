/**
 * HTML pages of any site and any year (session 5, "html"): the shapes older and odder pages take,
 * written here from scratch. Each case names what went wrong before: the `<title>` with the site's
 * name taken for the title while the body's headline became the first paragraph, a dateline in the
 * body left unread, a short article in a table cell not taken for one, a script-rendered shell
 * whose article lives only in the application state, a print version's footer read as text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { extractHtml } from "../src/extract/html.js";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { PINNED_NOW } from "./helpers/shared.js";

const HEAD = "Thủ tướng tiếp Đại sứ Nhật Bản chào từ biệt";
const PARAS = [
  "Chiều 11/3, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Nhật Bản tại Việt Nam đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác.",
  "Thủ tướng đánh giá cao những đóng góp của Đại sứ trong việc thúc đẩy quan hệ đối tác chiến lược giữa hai nước, đặc biệt trong đầu tư và viện trợ phát triển.",
  "Hai bên cũng trao đổi về việc chuẩn bị cho chuyến thăm cấp cao sắp tới và kỳ họp ủy ban hợp tác song phương dự kiến tổ chức trong năm nay.",
];
const MENU = `<td width="160" valign="top"><font size="2"><b>Chuyên mục</b><br><a href="/a">Chính trị</a><br><a href="/b">Thế giới</a><br><a href="/c">Kinh tế</a><br><a href="/d">Xã hội</a></font></td>`;
/** A 2000s table layout: menu cell, content cell (headline in font/b, a dateline, paragraphs split by <br><br>), footer. */
const oldPage = (titleTag: string, dateline: string, paras = PARAS, after = ""): string =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${titleTag}</title></head><body><table width="780"><tr>${MENU}<td valign="top">` +
  `<font size="4" color="#990000"><b>${HEAD}</b></font><br><font size="1">${dateline}</font><br><br><font size="2">${paras.join("<br><br>")}</font>${after}` +
  `</td></tr><tr><td colspan="2"><font size="1">Bản quyền © 2008 Báo Tin Nhanh. Giấy phép số 123/GP-BVHTT.</font></td></tr></table></body></html>`;
const URL = "http://www.tinnhanh.example.vn/chinhtri/124.htm";

test("the <title> with the site's name before or after, any separator: the body's headline is the title, not a paragraph", () => {
  const titles = [
    `Báo Điện tử Tin Nhanh - ${HEAD}`,
    `${HEAD} - Báo Điện tử Tin Nhanh`,
    `${HEAD} | Tin Nhanh`,
    `Tin Nhanh | ${HEAD}`,
    `${HEAD} :: Tin Nhanh Online`,
    `Tin Nhanh :: Chính trị :: ${HEAD}`,
    `${HEAD} – Tin Nhanh`,
    `Chính trị – ${HEAD}`,
    `In bài viết: ${HEAD}`,
  ];
  for (const t of titles) {
    const { article: a } = extractHtml({ raw: oldPage(t, "Thứ tư, 12/03/2008, 10:30"), url: URL });
    assert.equal(a.title, HEAD, t);
    assert.deepEqual(a.paragraphs, PARAS, t);
  }
});

test("a dateline under the headline in the usual Vietnamese forms is the publication date", () => {
  const cases: Array<[string, string]> = [
    ["Thứ tư, 12/03/2008, 10:30", "2008-03-12T10:30"],
    ["Thứ Tư, 12/3/2008 - 10:30 (GMT+7)", "2008-03-12T10:30+07:00"],
    ["Cập nhật lúc 10:30, Thứ tư, 12/03/2008 (GMT+7)", "2008-03-12T10:30+07:00"],
    ["Cập nhật lúc 10:30 ngày 12/03/2008", "2008-03-12T10:30"],
    ["Ngày 12 tháng 3 năm 2008, 10:30", "2008-03-12T10:30"],
    ["10:30 | 12/03/2008", "2008-03-12T10:30"],
  ];
  for (const [line, iso] of cases) {
    const { article: a } = extractHtml({ raw: oldPage(`Tin Nhanh - ${HEAD}`, line), url: URL });
    assert.equal(a.published, iso, line);
    assert.deepEqual(a.paragraphs, PARAS, line);
  }
});

test("a short article (one cell, two sentences, almost no links) is an article", () => {
  const text = "Ngày 4/5, tại Viêng Chăn, đại diện hai nước đã ký biên bản ghi nhớ về hợp tác phát triển thủy điện ở vùng biên giới. Phía Việt Nam sẽ mua phần lớn điện năng do các nhà máy này sản xuất.";
  const shapes = [
    `<span class="tieude">Việt Nam và Lào ký biên bản hợp tác thủy điện</span><br><span class="ngay">05/05/2003</span><br><br>${text}`,
    `<b>Việt Nam và Lào ký biên bản hợp tác thủy điện</b><br>${text}`,
    `<div class="title">Việt Nam và Lào ký biên bản hợp tác thủy điện</div><div>${text}</div>`,
  ];
  for (const s of shapes) {
    const raw = `<html><head><title>Việt Nam và Lào ký biên bản hợp tác thủy điện :: Thời Báo Miền Trung</title></head><body><table><tr><td><img src="/logo.gif"></td></tr><tr><td>${s}</td></tr><tr><td>© Thời Báo Miền Trung</td></tr></table></body></html>`;
    const { article: a } = extractHtml({ raw, url: "http://thoibaomientrung.example.vn/news.asp?id=1" });
    assert.equal(a.title, "Việt Nam và Lào ký biên bản hợp tác thủy điện", s);
    assert.deepEqual(a.paragraphs, [text], s);
  }
});

test("a line that only shares a word or two with the <title> is not taken for the headline", () => {
  const raw = `<html><head><title>Thời sự - Tin Nhanh</title></head><body><table><tr><td><b>Thời sự</b><br>Bài viết ngắn về thời tiết hôm nay, trời nắng nhẹ và có mưa rào vào buổi chiều ở vài nơi.</td></tr></table></body></html>`;
  const { article: a } = extractHtml({ raw, url: null });
  assert.equal(a.paragraphs.length, 0);
  assert.equal(a.title, null);
});

test("a <br> run's closing list of links and its label are not text; the signed name after the text is the author", () => {
  const after = `<div align="right"><b>Minh Anh</b></div><br><b>Các tin khác:</b><br>&middot; <a href="/1">Chủ tịch nước tiếp đoàn đại biểu cựu chiến binh</a> (11/03)<br>&middot; <a href="/2">Quốc hội thảo luận dự án luật thuế thu nhập cá nhân</a> (10/03)<br>&middot; <a href="/3">Bộ Ngoại giao họp báo thường kỳ</a> (09/03)`;
  const { article: a } = extractHtml({ raw: oldPage(`Tin Nhanh - ${HEAD}`, "12/03/2008", PARAS, after), url: URL });
  assert.deepEqual(a.paragraphs, PARAS);
  assert.equal(a.author, "Minh Anh");
});

test("a new line in the HTML source does not split a paragraph; a <br> does", () => {
  const p = PARAS[0]!.replace(", tại trụ sở", ",\ntại trụ sở");
  const raw = `<html lang="vi"><head><title>${HEAD} - Tin Nhanh</title></head><body><h1>${HEAD}</h1><div class="content"><p>${p}</p><p>${PARAS[1]}<br>${PARAS[2]}</p></div></body></html>`;
  const { article: a } = extractHtml({ raw, url: null });
  assert.deepEqual(a.paragraphs, PARAS);
});

test("a print version: the labelled address and the copyright below the text are cut, the byline above them read", () => {
  const foot = `<p align="right"><b>Thanh Tùng (Theo AFP)</b></p><hr><div class="print-foot">Địa chỉ bài viết: http://www.tinnhanh.example.vn/chinhtri/124.htm<br>© Báo Tin Nhanh</div>`;
  const raw = `<html><head><title>In bài viết: ${HEAD}</title></head><body onload="window.print()"><div><img src="/logo.gif"> <a href="javascript:window.close()">Đóng cửa sổ</a></div><h2>${HEAD}</h2><p><i>Ngày 12 tháng 3 năm 2008, 10:30</i></p>${PARAS.map((x) => `<p>${x}</p>`).join("")}${foot}</body></html>`;
  const { article: a } = extractHtml({ raw, url: URL });
  assert.equal(a.title, HEAD);
  assert.deepEqual(a.paragraphs, PARAS);
  assert.equal(a.author, "Thanh Tùng");
  assert.deepEqual(a.credits, ["AFP"]);
  assert.equal(a.published, "2008-03-12T10:30");
  // a photo credit at the end of an article stays text
  const raw2 = `<html><head><title>${HEAD} - Tin Nhanh</title></head><body><h1>${HEAD}</h1><div class="content">${PARAS.map((x) => `<p>${x}</p>`).join("")}<p>© Reuters</p></div></body></html>`;
  assert.deepEqual(extractHtml({ raw: raw2, url: URL }).article.paragraphs, [...PARAS, "© Reuters"]);
  // paragraphs straight under <body>, as print versions have them, are the body
  assert.deepEqual(extractHtml({ raw: raw.replace(foot, ""), url: URL }).article.paragraphs, PARAS);
});

const shell = (script: string, body = `<div id="__next"><header><a href="/">Báo Đông Nam Á</a><nav><a href="/asean">ASEAN</a> <a href="/video">Video</a></nav></header><main></main></div>`): string =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${HEAD} – Báo Đông Nam Á</title></head><body>${body}${script}</body></html>`;
const state = { title: HEAD, sapo: "Đại sứ Nhật Bản đến chào từ biệt Thủ tướng nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.", content: PARAS.map((p) => `<p>${p}</p>`).join(""), author: { name: "Lê Thu Hà" }, publishedAt: "2008-03-12T10:30:00+07:00" };

test("a script-rendered shell: the article in the application state (Next.js, a global, plain text)", () => {
  const cases: Array<[string, string]> = [
    ["__NEXT_DATA__", `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { menu: [{ title: "ASEAN" }], article: state } }, page: "/[slug]" })}</script>`],
    ["window global", `<script>window.__INITIAL_STATE__ = ${JSON.stringify({ detail: { data: { ...state, content: undefined, body: PARAS.join("\n") } } })};</script>`],
    ["snake_case fields", `<script type="application/json">${JSON.stringify({ post: { tieu_de: HEAD, mo_ta: state.sapo, noi_dung: state.content, tac_gia: "Lê Thu Hà", ngay_dang: "2008-03-12 10:30" } })}</script>`],
  ];
  for (const [name, script] of cases) {
    const { article: a } = extractHtml({ raw: shell(script), url: "https://baodongnama.example.vn/asean/x-1" });
    assert.equal(a.title, HEAD, name);
    assert.deepEqual(a.paragraphs, PARAS, name);
    assert.equal(a.lead, state.sapo, name);
    assert.equal(a.author, "Lê Thu Hà", name);
    assert.ok(a.published?.startsWith("2008-03-12T10:30"), `${name}: ${a.published}`);
  }
});

test("the application state is not read when the page's markup holds the article, nor when it holds no prose", () => {
  const other = { ...state, content: "<p>Một bài khác hoàn toàn, về thời tiết, được nạp sẵn cho trang sau. Trời nắng nhẹ, có mưa rào vào chiều tối ở vài nơi, nhiệt độ cao nhất ba mươi độ C.</p>".repeat(3) };
  const script = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { next: other } } })}</script>`;
  const { article: a } = extractHtml({ raw: shell(script, `<h1>${HEAD}</h1><div class="content">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>`), url: null });
  assert.deepEqual(a.paragraphs, PARAS);
  const menuOnly = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { menu: Array.from({ length: 30 }, (_, i) => ({ title: `Mục ${i}`, href: `/m${i}` })) } } })}</script>`;
  assert.deepEqual(extractHtml({ raw: shell(menuOnly), url: null }).article.paragraphs, []);
});

/** windows-1258 as it writes Vietnamese: vowel shapes precomposed, tone marks combining. */
const cp1258 = (s: string): Buffer =>
  iconv.encode(
    s.normalize("NFD").replace(/(\p{L})(\p{M}+)/gu, (_m, base: string, marks: string) => (base + marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "")).normalize("NFC") + marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, "")),
    "windows-1258",
  );

test("an old table page in an old encoding, no charset declared: decoded, then headline, dateline, body and author read", () => {
  const html = oldPage(`Báo Điện tử Tin Nhanh - ${HEAD}`, "Thứ tư, 12/03/2008, 10:30", PARAS, `<div align="right"><b>Minh Anh</b></div>`).replace(/<meta[^>]*>/, "");
  const encodings: Array<[string, Buffer]> = [["windows-1258", cp1258(html)], ["viscii", iconv.encode(html, "viscii")], ["tcvn", iconv.encode(html, "tcvn")]];
  for (const [enc, bytes] of encodings) {
    const doc = analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, bytes, kind: "html" }, {}, defaultContext(PINNED_NOW));
    assert.equal(doc.encoding, enc);
    assert.equal(doc.article?.title, HEAD, enc);
    assert.deepEqual(doc.article?.paragraphs, PARAS, enc);
    assert.equal(doc.article?.author, "Minh Anh", enc);
    assert.equal(doc.article?.published, "2008-03-12T10:30", enc);
  }
});
