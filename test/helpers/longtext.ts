/**
 * Long inputs in our own words for the linearity test and bench (test/linear.test.ts,
 * bench/linear.ts): news-like Vietnamese sentences with dates, titled people, states, quotes and
 * event verbs, so every stage has work, cut to a given size and laid out in a given shape.
 * Deterministic (no randomness): the same size and shape give the same text.
 */

/** How the sentences are laid out. */
export type Shape = "line" | "sentence" | "paras" | "html";
export const SHAPES: readonly Shape[] = ["line", "sentence", "paras", "html"];

const WHO = [
  ["Ngoại trưởng Nga Sergei Lavrov", "Nga"],
  ["Ngoại trưởng Mỹ Antony Blinken", "Mỹ"],
  ["Tổng thống Mỹ", "Mỹ"],
  ["Thủ tướng Nhật Bản", "Nhật Bản"],
  ["Chủ tịch Trung Quốc Tập Cận Bình", "Trung Quốc"],
  ["Tổng thống Ukraine Volodymyr Zelensky", "Ukraine"],
  ["Tổng thư ký NATO", "NATO"],
  ["Bộ Ngoại giao Qatar", "Qatar"],
  ["Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan", "Thổ Nhĩ Kỳ"],
  ["ông Nguyễn Văn Nam, chuyên gia của một viện nghiên cứu", "Việt Nam"],
] as const;

const PLACES = ["Geneva", "Istanbul", "Doha", "Bắc Kinh", "Brussels", "Hà Nội", "Moskva", "Washington"];

/** Sentence templates: {a}, {b} people or bodies, {sa}/{sb} their states, {p} a place, {d} a date. */
const TEMPLATES = [
  "{a} đã hội đàm với {b} tại {p} ngày {d} để bàn về an ninh khu vực.",
  "Theo hãng tin Reuters, {sa} và {sb} nhất trí tiếp tục đàm phán trong những tuần tới.",
  "{a} cáo buộc {sb} vi phạm thỏa thuận ngừng bắn hôm {dm}.",
  "Phát biểu trong cuộc họp báo, {a} nói: “Chúng tôi sẵn sàng đối thoại nhưng sẽ không nhượng bộ trước sức ép”.",
  "Vào tháng {m}.{y}, {sa} công bố gói viện trợ mới cho {sb}, theo các quan chức.",
  "{b} bác bỏ đề xuất của {sa}, cho rằng các điều kiện đưa ra là không thể chấp nhận.",
  "Tuần trước, {a} đã tới {p} và gặp người đồng cấp {sb}.",
  "Các nhà phân tích cho rằng quan hệ {sa} - {sb} khó cải thiện trước cuối năm {y}.",
  "{sa} tuyên bố sẽ trừng phạt các công ty của {sb} từ ngày {d}.",
  "“Đây là bước đi cần thiết”, {a} nhấn mạnh trong cuộc phỏng vấn với báo chí hôm {dm}.",
  "Lúc 9h30 sáng {dm}, phái đoàn của {sa} đến {p} để tham dự hội nghị kéo dài hai ngày.",
  "Trước đó, {b} đã yêu cầu {sa} rút quân khỏi khu vực biên giới.",
];

/** The n-th sentence (0-based) in our own words. */
export function sentence(n: number): string {
  const t = TEMPLATES[n % TEMPLATES.length]!;
  const [a, sa] = WHO[(n * 7) % WHO.length]!;
  let k = (n * 3 + 1) % WHO.length;
  if (WHO[k]![1] === sa) k = (k + 1) % WHO.length;
  const [b, sb] = WHO[k]!;
  const day = (n % 28) + 1;
  const month = ((n * 5) % 12) + 1;
  const year = 2019 + (n % 7);
  return t
    .replace("{a}", a)
    .replace("{b}", b)
    .replace("{sa}", sa)
    .replace("{sb}", sb)
    .replace("{p}", PLACES[n % PLACES.length]!)
    .replace("{d}", `${day}/${month}/${year}`)
    .replace("{dm}", `${day}/${month}`)
    .replace("{m}", String(month))
    .replace("{y}", String(year));
}

/**
 * About `bytes` bytes (UTF-8) of text in `shape`: "line" one line of sentences; "sentence" one
 * sentence with no end at all (the sentences joined by commas); "paras" a title and paragraphs
 * of four sentences; "html" the same paragraphs as a page of <p>.
 */
export function longText(bytes: number, shape: Shape): { text: string; kind: "text" | "html" } {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const s = sentence(n);
    parts.push(shape === "sentence" ? s.replace(/[.!?]$/u, ",") : s);
    size += Buffer.byteLength(s) + 1;
  }
  if (shape === "line" || shape === "sentence") return { text: parts.join(" "), kind: "text" };
  const paras: string[] = [];
  for (let i = 0; i < parts.length; i += 4) paras.push(parts.slice(i, i + 4).join(" "));
  const title = "Ngoại trưởng Nga và Mỹ gặp nhau tại Geneva";
  if (shape === "paras") return { text: [title, ...paras].join("\n\n"), kind: "text" };
  return {
    text: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${paras.map((p) => `<p>${p}</p>`).join("\n")}\n</article></body></html>`,
    kind: "html",
  };
}
