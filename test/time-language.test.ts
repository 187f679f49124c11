import { test } from "node:test";
import assert from "node:assert/strict";
import { newDoc } from "../src/envelope/doc.js";
import type { Doc } from "../src/envelope/types.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { splitSentences } from "../src/sentences/split.js";
import { analyzeTime } from "../src/time/stage.js";
import { dataStore } from "../src/pipeline/stage.js";

/**
 * Vietnamese press time expressions from the language, not from the corpus: our own sentences,
 * one row each, with the TIMEX3 values GOLD.md's conventions give them (dates, months, years,
 * seasons, quarters and halves, weeks and weekends, clock times resolved to their day, holidays,
 * relative expressions, durations), and the look-alikes that are no time at all. Vague ones
 * with no value ("mới đây", "vài tuần", "hằng năm") are not annotated (GOLD.md).
 *
 * Pinned reference date: Wednesday 2025-07-23 (ISO week 2025-W30: Monday 21 to Sunday 27 July).
 */
const REF = "2025-07-23";
const data = dataStore();

function docOf(text: string, date: string | null): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, { date });
  return { ...d, text, matchText: canonicalTones(text), sentences: splitSentences(text) };
}

function tag(text: string, ref: string | null = REF): Array<[string, string]> {
  return analyzeTime(docOf(text, ref), data).timexes.map((t) => [t.text, t.value]);
}

type Row = [string, Array<[string, string]>];

function check(rows: Row[]): void {
  const bad: string[] = [];
  for (const [input, want] of rows) {
    const got = tag(input);
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${input}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(got)}`);
  }
  assert.equal(bad.length, 0, `${bad.length} of ${rows.length} rows differ:\n  ${bad.join("\n  ")}`);
}

test("language: days in every written form", () => {
  check([
    ["Ông đã phát biểu hôm 15.7 tại Hà Nội.", [["hôm 15.7", "2025-07-15"]]],
    ["Ngày 15-7, hai bên đã ký thỏa thuận.", [["Ngày 15-7", "2025-07-15"]]],
    ["Ngày 15/7, hai bên đã ký thỏa thuận.", [["Ngày 15/7", "2025-07-15"]]],
    ["Hội nghị đã diễn ra ngày 15/1/2025 tại Geneva.", [["ngày 15/1/2025", "2025-01-15"]]],
    ["Văn bản được ký ngày 15.1.2025.", [["ngày 15.1.2025", "2025-01-15"]]],
    ["Văn bản được ký ngày 05/03/2024 ở Paris.", [["ngày 05/03/2024", "2024-03-05"]]],
    ["Thỏa thuận có hiệu lực từ 1/8/2025.", [["1/8/2025", "2025-08-01"]]],
    ["Ngày 15 tháng 1 năm 2025, ông nhậm chức.", [["Ngày 15 tháng 1 năm 2025", "2025-01-15"]]],
    ["Ông đã tới Bắc Kinh ngày 2 tháng 7.", [["ngày 2 tháng 7", "2025-07-02"]]],
    ["Ông đã tới Bắc Kinh ngày 2 tháng Bảy.", [["ngày 2 tháng Bảy", "2025-07-02"]]],
    ["Hiệp định được ký ngày 12 tháng 6, 2024.", [["ngày 12 tháng 6, 2024", "2024-06-12"]]],
    ["Sự kiện diễn ra vào 20/7 tại thủ đô.", [["20/7", "2025-07-20"]]],
    ["Chiều 15/7, Quốc hội đã thông qua luật.", [["Chiều 15/7", "2025-07-15"]]],
    ["Sáng 20-7, đoàn đã rời Hà Nội.", [["Sáng 20-7", "2025-07-20"]]],
    ["Tối 21/7, tàu đã cập cảng.", [["Tối 21/7", "2025-07-21"]]],
    ["Rạng sáng 20/7, một vụ nổ đã xảy ra.", [["Rạng sáng 20/7", "2025-07-20"]]],
    ["Trưa 22/7, ông đã rời khách sạn.", [["Trưa 22/7", "2025-07-22"]]],
    ["Đêm 19/7, nhiều tên lửa đã được phóng.", [["Đêm 19/7", "2025-07-19"]]],
    ["Cuối ngày 22/7, hai bên vẫn chưa đạt thỏa thuận.", [["Cuối ngày 22/7", "2025-07-22"]]],
    ["Hai bên sẽ họp vào ngày 1/8 tới.", [["ngày 1/8 tới", "2025-08-01"]]],
    ["Cuộc bầu cử ngày 14/7 vừa qua đã kết thúc.", [["ngày 14/7 vừa qua", "2025-07-14"]]],
    ["Phái đoàn sẽ đến vào ngày 28/7.", [["ngày 28/7", "2025-07-28"]]],
    ["Ông đã nhậm chức hôm 20/1.", [["hôm 20/1", "2025-01-20"]]],
    ["Lễ ký kết được tổ chức mùng 2 tháng 9.", [["mùng 2 tháng 9", "2025-09-02"]]],
    ["Hôm nay 23/7, Bộ Ngoại giao đã ra tuyên bố.", [["Hôm nay 23/7", "2025-07-23"]]],
  ]);
});

test("language: months, years and their parts", () => {
  check([
    ["Vào tháng 1/2025, chính phủ mới đã ra mắt.", [["tháng 1/2025", "2025-01"]]],
    ["Tháng 12/2024, hai nước đã nối lại đàm phán.", [["Tháng 12/2024", "2024-12"]]],
    ["Tháng 3 năm 2022, ông đã ký sắc lệnh.", [["Tháng 3 năm 2022", "2022-03"]]],
    ["Vào tháng 8.2024, tờ báo đã tiết lộ thông tin.", [["tháng 8.2024", "2024-08"]]],
    ["Hai bên đã gặp nhau hồi tháng Ba.", [["hồi tháng Ba", "2025-03"]]],
    ["Hội nghị sẽ họp vào tháng Mười.", [["tháng Mười", "2025-10"]]],
    ["Đầu tháng 3, phái đoàn đã đến Moskva.", [["Đầu tháng 3", "2025-03"]]],
    ["Giữa tháng 3, giao tranh đã leo thang.", [["Giữa tháng 3", "2025-03"]]],
    ["Hai bên sẽ gặp lại vào cuối tháng 8.", [["cuối tháng 8", "2025-08"]]],
    ["Hạ tuần tháng 5, quân đội đã rút khỏi thành phố.", [["Hạ tuần tháng 5", "2025-05"]]],
    ["Thượng tuần tháng 9, hội nghị sẽ khai mạc.", [["Thượng tuần tháng 9", "2025-09"]]],
    ["Trung tuần tháng 6, hai bên đã trao đổi tù binh.", [["Trung tuần tháng 6", "2025-06"]]],
    ["Tháng 7 năm ngoái, ông đã từ chức.", [["Tháng 7 năm ngoái", "2024-07"]]],
    ["Tháng 9 tới, ông sẽ thăm Nhật Bản.", [["Tháng 9 tới", "2025-09"]]],
    ["Năm ngoái, hai nước đã ký hiệp định.", [["Năm ngoái", "2024"]]],
    ["Họ đã ký hiệp định vào năm 2019.", [["năm 2019", "2019"]]],
    ["Kế hoạch sẽ hoàn tất vào cuối năm nay.", [["năm nay", "2025"]]],
    ["Trong năm nay, kinh tế đã tăng trưởng mạnh.", [["Trong năm nay", "2025"]]],
    ["Cuối năm 2024, ông đã tuyên bố tranh cử.", [["Cuối năm 2024", "2024"]]],
    ["Đầu năm 2023, giá dầu đã giảm.", [["Đầu năm 2023", "2023"]]],
    ["Thỏa thuận sẽ được ký vào năm sau.", [["vào năm sau", "2026"]]],
    ["Những năm 1990, quan hệ hai nước đã được bình thường hóa.", [["Những năm 1990", "199"]]],
    ["Thập niên 1980 là giai đoạn khó khăn.", [["Thập niên 1980", "198"]]],
    ["Chương trình kéo dài từ năm 2019 đến năm 2021.", [["năm 2019", "2019"], ["năm 2021", "2021"]]],
    ["Giai đoạn 2021-2025 đã có nhiều biến động.", [["2021", "2021"], ["2025", "2025"]]],
  ]);
});

test("language: seasons, quarters and halves", () => {
  check([
    ["Ông đã ra lệnh cấm vào mùa thu năm 2022.", [["mùa thu năm 2022", "2022-FA"]]],
    ["Mùa hè năm ngoái, nắng nóng đã kỷ lục.", [["Mùa hè năm ngoái", "2024-SU"]]],
    ["Cuộc tấn công có thể diễn ra vào mùa đông năm nay.", [["mùa đông năm nay", "2025-WI"]]],
    ["Mùa xuân 2024, hai bên đã nối lại đàm phán.", [["Mùa xuân 2024", "2024-SP"]]],
    ["Hai nước sẽ tập trận vào mùa thu này.", [["mùa thu này", "2025-FA"]]],
    ["Trong quý II, xuất khẩu đã tăng 10%.", [["quý II", "2025-Q2"]]],
    ["Quý 3/2024, doanh thu đã giảm.", [["Quý 3/2024", "2024-Q3"]]],
    ["Trong quý I năm nay, đầu tư đã tăng.", [["quý I năm nay", "2025-Q1"]]],
    ["Báo cáo quý IV năm 2024 đã được công bố.", [["quý IV năm 2024", "2024-Q4"]]],
    ["Trong nửa đầu năm nay, kim ngạch đã tăng.", [["nửa đầu năm nay", "2025-H1"]]],
    ["Nửa đầu năm 2024, lạm phát đã giảm.", [["Nửa đầu năm 2024", "2024-H1"]]],
    ["Dự án sẽ khởi công trong nửa cuối năm.", [["nửa cuối năm", "2025-H2"]]],
    ["Trong 6 tháng đầu năm, xuất khẩu đã tăng 12%.", [["6 tháng đầu năm", "2025-H1"]]],
  ]);
});

test("language: holidays", () => {
  check([
    ["Dịp Tết, nhiều người đã về quê.", [["Dịp Tết", "2025-01-29"]]],
    ["Tết Nguyên đán năm nay đã có nhiều hoạt động.", [["Tết Nguyên đán năm nay", "2025-01-29"]]],
    ["Giáng sinh năm ngoái, hai bên đã ngừng bắn.", [["Giáng sinh năm ngoái", "2024-12-25"]]],
    ["Lễ Quốc khánh sẽ được tổ chức long trọng.", [["Lễ Quốc khánh", "2025-09-02"]]],
    ["Tết Trung thu năm 2024 đã được tổ chức.", [["Tết Trung thu năm 2024", "2024-09-17"]]],
    ["Ông đã dự lễ Giỗ Tổ Hùng Vương năm nay.", [["lễ Giỗ Tổ Hùng Vương năm nay", "2025-04-07"]]],
  ]);
});

test("language: weekdays and weeks", () => {
  check([
    ["Hôm thứ Hai, ông đã gặp các cố vấn.", [["Hôm thứ Hai", "2025-07-21"]]],
    ["Ông đã gặp họ vào thứ Hai tuần trước.", [["vào thứ Hai tuần trước", "2025-07-14"]]],
    ["Chủ nhật, hàng nghìn người đã biểu tình.", [["Chủ nhật", "2025-07-20"]]],
    ["Chủ nhật tuần trước, hàng nghìn người đã biểu tình.", [["Chủ nhật tuần trước", "2025-07-20"]]],
    ["Ông sẽ đến Paris vào thứ Sáu.", [["vào thứ Sáu", "2025-07-25"]]],
    ["Ông sẽ đến Paris vào thứ Sáu tới.", [["vào thứ Sáu tới", "2025-07-25"]]],
    ["Hai bên sẽ họp vào thứ Năm tuần sau.", [["vào thứ Năm tuần sau", "2025-07-31"]]],
    ["Tổng thống đã phát biểu vào thứ Tư.", [["vào thứ Tư", "2025-07-23"]]],
    ["Thứ Bảy vừa qua, lực lượng này đã tấn công.", [["Thứ Bảy vừa qua", "2025-07-19"]]],
    ["Ngày thứ Ba 22/7, hai bên đã điện đàm.", [["Ngày thứ Ba 22/7", "2025-07-22"]]],
    ["Tuần trước, ông đã nói với báo chí.", [["Tuần trước", "2025-W29"]]],
    ["Họ có thể điện đàm trong tuần này.", [["trong tuần này", "2025-W30"]]],
    ["Ông không đề xuất gặp vào tuần tới.", [["vào tuần tới", "2025-W31"]]],
    ["Tuần qua, giá vàng đã tăng.", [["Tuần qua", "2025-W29"]]],
    ["Cuối tuần trước, văn phòng đã ra tuyên bố.", [["Cuối tuần trước", "2025-W29-WE"]]],
    ["Cuối tuần qua, giao tranh đã bùng phát.", [["Cuối tuần qua", "2025-W29-WE"]]],
    ["Hai bên sẽ gặp vào cuối tuần này.", [["vào cuối tuần này", "2025-W30-WE"]]],
  ]);
});

test("language: relative days, months and years", () => {
  check([
    ["Tổng thống hôm qua đã triệu tập cuộc họp.", [["hôm qua", "2025-07-22"]]],
    ["Hôm nay, phái đoàn đã đến nơi.", [["Hôm nay", "2025-07-23"]]],
    ["Phái đoàn sẽ đến vào ngày mai.", [["vào ngày mai", "2025-07-24"]]],
    ["Hôm kia, hai bên đã trao đổi tù binh.", [["Hôm kia", "2025-07-21"]]],
    ["Sáng nay, Quốc hội đã khai mạc kỳ họp.", [["Sáng nay", "2025-07-23"]]],
    ["Tối qua, ông đã phê duyệt danh sách.", [["Tối qua", "2025-07-22"]]],
    ["Đêm qua, nhiều vụ nổ đã xảy ra.", [["Đêm qua", "2025-07-22"]]],
    ["Chiều mai, hai bên sẽ họp báo.", [["Chiều mai", "2025-07-24"]]],
    ["Rạng sáng nay, quân đội đã tấn công.", [["Rạng sáng nay", "2025-07-23"]]],
    ["Vụ việc xảy ra 3 ngày trước.", [["3 ngày trước", "2025-07-20"]]],
    ["Hai năm trước, ông đã tuyên bố như vậy.", [["Hai năm trước", "2023"]]],
    ["Một tuần trước, hai bên đã gặp nhau.", [["Một tuần trước", "2025-W29"]]],
    ["Ông đã định đến thăm vào tháng trước.", [["vào tháng trước", "2025-06"]]],
    ["Tháng tới, Quốc hội sẽ thảo luận dự luật.", [["Tháng tới", "2025-08"]]],
    ["Tháng này, giá xăng đã tăng hai lần.", [["Tháng này", "2025-07"]]],
    ["Năm tới, ông sẽ nghỉ hưu.", [["Năm tới", "2026"]]],
  ]);
});

test("language: clock times belong to their day", () => {
  check([
    ["Lúc 9h30, ông đã phát biểu khai mạc.", [["Lúc 9h30", "2025-07-23T09:30"]]],
    ["Vào lúc 21 giờ, lệnh ngừng bắn đã có hiệu lực.", [["Vào lúc 21 giờ", "2025-07-23T21:00"]]],
    ["Lúc 14h ngày 20/7, tàu đã rời cảng.", [["Lúc 14h ngày 20/7", "2025-07-20T14:00"]]],
    ["Vào 9h30 ngày 20/7, hai bên đã ký.", [["9h30 ngày 20/7", "2025-07-20T09:30"]]],
    ["Sáng 20/7 lúc 8h, hai bên đã gặp.", [["Sáng 20/7 lúc 8h", "2025-07-20T08:00"]]],
    ["Khoảng 8 giờ tối qua, vụ nổ đã xảy ra.", [["8 giờ tối qua", "2025-07-22T20:00"]]],
    ["Lệnh ngừng bắn có hiệu lực từ 0h ngày 24/7.", [["0h ngày 24/7", "2025-07-24T00:00"]]],
    ["Lúc 14:30 giờ địa phương, ông đã đến nơi.", [["Lúc 14:30 giờ địa phương", "2025-07-23T14:30"]]],
    ["Cuộc họp đã bắt đầu lúc 10 giờ sáng.", [["lúc 10 giờ sáng", "2025-07-23T10:00"]]],
    ["Cuộc gọi đã diễn ra lúc 16h15 chiều 21/7.", [["lúc 16h15 chiều 21/7", "2025-07-21T16:15"]]],
  ]);
});

test("language: durations", () => {
  check([
    ["Cuộc xung đột đã kéo dài hơn 3 năm.", [["kéo dài hơn 3 năm", "P3Y"]]],
    ["Hamas có 48 giờ để trả lời.", [["48 giờ", "PT48H"]]],
    ["Trong 2 tháng qua, giá đã tăng mạnh.", [["Trong 2 tháng qua", "P2M"]]],
    ["Cuộc họp kéo dài gần ba giờ.", [["kéo dài gần ba giờ", "PT3H"]]],
    ["Ông đã bị giam giữ hơn một năm.", [["hơn một năm", "P1Y"]]],
    ["Thỏa thuận ngừng bắn kéo dài 60 ngày.", [["kéo dài 60 ngày", "P60D"]]],
    ["Ông đã chờ hai tiếng rưỡi.", [["hai tiếng rưỡi", "PT2H30M"]]],
    ["Trong 10 năm qua, hai nước đã hợp tác chặt chẽ.", [["Trong 10 năm qua", "P10Y"]]],
    ["Cuộc gặp chỉ diễn ra trong 45 phút.", [["trong 45 phút", "PT45M"]]],
    ["Sau hai thập kỷ, quân đội đã rút khỏi nước này.", [["hai thập kỷ", "P2DE"]]],
    ["Ông đã làm việc ở đó nửa năm.", [["nửa năm", "P6M"]]],
    ["Chiến dịch kéo dài một tuần.", [["kéo dài một tuần", "P1W"]]],
    ["Lực lượng này cần vài tuần để chuẩn bị.", []],
    ["Ông đã ở đó nhiều năm.", []],
  ]);
});

test("language: ranges and lists give one timex per date", () => {
  check([
    ["Hội nghị diễn ra từ 10 đến 12/3.", [["từ 10", "2025-03-10"], ["12/3", "2025-03-12"]]],
    ["Hội nghị diễn ra từ ngày 10/3 đến ngày 12/3.", [["ngày 10/3", "2025-03-10"], ["ngày 12/3", "2025-03-12"]]],
    ["Các cuộc đàm phán sẽ diễn ra trong hai ngày 5 và 6/8.", [["ngày 5", "2025-08-05"], ["6/8", "2025-08-06"]]],
    ["Chương trình kéo dài từ tháng 3 đến tháng 5.", [["tháng 3", "2025-03"], ["tháng 5", "2025-05"]]],
    ["Lệnh cấm có hiệu lực từ 22/1 - 12/2/2025.", [["22/1", "2025-01-22"], ["12/2/2025", "2025-02-12"]]],
    ["Dự án thực hiện từ 2019 đến 2021.", [["2019", "2019"], ["2021", "2021"]]],
  ]);
});

test("language: anchored to the day last named", () => {
  check([
    ["Ngày 10/7, hai bên đã họp tại Geneva. Cùng ngày, Nga đã ra tuyên bố.", [["Ngày 10/7", "2025-07-10"], ["Cùng ngày", "2025-07-10"]]],
    ["Ngày 10/7, hai bên đã họp. Tối cùng ngày, Nga đã ra tuyên bố.", [["Ngày 10/7", "2025-07-10"], ["cùng ngày", "2025-07-10"]]],
    ["Ngày 10/7, hai bên đã họp. Hôm sau, Nga đã ra tuyên bố.", [["Ngày 10/7", "2025-07-10"], ["Hôm sau", "2025-07-11"]]],
    ["Ngày 10/7, hai bên đã họp. Sáng hôm sau, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["hôm sau", "2025-07-11"]]],
    ["Ngày 10/7, hai bên đã họp. Trước đó một ngày, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["Trước đó một ngày", "2025-07-09"]]],
    ["Ngày 10/7, hai bên đã họp. Một ngày trước đó, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["Một ngày trước đó", "2025-07-09"]]],
    ["Ngày 10/7, hai bên đã họp. Ba ngày sau đó, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["Ba ngày sau đó", "2025-07-13"]]],
    ["Ngày 10/7, hai bên đã họp. Ngày hôm trước, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["Ngày hôm trước", "2025-07-09"]]],
    ["Lúc 14h ngày 10/7, tàu đã rời cảng. Cùng ngày, Nga đã ra tuyên bố.", [["Lúc 14h ngày 10/7", "2025-07-10T14:00"], ["Cùng ngày", "2025-07-10"]]],
    ["Cùng ngày, Nga đã ra tuyên bố.", []],
  ]);
});

test("language: look-alikes that are no time", () => {
  check([
    ["Thứ nhất, hai bên cần ngừng bắn ngay.", []],
    ["Thứ hai, hai bên cần trao đổi tù binh.", []],
    ["Đây là lần thứ ba ông thăm Hà Nội.", []],
    ["Trận đấu kết thúc với tỷ số 2-1.", []],
    ["Đội chủ nhà thắng 3-2 trên sân nhà.", []],
    ["Xe tăng đã tiến vào Đường 9.", []],
    ["Hội nghị G7 đã kêu gọi ngừng bắn.", []],
    ["Hội nghị COP29 đã kết thúc.", []],
    ["Ông đã nhận được 3/4 số phiếu bầu.", []],
    ["Có 1.000 người đã tham gia biểu tình.", []],
    ["Năm người đã thiệt mạng trong vụ tấn công.", []],
    ["Năm nước đã ký tuyên bố chung.", []],
    ["Căng thẳng ngày càng gia tăng.", []],
    ["Nghị quyết 2231 đã hết hiệu lực.", []],
    ["Khoảng 20-30 người đã bị bắt.", []],
    ["Máy bay F-16 và hệ thống S-400 đã được triển khai.", []],
    ["Sư đoàn 10 đã rút khỏi khu vực.", []],
    ["Theo Điều 5 của hiệp ước, các nước phải hỗ trợ nhau.", []],
    ["Hằng năm, hai nước đều tổ chức tập trận.", []],
    ["Mỗi tuần, ông đều họp với nội các.", []],
    ["Hàng tháng, quỹ này đều chi trả trợ cấp.", []],
    ["Mới đây, hai bên đã nối lại đàm phán.", []],
    ["Trong thời gian tới, hai bên sẽ tăng cường hợp tác.", []],
    ["Trong những năm tới, kinh tế sẽ tăng trưởng.", []],
    ["Ông là người thứ năm được bổ nhiệm.", []],
    ["Lớp học tiếng Anh kéo dài cả buổi.", []],
  ]);
});

test("language: more written forms (brackets, lists, bare parts, 'cách đây', clock before its day)", () => {
  check([
    ["Tổng thống Nga hôm thứ Hai (21/7) cho biết ông sẵn sàng đàm phán.", [["hôm thứ Hai (21/7)", "2025-07-21"]]],
    ["Sáng thứ Ba (22/7), hai bên đã điện đàm.", [["Sáng thứ Ba (22/7)", "2025-07-22"]]],
    ["Tối thứ Bảy (19/7), hàng nghìn người đã biểu tình.", [["Tối thứ Bảy (19/7)", "2025-07-19"]]],
    ["Tối thứ Bảy tuần trước, hàng nghìn người đã biểu tình.", [["Tối thứ Bảy tuần trước", "2025-07-19"]]],
    ["Hôm thứ Hai tuần này, ông đã gặp các cố vấn.", [["Hôm thứ Hai tuần này", "2025-07-21"]]],
    ["Vào chiều Chủ nhật, hàng nghìn người đã biểu tình.", [["chiều Chủ nhật", "2025-07-20"]]],
    ["Thứ Sáu, ngày 18/7/2025, hội nghị đã bế mạc.", [["Thứ Sáu, ngày 18/7/2025", "2025-07-18"]]],
    ["Hồi đầu tháng, hai bên đã gặp nhau.", [["đầu tháng", "2025-07"]]],
    ["Vào cuối tháng, ông sẽ đến Mỹ.", [["Vào cuối tháng", "2025-07"]]],
    ["Ông sẽ đến Mỹ vào cuối tháng tới.", [["tháng tới", "2025-08"]]],
    ["Đầu tuần, ông đã gặp Thủ tướng.", [["Đầu tuần", "2025-W30"]]],
    ["Đầu tuần trước, ông đã gặp Thủ tướng.", [["tuần trước", "2025-W29"]]],
    ["Tháng 6 vừa qua, giá dầu đã giảm.", [["Tháng 6 vừa qua", "2025-06"]]],
    ["Tháng 7 năm nay, ông đã đến Nga.", [["Tháng 7 năm nay", "2025-07"]]],
    ["Hai bên đã ký thỏa thuận vào tháng 6-2025.", [["tháng 6-2025", "2025-06"]]],
    ["Từ đầu năm đến nay, đã có 100 vụ tấn công.", [["đầu năm", "2025"]]],
    ["Kể từ năm 2014, Nga đã kiểm soát bán đảo Crimea.", [["năm 2014", "2014"]]],
    ["Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.", [["Ngày 2/9/1945", "1945-09-02"]]],
    ["Đêm 22, rạng sáng 23/7, nhiều tên lửa đã được phóng.", [["Đêm 22", "2025-07-22"], ["rạng sáng 23/7", "2025-07-23"]]],
    ["Đêm 22 rạng sáng 23/7, nhiều tên lửa đã được phóng.", [["Đêm 22", "2025-07-22"], ["rạng sáng 23/7", "2025-07-23"]]],
    ["Các cuộc đàm phán đã diễn ra trong các ngày 22-23/7.", [["ngày 22", "2025-07-22"], ["23/7", "2025-07-23"]]],
    ["Hội nghị diễn ra từ ngày 22 đến 24/7.", [["từ ngày 22", "2025-07-22"], ["24/7", "2025-07-24"]]],
    ["Hai bên đã họp vào các ngày 20, 21 và 22/7.", [["ngày 20", "2025-07-20"], ["21", "2025-07-21"], ["22/7", "2025-07-22"]]],
    ["Trưa nay, ông đã đến Hà Nội.", [["Trưa nay", "2025-07-23"]]],
    ["Chiều qua, ông đã đến Hà Nội.", [["Chiều qua", "2025-07-22"]]],
    ["Sáng hôm qua, ông đã đến Hà Nội.", [["Sáng hôm qua", "2025-07-22"]]],
    ["Đêm nay, lệnh giới nghiêm sẽ có hiệu lực.", [["Đêm nay", "2025-07-23"]]],
    ["Ngày 10/7, hai bên đã họp. Hai ngày sau, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["Hai ngày sau", "2025-07-12"]]],
    ["Ngày 10/7, hai bên đã họp. Một tuần sau đó, Nga đã rút quân.", [["Ngày 10/7", "2025-07-10"], ["Một tuần sau đó", "2025-W29"]]],
    ["Cách đây 3 ngày, hai bên đã gặp nhau.", [["Cách đây 3 ngày", "2025-07-20"]]],
    ["Cách đây hơn hai năm, ông đã tuyên bố như vậy.", [["Cách đây hơn hai năm", "2023"]]],
    ["Ba năm trước đây, ông đã tuyên bố như vậy.", [["Ba năm trước đây", "2022"]]],
    ["Trong hơn 70 năm qua, hai nước đã hợp tác.", [["Trong hơn 70 năm qua", "P70Y"]]],
    ["Hamas phải trả lời trong vòng 24 giờ.", [["24 giờ", "PT24H"]]],
    ["Lúc 10 giờ 30 phút, phiên họp đã bắt đầu.", [["Lúc 10 giờ 30 phút", "2025-07-23T10:30"]]],
    ["Lúc 10h30 sáng 22/7, phiên họp đã bắt đầu.", [["Lúc 10h30 sáng 22/7", "2025-07-22T10:30"]]],
    ["Vào 15 giờ ngày 22/7, phiên họp đã bắt đầu.", [["15 giờ ngày 22/7", "2025-07-22T15:00"]]],
    ["Lúc 21h (giờ Hà Nội), phiên họp đã bắt đầu.", [["Lúc 21h (giờ Hà Nội)", "2025-07-23T21:00"]]],
    ["Ông Putin hôm nay (23/7) cho biết ông sẵn sàng đàm phán.", [["hôm nay (23/7)", "2025-07-23"]]],
    ["Vào sáng nay (23/7), ông Putin cho biết ông sẵn sàng đàm phán.", [["sáng nay (23/7)", "2025-07-23"]]],
    ["Thứ Hai, 21/7, ông Putin cho biết ông sẵn sàng đàm phán.", [["Thứ Hai, 21/7", "2025-07-21"]]],
    ["Vào ngày 21 và 22 tháng 7, hai bên đã gặp nhau.", [["ngày 21", "2025-07-21"], ["22 tháng 7", "2025-07-22"]]],
    ["Ngày 21 đến 23 tháng 7, hội nghị đã diễn ra.", [["Ngày 21", "2025-07-21"], ["23 tháng 7", "2025-07-23"]]],
    ["Cuối 2024, hai bên đã nối lại đàm phán.", [["2024", "2024"]]],
    ["Đến 2030, nước này sẽ đạt mục tiêu.", [["2030", "2030"]]],
    ["Từ 2022, giá năng lượng đã tăng.", [["2022", "2022"]]],
    ["Tuần vừa qua, giá vàng đã tăng.", [["Tuần vừa qua", "2025-W29"]]],
    ["Tháng vừa qua, lạm phát đã giảm.", [["Tháng vừa qua", "2025-06"]]],
    ["Năm vừa qua, kinh tế đã tăng trưởng.", [["Năm vừa qua", "2024"]]],
    ["Cuối tuần vừa qua, giao tranh đã bùng phát.", [["Cuối tuần vừa qua", "2025-W29-WE"]]],
    ["Năm kia, hai nước đã ký hiệp định.", [["Năm kia", "2023"]]],
    ["Khoảng 7h tối nay, đoàn sẽ đến nơi.", [["7h tối nay", "2025-07-23T19:00"]]],
    ["Phiên họp kéo dài từ 8h đến 10h.", [["8h", "2025-07-23T08:00"], ["10h", "2025-07-23T10:00"]]],
    ["Hiệp định được ký vào tháng Mười Một năm 2024.", [["tháng Mười Một năm 2024", "2024-11"]]],
    ["Từ ngày mai, lệnh cấm sẽ có hiệu lực.", [["Từ ngày mai", "2025-07-24"]]],
    ["Trong 30 ngày tới, hai bên sẽ đàm phán.", [["Trong 30 ngày tới", "P30D"]]],
    ["Cuộc chiến đã bước sang năm thứ tư.", []],
    ["Giá đã tăng lên 2030 đồng.", []],
    ["Đã có 2024 người tham gia từ 2000 đến 2010 người.", []],
    ["Trong các năm 2022 và 2023, giá đã tăng.", [["năm 2022", "2022"], ["2023", "2023"]]],
    ["Hai tuần nữa, hội nghị sẽ khai mạc.", [["Hai tuần nữa", "2025-W32"]]],
    ["Ba ngày nữa, hội nghị sẽ khai mạc.", [["Ba ngày nữa", "2025-07-26"]]],
    ["Lệnh ngừng bắn được kéo dài thêm 30 ngày nữa.", [["kéo dài thêm 30 ngày", "P30D"]]],
    ["Thứ 5 tuần sau, hai bên sẽ gặp nhau.", [["Thứ 5 tuần sau", "2025-07-31"]]],
    ["Hai bên sẽ gặp nhau vào thứ Năm ngày 24/7.", [["vào thứ Năm ngày 24/7", "2025-07-24"]]],
    ["Ngày 20/7 theo giờ Mỹ, tức ngày 21/7 theo giờ Việt Nam, hai bên đã gặp nhau.", [["Ngày 20/7", "2025-07-20"], ["ngày 21/7", "2025-07-21"]]],
    ["Sáng sớm nay, đã có 3 vụ tấn công.", [["Sáng sớm nay", "2025-07-23"]]],
    ["Cuộc đàm phán kéo dài 1,5 năm.", [["kéo dài 1,5 năm", "P1Y6M"]]],
    ["Cách mạng tháng Tám năm 1945 đã thành công.", [["tháng Tám năm 1945", "1945-08"]]],
    ["Trung tâm hoạt động 24/7 để hỗ trợ người dân.", []],
    ["Ngày nay, thương mại điện tử phát triển mạnh.", []],
    ["Việc sửa chữa mất khoảng 7-10 ngày.", []],
    ["Nghị định 15/2024/NĐ-CP đã có hiệu lực.", []],
    ["Quyết định số 1/2025/QĐ-TTg đã được ban hành.", []],
    ["Năm học 2024-2025 đã kết thúc.", []],
    ["Trong những ngày qua, giao tranh đã leo thang.", []],
  ]);
});
