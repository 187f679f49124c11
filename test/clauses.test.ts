/**
 * The clause layer on its own (src/clauses/): sentences into clauses, clauses into groups. Each
 * case is a written sentence and its parse, one line per clause:
 *   kind[<parent][^ when it shares its parent's subject][{connective}]: groups
 * with groups written subject[…] verb[head|marker labels] object[…] and <role>[…] for a
 * prepositional group. Actor names are atoms (as the actors stage leaves them).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { Actor, Doc } from "../src/envelope/types.js";
import { buildClauseLexicon } from "../src/clauses/lexicon.js";
import { parseClauses } from "../src/clauses/stage.js";
import { matchKey } from "../src/normalise/tone.js";
import { envelopeFrom, gpe, person, COMMON_STATES } from "./helpers/envelope.js";
import { ROOT } from "./helpers/shared.js";

const ACTORS: Record<string, Actor> = {
  ...COMMON_STATES,
  "Trung Quốc": gpe("China", "CHN"),
  "Thổ Nhĩ Kỳ": gpe("Turkey", "TUR"),
  Đức: gpe("Germany", "DEU"),
  Belgrade: { id: "Belgrade", name: "Belgrade", type: "place", code: "SRB" },
  Pristina: { id: "Pristina", name: "Pristina", type: "place", code: "XKX" },
  Cairo: { id: "Cairo", name: "Cairo", type: "place", code: "EGY" },
  Geneva: { id: "Geneva", name: "Geneva", type: "place", code: "CHE" },
  Washington: { id: "Washington", name: "Washington", type: "place", code: "USA" },
  Moscow: { id: "Moscow", name: "Moscow", type: "place", code: "RUS" },
  NATO: { id: "NATO", name: "NATO", type: "org", code: "NATO" },
  Hamas: { id: "Hamas", name: "Hamas", type: "org", code: "HAMAS" },
  "Liên Hợp Quốc": { id: "United_Nations", name: "United Nations", type: "org", code: "UN" },
  "Không quân Israel": { id: "Israeli_Air_Force", name: "Israeli Air Force", type: "org", code: "ISR" },
  "Dải Gaza": { id: "Gaza_Strip", name: "Gaza Strip", type: "place", code: "PSE" },
  "Hãng tin Bloomberg": { id: "Bloomberg_News", name: "Bloomberg News", type: "media", code: null },
  "Tổng thống Putin": person("Vladimir_Putin", "RUS"),
  "Tổng thống Trump": person("Donald_Trump", "USA"),
  "Tổng thống Erdogan": person("Recep_Tayyip_Erdoğan", "TUR"),
  Lavrov: person("Sergey_Lavrov", "RUS"),
  Rubio: person("Marco_Rubio", "USA"),
  Netanyahu: person("Benjamin_Netanyahu", "ISR"),
};

/** The parse of a document, one line per clause (see the file's comment). */
function render(doc: Doc): string[] {
  const t = doc.text;
  return doc.clauses.map((c) => {
    const groups = c.groups.map((g) => {
      const text = t.slice(g.start, g.end).trim();
      if (g.kind === "verb") return `verb[${g.head ? t.slice(g.head.start, g.head.end) : "-"}${g.markers.length ? "|" + g.markers.map((m) => m.label).join(",") : ""}]`;
      return g.kind === "prep" ? `${g.role}[${text}]` : `${g.kind}[${text}]`;
    });
    return `${c.kind}${c.parent !== null ? "<" + c.parent : ""}${c.inherits ? "^" : ""}${c.marker ? "{" + c.marker.cue + "}" : ""}: ${groups.join(" ")}`;
  });
}

const CASES: Array<{ name: string; text: string; want: string[] }> = [
  {
    name: "a passive marker after a noun that makes verbs nouns opens the verb group; names joined by 'và' after it are one agent",
    text: "Thỏa thuận được Mỹ và Trung Quốc ký kết tại Geneva.",
    want: ["main: subject[Thỏa thuận] verb[ký kết|benefactive] agent[Mỹ và Trung Quốc] at[Geneva]"],
  },
  {
    name: "a passive verb right after a noun that makes verbs nouns, its sides after 'giữa'",
    text: "Hiệp định được ký giữa Nga và Mỹ.",
    want: ["main: subject[Hiệp định] verb[ký|benefactive] between[Nga và Mỹ]"],
  },
  {
    name: "a subject, a verb group with aspect, prepositional groups (about, at, attended)",
    text: "Mỹ và Nga sẽ đàm phán về Ukraine tại Geneva với sự tham dự của Liên Hợp Quốc.",
    want: ["main: subject[Mỹ và Nga] verb[đàm phán|future] about[Ukraine] at[Geneva] attended[Liên Hợp Quốc]"],
  },
  {
    name: "modality, aspect and negation in one verb group",
    text: "Tổng thống Trump có thể sẽ không điện đàm với Tổng thống Putin.",
    want: ["main: subject[Tổng thống Trump] verb[điện đàm|possible,not] with[Tổng thống Putin]"],
  },
  {
    name: "clauses joined by 'và': a subject of its own, or the first clause's",
    text: "Nga tấn công Ukraine và Mỹ lên án.",
    want: ["main: subject[Nga] verb[tấn công] object[Ukraine]", "coordinate<0{và}: subject[Mỹ] verb[lên án]"],
  },
  {
    name: "a coordinated verb shares the subject",
    text: "Ông Rubio đã đến Israel và gặp Thủ tướng Netanyahu.",
    want: ["main: subject[Ông Rubio] verb[đến|past] object[Israel]", "coordinate<0^{và}: verb[gặp] object[Thủ tướng Netanyahu]"],
  },
  {
    name: "a purpose clause ('để') shares the subject",
    text: "Phái đoàn Mỹ tới Cairo để tham dự đàm phán.",
    want: ["main: subject[Phái đoàn Mỹ] verb[tới] object[Cairo]", "purpose<0^{để}: verb[tham dự] object[đàm phán]"],
  },
  {
    name: "what a reporting verb reports is a clause of its own",
    text: "Ông Lavrov cho biết Nga sẵn sàng đàm phán.",
    want: ["main: subject[Ông Lavrov] verb[cho biết]", "reported<0: subject[Nga] verb[đàm phán|ready]"],
  },
  {
    name: "the addressee of 'nói với' stays with the verb of saying; what is said follows 'rằng'",
    text: "Tổng thống Erdogan nói với Tổng thống Putin rằng Thổ Nhĩ Kỳ muốn hòa bình.",
    want: ["main: subject[Tổng thống Erdogan] verb[nói với] object[Tổng thống Putin]", "reported<0{rằng}: subject[Thổ Nhĩ Kỳ] verb[muốn|want] object[hòa bình]"],
  },
  {
    name: "a verb of saying after a comma reports the clause before it",
    text: "Nga và Ukraine đang đàm phán tại Qatar, Hãng tin Bloomberg cho biết.",
    want: ["reported<1: subject[Nga và Ukraine] verb[đàm phán|progressive] at[Qatar]", "main: subject[Hãng tin Bloomberg] verb[cho biết]"],
  },
  {
    name: "a condition after its clause ('nếu')",
    text: "Nga sẽ đáp trả nếu NATO mở rộng.",
    want: ["main: subject[Nga] verb[đáp trả|future]", "condition<0{nếu}: subject[NATO] verb[mở rộng]"],
  },
  {
    name: "a fronted condition depends on the clause after 'thì'",
    text: "Nếu Mỹ từ chối, thì Nga sẽ đáp trả.",
    want: ["condition<1{nếu}: subject[Mỹ] verb[từ chối|refuse]", "main: subject[Nga] verb[đáp trả|future]"],
  },
  {
    name: "a fronted time clause depends on the clause after the comma",
    text: "Sau khi gặp Tổng thống Putin, Tổng thống Trump trở về Washington.",
    want: ["temporal<1{sau khi}: verb[gặp] object[Tổng thống Putin]", "main: subject[Tổng thống Trump] verb[trở về] object[Washington]"],
  },
  {
    name: "(new) inside a quote a saying clause closes, a fronted time clause depends on the clause after its comma",
    text: '"Khi Mỹ sẵn sàng đối thoại, chúng tôi sẽ nối lại đàm phán", ông cho biết.',
    want: ["reported<3^: ", "temporal<2{khi}: subject[Mỹ] verb[đối thoại|ready]", "reported<3: subject[chúng tôi] verb[nối lại|future] object[đàm phán]", "main: subject[ông] verb[cho biết]"],
  },
  {
    name: "(new) 'và cùng B <verb>': a partner before the verb opens a second clause of the same subject",
    text: "Tổng thống Trump tới Moscow và cùng Tổng thống Putin ký hiệp ước.",
    want: ["main: subject[Tổng thống Trump] verb[tới] object[Moscow]", "coordinate<0^{và}: with[Tổng thống Putin] verb[ký] object[hiệp ước]"],
  },
  {
    name: "(new) 'khi đó' (at that time) is a word of the verb group, not the connective 'khi'",
    text: "Nga và Ukraine khi đó cáo buộc lẫn nhau.",
    want: ["main: subject[Nga và Ukraine] verb[cáo buộc|then] object[lẫn nhau]"],
  },
  {
    name: "(new) ', nếu không …' (otherwise) opens a clause of its own, no condition",
    text: "Mỹ yêu cầu Iran ngừng làm giàu urani, nếu không Mỹ sẽ đáp trả.",
    want: ["main: subject[Mỹ] verb[yêu cầu]", "complement<0: subject[Iran] verb[ngừng|stop] object[làm giàu urani]", "main: subject[Mỹ] verb[đáp trả|future]"],
  },
  {
    name: "'nếu không' inside a clause is a negative condition",
    text: "Nga sẽ đáp trả nếu không được mời.",
    want: ["main: subject[Nga] verb[đáp trả|future]", "condition<0{nếu không}: verb[mời|benefactive]"],
  },
  {
    name: "a fronted clause without subject takes the next clause's",
    text: "Phát biểu tại họp báo, Tổng thống Trump chỉ trích Trung Quốc.",
    want: ["adjunct<1^: verb[Phát biểu] at[họp báo]", "main: subject[Tổng thống Trump] verb[chỉ trích] object[Trung Quốc]"],
  },
  {
    name: "the object of a verb like 'kêu gọi' is the subject of a clause on it",
    text: "Mỹ kêu gọi Nga và Ukraine ngừng bắn.",
    want: ["main: subject[Mỹ] verb[kêu gọi]", "complement<0: subject[Nga và Ukraine] verb[ngừng bắn]"],
  },
  {
    name: "a modal word heads its group when a name follows it ('muốn Hamas …')",
    text: "Israel muốn Hamas trao trả toàn bộ con tin.",
    want: ["main: subject[Israel] verb[muốn|want]", "complement<0: subject[Hamas] verb[trao trả] object[toàn bộ con tin]"],
  },
  {
    name: "a proposal after a verb of refusal is its object, not a second modal ('từ chối đề xuất của …')",
    text: "Hamas từ chối đề xuất ngừng bắn của Israel.",
    want: ["main: subject[Hamas] verb[từ chối|refuse] object[đề xuất ngừng bắn] of[Israel]"],
  },
  {
    name: "'từ chối tham gia …' keeps the refusal a marker of the act",
    text: "Nga từ chối tham gia đàm phán.",
    want: ["main: subject[Nga] verb[tham gia|refuse] object[đàm phán]"],
  },
  {
    name: "a word that is also a preposition, right after a named subject, is the verb of a clause with no other ('thông qua')",
    text: "Mỹ thông qua các biện pháp trừng phạt mới.",
    want: ["main: subject[Mỹ] verb[thông qua] object[các biện pháp trừng phạt mới]"],
  },
  {
    name: "… and stays a preposition when the clause has a verb ('thông qua Thổ Nhĩ Kỳ gửi …')",
    text: "Nga thông qua Thổ Nhĩ Kỳ gửi thông điệp.",
    want: ["main: subject[Nga] via[Thổ Nhĩ Kỳ] verb[gửi] object[thông điệp]"],
  },
  {
    name: "a reduced relative of expectation on an event noun gives way to the clause's own verb ('… dự kiến diễn ra tại … đã bị hủy bỏ')",
    text: "Cuộc gặp dự kiến diễn ra tại Geneva đã bị hủy bỏ.",
    want: ["main: subject[Cuộc gặp dự kiến diễn ra] at[Geneva] verb[hủy bỏ|past,adversative]"],
  },
  {
    name: "… not across a comma: the second clause keeps its own subject",
    text: "Cuộc gặp dự kiến diễn ra tại Geneva, Nga đã tấn công Ukraine.",
    want: ["main: subject[Cuộc gặp] verb[diễn ra|expected] at[Geneva]", "main: subject[Nga] verb[tấn công|past] object[Ukraine]"],
  },
  {
    name: "'là' may take a clause: 'cả A và B phải …' is one subject",
    text: "Điều quan trọng là cả Belgrade và Pristina phải thể hiện sự kiềm chế.",
    want: ["main: subject[Điều quan trọng] verb[là]", "complement<0: subject[cả Belgrade và Pristina] verb[thể hiện|must] object[sự kiềm chế]"],
  },
  {
    name: "a passive verb group and its agent",
    text: "Lavrov đang bị Đức giam giữ.",
    want: ["main: subject[Lavrov] verb[giam giữ|progressive,adversative] agent[Đức]"],
  },
  {
    name: "a name's words are no function words ('Không quân'); 'tiếp tục' is a marker",
    text: "Không quân Israel tiếp tục không kích Dải Gaza.",
    want: ["main: subject[Không quân Israel] verb[không kích|continue] object[Dải Gaza]"],
  },
  {
    name: "'giữa A và B' is one group; a verb after a classifier is a noun",
    text: "Cuộc gặp giữa Nga và Ukraine đã diễn ra.",
    want: ["main: subject[Cuộc gặp] between[Nga và Ukraine] verb[diễn ra|past]"],
  },
  {
    name: "a relative clause ('mà'), and what its verb of saying says ('là')",
    text: "Ông Rubio và ông Lavrov sẽ điện đàm lại, sau cuộc gọi mà Moscow mô tả là tích cực.",
    want: ["main: subject[Ông Rubio và ông Lavrov] verb[điện đàm|future] object[lại] after[cuộc gọi]", "relative<0{mà}: subject[Moscow] verb[mô tả]", "reported<1{là}: subject[tích cực]"],
  },
  {
    name: "'cho đến khi': a time clause",
    text: "Mỹ tạm hoãn viện trợ cho đến khi Ukraine đồng ý.",
    want: ["main: subject[Mỹ] verb[tạm hoãn] object[viện trợ]", "temporal<0{cho đến khi}: subject[Ukraine] verb[đồng ý|agree]"],
  },
  {
    name: "a list after a comma is no clause ('về A, B và kiểm soát vũ khí')",
    text: "Mỹ và Nga sẽ đàm phán về an ninh, năng lượng và kiểm soát vũ khí.",
    want: ["main: subject[Mỹ và Nga] verb[đàm phán|future] about[an ninh, năng lượng và kiểm soát vũ khí]"],
  },
  {
    name: "a list of names after 'với' goes on across its commas to its joiner, before the verb",
    text: "Cuộc gặp giữa Tổng thống Erdogan với Lavrov, Rubio và Netanyahu đã diễn ra.",
    want: ["main: subject[Cuộc gặp] between[Tổng thống Erdogan] with[Lavrov, Rubio và Netanyahu] verb[diễn ra|past]"],
  },
  {
    name: "… and so does a list after 'từ' naming where the subject's people come from (session 13)",
    text: "Các phái đoàn từ Mỹ, Trung Quốc, Đức và Thổ Nhĩ Kỳ đã tới Belgrade.",
    want: ["main: subject[Các phái đoàn] from[Mỹ, Trung Quốc, Đức và Thổ Nhĩ Kỳ] verb[tới|past] object[Belgrade]"],
  },
  {
    name: "'giữa lúc' opens a clause of time (no 'giữa' group of sides; session 13)",
    text: "Mỹ và Đức ký thỏa thuận giữa lúc Trung Quốc tăng cường tập trận.",
    want: ["main: subject[Mỹ và Đức] verb[ký] object[thỏa thuận]", "temporal<0{giữa lúc}: subject[Trung Quốc] verb[tăng cường] object[tập trận]"],
  },
  {
    name: "… but not when the words after the joiner end in no name (a new subject and verb)",
    text: "Căng thẳng giữa Nga, Hamas và NATO thay nhau ra mặt hòa giải.",
    want: ["main: subject[Căng thẳng] between[Nga] subject[Hamas và NATO thay nhau ra mặt] verb[hòa giải]"],
  },
  {
    name: "a verb with its own marker right after 'và' opens a clause; it is no second member of 'giữa …'",
    text: "Hai bên nhất trí duy trì các chuyến thăm giữa lãnh đạo hai nước và sẽ tổ chức cuộc gặp tại Seoul.",
    want: ["main: subject[Hai bên] verb[duy trì|agree] object[các chuyến thăm] between[lãnh đạo hai nước]", "coordinate<0^{và}: verb[tổ chức|future] object[cuộc gặp] at[Seoul]"],
  },
  {
    name: "a discourse word opening the sentence marks its main clause",
    text: "Trong khi đó, Nga đã bác bỏ đề xuất của Mỹ.",
    want: ["main{trong khi đó}: subject[Nga] verb[bác bỏ|past] object[đề xuất] of[Mỹ]"],
  },
  // session 9 "ev8" (own captures' misses): compound nouns, markers that are never nouns, happening verbs, fronted reactions
  {
    name: "(new) 'thành viên' is a noun, not the preposition 'thành' ('các nước thành viên NATO')",
    text: "Các nước thành viên NATO đã nhất trí tăng chi tiêu.",
    want: ["main: subject[Các nước thành viên NATO] verb[nhất trí|past] object[tăng chi tiêu]"],
  },
  {
    name: "(new) an aspect word after a number starts the verb group ('vòng hai sẽ bắt đầu')",
    text: "Vòng hai sẽ bắt đầu tại Geneva.",
    want: ["main: subject[Vòng hai] verb[bắt đầu|future,begin] at[Geneva]"],
  },
  {
    name: "(new) a noun-verb opening a reported clause is its subject when a verb group follows ('thỏa thuận … có thể đạt được')",
    text: "Tổng thống Putin cho biết thỏa thuận giai đoạn một có thể đạt được.",
    want: ["main: subject[Tổng thống Putin] verb[cho biết]", "reported<0: subject[thỏa thuận giai đoạn một] verb[đạt được|possible]"],
  },
  {
    name: "(new) 'khai mạc' is the verb of a conference ('Hội nghị thượng đỉnh NATO khai mạc tại …')",
    text: "Hội nghị thượng đỉnh NATO khai mạc tại Geneva.",
    want: ["main: subject[Hội nghị thượng đỉnh NATO] verb[khai mạc] at[Geneva]"],
  },
  {
    name: "(new) a fronted reaction is an adjunct, not the subject ('Phản ứng với động thái của Mỹ, Nga …')",
    text: "Phản ứng với động thái của Mỹ, Nga cho biết sẽ đáp trả.",
    want: ["adjunct<1^: verb[Phản ứng] with[động thái] of[Mỹ]", "main: subject[Nga] verb[cho biết]", "reported<1^: verb[đáp trả|future]"],
  },
  {
    name: "(new) '…, do A và B <verb>' with nothing after the verb: the agent of what the clause names, not a cause",
    text: "Lệnh ngừng bắn giữa Israel và Hamas có hiệu lực, do Qatar và Mỹ làm trung gian.",
    want: ["main: subject[Lệnh ngừng bắn] between[Israel và Hamas] verb[có hiệu lực]", "relative<0{do}: subject[Qatar và Mỹ] verb[làm trung gian]"],
  },
  {
    name: "(new) … and the clause it describes goes on after its verb ('đài …, do A điều hành cho biết …')",
    text: "Đài truyền hình, do Hamas điều hành cho biết Israel đã không kích Dải Gaza.",
    want: ["main: subject[Đài truyền hình]", "relative<0{do}: subject[Hamas] verb[điều hành]", "coordinate<0^: verb[cho biết]", "reported<2: subject[Israel] verb[không kích|past] object[Dải Gaza]"],
  },
  {
    name: "'…, do A <verb> B' is a cause",
    text: "Mỹ hủy cuộc gặp, do Nga tấn công Ukraine.",
    want: ["main: subject[Mỹ] verb[hủy] object[cuộc gặp]", "cause<0{do}: subject[Nga] verb[tấn công] object[Ukraine]"],
  },
  {
    name: "a title holding a verb's syllable ('Tổng thư ký': 'ký' is to sign) is a noun of the subject (session 10 'ev11')",
    text: "Tổng thư ký Liên Hợp Quốc hoan nghênh thỏa thuận và cảm ơn Trung Quốc.",
    want: ["main: subject[Tổng thư ký Liên Hợp Quốc] verb[hoan nghênh] object[thỏa thuận]", "coordinate<0^{và}: verb[cảm ơn] object[Trung Quốc]"],
  },
  {
    name: "'bất chấp việc' opens a clause with its own subject (bare 'bất chấp' stays a preposition)",
    text: "Ông Maduro nhậm chức, bất chấp việc phe đối lập không công nhận kết quả.",
    want: ["main: subject[Ông Maduro] verb[nhậm chức]", "concession<0{bất chấp việc}: subject[phe đối lập] verb[công nhận|not] object[kết quả]"],
  },
];

for (const c of CASES) {
  test(`clauses: ${c.name}`, () => {
    assert.deepEqual(render(envelopeFrom(ACTORS, [c.text])), c.want);
  });
}

test("clauses: each sentence's clauses lie in it, in order, none overlapping", () => {
  const doc = envelopeFrom(ACTORS, ["Nga tấn công Ukraine và Mỹ lên án. Nếu Mỹ từ chối, thì Nga sẽ đáp trả.", "Ông Lavrov cho biết Nga sẵn sàng đàm phán."]);
  let last = -1;
  for (const c of doc.clauses) {
    const s = doc.sentences[c.sentence]!;
    assert.ok(c.start >= s.start && c.end <= s.end, "clause inside its sentence");
    assert.ok(c.start >= last, "clauses in order");
    last = c.end;
    for (const g of c.groups) assert.ok(g.start >= c.start && g.end <= c.end, "group inside its clause");
  }
  assert.deepEqual([...new Set(doc.clauses.map((c) => c.sentence))], [0, 1, 2]);
});

test("clauses: a sentence of 20,000 words is cut into clauses of bounded length", () => {
  const words = Array.from({ length: 20000 }, (_, i) => (i % 7 === 0 ? "và" : "quan chức"));
  const doc = envelopeFrom(ACTORS, [words.join(" ")]);
  assert.ok(doc.clauses.length >= 100, `${doc.clauses.length} clauses`);
  for (const c of doc.clauses) assert.ok(c.end - c.start < 2000, "a clause of bounded length");
});

test("clauses: every verbal event trigger starts with a verb or marker the clause layer knows (or is marked a noun)", () => {
  const lex = buildClauseLexicon();
  const triggers = (JSON.parse(readFileSync(`${ROOT}/data/events/triggers.json`, "utf8")) as { triggers: Array<{ cue: string; noun?: boolean }> }).triggers;
  const missing = triggers
    .filter((t) => !t.noun)
    .filter((t) => {
      const words = matchKey(t.cue).split(" ");
      for (let n = words.length; n >= 1; n--) {
        const info = lex.info.get(words.slice(0, n).join(" "));
        if (info && (info.verb || info.marker)) return false;
      }
      return true;
    })
    .map((t) => t.cue);
  assert.deepEqual(missing, []);
});

test("clauses: the stage runs after the actors and leaves the other layers alone", async () => {
  const { clausesStage } = await import("../src/clauses/stage.js");
  const { dataStore } = await import("../src/pipeline/stage.js");
  const doc = envelopeFrom(ACTORS, ["Nga và Ukraine đang đàm phán tại Qatar."]);
  const out = clausesStage.run({ ...doc, clauses: [] }, { now: new Date(0), data: dataStore() });
  assert.deepEqual(out.clauses, parseClauses(doc, buildClauseLexicon()));
  assert.deepEqual(out.mentions, doc.mentions);
  assert.ok(clausesStage.after?.includes("actors"));
});

test("clauses: a run of stray opening brackets leaves clauses inside their sentences, no error", () => {
  const doc = envelopeFrom(ACTORS, ["(".repeat(300) + "Nga và Ukraine đang đàm phán tại Qatar.", "Ông Lavrov cho biết Nga sẵn sàng đàm phán."]);
  assert.ok(doc.clauses.length > 0);
  for (const c of doc.clauses) {
    const s = doc.sentences[c.sentence]!;
    assert.ok(c.start >= s.start && c.end <= s.end && c.start <= c.end, "clause inside its sentence");
  }
});
