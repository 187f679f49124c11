/**
 * Whole-page captures in shapes the held-out fixtures do not cover: a live blog with time stamps,
 * "Xem thêm:" link boxes between paragraphs, a byline printed above the title, English-language
 * wire credits. Each row says what the extractor must keep (the article's fields) and what it
 * must drop (strings that may not appear in the title, lead or paragraphs). The pages are written
 * for these tests (no publisher's text).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "../src/extract/text.js";
import type { Article } from "../src/envelope/types.js";

interface Capture {
  name: string;
  url: string | null;
  lines: string[];
  keep: Partial<Article>;
  /** never part of the title, lead or paragraphs */
  drop: string[];
}

const MENU = ["Trang chủ", "Thời sự", "Thế giới", "Kinh tế", "Pháp luật", "Thể thao", "Đăng nhập", ""];
const FOOTER = ["", "Cơ quan chủ quản: Báo Điện tử Mẫu", "Giấy phép số 123/GP-BTTTT", "© Bản quyền thuộc về Báo Mẫu"];

// 1. live blog: entries newest first, each a time stamp, often a heading, then text (a heading
// joined to its text is also how a related card prints: here they are the page's own structure)
const LIVE = {
  title: "Trực tiếp: Hội nghị ngoại trưởng khu vực bàn về an ninh hàng hải",
  lead: "Ngoại trưởng mười nước dự hội nghị thường niên tại Đà Nẵng, tập trung vào an ninh hàng hải và hợp tác kinh tế trong bối cảnh căng thẳng gia tăng.",
  e1: "Các ngoại trưởng thông qua tuyên bố chung gồm 12 điểm, trong đó cam kết giải quyết tranh chấp bằng biện pháp hòa bình và tôn trọng luật pháp quốc tế.",
  e2: "Bên lề hội nghị, hai bộ trưởng đã có cuộc gặp song phương kéo dài 45 phút và nhất trí tổ chức đối thoại chiến lược vào cuối năm nay.",
  e3: "Phát biểu khai mạc, chủ tịch hội nghị kêu gọi các nước kiềm chế, tránh những hành động làm phức tạp thêm tình hình trên biển.",
  e4: "Đoàn đại biểu các nước bắt đầu đến trung tâm hội nghị từ sáng sớm, an ninh được thắt chặt tại khu vực xung quanh.",
  e5: "Ban tổ chức cho biết hơn 300 phóng viên trong và ngoài nước đã đăng ký đưa tin về hội nghị năm nay.",
};
// 2. "Xem thêm:" link boxes between paragraphs
const LINKS = {
  title: "Hai nước ký hiệp định hợp tác nghề cá sau ba năm đàm phán",
  lead: "Bộ trưởng Nông nghiệp hai nước hôm 20/3 đã ký hiệp định hợp tác nghề cá, mở ra cơ chế phối hợp tuần tra chung và chia sẻ dữ liệu về ngư trường.",
  p1: "Theo văn bản được công bố sau lễ ký, hai bên sẽ thành lập một đường dây nóng để xử lý các sự cố liên quan tới tàu cá của ngư dân hai nước.",
  p2: "Hiệp định cũng quy định việc đối xử nhân đạo với ngư dân bị bắt giữ và trao trả họ trong thời gian sớm nhất sau khi hoàn tất thủ tục.",
  p3: "Giới chuyên gia đánh giá đây là bước tiến quan trọng, góp phần giảm căng thẳng trên biển vốn kéo dài nhiều năm giữa hai nước láng giềng.",
  p4: "Hiệp định có hiệu lực sau 60 ngày kể từ khi hai bên hoàn tất thủ tục phê chuẩn theo quy định pháp luật của mỗi nước.",
  link1: "Ngư dân hai nước mong chờ cơ chế hợp tác mới trên biển",
  link2: "Nhìn lại ba năm đàm phán hiệp định nghề cá",
  link3: "Bộ trưởng Nông nghiệp thăm chính thức nước láng giềng",
};
// 3. byline and date printed above the title
const TOP = {
  title: "Quốc hội nước láng giềng phê chuẩn thỏa thuận biên giới",
  lead: "Quốc hội nước láng giềng hôm 5/4 đã bỏ phiếu phê chuẩn thỏa thuận phân định biên giới trên bộ, khép lại tiến trình đàm phán kéo dài hơn một thập kỷ.",
  p1: "Thỏa thuận được thông qua với 182 phiếu thuận và 9 phiếu chống, trong bối cảnh phe đối lập kêu gọi tổ chức thêm các phiên điều trần.",
  p2: "Người phát ngôn chính phủ cho biết lễ trao đổi văn kiện phê chuẩn dự kiến diễn ra tại thủ đô vào đầu tháng tới.",
  p3: "Trước đó, hai nước đã hoàn thành việc cắm mốc trên phần lớn đường biên giới, chỉ còn một số đoạn cần khảo sát bổ sung.",
};
// 4. English-language wire credits after the body
const WIRE = {
  title: "Liên minh châu Âu gia hạn lệnh trừng phạt thêm sáu tháng",
  lead: "Các nước thành viên Liên minh châu Âu ngày 28/2 nhất trí gia hạn các biện pháp trừng phạt kinh tế thêm sáu tháng, sau nhiều tuần thương lượng.",
  p1: "Quyết định được đưa ra sau khi một nước thành viên rút lại yêu cầu đưa một số cá nhân ra khỏi danh sách bị trừng phạt.",
  p2: "Người phát ngôn của khối cho biết các biện pháp sẽ được xem xét lại trước khi hết hạn, tùy theo diễn biến tình hình.",
};

// 5. shapes of other content systems: a sapo above the byline, an author printed twice, a byline
// closed by a separator, pictures' alt text "<headline> - Ảnh 1", a caption repeated without its credit
const CMS = {
  title: "Hai nước nhất trí mở lại đường bay thẳng sau bốn năm gián đoạn",
  lead: "Bộ trưởng Giao thông hai nước hôm 9/5 đã nhất trí nối lại các chuyến bay thẳng giữa hai thủ đô từ tháng 7 tới.",
  p1: "Theo thỏa thuận, mỗi bên được khai thác tối đa 14 chuyến mỗi tuần trong giai đoạn đầu và sẽ xem xét tăng tần suất sau sáu tháng.",
  p2: "Các hãng hàng không của hai nước cho biết đã sẵn sàng mở bán vé ngay khi nhận được giấy phép của nhà chức trách.",
  p3: "Giới doanh nghiệp kỳ vọng đường bay mới sẽ thúc đẩy du lịch và thương mại song phương vốn sụt giảm mạnh trong những năm qua.",
  caption: "Bộ trưởng Giao thông hai nước tại buổi ký kết.",
};

const CAPTURES: Capture[] = [
  {
    name: "a live blog: entries under time stamps, with and without their own headings",
    url: null,
    lines: [
      ...MENU, "Thế giới", "TRỰC TIẾP", "", LIVE.title, "", "Cập nhật: 14/03/2025 16:45", "", LIVE.lead, "",
      "16:40", "", "Hội nghị ra tuyên bố chung", LIVE.e1, "",
      "15:20", "", "Gặp song phương bên lề hội nghị", LIVE.e2, "",
      "14/03/2025 09:05", "", "Khai mạc hội nghị", LIVE.e3, "",
      "08:30", "", LIVE.e4, "",
      "07:45", "", LIVE.e5, "",
      "Chia sẻ", "Bình luận (0)", ...FOOTER,
    ],
    keep: { title: LIVE.title, lead: LIVE.lead, paragraphs: [LIVE.e1, LIVE.e2, LIVE.e3, LIVE.e4, LIVE.e5], published: "2025-03-14T16:45", author: null, credits: [] },
    drop: ["16:40", "15:20", "08:30", "TRỰC TIẾP", "Hội nghị ra tuyên bố chung", "Khai mạc hội nghị"],
  },
  {
    name: "'Xem thêm:' boxes of links between paragraphs are skipped, the related list after the body ends it",
    url: "https://baomau.vn/hai-nuoc-ky-hiep-dinh-hop-tac-nghe-ca-sau-ba-nam-dam-phan-post77123.html",
    lines: [
      ...MENU, LINKS.title, "", "Hoàng Lan", "20/03/2025 18:05", "", LINKS.lead, "", LINKS.p1, "",
      "Xem thêm:", LINKS.link1, LINKS.link2, "", LINKS.p2, "",
      "Lễ ký hiệp định tại thủ đô. Ảnh: TTXVN", "", ">> Đọc thêm: " + LINKS.link3, "", LINKS.p3, "",
      "Đọc thêm", "» " + LINKS.link3, "", LINKS.p4, "",
      "Tin liên quan", "Giá cá ngừ xuất khẩu tăng mạnh trong quý đầu năm", "Cảng cá lớn nhất miền Trung được nâng cấp",
      ...FOOTER,
    ],
    keep: {
      title: LINKS.title, lead: LINKS.lead, paragraphs: [LINKS.p1, LINKS.p2, LINKS.p3, LINKS.p4], author: "Hoàng Lan",
      published: "2025-03-20T18:05", captions: ["Lễ ký hiệp định tại thủ đô. Ảnh: TTXVN"],
    },
    drop: [LINKS.link1, LINKS.link2, LINKS.link3, "Xem thêm", "Đọc thêm", "Giá cá ngừ xuất khẩu"],
  },
  {
    name: "the byline and date printed above the title; tags after the body are no author",
    url: null,
    lines: [
      ...MENU, "Thời sự quốc tế", "", "Bởi Trần Minh Đức", "05/04/2025 - 21:10", "", TOP.title, "", TOP.lead, "", TOP.p1, "",
      TOP.p2, "", TOP.p3, "", "Từ khóa", "biên giới", "Quốc hội", "Lê Văn Hùng", ...FOOTER,
    ],
    keep: { title: TOP.title, lead: TOP.lead, paragraphs: [TOP.p1, TOP.p2, TOP.p3], author: "Trần Minh Đức", published: "2025-04-05T21:10" },
    drop: ["Bởi Trần Minh Đức", "Thời sự quốc tế", "Từ khóa", "Lê Văn Hùng"],
  },
  {
    name: "English-language wire credits after the body: '(Reuters)', '(AFP, AP)'; 'Nguồn: AFP'",
    url: "https://baomau.vn/eu-gia-han-lenh-trung-phat-them-sau-thang-post77124.html",
    lines: [...MENU, WIRE.title, "", WIRE.lead, "", WIRE.p1, "", WIRE.p2, "", "(Reuters, AP)", "", "Tin khác", "Một tin khác của chuyên mục thế giới", ...FOOTER],
    keep: { title: WIRE.title, lead: WIRE.lead, paragraphs: [WIRE.p1, WIRE.p2], credits: ["Reuters", "AP"], author: null },
    drop: ["(Reuters, AP)"],
  },
  {
    name: "a wire credit under the title with the byline ('Lan Anh | Nguồn: AFP')",
    url: null,
    lines: [...MENU, WIRE.title, "", "Lan Anh | Nguồn: AFP", "", WIRE.lead, "", WIRE.p1, "", WIRE.p2, ...FOOTER],
    keep: { title: WIRE.title, lead: WIRE.lead, paragraphs: [WIRE.p1, WIRE.p2], credits: ["AFP"], author: "Lan Anh" },
    drop: ["Nguồn: AFP"],
  },
  {
    name: "an outlet's own signature in parentheses is no credit ('(TTXVN/Vietnam+)')",
    url: "https://www.vietnamplus.vn/eu-gia-han-lenh-trung-phat-them-sau-thang-post1012345.vnp",
    lines: [WIRE.title, "", WIRE.lead, "", WIRE.p1, "", WIRE.p2, "", "(TTXVN/Vietnam+)"],
    keep: { title: WIRE.title, paragraphs: [WIRE.p1, WIRE.p2], credits: [], outlet: "VietnamPlus" },
    drop: ["TTXVN/Vietnam+"],
  },
  {
    name: "the sapo printed between the title and the byline ('Title / Sapo / An An (Theo baomau) / Body'); a lower-case site credited",
    url: "https://baomau.vn/hai-nuoc-nhat-tri-mo-lai-duong-bay-thang-post77125.html",
    lines: [...MENU, CMS.title, "", CMS.lead, "", "An An (Theo baomau)", "", CMS.p1, "", CMS.p2, "", CMS.p3, ...FOOTER],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "An An", credits: ["baomau"] },
    drop: ["An An"],
  },
  {
    name: "an author's name printed twice (name, profile link) is the byline, not a related item; alt text '<title> - Ảnh 1.' is a picture",
    url: "https://baomau.vn/hai-nuoc-nhat-tri-mo-lai-duong-bay-thang-185250509.htm",
    lines: [
      ...MENU, "Thế giới", "", CMS.title, "", "Thụy Miên", "Thụy Miên", "09/05/2025 08:08 GMT+7", "", CMS.lead, "",
      CMS.title + " - Ảnh 1.", "", CMS.caption, "", "ảnh: afp", "", CMS.p1, "", CMS.p2, "", CMS.p3, ...FOOTER,
    ],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "Thụy Miên", published: "2025-05-09T08:08+07:00" },
    drop: ["Ảnh 1", "Thụy Miên"],
  },
  {
    name: "a byline closed by a separator ('Hồng Nhung |'); a caption repeated without its credit is a caption",
    url: null,
    lines: [CMS.title, "", "Hồng Nhung |", "", CMS.lead, "", CMS.p1, "", CMS.caption + " (Nguồn: AFP)", CMS.caption, "", CMS.p2, "", CMS.p3],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "Hồng Nhung", captions: [CMS.caption + " (Nguồn: AFP)", CMS.caption] },
    drop: ["Hồng Nhung", CMS.caption],
  },
  {
    name: "a capture that starts with the lead has no title, even when the lead shares the URL's words",
    url: "https://vnexpress.net/hai-nuoc-nhat-tri-noi-lai-cac-chuyen-bay-thang-giua-hai-thu-do-4950001.html",
    lines: [CMS.lead, "", CMS.p1, "", CMS.p2, "", CMS.p3],
    keep: { title: null, lead: null, paragraphs: [CMS.lead, CMS.p1, CMS.p2, CMS.p3] },
    drop: [],
  },
  {
    name: "an old layout: a long menu row without punctuation is no text; 'K. Miên' (an initial and a name) signs the article",
    url: null,
    lines: [
      "Chuyên mục Thời sự trong nước __Chính trị __Xã hội __Câu chuyện hôm nay __Phiếm đàm __Phóng sự - Ký sự Thời sự quốc tế __Thế giới sống động __Hậu trường __Người Việt khắp nơi __Kinh tế __Tài chính __Chứng khoán __Bất động sản __Giáo dục __Du học __Văn hóa __Giải trí __Thể thao __Công đoàn",
      "", CMS.title, "Thứ Tư, 26/12/2012 17:14", CMS.lead, CMS.p1, CMS.p2, CMS.p3, "K. Miên", "[Quay lại]",
    ],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "K. Miên", published: "2012-12-26T17:14" },
    drop: ["Chuyên mục", "K. Miên"],
  },
  {
    name: "initials ('H.V.') signing the article after the body",
    url: null,
    lines: [CMS.title, "", CMS.lead, "", CMS.p1, "", CMS.p2, "", "H.V.", "", "Tin liên quan", "Một tin khác của chuyên mục"],
    keep: { title: CMS.title, paragraphs: [CMS.p1, CMS.p2], author: "H.V." },
    drop: ["H.V."],
  },
  {
    name: "a republished article: 'Theo Hồ Hương' / 'Đại Đoàn kết' is the author and the outlet credited; a share widget on the credit's line is dropped",
    url: null,
    lines: [CMS.title, "", CMS.lead, "", CMS.p1, "", CMS.p2, "", "Theo Hồ Hương", "", "Đại Đoàn kết", "", "Theo Đại Đoàn kết Copy link", "", "Từ khóa:"],
    keep: { title: CMS.title, paragraphs: [CMS.p1, CMS.p2], author: "Hồ Hương", credits: ["Đại Đoàn kết"] },
    drop: ["Hồ Hương", "Đại Đoàn kết"],
  },
  {
    name: "a labelled byline under the title ('Tin, ảnh: Vũ Phương Thảo')",
    url: null,
    lines: [CMS.title, "", "Tin, ảnh: Vũ Phương Thảo", "", CMS.lead, "", CMS.p1, "", CMS.p2],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2], author: "Vũ Phương Thảo" },
    drop: ["Phương Thảo"],
  },
  {
    name: "related items set between paragraphs without a heading (a headline and its date, twice) are skipped; the body goes on",
    url: null,
    lines: [
      CMS.title, "", "Thứ tư, 9/7/2025, 14:30 (GMT+7)", "", CMS.lead, "", CMS.p1, "",
      "Hai nước ký thỏa thuận hàng không mới", "15/6/2025", "Đường bay thẳng đầu tiên cất cánh", "2/6/2025", "",
      CMS.p2, "", CMS.p3, "", "Thanh Tâm (Theo Reuters)",
    ],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "Thanh Tâm", credits: ["Reuters"] },
    drop: ["Hai nước ký thỏa thuận hàng không mới", "Đường bay thẳng đầu tiên cất cánh"],
  },
  {
    name: "a page printing every block between blank lines: a 'Tin liên quan' box with its links between paragraphs is skipped",
    url: null,
    lines: [
      "Dân trí", "", "Thế giới", "", CMS.title, "", "Minh Phương", "", "Chủ nhật, 02/03/2025 - 08:45", "", CMS.lead, "", CMS.p1, "",
      "Tin liên quan", "", "Hai nước ký thỏa thuận hàng không mới", "", "Đường bay thẳng đầu tiên cất cánh", "", CMS.p2, "", CMS.p3, "",
      "Theo Al Jazeera", "", "Chia sẻ", "", "Bình luận",
    ].flatMap((l, i, a) => (l === "" && a[i - 1] === "" ? [] : [l])),
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "Minh Phương", credits: ["Al Jazeera"] },
    drop: ["Hai nước ký thỏa thuận hàng không mới", "Tin liên quan"],
  },
  {
    name: "the author under the title, the sources in the byline after the body ('Thu Trang/VTV.vn (Theo AP)'); a caption led by 'Ảnh:'",
    url: null,
    lines: [
      "Thời sự", "", CMS.title, "", "Thu Trang", "", "09/06/2025 18:45 GMT+7", "", CMS.lead, "", CMS.p1, "",
      "Ảnh: Hai bộ trưởng tại lễ ký kết. Nguồn: Reuters", "", CMS.p2, "", CMS.p3, "", "Thu Trang/VTV.vn (Theo AP)",
    ],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "Thu Trang", credits: ["AP"], captions: ["Ảnh: Hai bộ trưởng tại lễ ký kết. Nguồn: Reuters"] },
    drop: ["Thu Trang", "Hai bộ trưởng tại lễ ký kết"],
  },
  {
    name: "the author above the title, a blank line above the date stamp under it",
    url: null,
    lines: ["Thời sự", "", "Trí Vũ", "", "09/06/2025 18:45 GMT+7", "", CMS.title, "", CMS.lead, "", CMS.p1, "", CMS.p2, "", CMS.p3],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3], author: "Trí Vũ", published: "2025-06-09T18:45+07:00" },
    drop: ["Trí Vũ"],
  },
  {
    name: "a dateline under the lead ('16.05.2025, Sputnik Việt Nam') dates the article and is neither text nor author",
    url: "https://sputniknews.vn/20250509/hai-nuoc-mo-lai-duong-bay-123.html",
    lines: [CMS.title, "", CMS.lead, "", "09.05.2025, Sputnik Việt Nam", "", CMS.p1, "", CMS.p2],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2], author: null, published: "2025-05-09", outlet: "Sputnik" },
    drop: ["Sputnik Việt Nam"],
  },
  {
    name: "a paragraph printed again as a pull quote is kept once",
    url: null,
    lines: [CMS.title, "", CMS.lead, "", CMS.p1, "", CMS.p2, "", CMS.p1, "", CMS.p3],
    keep: { title: CMS.title, lead: CMS.lead, paragraphs: [CMS.p1, CMS.p2, CMS.p3] },
    drop: [],
  },
];

for (const c of CAPTURES) {
  test(`capture: ${c.name}`, () => {
    const { article } = extractText({ raw: c.lines.join("\n"), url: c.url });
    for (const [k, v] of Object.entries(c.keep)) assert.deepEqual(article[k as keyof Article], v, k);
    const body = [article.title ?? "", article.lead ?? "", ...article.paragraphs].join("\n");
    for (const d of c.drop) assert.ok(!body.includes(d), `kept ${JSON.stringify(d)}`);
  });
}
