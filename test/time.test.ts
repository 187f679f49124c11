import { test } from "node:test";
import assert from "node:assert/strict";
import { newDoc } from "../src/envelope/doc.js";
import type { Doc } from "../src/envelope/types.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { splitSentences } from "../src/sentences/split.js";
import { analyzeTime } from "../src/time/stage.js";
import { dataStore } from "../src/pipeline/stage.js";
import { parseNumber } from "../src/time/tagger.js";
import { loadTimeLexicon } from "../src/time/lexicon.js";

const data = dataStore();

/** A document with the given article text and a caller-given reference date. */
export function docOf(text: string, date: string | null, extra: Partial<Doc> = {}): Doc {
  const d = newDoc({ source: { path: null, record_id: null, url: null, fetched_at: null }, text }, { date });
  return { ...d, text, matchText: canonicalTones(text), sentences: splitSentences(text), ...extra };
}

function tag(text: string, ref: string | null): Array<[string, string]> {
  return analyzeTime(docOf(text, ref), data).timexes.map((t) => [t.text, t.value]);
}

// Pinned reference date for the tables: Thursday 2025-01-16 (ISO week 2025-W03).
const REF = "2025-01-16";

test("time: dates in numeric and word forms", () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ["Hãng tin đưa tin hôm 27/12 rằng hai bên đã gặp.", [["hôm 27/12", "2024-12-27"]]],
    ["Cuộc họp diễn ra ngày 10/1/2022 tại Geneva.", [["ngày 10/1/2022", "2022-01-10"]]],
    ["Ngày 23-7-2020 là lần gần nhất họ điện đàm.", [["Ngày 23-7-2020", "2020-07-23"]]],
    ["Ông đã phát biểu vào 15.1 tại Kiev.", [["15.1", "2025-01-15"]]],
    ["Rạng sáng 2/1, một vụ nổ đã xảy ra.", [["Rạng sáng 2/1", "2025-01-02"]]],
    ["Tối muộn ngày 14/1 ông đã họp với quân đội.", [["Tối muộn ngày 14/1", "2025-01-14"]]],
    ["Đàm phán bắt đầu từ ngày 28 tháng Hai năm 2022.", [["ngày 28 tháng Hai năm 2022", "2022-02-28"]]],
    ["Tháng 10 năm 2022, ông ký sắc lệnh.", [["Tháng 10 năm 2022", "2022-10"]]],
    ["Vào tháng 8.2024, tờ báo tiết lộ thông tin.", [["tháng 8.2024", "2024-08"]]],
    ["Hội nghị sẽ họp vào tháng hai.", [["tháng hai", "2025-02"]]],
    ["Hai bên đã gặp nhau hồi tháng Ba.", [["hồi tháng Ba", "2024-03"]]],
    ["Họ đã ký hiệp định vào năm 2019.", [["năm 2019", "2019"]]],
    ["Các cuộc đàm phán đã bị cản trở vào đầu tháng 8.", [["đầu tháng 8", "2024-08"]]],
    ["Kế hoạch sẽ hoàn tất vào cuối năm nay.", [["năm nay", "2025"]]],
  ];
  for (const [input, want] of cases) assert.deepEqual(tag(input, REF), want, input);
});

test("time: yearless dates take the year their tense implies", () => {
  // Written in late December: "sẽ … 10/1" is next January, "hôm 27/12" this December.
  assert.deepEqual(tag("Nga và Mỹ sẽ đàm phán vào ngày 10/1.", "2021-12-28"), [["ngày 10/1", "2022-01-10"]]);
  assert.deepEqual(tag("Hôm 17/12, Bộ Ngoại giao đã công bố dự thảo.", "2021-12-28"), [["Hôm 17/12", "2021-12-17"]]);
  // Early January: a past December date is last year.
  assert.deepEqual(tag("Ông đã tuyên bố hôm 30/12.", "2022-01-03"), [["hôm 30/12", "2021-12-30"]]);
  // A day just before the reference date stays there even with a future cue nearby.
  assert.deepEqual(tag("Hai ông sẽ điện đàm lại, sau cuộc gọi ngày 20-10.", "2025-10-21"), [["ngày 20-10", "2025-10-20"]]);
  // No reference date: the year is unknown, not guessed.
  const d = analyzeTime(docOf("Cuộc họp diễn ra hôm 5/2 ở Kiev.", null), data);
  assert.deepEqual(d.timexes.map((t) => t.value), ["XXXX-02-05"]);
  assert.ok(d.messages.some((m) => m.rule === "time/year-unknown"));
});

test("time: seasons, weeks, weekdays and relative words", () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ["Ông ra lệnh cấm vào mùa thu năm 2022.", [["mùa thu năm 2022", "2022-FA"]]],
    ["Vào tháng 8.2024 có tin đàm phán vào mùa hè năm đó.", [["tháng 8.2024", "2024-08"], ["mùa hè năm đó", "2024-SU"]]],
    ["Tuần trước, ông Trump nói với báo chí.", [["Tuần trước", "2025-W02"]]],
    ["Họ có thể điện đàm trong tuần này.", [["trong tuần này", "2025-W03"]]],
    ["Ông không đề xuất gặp vào tuần tới.", [["vào tuần tới", "2025-W04"]]],
    ["Cuối tuần trước, văn phòng ra tuyên bố.", [["Cuối tuần trước", "2025-W02-WE"]]],
    ["Hai bên sẽ gặp vào cuối tuần này.", [["vào cuối tuần này", "2025-W03-WE"]]],
    ["Hôm thứ Ba, ông đã gặp các cố vấn.", [["Hôm thứ Ba", "2025-01-14"]]],
    ["Ông sẽ đến Paris vào thứ Sáu.", [["vào thứ Sáu", "2025-01-17"]]],
    ["Chủ nhật, hàng nghìn người đã biểu tình.", [["Chủ nhật", "2025-01-12"]]],
    ["Ông đã gặp họ vào thứ Tư tuần trước.", [["vào thứ Tư tuần trước", "2025-01-08"]]],
    ["Tổng thống hôm qua triệu tập cuộc họp, hôm nay phái đoàn đến nơi.", [["hôm qua", "2025-01-15"], ["hôm nay", "2025-01-16"]]],
    ["Cũng trong tối qua, ông đã phê duyệt danh sách.", [["tối qua", "2025-01-15"]]],
    ["Phái đoàn sẽ đến vào ngày mai.", [["vào ngày mai", "2025-01-17"]]],
    ["Nhiệm kỳ của ông đã kết thúc vào năm ngoái.", [["vào năm ngoái", "2024"]]],
    ["Ông định đến thăm vào tháng trước nhưng đã hoãn.", [["vào tháng trước", "2024-12"]]],
    ["Vụ việc xảy ra 3 ngày trước.", [["3 ngày trước", "2025-01-13"]]],
    ["Hai năm trước, ông đã tuyên bố như vậy.", [["Hai năm trước", "2023"]]],
  ];
  for (const [input, want] of cases) assert.deepEqual(tag(input, REF), want, input);
});

test("time: holidays", () => {
  assert.deepEqual(tag("Đàm phán sẽ diễn ra ngay sau kỳ nghỉ Tết Dương lịch.", "2021-12-28"), [["kỳ nghỉ Tết Dương lịch", "2022-01-01"]]);
  // Tết Nguyên đán 2025 was on 29 January 2025 (lunar-javascript).
  assert.deepEqual(tag("Người dân sẽ nghỉ Tết Nguyên đán 2025 dài ngày.", REF), [["Tết Nguyên đán 2025", "2025-01-29"]]);
  assert.deepEqual(tag("Ông sẽ về quê ăn Tết.", REF), [["Tết", "2025-01-29"]]);
  assert.deepEqual(tag("Lễ diễu binh dịp Quốc khánh 2/9 đã thu hút đông người.", "2025-09-05"), [["dịp Quốc khánh 2/9", "2025-09-02"]]);
  assert.deepEqual(tag("Đại lễ 30/4 năm nay được tổ chức lớn.", "2025-04-20"), [["30/4 năm nay", "2025-04-30"]]);
  // lower-case "tết" is not the holiday
  assert.deepEqual(tag("Mọi người tết tóc cho nhau.", REF), []);
});

test("time: clock times belong to their day", () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ["Cuộc gặp bắt đầu lúc 13:30 giờ Moskva.", "2025-05-16", [["lúc 13:30 giờ Moskva", "2025-05-16T13:30"]]],
    ["Máy bay hạ cánh lúc 9h30 (giờ GMT) ngày 15/5.", "2025-05-16", [["lúc 9h30 (giờ GMT) ngày 15/5", "2025-05-15T09:30"]]],
    ["Ngày 15/1, lúc 9h sáng (giờ địa phương), ông phát biểu.", REF, [["Ngày 15/1, lúc 9h sáng (giờ địa phương)", "2025-01-15T09:00"]]],
    ["Vụ nổ xảy ra lúc 10 giờ tối ngày 14/1.", REF, [["lúc 10 giờ tối ngày 14/1", "2025-01-14T22:00"]]],
    ["Trận đấu bắt đầu lúc 7h tối mai.", REF, [["lúc 7h tối mai", "2025-01-17T19:00"]]],
    ["Phiên họp mở lúc 15.10 chiều nay.", REF, [["lúc 15.10 chiều nay", "2025-01-16T15:10"]]],
  ];
  for (const [input, ref, want] of cases) assert.deepEqual(tag(input, ref), want, input);
});

test("time: ranges and lists give one timex per date", () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ["Triển lãm diễn ra từ 22/1 - 12/2/2025.", [["22/1", "2025-01-22"], ["12/2/2025", "2025-02-12"]]],
    ["Các bên đàm phán trong hai ngày 5 và 6-10.", [["ngày 5", "2024-10-05"], ["6-10", "2024-10-06"]]],
    ["Hội nghị kéo dài từ ngày 20 đến 22/1.", [["từ ngày 20", "2025-01-20"], ["22/1", "2025-01-22"]]],
    ["Dự án chạy từ năm 2022-2024.", [["năm 2022", "2022"], ["2024", "2024"]]],
  ];
  for (const [input, want] of cases) assert.deepEqual(tag(input, REF), want, input);
});

test("time: durations with digits and number words", () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ["Cuộc chiến kéo dài hơn 3 năm.", [["kéo dài hơn 3 năm", "P3Y"]]],
    ["Lệnh ngừng bắn kéo dài trong 60 ngày.", [["kéo dài trong 60 ngày", "P60D"]]],
    ["Hai ông trò chuyện gần ba giờ.", [["gần ba giờ", "PT3H"]]],
    ["Chưa đầy một giờ sau, ông rời đi.", [["Chưa đầy một giờ", "PT1H"]]],
    ["Ít nhất 70 người thiệt mạng trong 24 giờ qua.", [["trong 24 giờ qua", "PT24H"]]],
    ["Ông bị kết án hai mươi lăm năm tù.", [["hai mươi lăm năm", "P25Y"]]],
    ["Cuộc họp kéo dài 45 phút.", [["kéo dài 45 phút", "PT45M"]]],
    ["Quá trình mất mười hai tháng.", [["mất mười hai tháng", "P12M"]]],
    ["Chứng khoán giảm sau 2 ngày giảm điểm liên tiếp.", [["2 ngày", "P2D"]]],
    ["Ông đã chờ năm năm.", [["năm năm", "P5Y"]]],
  ];
  for (const [input, want] of cases) assert.deepEqual(tag(input, REF), want, input);
  const lex = loadTimeLexicon();
  const nums: Array<[string, number | null]> = [["một", 1], ["mười", 10], ["mười lăm", 15], ["hai mươi", 20], ["hai mươi mốt", 21], ["ba mươi tư", 34], ["nửa", 0.5], ["1,5", 1.5], ["vài", null]];
  for (const [s, n] of nums) assert.equal(parseNumber(s, lex.words.numbers), n, s);
});

test("time: traps that are not dates", () => {
  const none = [
    "Kỷ nguyên Trump 2.0 bắt đầu.",
    "Mỗi bên trao trả 25 quân nhân.",
    "Tỷ lệ ủng hộ là 15.1% trong khảo sát.",
    "Đội nhà thắng với tỷ số 2-1.",
    "Phiên bản 3.2 đã được phát hành.",
    "Gọi đường dây nóng 0912-345-678 để được hỗ trợ.",
    "Giá trị hợp đồng là 1.000 tỷ đồng.",
    "Hội nghị G7 đã kết thúc.",
    "Đây là năm thứ ba liên tiếp giá tăng.",
    "Khoảng 2/3 số phiếu ủng hộ dự luật.",
    "Thứ hai, chúng tôi cần thêm thời gian.",
    "Ông về thứ ba trong cuộc đua.",
    "Mối đe dọa đã xuất hiện mới đây.",
    "Trong thời gian gần đây, sắp tới và sau đó không có gì.",
    "Chiếc xe chạy với tốc độ 120 km/h.",
  ];
  for (const s of none) assert.deepEqual(tag(s, REF), [], s);
  // "15.10" as a time or a date by context
  assert.deepEqual(tag("Cuộc họp bắt đầu lúc 15.10.", REF), [["lúc 15.10", "2025-01-16T15:10"]]);
  assert.deepEqual(tag("Ông đã đến Hà Nội vào 15.10.", REF), [["15.10", "2024-10-15"]]);
});

test("time: offsets index doc.text and tone styles do not matter", () => {
  const text = "Tiêu đề\n\nHoà đàm đã diễn ra hôm 27/12 tại Geneva.";
  const d = analyzeTime(docOf(text, "2021-12-28"), data);
  assert.equal(d.timexes.length, 1);
  const t = d.timexes[0]!;
  assert.equal(text.slice(t.start, t.end), "hôm 27/12");
  assert.equal(t.type, "DATE");
  // "mùa hạ" / "mùa hè" in either tone style
  assert.deepEqual(tag("Vào mùa hạ năm 2023, ông đã đến đây.", REF), [["mùa hạ năm 2023", "2023-SU"]]);
});

test("time: offsets from an event or from the day last named (held-out fixes)", () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    // From an event whose date the text does not give: no value (and not a duration either).
    ["Đây là cuộc điện đàm đầu tiên kể từ ngày 17-1, ba ngày trước lễ nhậm chức của ông Trump.", "2025-06-06", [["ngày 17-1", "2025-01-17"]]],
    ["Ông đến Kiev hai ngày trước khi hội nghị khai mạc.", REF, []],
    ["Hai tuần trước cuộc bầu cử, ông rút lui.", REF, []],
    // From the day last named, not from the reference date.
    ["Cuộc gặp diễn ra ngày 16/5, lần đầu kể từ tháng 3/2022. Ông Zelensky có mặt ở Ankara một ngày trước đó.", "2025-05-16",
      [["ngày 16/5", "2025-05-16"], ["tháng 3/2022", "2022-03"], ["một ngày trước đó", "2025-05-15"]]],
    ["Hôm 9/1, ông bị bắt. Hai ngày sau đó, ông được thả.", REF, [["Hôm 9/1", "2025-01-09"], ["Hai ngày sau đó", "2025-01-11"]]],
    ["Ông Maduro tuyên thệ ngày 10-1, người nắm quyền từ năm 2013. Cùng ngày, Mỹ công bố trừng phạt.", "2025-01-10",
      [["ngày 10-1", "2025-01-10"], ["năm 2013", "2013"], ["Cùng ngày", "2025-01-10"]]],
    // Nothing named before: no value rather than a guess.
    ["Cùng ngày, Mỹ công bố trừng phạt.", REF, []],
    // Still from the reference date when nothing points elsewhere.
    ["Tổng thống Trump 3 ngày trước cho biết ông có thể tới Istanbul.", "2025-05-16", [["3 ngày trước", "2025-05-13"]]],
  ];
  for (const [input, ref, want] of cases) assert.deepEqual(tag(input, ref), want, input);
});

test("time: a relative day followed by its written date is one expression", () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ["Hai ngoại trưởng hôm nay 12.4 đã có vòng đàm phán gián tiếp.", "2025-04-12", [["hôm nay 12.4", "2025-04-12"]]],
    ["Vòng thảo luận hôm nay (8.10) kéo dài.", "2025-10-08", [["hôm nay (8.10)", "2025-10-08"]]],
    ["Hôm qua, 14/5, phái đoàn đã tới.", "2025-05-15", [["Hôm qua, 14/5", "2025-05-14"]]],
    // The dotted date alone still needs a cue.
    ["Ông nói 12.4 là con số đáng chú ý.", "2025-04-12", []],
  ];
  for (const [input, ref, want] of cases) assert.deepEqual(tag(input, ref), want, input);
});

test("time: 'vào cuối tuần' is this weekend, or the last one in a past sentence", () => {
  // 2025-05-16 is a Friday (ISO week 2025-W20); 2025-05-13 a Tuesday.
  assert.deepEqual(tag("Ông sẽ trở về Washington vào cuối tuần.", "2025-05-16"), [["vào cuối tuần", "2025-W20-WE"]]);
  assert.deepEqual(tag("Hai bên đã đụng độ vào cuối tuần.", "2025-05-13"), [["vào cuối tuần", "2025-W19-WE"]]);
  // generic weekends are not dates
  assert.deepEqual(tag("Các cửa hàng đông khách những ngày cuối tuần.", "2025-05-13"), []);
});

test("time: half units and lunar 'mùng' dates", () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ["Cuộc đàm phán kéo dài hơn hai tiếng rưỡi.", REF, [["kéo dài hơn hai tiếng rưỡi", "PT2H30M"]]],
    ["Ông phát biểu trong nửa giờ.", REF, [["trong nửa giờ", "PT30M"]]],
    ["Dự án bị hoãn một năm rưỡi.", REF, [["một năm rưỡi", "P1Y6M"]]],
    // Tết 2026 is 17 February 2026, so lunar 1/5 is 21 February 2026 (lunar-javascript).
    ["Vòng tham vấn tiếp theo dự kiến diễn ra vào mùng 5 tháng Giêng.", "2026-01-02", [["mùng 5 tháng Giêng", "2026-02-21"]]],
    ["Lễ hội được tổ chức vào mùng 10 tháng 3 âm lịch năm 2025.", REF, [["mùng 10 tháng 3 âm lịch năm 2025", "2025-04-07"]]],
    // another month with no "âm lịch": a solar date
    ["Lễ duyệt binh diễn ra vào mùng 2 tháng 9.", "2025-09-05", [["mùng 2 tháng 9", "2025-09-02"]]],
  ];
  for (const [input, ref, want] of cases) assert.deepEqual(tag(input, ref), want, input);
});

test("time: counted units before 'sau/trước/tới' and hours written '24h'", () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ["Năm 2024, ông thắng cử. Một năm sau, ông từ chức.", REF, [["Năm 2024", "2024"], ["Một năm sau", "2025"]]],
    ["Hôm 9/5 ông đến. 3 ngày sau, ông rời đi.", "2025-05-16", [["Hôm 9/5", "2025-05-09"], ["3 ngày sau", "2025-05-12"]]],
    ["Ông qua đời hai năm sau khi nghỉ hưu.", REF, []],
    ["Vài tuần trước, ông nói như vậy.", REF, []],
    ["Trong hai tuần tới, ông sẽ đi châu Âu.", REF, [["Trong hai tuần tới", "P2W"]]],
    ["Ông sẽ nghỉ hưu vào năm sau.", REF, [["vào năm sau", "2026"]]],
    ["Trong vòng 24h qua, 10 người thiệt mạng.", REF, [["24h", "PT24H"]]],
    ["Ông sẽ phát biểu lúc 9h sáng.", REF, [["lúc 9h sáng", "2025-01-16T09:00"]]],
  ];
  for (const [input, ref, want] of cases) assert.deepEqual(tag(input, ref), want, input);
});

test("time: bare years in a range and 'tới' / 'vừa qua' after a yearless date", () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ["Ông đã sống ở Mỹ từ 2019 đến 2021.", REF, [["2019", "2019"], ["2021", "2021"]]],
    ["Từ năm 2019 đến 2021 ông ở Mỹ.", REF, [["năm 2019", "2019"], ["2021", "2021"]]],
    ["Giá tăng từ 2000 đến 2010 đồng.", REF, []],
    // written in May 2025: "20/1 tới" is next January, "20/1 vừa qua" this one
    ["Ngày 20/1 tới, ông nhậm chức.", "2025-05-16", [["Ngày 20/1 tới", "2026-01-20"]]],
    ["Ông nhậm chức ngày 20/1 vừa qua.", "2025-05-16", [["ngày 20/1 vừa qua", "2025-01-20"]]],
    // "tới Riyadh" is "arrived in Riyadh"
    ["Ông Trump ngày 13/5 tới Riyadh.", "2025-05-16", [["ngày 13/5", "2025-05-13"]]],
  ];
  for (const [input, ref, want] of cases) assert.deepEqual(tag(input, ref), want, input);
});

test("time: quarters", () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ["Trong quý 2/2025 kinh tế tăng trưởng.", [["quý 2/2025", "2025-Q2"]]],
    ["Quý I năm nay, GDP tăng 6%.", [["Quý I năm nay", "2025-Q1"]]],
    ["Quý IV năm 2024 ghi nhận mức tăng.", [["Quý IV năm 2024", "2024-Q4"]]],
    // no year written: the year a bare month would take (the nearest Q2 to 2025-01-16)
    ["Quý 2 là thời điểm khó khăn.", [["Quý 2", "2025-Q2"]]],
  ];
  for (const [input, want] of cases) assert.deepEqual(tag(input, REF), want, input);
});
