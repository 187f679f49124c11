/**
 * Mechanisms the type probes (test/events-probes.test.ts, session 12 "probes") showed missing, each read from the spec
 * (../shared/spec/PLOVER.md, GOLD.md) rather than from one sentence. Rows are our own sentences, none from the probe set
 * or the corpus; rows marked "(new)" gave another type, or an event, before. Look-alikes keep what they gave.
 *  - what commentators themselves warn of, call for or judge is no statement of a side (GOLD.md: what experts,
 *    analysts or unnamed commentators say is no event), not only what they report (cues.json "commentators");
 *  - a warning whose reported clause tells another side's conduct as done or under way holds out no repercussion: it
 *    blames that side, ACCUSE (frames.json "warnedConduct"); a warning of what the other will face stays THREATEN;
 *  - a measure its side calls off or suspends eases restrictions: CONCEDE, done (cues.json "easing", the mirror of
 *    "reversal": cooperation suspended is a SANCTION);
 *  - a clause opening on an owned noun group followed by a passive with its agent ("Đề xuất … của A được B hoan nghênh")
 *    has that passive as its verb (src/clauses/parse.ts ownedThenPassive), and a stance so said in the passive takes
 *    its stance on the owned statement, as the active does (src/events/triggers.ts passiveStances): one event, B's;
 *  - an invitation is a proposal that offers (GOLD.md Proposals, PLOVER.md "mời"): AGREE toward the invited, also when
 *    the invited is the one to come (triggers.json "mời", flag invitation); "lời mời" and "chỉ mời" (an exclusion) are none;
 *  - expelling an attaché is expelling a diplomat: SANCTION, not COERCE (triggers.json);
 *  - placing a side's firms or people on a list of measures ("đưa … vào danh sách trừng phạt") is a SANCTION on them, and
 *    the measure word in the list's name is no act (cues.json "listing");
 *  - an accusation in a group "với …" after a measure of its clause is the measure's charge, no ACCUSE of its own, and
 *    the sides named in the charge are none of an event (frames.json "motivation");
 *  - a joint act one side says it wants to do with another ("muốn gặp B") is willingness, AGREE toward the other, the
 *    mirror of "không muốn gặp" (REJECT) (frames.json "willing");
 *  - an offer to mediate said as a stance ("sẵn sàng làm trung gian giữa B và C") is the mediator's AGREE toward the
 *    sides, as the proposal "đề nghị làm trung gian" is (src/events/candidates.ts), not an agreement of the sides;
 *  - a response held out under a condition may be an idiom with its negation ("sẽ không ngồi yên nếu …"): THREATEN
 *    (cues.json threat cues), not a refusal.
 */
import { test } from "node:test";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildLexicon } from "../src/events/lexicon.js";
import { analyseEvents } from "../src/events/stage.js";
import { assertEvents, envelopeFrom, paragraphsCase as row, type ParagraphsCase as Row, COMMON_ACTORS, COMMON_STATES, WORLD_STATES } from "./helpers/envelope.js";

const lex = buildLexicon();
const ACTORS: Record<string, Actor> = { ...COMMON_STATES, ...WORLD_STATES, ...COMMON_ACTORS };

/** Every row's article speaks from 20 May 2025. */
const run = (r: Row): Doc => analyseEvents({ ...envelopeFrom(ACTORS, r.text), referenceDate: { value: "2025-05-20", basis: "published" } }, lex);

const ROWS: Row[] = [
  // commentators' own statements
  row("(new) 'các nhà quan sát cảnh báo nguy cơ … giữa A và B': no threat", "Các nhà quan sát cảnh báo nguy cơ đụng độ giữa Ấn Độ và Pakistan.", []),
  row("(new) 'giới chuyên gia kêu gọi A và B …': no request", "Giới chuyên gia kêu gọi Nhật Bản và Hàn Quốc hợp tác chặt chẽ hơn.", []),
  row("experts of a side named are that side's", "Các chuyên gia Pháp kêu gọi Đức tăng chi tiêu quốc phòng.", [{ type: "REQUEST", parts: ["DEU", "FRA"], actor: ["FRA"] }]),
  row("what commentators report stays no event", "Các nhà phân tích cho rằng Iran sẽ tấn công Israel.", []),
  // warnings of conduct done or under way
  row("(new) 'A cảnh báo rằng B đang …': ACCUSE", "Pháp cảnh báo rằng Iran đang làm giàu urani vượt ngưỡng.", [{ type: "ACCUSE", parts: ["FRA", "IRN"], actor: ["FRA"] }]),
  row("(new) 'A cảnh báo B đã …': ACCUSE", "Nhật Bản cảnh báo Trung Quốc đã nhiều lần xâm phạm không phận.", [{ type: "ACCUSE", parts: ["CHN", "JPN"], actor: ["JPN"] }]),
  row("a warning of what the other will face stays THREATEN", "Ấn Độ cảnh báo Pakistan sẽ phải trả giá.", [{ type: "THREATEN", parts: ["IND", "PAK"], actor: ["IND"] }]),
  row("a warning of the speaker's own act stays THREATEN", "Iran cảnh báo sẽ đáp trả Mỹ.", [{ type: "THREATEN", parts: ["IRN", "USA"], actor: ["IRN"] }]),
  row("a warning about a noun stays THREATEN", "Triều Tiên cảnh báo Hàn Quốc về các cuộc tập trận.", [{ type: "THREATEN", parts: ["KOR", "PRK"], actor: ["PRK"] }]),
  row("a warning of one's own side's conduct is no accusation of another", "Mỹ cảnh báo Nga rằng Mỹ đang theo dõi sát tình hình.", [{ type: "THREATEN", parts: ["RUS", "USA"], actor: ["USA"] }]),
  // measures called off or suspended
  row("(new) 'tạm dừng áp thuế … đối với hàng hóa B': CONCEDE", "Ấn Độ tạm dừng áp thuế trả đũa đối với hàng hóa Mỹ.", [{ type: "CONCEDE", parts: ["IND", "USA"], actor: ["IND"], status: "occurred" }]),
  row("(new) 'tạm dừng trừng phạt <B's bodies>'", "Nhật Bản tạm dừng trừng phạt các ngân hàng Nga.", [{ type: "CONCEDE", parts: ["JPN", "RUS"], actor: ["JPN"], status: "occurred" }]),
  row("a measure imposed stays a SANCTION", "Ấn Độ áp thuế trả đũa đối với hàng hóa Mỹ.", [{ type: "SANCTION", parts: ["IND", "USA"], actor: ["IND"] }]),
  row("cooperation suspended stays a SANCTION", "Pakistan tạm dừng hợp tác với Ấn Độ.", [{ type: "SANCTION", parts: ["IND", "PAK"], actor: ["PAK"] }]),
  // passive stances on another's statement
  row("(new) '<A's call> bị B bác bỏ': B's REJECT, no REQUEST of A's", "Yêu cầu đàm phán của Ukraine bị Nga bác bỏ.", [{ type: "REJECT", parts: ["RUS", "UKR"], actor: ["RUS"] }]),
  row("(new) '<A's proposal> được B ủng hộ': B's SUPPORT", "Đề xuất ngừng bắn của Ai Cập được Israel ủng hộ.", [{ type: "SUPPORT", parts: ["EGY", "ISR"], actor: ["ISR"] }]),
  row("the active reads the same", "Israel ủng hộ đề xuất ngừng bắn của Ai Cập.", [{ type: "SUPPORT", parts: ["EGY", "ISR"], actor: ["ISR"] }]),
  row("a named subject's own verb keeps its clause", "Nga bác bỏ đề xuất của Mỹ được Pháp ủng hộ.", [{ type: "REJECT", parts: ["RUS", "USA"], actor: ["RUS"] }]),
  // invitations
  row("(new) 'A mời B tới <A's capital>': A's offer", "Tổng thống Putin mời Thủ tướng Modi tới Moskva.", [{ type: "AGREE", parts: ["IND", "RUS"], actor: ["RUS"] }]),
  row("(new) 'A mời B thăm A': an offer, not a request", "Nhật Bản mời Hàn Quốc thăm Tokyo.", [{ type: "AGREE", parts: ["JPN", "KOR"], actor: ["JPN"] }]),
  row("an invitation accepted stays the acceptance", "Hàn Quốc nhận lời mời của Nhật Bản.", [{ type: "AGREE", parts: ["JPN", "KOR"], actor: ["KOR"] }]),
  row("'chỉ mời' (inviting only some) is no offer", "Pháp chỉ mời Đức tới hội nghị.", []),
  // expelling attachés
  row("(new) 'trục xuất tùy viên quân sự của B': SANCTION", "Ba Lan trục xuất tùy viên quân sự của Nga.", [{ type: "SANCTION", parts: ["POL", "RUS"], actor: ["POL"] }]),
  row("expelling others stays COERCE", "Ba Lan trục xuất hai công dân Nga.", [{ type: "COERCE", parts: ["POL", "RUS"], actor: ["POL"] }]),
  // listing
  row("(new) 'đưa <B's firms> vào danh sách trừng phạt': SANCTION on B", "Anh đưa ba ngân hàng Iran vào danh sách trừng phạt.", [{ type: "SANCTION", parts: ["GBR", "IRN"], actor: ["GBR"] }]),
  row("(new) '… vào danh sách đen' with the object between", "Nhật Bản đưa hai tập đoàn Triều Tiên vào danh sách đen.", [{ type: "SANCTION", parts: ["JPN", "PRK"], actor: ["JPN"] }]),
  row("a list of no measure is no act", "Mỹ đưa Ấn Độ vào danh sách đối tác ưu tiên.", []),
  // the charge of a measure
  row("(new) 'bắt giữ … với cáo buộc <act toward C>': the arrest only", "Iran bắt giữ một công dân Pháp với cáo buộc làm gián điệp cho Israel.", [{ type: "COERCE", parts: ["FRA", "IRN"], actor: ["IRN"] }]),
  row("(new) 'trừng phạt … với cáo buộc <act toward C>': the sanction only", "EU trừng phạt các quan chức Iran với cáo buộc hỗ trợ Nga.", [{ type: "SANCTION", parts: ["EU", "IRN"], actor: ["EU"] }]),
  row("an accusation coordinated after a measure stays", "Nga trục xuất hai nhà ngoại giao Anh, đồng thời cáo buộc Anh can thiệp.", [{ type: "SANCTION", parts: ["GBR", "RUS"], actor: ["RUS"] }, { type: "ACCUSE", parts: ["GBR", "RUS"], actor: ["RUS"] }]),
  // wanting to meet
  row("(new) 'A muốn gặp B': AGREE toward B", "Thủ tướng Modi muốn gặp Tổng thống Trump.", [{ type: "AGREE", parts: ["IND", "USA"], actor: ["IND"], status: "occurred" }]),
  row("(new) 'A mong muốn đàm phán với B'", "Pakistan mong muốn đàm phán với Ấn Độ.", [{ type: "AGREE", parts: ["IND", "PAK"], actor: ["PAK"] }]),
  row("not wanting to meet stays a refusal", "Pakistan không muốn đàm phán với Ấn Độ.", [{ type: "REJECT", parts: ["IND", "PAK"], actor: ["PAK"], mode: "meet" }]),
  row("talks wanted by both stay talks, proposed", "Ấn Độ và Pakistan muốn gặp nhau.", [{ type: "CONSULT", parts: ["IND", "PAK"], status: "proposed" }]),
  // offers to mediate
  row("(new) 'A sẵn sàng làm trung gian giữa B và C': A's offer", "Ai Cập sẵn sàng làm trung gian giữa Israel và Hamas.", [{ type: "AGREE", parts: ["EGY", "HAMAS", "ISR"], actor: ["EGY"] }]),
  row("the proposal reads the same", "Ai Cập đề nghị làm trung gian giữa Israel và Hamas.", [{ type: "AGREE", parts: ["EGY", "HAMAS", "ISR"], actor: ["EGY"] }]),
  row("mediating itself stays the talks with a third party", "Ai Cập làm trung gian giữa Israel và Hamas.", [{ type: "CONSULT", parts: ["HAMAS", "ISR"], third: ["EGY"] }]),
  // idioms of response held out
  row("(new) 'sẽ không ngồi yên nếu B …': THREATEN toward B", "Triều Tiên tuyên bố sẽ không ngồi yên nếu Hàn Quốc tiếp tục tập trận.", [{ type: "THREATEN", parts: ["KOR", "PRK"], actor: ["PRK"] }]),
  row("(new) 'sẽ không khoanh tay đứng nhìn nếu B …'", "Iran sẽ không khoanh tay đứng nhìn nếu Israel tấn công.", [{ type: "THREATEN", parts: ["IRN", "ISR"], actor: ["IRN"] }]),
  row("with no condition the idiom holds nothing out", "Người dân không ngồi yên.", []),
];

for (const r of ROWS) test(`probe fixes: ${r.name}`, () => assertEvents(run(r), r.want));
