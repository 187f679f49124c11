/**
 * HTML extraction on the open web: one page per failure class met on real sites (issue 12),
 * written here from scratch in the shape of those sites. Each names what went wrong before.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import iconv from "iconv-lite";
import { extractHtml } from "../src/extract/html.js";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { PINNED_NOW } from "./helpers/shared.js";

const EN = [
  "The city council voted on Tuesday to expand the bus network, adding four routes that will connect the northern suburbs with the river district by the end of next year.",
  "Officials said the plan, which had been debated for more than two years, would be paid for by a mix of state grants and a modest increase in parking fees downtown.",
  "Residents who spoke at the meeting were divided, with some praising the new service and others warning that construction would disrupt traffic for months.",
  "The council will review the first results in the spring, when ridership figures for the pilot route are expected to be published.",
];
const VI = [
  "Chiều 26/12, Tòa án nhân dân thành phố đã mở phiên xét xử phúc thẩm vụ án cố ý gây thương tích xảy ra tại một khu chợ ở ngoại thành hồi đầu năm.",
  "Theo cáo trạng, do mâu thuẫn trong việc buôn bán, bị cáo đã dùng dao tấn công một người bán hàng khiến nạn nhân bị thương nặng phải nhập viện.",
  "Tại phiên tòa, bị cáo thừa nhận hành vi phạm tội và xin giảm nhẹ hình phạt vì hoàn cảnh gia đình khó khăn, có con nhỏ và mẹ già đau ốm.",
  "Hội đồng xét xử đã bác kháng cáo, giữ nguyên mức án sơ thẩm là bảy năm tù giam đối với bị cáo về tội cố ý gây thương tích.",
];
const sidebar = `<aside class="sidebar"><h3>Most read</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/n${i}">Another story number ${i} about something else entirely</a></li>`).join("")}</ul></aside>`;
const en = (body: string, head = ""): string => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council expands bus network - City News</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer><p>© City News. All rights reserved. Contact us for advertising.</p></footer></body></html>`;
const title = "<h1>Council expands bus network</h1>";
const ps = (xs: string[]): string => xs.map((p) => `<p>${p}</p>`).join("");

test("a class or id word never vetoes the container holding the article", () => {
  const cases: Array<[string, string]> = [
    ["a widget wrapper (page builders)", `<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">${title}${ps(EN)}</div></div>${sidebar}`],
    ["'sidebar' inside a compound name", `<div class="content-with-sidebar-wrp"><div class="content-wrp">${title}<div class="field-items">${ps(EN)}</div></div>${sidebar}</div>`],
    ["'dable' inside 'expandable'", `<main><div class="js_post-content">${title}<div class="js_expandable-container">${ps(EN)}</div></div></main>${sidebar}`],
    ["a byline's word in the container's name", `<div class="post-author-layout">${title}${ps(EN)}<div class="author-bio"><p>Jane Doe writes about transport, housing and the city's budget for City News, and has covered the council since 2012.</p></div></div>${sidebar}`],
    ["a blog engine's widget", `<div id="Blog1" class="widget Blog"><div class="post hentry">${title}<div class="post-body">${ps(EN)}</div></div></div>${sidebar}`],
  ];
  for (const [name, body] of cases) {
    const { article: a } = extractHtml({ raw: en(body), url: "https://citynews.example.com/bus" });
    assert.deepEqual(a.paragraphs, EN, name);
    assert.equal(a.title, "Council expands bus network", name);
  }
});

test("table rows named like page furniture ('player') stay when they are the article's table", () => {
  const rows = Array.from({ length: 12 }, (_, i) => `<tr class="player"><td>${i + 1}</td><td>Driver Number ${i + 1}</td><td>${2000 - i * 37} points</td></tr>`).join("");
  const body = `<div class="article-body" itemprop="articleBody">${title}<p>${EN[0]}</p><table class="standings"><tbody>${rows}</tbody></table><p>${EN[1]}</p></div>${sidebar}`;
  const { article: a } = extractHtml({ raw: en(body), url: null });
  assert.ok(a.paragraphs.includes("1 Driver Number 1 2000 points") || a.paragraphs.some((p) => p.includes("Driver Number 12")), JSON.stringify(a.paragraphs));
  assert.ok(a.paragraphs.includes(EN[1]!));
});

test("a page-wide ASP.NET <form> is not page furniture", () => {
  const body = `<form id="aspnetForm" method="post" action="./article.aspx"><div id="header"><ul><li><a href="/">Trang chủ</a></li><li><a href="/x">Thời sự</a></li></ul></div><div class="box10">${title.replace("Council expands bus network", "Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ")}<div class="content">${VI.map((p) => `<div><span style="font-family: Times New Roman">${p}</span></div>`).join("")}</div></div><select name="cat"><option>Thời sự</option><option>Pháp luật</option></select></form>`;
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ</title></head><body>${body}</body></html>`;
  const { article: a } = extractHtml({ raw: html, url: "http://baocu.example.vn/20121226/xet-xu.htm" });
  assert.deepEqual(a.paragraphs, VI);
});

test("bare text split by <br>, with no <p>, is the body (beside the container's other blocks)", () => {
  const shapes = [
    `<div class="post-outer">${title}<div class="post-body entry-content">${EN.join("<br><br>\n")}</div></div>${sidebar}`,
    `<div class="post-outer">${title}<div class="post-body"><div class="separator"><a href="/big.jpg"><img src="/small.jpg"></a></div>${EN.join("<br>\n<br>\n")}<div class="share-this"><a href="/s">Share</a></div></div></div>${sidebar}`,
  ];
  for (const body of shapes) {
    const { article: a } = extractHtml({ raw: en(body), url: null });
    assert.deepEqual(a.paragraphs, EN);
  }
});

test("hidden nodes never count: display:none, hidden, aria-hidden, <template>, <noscript>", () => {
  const hiddenLd = `<div style="display:none" itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">Council expands bus network</span><span itemprop="publisher">City News Publishing Group Incorporated, a subsidiary of Example Media Holdings</span><span itemprop="description">${EN[0]}</span></div>`;
  const body = `${hiddenLd}<article>${title}<div class="story">${ps(EN.slice(0, 2))}<p hidden>This hidden sentence is a trap for extractors that read every node of the page.</p><div aria-hidden="true">An aria-hidden block is not read by people either, so it must not be article text.</div><template><p>Template content is never rendered unless a script clones it into the page.</p></template><noscript><p>Please enable JavaScript to view the comments powered by a third party.</p></noscript>${ps(EN.slice(2))}</div></article>`;
  const { article: a } = extractHtml({ raw: en(body), url: null });
  assert.deepEqual(a.paragraphs, EN);
});

test("other posts appended below the article (infinite scroll, a blog's next entries) are not part of it", () => {
  const next = ["A second story about a different subject begins here, with a paragraph long enough to look like an article of its own.", "It goes on with more text, about the other subject, which a reader would see only after scrolling past the first story."];
  const shapes = [
    `<main><article class="post">${title}<div class="entry-content">${ps(EN)}</div></article><article class="post"><h1><a href="/other">Library opens a new wing</a></h1><div class="entry-content">${ps(next)}</div></article></main>`,
    `<main><article class="post">${title}${ps(EN)}</article><article class="post"><h2><a href="/other">Library opens a new wing</a></h2>${ps(next)}</article><article class="post"><h2><a href="/third">Park gets new benches</a></h2>${ps(next.map((p) => p.replace("second", "third")))}</article></main>`,
    `<div class="content">${title}<div class="body">${ps(EN)}<div class="next-story"><h1><a href="/other">Library opens a new wing</a></h1><p class="byline">By A. Writer</p>${ps(next)}</div></div></div>`,
  ];
  for (const body of shapes) {
    const { article: a } = extractHtml({ raw: en(body), url: null });
    assert.deepEqual(a.paragraphs, EN);
  }
});

test("an article split into chunks between ads is read whole", () => {
  const chunk = (xs: string[]): string => `<div class="grid"><div class="body body__container">${ps(xs)}</div></div>`;
  const body = `<article>${title}<div class="chunks">${chunk(EN.slice(0, 2))}<div class="ad-slot"><span>Advertisement</span></div>${chunk(EN.slice(2))}</div></article>${sidebar}`;
  const { article: a } = extractHtml({ raw: en(body), url: null });
  assert.deepEqual(a.paragraphs, EN);
});

test("an old table layout: DIV paragraphs, a sapo in a heading, a caption beside its photo, the byline right-aligned after the body", () => {
  const t = "Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ";
  const sapo = "(BĐO) - Bị cáo dùng dao tấn công người bán hàng chỉ vì mâu thuẫn nhỏ trong buôn bán, gây thương tích nặng cho nạn nhân...";
  const fig = `<div><span><div style="text-align:center"><img src="/a.jpg" width="500"></div><div style="text-align:center"><span style="color:#4682b4; font-size:10pt">Bị cáo tại phiên tòa phúc thẩm</span></div></span></div>`;
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${t}</title></head><body><table width="980"><tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/pl">Pháp luật</a></td></tr><tr><td class="main"><h1>${t}</h1><p class="time">Thứ Tư, 26/12/2012 17:14</p><h3>${sapo}</h3><div class="content"><div>${VI[0]}</div><div>${VI[1]}</div>${fig}<div>${VI[2]}</div><div>${VI[3]}</div></div><div style="text-align:right;font-weight:bold">K. Miên</div><div class="older-news"><ul><li><a href="/1">Tin cũ hơn số một về vụ án khác</a></li><li><a href="/2">Tin cũ hơn số hai về vụ án khác</a></li></ul></div></td><td class="right"><ul><li><a href="/3">Xem nhiều nhất hôm nay</a></li></ul></td></tr></table></body></html>`;
  const { article: a } = extractHtml({ raw: html, url: "http://baocu.example.vn/20121226051446379p0c1019/xet-xu.htm" });
  assert.equal(a.title, t);
  assert.equal(a.lead, sapo);
  assert.deepEqual(a.paragraphs, VI);
  assert.deepEqual(a.captions, ["Bị cáo tại phiên tòa phúc thẩm"]);
  assert.equal(a.author, "K. Miên");
  assert.equal(a.published, "2012-12-26T17:14");
});

test("HTML 4 in capitals: a table cell of bare text with <br>, its title and date printed inside it", () => {
  const menu = Array.from({ length: 15 }, (_, i) => `<A href="/m${i}">Mục ${i}</A><BR>`).join("");
  const html = `<HTML><HEAD><TITLE>Xét xử phúc thẩm vụ án</TITLE><META http-equiv=Content-Type content="text/html; charset=utf-8"></HEAD><BODY><TABLE width=780><TR><TD width=150 valign=top>${menu}</TD><TD valign=top><FONT size=4><B>Xét xử phúc thẩm vụ án</B></FONT><BR><FONT size=2 color=gray>26/12/2012</FONT><BR><BR>${VI.join("<BR><BR>")}<BR><BR><B>Minh Anh</B></TD><TD width=150>${menu}</TD></TR></TABLE></BODY></HTML>`;
  const { article: a } = extractHtml({ raw: html, url: "http://baocu.example.vn/a.htm" });
  assert.equal(a.title, "Xét xử phúc thẩm vụ án");
  assert.deepEqual(a.paragraphs, VI);
  assert.equal(a.author, "Minh Anh");
  assert.equal(a.published, "2012-12-26");
});

test("a photo story whose prose is in its captions: the captions are the body", () => {
  const t = "Hoa hậu xuất hiện rạng rỡ trong đêm chung kết";
  const caps = [
    "Người đẹp xuất hiện trên sân khấu trong bộ váy dạ hội màu đỏ, nhận được nhiều tràng pháo tay của khán giả có mặt tại nhà hát.",
    "Cô chia sẻ rằng một năm qua là khoảng thời gian đáng nhớ nhất, khi được đi nhiều nơi và tham gia các hoạt động thiện nguyện.",
    "Trước khi trao lại vương miện, người đẹp dành thời gian chụp ảnh cùng các thí sinh và gửi lời chúc may mắn tới họ.",
  ];
  const photo = (c: string): string => `<table class="showborder" align="center"><tr><td><img src="/p.jpg"></td></tr><tr><td class="Image">${c}</td></tr></table>`;
  const html = `<html lang="vi"><head><title>${t}</title></head><body><div class="detailCT"><h1 class="Title">${t}</h1><h2 class="Lead">Người đẹp gây ấn tượng mạnh với khán giả trong đêm chung kết cuộc thi năm nay.</h2>${caps.map(photo).join("")}<p class="Normal" align="right"><strong>H.V.</strong><br><em>Ảnh</em>: <strong>Misso</strong></p></div><div class="detailRight"><ul><li><a href="/x">Tin khác về hoa hậu</a></li></ul></div></body></html>`;
  const { article: a } = extractHtml({ raw: html, url: "http://ngoisao.example.net/tin-tuc/2012/12/hoa-hau.htm" });
  assert.deepEqual(a.paragraphs, caps);
  assert.deepEqual(a.captions, []);
  assert.equal(a.author, "H.V.");
});

test("dates printed in many forms, and one written by a script", () => {
  const body = (date: string, extra = ""): string => `<html lang="vi"><head><title>Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ</title></head><body><div class="detail"><h1>Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ</h1>${date}<div class="content">${ps(VI)}</div></div>${extra}</body></html>`;
  const cases: Array<[string, string, string | null]> = [
    ["weekday, day/month/year time", body(`<span class="date">Thứ Tư, 26/12/2012 17:14</span>`), "2012-12-26T17:14"],
    ["dashes and a bar", body(`<div class="time">26-12-2012 | 17:14</div>`), "2012-12-26T17:14"],
    ["time first, with GMT+7", body(`<span class="date">17:14 26/12/2012 (GMT+7)</span>`), "2012-12-26T17:14+07:00"],
    ["in words", body(`<p class="date">Ngày 26 tháng 12 năm 2012</p>`), "2012-12-26"],
    ["<time datetime> in UTC", body(`<time datetime="2012-12-26T10:14:00Z">26/12/2012</time>`), "2012-12-26T17:14+07:00"],
    ["written by a script", body(`<span id="pDateTime" class="spanDateTime"></span>`, `<script>document.getElementById("pDateTime").innerHTML="Th&#7913; t&#432;, 26/12/2012, 17:14 GMT+7";</script>`), "2012-12-26T17:14+07:00"],
    ["an 'updated' line gives way to the publication date", body(`<span class="date">Cập nhật: 27/12/2012 08:00</span><span class="date">26/12/2012 17:14</span>`), "2012-12-26T17:14"],
    ["an 'updated' line alone is the only date the page gives", body(`<span class="date">Cập nhật lúc 17:14 ngày 26/12/2012</span>`), "2012-12-26T17:14"],
    ["a date line between title and body in no date-named element", body(`<div class="info">Thứ Năm, 26/12/2012 17:14 GMT+7</div>`), "2012-12-26T17:14+07:00"],
    ["a date in the byline", body(`<div class="author">Minh Anh | 26/12/2012 17:14</div>`), "2012-12-26T17:14"],
    ["no date at all", body(""), null],
  ];
  for (const [name, html, want] of cases) {
    const { article: a } = extractHtml({ raw: html, url: "https://baovidu.example.vn/xet-xu.html" });
    assert.equal(a.published, want, name);
  }
});

test("JSON-LD and the printed date disagree by days: the printed date wins, with the machine time of that day when there is one", () => {
  const ld = (d: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ","datePublished":"${d}"}</script>`;
  const page = (d: string): string => `<html lang="vi"><head>${ld(d)}</head><body><h1>Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ</h1><span class="date">26/12/2012 17:14</span><div class="content">${ps(VI)}</div></body></html>`;
  assert.equal(extractHtml({ raw: page("2012-12-26T17:14:00+07:00"), url: null }).article.published, "2012-12-26T17:14+07:00");
  assert.equal(extractHtml({ raw: page("2019-01-01T00:00:00+07:00"), url: null }).article.published, "2012-12-26T17:14");
  assert.equal(extractHtml({ raw: page("2012-12-26"), url: null }).article.published, "2012-12-26T17:14", "the printed time adds precision");
});

test("a byline marked only by schema.org's itemprop=author", () => {
  const body = `<article>${title}<div class="meta-line"><span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Jane Doe</span></span></div><div class="story">${ps(EN)}</div></article>`;
  const { article: a } = extractHtml({ raw: en(body), url: null });
  assert.equal(a.author, "Jane Doe");
  assert.deepEqual(a.paragraphs, EN);
});

test("a Vietnamese article signed by a name alone on its last line", () => {
  const html = `<html lang="vi"><head><title>Xét xử phúc thẩm</title></head><body><h1>Xét xử phúc thẩm</h1><div class="content">${ps(VI)}<p>Minh Anh</p></div></body></html>`;
  const { article: a } = extractHtml({ raw: html, url: null });
  assert.equal(a.author, "Minh Anh");
  assert.deepEqual(a.paragraphs, VI);
});

test("bylines: 'Theo X' is the author when X is a person, a credit when X is an outlet; 'Tin, ảnh:' labels a byline, not a caption", () => {
  const page = (ld: string, tail: string): string => `<html lang="vi"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ","author":{"@type":"Person","name":"${ld}"}}</script></head><body><h1>Xét xử phúc thẩm vụ cố ý gây thương tích tại chợ</h1><div class="content">${ps(VI)}${tail}</div></body></html>`;
  let a = extractHtml({ raw: page("Theo Hồ Hương", `<div class="content_source"><p class="author">Theo Hồ Hương</p><p class="source">Đại Đoàn kết</p></div>`), url: null }).article;
  assert.equal(a.author, "Hồ Hương");
  assert.deepEqual(a.credits, ["Đại Đoàn kết"]);
  a = extractHtml({ raw: page("Theo Reuters", ""), url: null }).article;
  assert.equal(a.author, null);
  assert.deepEqual(a.credits, ["Reuters"]);
  a = extractHtml({ raw: page("", `<p style="text-align:right"><em>Tin, ảnh</em>: <strong>Vũ Phương Thảo</strong></p>`), url: null }).article;
  assert.equal(a.author, "Vũ Phương Thảo");
  assert.deepEqual(a.captions, []);
  assert.deepEqual(a.paragraphs, VI);
});

test("JSON-LD articleBody: the container that holds it wins over a denser block of other text", () => {
  const comments = Array.from({ length: 6 }, (_, i) => `<div class="c"><p>Reader ${i} wrote a long reply, with many commas, clauses, asides, and opinions, about the council, the buses, the fees, and the river district.</p></div>`).join("");
  const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Council expands bus network", articleBody: EN.join("\n") })}</script>`;
  const body = `<div class="a">${title}<div>${ps(EN)}</div></div><div class="replies">${comments}</div>`;
  const { article: a } = extractHtml({ raw: en(body, ld), url: null });
  assert.deepEqual(a.paragraphs, EN);
});

test("JSON-LD articleBody is the body when the page's tree has none (rendered by scripts)", () => {
  const ld = `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", headline: "Council expands bus network", articleBody: EN.join("\n\n") })}</script>`;
  const { article: a } = extractHtml({ raw: en(`<div id="root"></div>`, ld), url: null });
  assert.deepEqual(a.paragraphs, EN);
});

/** Vietnamese as windows-1258 writes it: letters with their vowel shapes precomposed, tone marks combining. */
function cp1258(s: string): Buffer {
  const split = s.normalize("NFD").replace(/(\p{L})(\p{M}+)/gu, (_m, base: string, marks: string) => {
    const shape = marks.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "");
    const tone = marks.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, "");
    return (base + shape).normalize("NFC") + tone;
  });
  return iconv.encode(split, "windows-1258");
}

test("old encodings: a windows-1258 page declared in a meta tag is read right", () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>Xét xử phúc thẩm</title></head><body><h1>Xét xử phúc thẩm</h1><div class="content">${ps(VI)}</div></body></html>`;
  const bytes = cp1258(html);
  assert.ok(!bytes.includes(0x3f) || !iconv.decode(bytes, "windows-1258").includes("?"), "the page is encodable");
  const doc = analyze({ source: { path: null, record_id: null, url: null, fetched_at: null }, bytes, kind: "html" }, {}, defaultContext(PINNED_NOW));
  assert.equal(doc.encoding, "windows-1258");
  assert.equal(doc.article?.title, "Xét xử phúc thẩm");
  assert.deepEqual(doc.article?.paragraphs, VI);
});
