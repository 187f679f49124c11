import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../src/sentences/split.js";

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

test("sentences: table of splits (own example sentences)", () => {
  const cases: Array<[string, string[]]> = [
    ["Ông Nam đến Hà Nội. Bà Lan ở lại.", ["Ông Nam đến Hà Nội.", "Bà Lan ở lại."]],
    // abbreviations and initials are not ends
    ["Trụ sở ở TP. Hồ Chí Minh. Họ họp ở đó.", ["Trụ sở ở TP. Hồ Chí Minh.", "Họ họp ở đó."]],
    ["Ông sống ở Tp. Thủ Đức. Ông làm việc.", ["Ông sống ở Tp. Thủ Đức.", "Ông làm việc."]],
    ["PGS.TS. Nguyễn Văn A phát biểu. Sau đó ông rời đi.", ["PGS.TS. Nguyễn Văn A phát biểu.", "Sau đó ông rời đi."]],
    ["ThS. Trần B có mặt. Mọi người vỗ tay.", ["ThS. Trần B có mặt.", "Mọi người vỗ tay."]],
    ["Văn phòng ở P. Bến Nghé, quận 1. Mở cửa sáng nay.", ["Văn phòng ở P. Bến Nghé, quận 1.", "Mở cửa sáng nay."]],
    ["Mr. Smith nói vậy. Ông Tư đồng ý.", ["Mr. Smith nói vậy.", "Ông Tư đồng ý."]],
    // decimals and dotted dates
    ["Lạm phát là 3.5% vào 15.1 năm nay. Giá tăng.", ["Lạm phát là 3.5% vào 15.1 năm nay.", "Giá tăng."]],
    ["Vào tháng 8.2024 có 1.000 người tham gia. Họ về nhà.", ["Vào tháng 8.2024 có 1.000 người tham gia.", "Họ về nhà."]],
    // quotes: a sentence ending inside a closing quote ends after it
    ["Ông nói: \"Chúng tôi sẵn sàng.\" Bà gật đầu.", ["Ông nói: \"Chúng tôi sẵn sàng.\"", "Bà gật đầu."]],
    ["Ông nói: “Chúng tôi sẵn sàng!” Bà gật đầu.", ["Ông nói: “Chúng tôi sẵn sàng!”", "Bà gật đầu."]],
    // parentheses
    ["Họ gặp nhau ở Geneva (Thụy Sĩ). Cuộc họp kéo dài.", ["Họ gặp nhau ở Geneva (Thụy Sĩ).", "Cuộc họp kéo dài."]],
    ["Có nhiều ý kiến (xem thêm.) Ông im lặng.", ["Có nhiều ý kiến (xem thêm.)", "Ông im lặng."]],
    // lower-case after a dot: not an end
    ["Giá 10 tr. đồng mỗi tháng. Rẻ.", ["Giá 10 tr. đồng mỗi tháng.", "Rẻ."]],
    // questions, ellipsis
    ["Ai sẽ thắng? Chưa rõ... Chờ xem.", ["Ai sẽ thắng?", "Chưa rõ...", "Chờ xem."]],
    // never crosses a section boundary, even without a final dot
    ["Tiêu đề bài báo\n\nĐoạn mở đầu. Câu hai", ["Tiêu đề bài báo", "Đoạn mở đầu.", "Câu hai"]],
    // "./." ends the article
    ["Câu cuối cùng của bài./.\n\nĐọc nhiều\n\nTin mới", ["Câu cuối cùng của bài./."]],
  ];
  for (const [input, want] of cases) assert.deepEqual(split(input), want, input);
});

test("sentences: spans index the text exactly and never include a blank line", () => {
  const t = "  Một câu.  Hai câu!\n\nBa câu?  ";
  const spans = splitSentences(t);
  assert.deepEqual(
    spans.map((s) => t.slice(s.start, s.end)),
    ["Một câu.", "Hai câu!", "Ba câu?"],
  );
  for (const s of spans) assert.ok(!t.slice(s.start, s.end).includes("\n\n"));
});
