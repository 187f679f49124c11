/**
 * Bench of the time tagger alone (tagging + cue reading + resolution, no other stage):
 * sentences per second on one core. Uses our own example sentences plus, when ../shared is
 * present, the sentences of the seed and dev articles (read from there, never copied).
 * Prints the figures. Run: npm run build && node dist/bench/time.js
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../src/sentences/split.js";
import { canonicalTones } from "../src/normalise/tone.js";
import { loadTimeLexicon } from "../src/time/lexicon.js";
import { lowerSameLength, tagTimes } from "../src/time/tagger.js";
import { tenseAt } from "../src/time/tense.js";
import { resolveAll, type Located } from "../src/time/resolve.js";
import { ROOT_DIR } from "../src/data/paths.js";

const OWN = [
  "Hãng tin AFP hôm 27/12 dẫn tuyên bố của người phát ngôn cho biết hai nước sẽ hội đàm vào ngày 10/1/2022.",
  "Vào tháng 8.2024, tờ báo tiết lộ hai bên đang đàm phán về một lệnh hoãn tấn công vào mùa hè năm đó.",
  "Tuần trước, ông nói với các phóng viên rằng liên lạc đang diễn ra.",
  "Các bên sẽ tiến hành đàm phán gián tiếp trong hai ngày 5 và 6-10, ngay trước thời điểm tròn 2 năm.",
  "Hai tổng thống đã trò chuyện gần ba giờ theo định dạng nhóm ba, mỗi bên gồm lãnh đạo và hai cố vấn.",
  "Cuộc gặp bắt đầu lúc 13:30 giờ Moskva và kéo dài đến chiều.",
  "Mỗi bên trao trả 25 quân nhân, theo thỏa thuận được ký kết trước đó.",
  "Người dân đổ ra đường để chào đón năm mới và chuẩn bị đón Tết Nguyên đán.",
  "Theo các nguồn tin, phái đoàn không nêu rõ thời điểm diễn ra vòng tiếp theo.",
  "Ông Trump 2.0 tuyên bố tỷ lệ ủng hộ đạt 15.1% trong cuộc khảo sát mới nhất.",
];

function sentences(): string[] {
  const out = [...OWN];
  const shared = join(ROOT_DIR, "../shared/corpus");
  if (existsSync(shared)) {
    const texts: string[] = [];
    for (const f of readdirSync(join(shared, "seeds"))) texts.push(readFileSync(join(shared, "seeds", f), "utf8"));
    for (const l of readFileSync(join(shared, "dev.jsonl"), "utf8").split("\n").filter(Boolean)) {
      texts.push((JSON.parse(l) as { text?: string; html?: string }).text ?? "");
    }
    for (const t of texts) for (const s of splitSentences(t.normalize("NFC"))) out.push(t.normalize("NFC").slice(s.start, s.end));
  }
  return out;
}

const lex = loadTimeLexicon();
const sents = sentences().map((s) => ({ s, m: canonicalTones(s) }));
const ref = { y: 2025, m: 1, d: 16 };

function once(): number {
  let n = 0;
  for (const { s, m } of sents) {
    const cands = tagTimes(s, lex, m);
    if (cands.length) {
      const lower = lowerSameLength(m);
      const located: Located[] = cands.map((c) => ({ ...c, tense: tenseAt(lower, 0, s.length, c.start, c.end, lex) }));
      n += resolveAll(located, ref).length;
    }
  }
  return n;
}

once(); // warm-up (compiles the regexes)
const budgetMs = 1500;
let done = 0;
let found = 0;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - t0) / 1e6 < budgetMs) {
  found += once();
  done += sents.length;
}
const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
console.log(`time tagger: ${sents.length} distinct sentences, ${done} tagged in ${wallS.toFixed(2)} s wall / ${cpuS.toFixed(2)} s CPU`);
console.log(`time tagger: ${Math.round(done / cpuS).toLocaleString("en-US")} sentences/s per core (CPU time), ${Math.round(done / wallS).toLocaleString("en-US")} sentences/s wall; ${(found / (done / sents.length)).toFixed(0)} timexes per pass`);
