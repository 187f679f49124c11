import { test } from "node:test";
import assert from "node:assert/strict";
import { analyzeTime } from "../src/time/stage.js";
import { dataStore } from "../src/pipeline/stage.js";
import { timeDoc } from "./helpers/time-doc.js";

/**
 * A stress table of Vietnamese news time language (issue 13, session 9): our own sentences in the
 * forms outlets write and the tagger did not know (each of the first table's rows failed before the
 * change that came with it: relative quarters and centuries, "ngày 15 tới" and "tháng 2 vừa qua", seasons
 * "tới/vừa qua", ranges of years after "giai đoạn/nhiệm kỳ", ISO dates, fiscal years, two-digit decades,
 * parts of decades and centuries counted in years, parts of day with "hôm kia/ngày mai"), and look-alikes
 * that are no time at all (shares "2/3 số phiếu", "vòng 1/8", law and resolution numbers, scores, names
 * of meetings, vague spans, sets "hằng năm"). Values follow GOLD.md; the extent is what the tagger takes
 * (a preposition it reads the value from stays in: "Trong quý vừa qua", "kéo dài 90 phút").
 * The words are data (data/time/words.json: relative, dayDirections, yearRangeBefore, yearKinds,
 * fractions, dayparts, halves).
 *
 * Pinned reference date: Wednesday 2025-07-23 (ISO week 2025-W30, third quarter).
 */
const REF = "2025-07-23";
const data = dataStore();

type Row = [string, Array<[string, string]>];

function check(rows: Row[]): void {
  const bad: string[] = [];
  for (const [input, want] of rows) {
    const got = analyzeTime(timeDoc(input, { date: REF }), data).timexes.map((t) => [t.text, t.value]);
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${input}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
  }
  assert.equal(bad.length, 0, `${bad.length} of ${rows.length} rows differ:\n  ${bad.join("\n  ")}`);
}

test("stress: time language the tagger did not know (74 rows, each failed before)", () => {
  check([
    ["Xế chiều nay, phái đoàn sẽ đến.", [["Xế chiều nay", "2025-07-23"]]],
    ["Nửa đêm 22/7, lệnh ngừng bắn đã có hiệu lực.", [["Nửa đêm 22/7", "2025-07-22"]]],
    ["Tối hôm kia, hai bên đã đạt thỏa thuận.", [["Tối hôm kia", "2025-07-21"]]],
    ["Tháng trước nữa, lạm phát đã giảm.", [["Tháng trước nữa", "2025-05"]]],
    ["Mùa đông tới, giá khí đốt có thể tăng.", [["Mùa đông tới", "2025-WI"]]],
    ["Trong quý trước, GDP đã tăng 7%.", [["Trong quý trước", "2025-Q2"]]],
    ["Quý tới, ngân hàng sẽ giảm lãi suất.", [["Quý tới", "2025-Q4"]]],
    ["Giai đoạn 2021–2025, kinh tế tăng trưởng 6%.", [["2021", "2021"], ["2025", "2025"]]],
    ["Giai đoạn 2021-2025, kinh tế tăng trưởng 6%.", [["2021", "2021"], ["2025", "2025"]]],
    ["Hơn nửa thế kỷ qua, hai nước luôn là bạn.", [["Hơn nửa thế kỷ qua", "P50Y"]]],
    ["Trong thế kỷ 20, hai cuộc chiến tranh thế giới đã nổ ra.", [["thế kỷ 20", "19"]]],
    ["Thế kỷ XXI là thế kỷ của châu Á.", [["Thế kỷ XXI", "20"]]],
    ["Từ thế kỷ 19, hai nước đã giao thương.", [["thế kỷ 19", "18"]]],
    ["Cuối thập niên 90, hai nước bình thường hóa quan hệ.", [["thập niên 90", "199"]]],
    ["Ngày 1 tháng 1 năm ngoái, luật đã có hiệu lực.", [["Ngày 1 tháng 1 năm ngoái", "2024-01-01"]]],
    ["Tháng 3 tới, hai nước sẽ tập trận.", [["Tháng 3 tới", "2026-03"]]],
    ["Tháng 9 tới, hai nước sẽ tập trận.", [["Tháng 9 tới", "2025-09"]]],
    ["Tháng 2 vừa qua, lạm phát đã giảm.", [["Tháng 2 vừa qua", "2025-02"]]],
    ["Ngày 15 tới, hội nghị sẽ khai mạc.", [["Ngày 15 tới", "2025-08-15"]]],
    ["Ngày 20 vừa qua, ông đã tới Paris.", [["Ngày 20 vừa qua", "2025-07-20"]]],
    ["Văn bản được ký ngày 2025-07-20.", [["ngày 2025-07-20", "2025-07-20"]]],
    ["Năm tài khóa 2026, ngân sách sẽ tăng.", [["Năm tài khóa 2026", "2026"]]],
    ["Trong Q3/2025, lợi nhuận đã tăng.", [["Q3/2025", "2025-Q3"]]],
    ["Trong quý cuối năm, lợi nhuận sẽ tăng.", [["quý cuối năm", "2025-Q4"]]],
    ["Trong quý đầu năm, lợi nhuận đã tăng.", [["quý đầu năm", "2025-Q1"]]],
    ["Cuối thế kỷ 19, hai nước đã giao thương.", [["thế kỷ 19", "18"]]],
    ["Trong thế kỷ trước, hai cuộc chiến tranh đã nổ ra.", [["Trong thế kỷ trước", "19"]]],
    ["Sáng ngày hôm qua, ông đã tới Paris.", [["Sáng ngày hôm qua", "2025-07-22"]]],
    ["Quý này, doanh thu sẽ tăng.", [["Quý này", "2025-Q3"]]],
    ["Trong quý vừa qua, doanh thu đã tăng.", [["Trong quý vừa qua", "2025-Q2"]]],
    ["Quý sau, ngân hàng sẽ giảm lãi suất.", [["Quý sau", "2025-Q4"]]],
    ["Trong quý đầu năm nay, xuất khẩu đã tăng.", [["quý đầu năm nay", "2025-Q1"]]],
    ["Trong quý cuối năm 2024, xuất khẩu đã tăng.", [["quý cuối năm 2024", "2024-Q4"]]],
    ["Lợi nhuận Q1/2024 đã tăng mạnh.", [["Q1/2024", "2024-Q1"]]],
    ["Doanh thu Q4.2025 dự kiến sẽ tăng.", [["Q4.2025", "2025-Q4"]]],
    ["Trong thế kỷ XX, thế giới trải qua hai cuộc chiến tranh.", [["thế kỷ XX", "19"]]],
    ["Thế kỷ thứ 21 mở ra nhiều thách thức.", [["Thế kỷ thứ 21", "20"]]],
    ["Đầu thế kỷ 21, hai nước đã ký hiệp ước.", [["thế kỷ 21", "20"]]],
    ["Thế kỷ này sẽ là thế kỷ của châu Á.", [["Thế kỷ này", "20"]]],
    ["Vào thế kỷ XIX, thương cảng này rất phát triển.", [["thế kỷ XIX", "18"]]],
    ["Những năm 80, kinh tế gặp nhiều khó khăn.", [["Những năm 80", "198"]]],
    ["Thập niên 70, chiến tranh đã kết thúc.", [["Thập niên 70", "197"]]],
    ["Thập kỷ 60 chứng kiến nhiều biến động.", [["Thập kỷ 60", "196"]]],
    ["Ngày 25 tới, hội nghị sẽ khai mạc.", [["Ngày 25 tới", "2025-07-25"]]],
    ["Ngày 5 tới, hội nghị sẽ khai mạc.", [["Ngày 5 tới", "2025-08-05"]]],
    ["Hôm 18 vừa qua, ông đã tới Paris.", [["Hôm 18 vừa qua", "2025-07-18"]]],
    ["Ngày 30 vừa rồi, ông đã tới Paris.", [["Ngày 30 vừa rồi", "2025-06-30"]]],
    ["Sáng ngày 28 tới, hai bên sẽ ký hiệp định.", [["Sáng ngày 28 tới", "2025-07-28"]]],
    ["Tháng 12 tới, hai nước sẽ tập trận chung.", [["Tháng 12 tới", "2025-12"]]],
    ["Tháng 1 vừa qua, lạm phát đã giảm.", [["Tháng 1 vừa qua", "2025-01"]]],
    ["Tháng 8 tới đây, hai nước sẽ tập trận chung.", [["Tháng 8 tới đây", "2025-08"]]],
    ["Tháng 3 vừa rồi, lạm phát đã giảm.", [["Tháng 3 vừa rồi", "2025-03"]]],
    ["Mùa hè tới, hai nước sẽ tập trận chung.", [["Mùa hè tới", "2026-SU"]]],
    ["Mùa đông vừa qua, giá khí đốt đã tăng.", [["Mùa đông vừa qua", "2024-WI"]]],
    ["Mùa xuân tới, cử tri sẽ đi bỏ phiếu.", [["Mùa xuân tới", "2026-SP"]]],
    ["Mùa thu tới, hai nước sẽ nối lại đàm phán.", [["Mùa thu tới", "2025-FA"]]],
    ["Ngày 20 tháng 11 năm tới, hội nghị sẽ khai mạc.", [["Ngày 20 tháng 11 năm tới", "2026-11-20"]]],
    ["Ngày 3 tháng 2 năm nay, ông đã tới Paris.", [["Ngày 3 tháng 2 năm nay", "2025-02-03"]]],
    ["Tuần trước nữa, hai bên đã gặp nhau.", [["Tuần trước nữa", "2025-W28"]]],
    ["Năm trước nữa, hai bên đã gặp nhau.", [["Năm trước nữa", "2023"]]],
    ["Tháng sau nữa, hai bên sẽ gặp nhau.", [["Tháng sau nữa", "2025-09"]]],
    ["Báo cáo ghi ngày 2024-12-31.", [["ngày 2024-12-31", "2024-12-31"]]],
    ["Năm tài chính 2024, ngân hàng đã lãi lớn.", [["Năm tài chính 2024", "2024"]]],
    ["Dự toán năm ngân sách 2026 đã được thông qua.", [["năm ngân sách 2026", "2026"]]],
    ["Nhiệm kỳ 2021-2026, Quốc hội đã thông qua nhiều luật.", [["2021", "2021"], ["2026", "2026"]]],
    ["Thời kỳ 1945–1954 là giai đoạn kháng chiến.", [["1945", "1945"], ["1954", "1954"]]],
    ["Trong giai đoạn 2026 - 2030, kinh tế sẽ tăng trưởng.", [["2026", "2026"], ["2030", "2030"]]],
    ["Hai nước đã là đối tác suốt nửa thế kỷ.", [["suốt nửa thế kỷ", "P50Y"]]],
    ["Dự án đã kéo dài 1,5 thập kỷ.", [["kéo dài 1,5 thập kỷ", "P15Y"]]],
    ["Sau nửa thập kỷ, hai bên đã nối lại quan hệ.", [["nửa thập kỷ", "P5Y"]]],
    ["Xế chiều 22/7, đoàn đã tới Hà Nội.", [["Xế chiều 22/7", "2025-07-22"]]],
    ["Nửa đêm qua, lệnh ngừng bắn đã có hiệu lực.", [["Nửa đêm qua", "2025-07-22"]]],
    ["Sáng ngày mai, hai bên sẽ ký hiệp định.", [["Sáng ngày mai", "2025-07-24"]]],
    ["Chiều ngày hôm nay, ông sẽ tới Paris.", [["Chiều ngày hôm nay", "2025-07-23"]]],
  ]);
});

test("stress: look-alikes that are no time, and vague spans with no value (87 rows)", () => {
  check([
    ["Trong mấy ngày gần đây, giao tranh đã leo thang.", []],
    ["Năm ngày sau, hai bên đã ký thỏa thuận.", []],
    ["Mấy tháng qua, giá đã tăng.", []],
    ["Những tuần gần đây, giao tranh đã leo thang.", []],
    ["Hôm trước, ông đã nói khác.", []],
    ["Năm ngoái nữa, ông đã tới Paris.", []],
    ["Suốt nhiều năm, hai bên đã bất đồng.", []],
    ["Hằng năm, hội nghị được tổ chức tại Davos.", []],
    ["Mỗi tuần, hai bên trao đổi thông tin.", []],
    ["Hội nghị được tổ chức hằng năm.", []],
    ["Hội đồng họp hàng tháng.", []],
    ["Mỗi năm, hàng triệu người đến thăm.", []],
    ["Hai bên gặp nhau mỗi ngày.", []],
    ["Lạm phát đã tăng 15.1% trong năm.", []],
    ["Lạm phát đã tăng 3,4% so với cùng kỳ.", []],
    ["Khoảng 3/4 dân số đã đi bỏ phiếu.", []],
    ["Nghị quyết 2334 của Hội đồng Bảo an đã được thông qua.", []],
    ["Nghị quyết 2728 yêu cầu ngừng bắn ngay lập tức.", []],
    ["Đội tuyển đã thắng 2-1 trong trận chung kết.", []],
    ["Tỷ số 3-0 nghiêng về đội chủ nhà.", []],
    ["Tuần lễ Cấp cao APEC đã khai mạc tại Gyeongju.", []],
    ["Hội nghị thượng đỉnh G7 đã kết thúc.", []],
    ["Nghị quyết cần 2/3 số phiếu để được thông qua.", []],
    ["Đề xuất cần được 2/3 thành viên ủng hộ.", []],
    ["Luật số 12/2025 đã có hiệu lực.", []],
    ["Khoảng 1/3 số hộ dân bị mất điện.", []],
    ["Ông đã giành 52,5% số phiếu.", []],
    ["Tổ hợp S-400 đã được triển khai.", []],
    ["Máy bay Boeing 737 đã hạ cánh.", []],
    ["Ông Trump được gọi là tổng thống thứ 47 của Mỹ.", []],
    ["Tòa nhà 15.2 tầng đã hoàn thành.", []],
    ["Quốc lộ 1A đã được thông xe.", []],
    ["Khoảng 1.945 người đã thiệt mạng.", []],
    ["Đường số 3/2 bị ngập.", []],
    ["Tổng cộng 2.025 binh sĩ đã được triển khai.", []],
    ["Tỷ lệ 1/5 dân số trên 60 tuổi.", []],
    ["Liên minh Bộ Tứ đã họp.", []],
    ["Nhóm BRICS+ đã mở rộng.", []],
    ["Hiệp định START mới đã hết hạn.", []],
    ["Ông Trump có số điện thoại 0912.345.678.", []],
    ["Nghị quyết 36-NQ/TW đã được ban hành.", []],
    ["Kênh VTV1 đã phát sóng trực tiếp.", []],
    ["Chương trình 135 đã được triển khai.", []],
    ["Phiên bản 2.0 của thỏa thuận đã được ký.", []],
    ["Khoảng 20-30% hàng hóa bị đánh thuế.", []],
    ["Kết quả bầu cử: 120/150 phiếu thuận.", []],
    ["Thời gian qua, hai bên đã nhiều lần gặp nhau.", []],
    ["Những năm gần đây, giá đã tăng.", []],
    ["Nhiều thập kỷ qua, khu vực này bất ổn.", []],
    ["Hàng thập kỷ qua, khu vực này bất ổn.", []],
    ["Hàng trăm năm nay, người dân sống bằng nghề cá.", []],
    ["Vài ngày tới, hai bên sẽ gặp nhau.", []],
    ["Ít ngày nữa, hai bên sẽ gặp nhau.", []],
    ["Trong thời gian tới, hai bên sẽ gặp nhau.", []],
    ["Ông Trump, 79 tuổi, đã phát biểu.", []],
    ["Đây là năm thứ 3 liên tiếp kinh tế tăng trưởng.", []],
    ["Đây là lần thứ 2 hai bên gặp nhau.", []],
    ["Điều 5 của Hiến chương NATO đã được viện dẫn.", []],
    ["Quốc hội khóa XV đã họp.", []],
    ["Hội nghị COP30 đã khai mạc.", []],
    ["Sư đoàn 47 đã được điều động.", []],
    ["Phiên họp thứ 9 đã bế mạc.", []],
    ["Đại hội XIV của Đảng đã thành công.", []],
    ["Đội tuyển đã vào vòng 1/8.", []],
    ["Khoảng 8/10 thành viên đã ủng hộ.", []],
    ["Ông đã tới số 10 Phố Downing.", []],
    ["Đại dịch COVID-19 đã gây thiệt hại lớn.", []],
    ["Máy bay F-16 đã được chuyển giao.", []],
    ["Máy bay MH17 đã bị bắn rơi.", []],
    ["Máy bay Tu-95 đã cất cánh.", []],
    ["Trung tâm hoạt động 24/24 giờ.", []],
    ["Ông đạt điểm 9,5.", []],
    ["Bàn thắng đến ở phút 90+2.", []],
    ["Hai đội hòa 2-2.", []],
    ["Hai tháng trước đó, ông đã tới Paris.", []],
    ["Một ngày sau đó, ông đã tới Paris.", []],
    ["Ba năm sau, chiến tranh kết thúc.", []],
    ["Bốn tháng sau khi nhậm chức, ông đã tới Paris.", []],
    ["Đội tuyển đã vào vòng 1/16.", []],
    ["Tỷ lệ 1/3 dân số đã tiêm vắc-xin.", []],
    ["Khoảng 1/4 quốc gia thành viên đã phản đối.", []],
    ["Hơn 2/3 đại biểu đã tán thành.", []],
    ["Nghị quyết cần 3/4 quốc gia phê chuẩn.", []],
    ["Ông giữ ghế số 5/7 trong hội đồng.", []],
    ["Hàng chục năm nay, người dân sống bằng nghề cá.", []],
    ["Hàng nghìn năm nay, dòng sông vẫn chảy.", []],
    ["Chiếm 2/5 lãnh thổ, khu vực này rất quan trọng.", []],
  ]);
});
