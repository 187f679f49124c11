/**
 * Type probes (issue 14, session 12 "probes"): development text the hand rules were NOT tuned on. The set
 * (test/fixtures/probes/types.jsonl) was written from ../shared/spec (PLOVER.md, GOLD.md "Hard cases", CONTRACT.md)
 * before the system was run on it: short news sentences of our own, each with the events the spec's conventions
 * give (type, parts = codes of actor and recipient together, and where the spec fixes them the actor side, mode,
 * status, third party), or none. Its groups ("pair") are the type confusions seen on blind text: military aid vs
 * the attack, a ceasefire declared or observed vs a joint agreement, warnings vs refusals, accusations and demands,
 * sanctions vs the accusations that motivate them, background and nominal talks, reported claims, passives.
 *
 * An item passes when its events, in any order, are exactly the wanted ones. The floor below is the pass rate the
 * stage reaches; KNOWN lists the items that still fail, each with why (honest, not hidden): a known item that starts
 * passing is reported, not failed, so the list can shrink. `PROBES_REPORT=1 node --test dist/test/events-probes.test.js`
 * prints every failure and a confusion table (wanted type → given type on the same parts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { PROBES, judge } from "./helpers/probes.js";

/**
 * Items that still fail, with why. Each is read against the spec; none is hidden by changing its expectation.
 */
const KNOWN: Record<string, string> = {
  as10: "no trigger read: an attack verb after a serial 'dùng <means>'",
  as13: "no event: an attack named as a noun after 'nhận trách nhiệm về' (claiming responsibility) gives no doer",
  as16: "no trigger: 'mở chiến dịch quân sự nhằm vào' (a campaign opened against) is not read as an attack",
  ce03: "no event: a ceasefire 'có hiệu lực' (taking effect) between two named sides is not read as observed (RETREAT ceasefire)",
  ce20: "no trigger: 'cho phép … tiếp cận' with the object between the verbs (RETREAT access)",
  ce25: "no event: an extradition with its object between 'dẫn độ' and 'sang B'",
  ce31: "no event: a ceasefire 'đang được duy trì' (being kept) between two named sides",
  ce32: "no event: a withdrawal from a region named with its state after 'của'",
  co05: "the meeting agreed on, with a place of its own (GOLD.md proposals), is no second event",
  co11: "the talks agreed on, with a place of its own (GOLD.md proposals), are no second event",
  co12: "no event: 'tiếp' (receives) between two titles with the place after 'tại'",
  co30: "the invitation is read (AGREE) but the visit it proposes gives no second event: 'Nhà Trắng' is a body, not a place",
  co34: "the meeting offered, with its place, is no second event (GOLD.md proposals)",
  th06: "no event: 'ra tối hậu thư cho B' (an ultimatum given to B)",
  th18: "no event: a threatened attack on what stands in a state ('kho vũ khí … ở Ukraine') names no side",
  th29: "no event: a refusal to cede ('sẽ không nhượng … cho B') in a reported clause",
  th34: "the call named as the setting ('Trong cuộc điện đàm, …') gives no CONSULT of the sides of the statement in it",
  sa17: "no event: a ban on another state's companies ('cấm các công ty Nga hoạt động') is not read as a SANCTION",
  sa19: "the doer of a measure in a reduced relative ('các lệnh trừng phạt Nga áp đặt lên …') is taken from the statement's speaker",
  nx13: "no event: a summit held ('tổ chức hội nghị cấp cao') in a 'lần đầu tiên' frame",
  rc05: "the host of a proposed meeting ('đứng ra tổ chức') is not made its third party",
  rc06: "no event: an attack repelled ('đẩy lùi một cuộc tấn công của Nga') gives no target",
  pv01: "no event: a passive attack whose agent is a ship of a state ('bị tàu Trung Quốc tấn công')",
  pv06: "no event: an attack named as a noun with its doer where the victims are the subject ('binh sĩ Israel thiệt mạng trong …')",
  b2as01: "no event: a joint attack 'tham gia cùng A tấn công C' (joining another's attack)",
  b2as07: "the backed act after 'ủng hộ việc A tiếp tục <act> chống B' is not reported (its target after 'chống')",
  b2ce01: "no event: resuming imports ('nối lại nhập khẩu … từ B') is not read as restrictions eased",
  b2ce06: "no event: reopening airspace to B's airlines ('mở lại không phận cho …')",
  b2ce11: "no event: cooperation of two named sides 'đã hợp tác chặt chẽ trong …' with no partner after 'với'",
  b2co03: "no event: accepting an invitation to go somewhere ('nhận lời mời tới Ấn Độ')",
  b2sa01: "no event: an arrest warrant told in a 'sau khi' clause with 'tòa án này' as its doer (an anaphor of a body)",
  b2sa04: "the reason clause of the blacklisting ('vì bán vũ khí cho Đài Loan') gives an AID of its own (the spec does not say a measure's reason is no event; kept as expected-none)",
};

/** The pass rate the stage reaches on the set (a floor: it may only rise). */
const FLOOR = 0.845;

const results = PROBES.map(judge);

if (process.env.PROBES_REPORT) {
  const counts = new Map<string, number>();
  const byPair = new Map<string, [number, number]>();
  for (const r of results) {
    const t = byPair.get(r.probe.pair) ?? [0, 0];
    t[0] += r.pass ? 1 : 0;
    t[1] += 1;
    byPair.set(r.probe.pair, t);
    for (const i of r.issues) counts.set(i, (counts.get(i) ?? 0) + 1);
    if (!r.pass) {
      const text = typeof r.probe.text === "string" ? r.probe.text : r.probe.text.join(" ");
      console.log(`FAIL ${r.probe.id} [${r.issues.join(", ")}] ${text}\n   want ${JSON.stringify(r.probe.want.map((w) => [w.type, w.parts.join("+"), w.actor?.join("+") ?? "", w.mode ?? "", w.status ?? ""]))}\n   got  ${JSON.stringify(r.got.map((g) => [g.type, g.parts.join("+"), g.actor.join("+"), g.mode ?? "", g.status]))}`);
    }
  }
  const passed = results.filter((r) => r.pass).length;
  console.log(`PASS ${passed}/${results.length} = ${(passed / results.length).toFixed(3)}`);
  for (const [k, [a, n]] of [...byPair].sort()) console.log(`  ${k.padEnd(18)} ${a}/${n}`);
  console.log(`issues ${JSON.stringify(Object.fromEntries([...counts].sort((a, b) => b[1] - a[1])))}`);
}

test("type probes: the pass rate stays at or above its floor", () => {
  const rate = results.filter((r) => r.pass).length / results.length;
  assert.ok(rate >= FLOOR, `pass rate ${rate.toFixed(3)} < ${FLOOR}`);
});

test("type probes: every item not listed as known to fail passes", () => {
  const failing = results.filter((r) => !r.pass && !(r.probe.id in KNOWN)).map((r) => `${r.probe.id} ${r.issues.join(",")}`);
  assert.deepEqual(failing, []);
});

test("type probes: the known failures name items of the set", () => {
  const ids = new Set(PROBES.map((p) => p.id));
  for (const id of Object.keys(KNOWN)) assert.ok(ids.has(id), `${id} is no probe`);
});
