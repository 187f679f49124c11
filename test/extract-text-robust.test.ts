/**
 * Extraction cases found by the self-made held-out check: related lists without a heading,
 * date stamps above the title / after the body / with a section label, credits in the header,
 * tag lines after the body. Captures are synthetic, written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText, stampDate } from "../src/extract/text.js";
import { followOutlet } from "../src/extract/byline.js";

const TITLE = "Hai nước nhất trí mở rộng hợp tác kinh tế trong năm tới";
const P = [
  "Ngoại trưởng hai nước đã có cuộc gặp kéo dài hai giờ tại thủ đô vào chiều qua, thảo luận nhiều vấn đề song phương.",
  "Theo thông cáo chung, hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và giáo dục.",
  "Phía đối tác cũng cam kết sẽ xem xét mở cửa thị trường cho nông sản trong năm tới, theo một quan chức dự họp.",
];
const page = (...lines: string[]) => lines.join("\n");

test("a related list of headlines with one-line teasers, without a heading, is not body", () => {
  const raw = page(
    "Thế giới", "", TITLE, "", ...P, "",
    "Hai nước ký thỏa thuận thương mại tự do mới",
    "Hai nước đã ký thỏa thuận thương mại tự do mới sau nhiều năm đàm phán, theo thông báo của chính phủ.",
    "Ngoại trưởng thăm chính thức khu vực Trung Đông",
    "Ngoại trưởng bắt đầu chuyến thăm chính thức khu vực Trung Đông kéo dài năm ngày từ hôm nay.",
    "", "Bình luận (0)",
  );
  const { article } = extractText({ raw, url: null });
  assert.equal(article.title, TITLE);
  assert.deepEqual([article.lead, ...article.paragraphs], P);
});

test("date stamps: under the title beats a site header's date above it; after the body; with a section label", () => {
  const header = extractText({ raw: page("Thứ Bảy, ngày 07/06/2025", "", TITLE, "", "Thứ Sáu, 06/06/2025, 07:12 (GMT+7)", "", ...P), url: null });
  assert.equal(header.article.published?.slice(0, 16), "2025-06-06T07:12");
  const above = extractText({ raw: page("Chủ nhật, 11/5/2025, 08:30 (GMT+7)", "", TITLE, "", ...P), url: null });
  assert.equal(above.article.published?.slice(0, 16), "2025-05-11T08:30");
  const after = extractText({ raw: page(TITLE, "", ...P, "", "Thứ hai, 26/05/2025 - 21:10", "", "Chia sẻ"), url: null });
  assert.equal(after.article.published?.slice(0, 16), "2025-05-26T21:10");
  assert.equal(stampDate("28-07-2025 - 21:40 PM | Thời sự quốc tế")?.slice(0, 16), "2025-07-28T21:40");
  assert.equal(stampDate("28-07-2025 - 21:40 | Hai nước ký kết"), null);
});

test("credits under the byline in the header; a name-shaped tag line after the body is not the author", () => {
  const credited = extractText({ raw: page(TITLE, "", "Minh Phương", "Theo Bernama, CNA", "", ...P), url: null });
  assert.equal(credited.article.author, "Minh Phương");
  assert.deepEqual(credited.article.credits, ["Bernama", "CNA"]);
  // the agency is one Title-case word, so "Theo Yonhap" is also shaped like a two-word name
  for (const header of [["Thanh Tùng", "Theo Yonhap"], ["Theo Yonhap", "Thanh Tùng"]]) {
    const one = extractText({ raw: page(TITLE, "", ...header, "", ...P), url: null });
    assert.equal(one.article.author, "Thanh Tùng", header.join(" / "));
    assert.deepEqual(one.article.credits, ["Yonhap"], header.join(" / "));
  }
  const tags = extractText({ raw: page(TITLE, "", ...P, "", "Tập Cận Bình", "Donald Trump", "quan hệ Mỹ - Trung", "", "Tin cùng chuyên mục"), url: null });
  assert.equal(tags.article.author, null);
  const signed = extractText({ raw: page(TITLE, "", ...P, "", "Quang Minh", "", "NATO", "Mark Rutte", "chi tiêu quốc phòng"), url: null });
  assert.equal(signed.article.author, "Quang Minh");
});

test("a related card (headline and teaser as one block) on a page with blank lines between paragraphs is not body", () => {
  const head = "Phía đối tác nói gì về thỏa thuận mới?";
  const teaser = "Bộ Ngoại giao nước này cho biết sẵn sàng ký thỏa thuận trong năm nay.";
  // after the body, before the comments
  const end = extractText({ raw: page(TITLE, "", P[0]!, "", P[1]!, "", P[2]!, "", head, teaser, "", "Bình luận (0)"), url: null });
  assert.deepEqual([end.article.lead, ...end.article.paragraphs], P);
  assert.deepEqual(end.article.captions, []);
  // between two paragraphs, with the item's date stamp in the block; a byline after the body is kept
  const mid = extractText({ raw: page(TITLE, "", P[0]!, "", P[1]!, "", head, "12/03/2025 09:30", teaser, "", P[2]!, "", "Bảo Ngọc"), url: null });
  assert.deepEqual([mid.article.lead, ...mid.article.paragraphs], P);
  assert.equal(mid.article.author, "Bảo Ngọc");
  assert.equal(mid.article.published, null);
  // a subhead with a blank line under it stays the article's (a caption-like subhead, its paragraph kept)
  const sub = extractText({ raw: page(TITLE, "", P[0]!, "", P[1]!, "", head, "", teaser, "", P[2]!), url: null });
  assert.deepEqual([sub.article.lead, ...sub.article.paragraphs], [P[0], P[1], teaser, P[2]]);
  // a page printing its paragraphs on consecutive lines: a headline-shaped line there tells nothing
  const dense = extractText({ raw: page(TITLE, "", P[0]!, P[1]!, head, teaser, P[2]!), url: null });
  assert.ok(dense.article.paragraphs.includes(teaser));
});

test("a follow-us widget names the outlet only when it prints a name", () => {
  const table: [string, string | null][] = [
    ["Theo dõi Baoquocte.vn trên", "Baoquocte.vn"],
    ["Theo dõi Báo Thanh Niên trên Google News", "Báo Thanh Niên"],
    ["Theo dõi báo trên", null],
    ["Theo dõi chúng tôi trên Facebook", null],
    ["Theo dõi tin tức trên Zalo", null],
  ];
  for (const [line, outlet] of table) assert.equal(followOutlet(line), outlet, line);
  // a capture whose widget names no outlet gets none from it
  const raw = page("Thế giới", "Theo dõi báo trên", "", TITLE, "", ...P);
  assert.equal(extractText({ raw, url: null }).article.outlet, null);
});

test("no URL: a sapo parted from the body by a byline does not hide the headline above it", () => {
  const SAPO = "Hai nước cam kết thúc đẩy hợp tác trong các lĩnh vực kinh tế, năng lượng và giáo dục trong giai đoạn tới, theo thông cáo chung.";
  const table: [string, string[]][] = [
    ["weather widget and section above the title, byline with a credit", ["Hà Nội", "", "Thế giới", "", TITLE, "", SAPO, "", "An An (Theo Reuters)", "", ...P]],
    ["a date stamp between the sapo and the body", ["Thế giới", "", TITLE, "", SAPO, "", "12/03/2025 08:30", "", ...P]],
  ];
  for (const [what, lines] of table) {
    const { article: a } = extractText({ raw: page(...lines), url: null });
    assert.equal(a.title, TITLE, what);
    assert.equal(a.lead, SAPO, what);
    assert.deepEqual(a.paragraphs, P, what);
    assert.notEqual(a.author, "Hà Nội", what);
  }
  // a prose line right above the body with no byline between is body, not a sapo
  const { article: b } = extractText({ raw: page("Thế giới", "", TITLE, "", ...P), url: null });
  assert.equal(b.title, TITLE);
});

test("a capture with no blank line at all: a related box inside the article ends at the next paragraph; the first paragraph is the lead", () => {
  const SAPO = "Ngoại trưởng hai nước ngày 14/1 đã gặp nhau tại thủ đô để thảo luận về một lệnh ngừng bắn mới và viện trợ nhân đạo cho khu vực.";
  const table: [string, string[]][] = [
    ["heading in capitals, two headlines", ["TIN LIÊN QUAN", "Israel tuyên bố tiếp tục chiến dịch ở Khan Younis", "Hamas nói sẵn sàng thả thêm con tin"]],
    ["heading with a colon", ["Xem thêm:", "Châu Âu họp khẩn về an ninh khu vực sau cuộc gặp"]],
  ];
  for (const [what, box] of table) {
    const raw = page("Trang chủ", "Thế giới", "Thứ Hai, 15/01/2024 - 10:30 (GMT+7)", TITLE, SAPO, ...box, ...P, "Minh Châu (Theo Reuters)", "Bình luận (0)", "Tin cùng chuyên mục", "Nga tuyên bố kiểm soát thêm một làng ở Donetsk");
    const { article: a } = extractText({ raw, url: null });
    assert.equal(a.title, TITLE, what);
    assert.equal(a.lead, SAPO, what);
    assert.deepEqual(a.paragraphs, P, what);
    assert.equal(a.published, "2024-01-15T10:30+07:00", what);
    assert.equal(a.author, "Minh Châu", what);
  }
});
