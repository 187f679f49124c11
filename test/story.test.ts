import { test } from "node:test";
import assert from "node:assert/strict";
import { dateInfo, datesCompatible, morePrecise, placedDate } from "../src/story/dates.js";
import {
  bestDate,
  datesAgree,
  findStory,
  lineSpan,
  lookupKeys,
  mergeExplained,
  mergeStories,
  participantsOf,
  placesAgree,
  isHeadline,
  retelling,
  reversed,
  sameHappening,
  sidesAgree,
  sourceSides,
  storyKey,
  storyStatus,
  type SourcedEvent,
} from "../src/story/merge.js";
import type { EventStatus } from "../src/envelope/types.js";

test("date compatibility: equal, or one contains the other", () => {
  const cases: Array<[string | null, string | null, boolean]> = [
    ["2022-03-29", "2022-03-29", true],
    ["2022-03", "2022-03-29", true],
    ["2022", "2022-03-29", true],
    ["2022-03-29", "2022-03-30", false],
    ["2022-03", "2022-04-01", false],
    ["2022-0", "2022-03-01", false],
    ["XXXX-03-29", "2022-03-29", true],
    ["XXXX-03-29", "2022-03-28", false],
    ["2025-W05", "2025-01-29", true],
    ["2025-W05", "2025-02-03", false],
    ["2025-W05-WE", "2025-02-01", true],
    ["2025-W05", "2025-W06", false],
    ["2025-01-15T09:00", "2025-01-15", true],
    [null, null, true],
    [null, "2022-03-29", false],
    ["PRESENT_REF", "2022-03-29", false],
  ];
  for (const [a, b, want] of cases) {
    assert.equal(datesCompatible(a, b), want, `${a} ~ ${b}`);
    assert.equal(datesCompatible(b, a), want, `${b} ~ ${a}`);
  }
});

test("an open year read against the report date: the latest such day, month or week not after it (three days' grace)", () => {
  const cases: Array<[string | null, string | null, string | null]> = [
    ["XXXX-09-14", "2025-09-15", "2025-09-14"],
    ["XXXX-09-17", "2025-09-15", "2025-09-17"],
    ["XXXX-09-20", "2025-09-15", "2024-09-20"],
    ["XXXX-12-30", "2026-01-02", "2025-12-30"],
    ["XXXX-09", "2025-09-15", "2025-09"],
    ["XXXX-10", "2025-09-15", "2024-10"],
    ["XXXX-W38", "2025-09-20", "2025-W38"],
    ["XXXX-W38-WE", "2025-09-20", "2025-W38-WE"],
    ["XXXX-09-14", null, "XXXX-09-14"],
    ["XXXX-SU", "2025-09-15", "2025-SU"],
    ["XXXX-SU", "2025-05-15", "2024-SU"],
    ["XXXX-WI", "2025-01-15", "2024-WI"],
    ["XXXX-Q4", "2025-09-15", "2024-Q4"],
    ["XXXX-Q3", "2025-09-15", "2025-Q3"],
    ["XXXX-09-14 08:00", "2025-09-15", "XXXX-09-14 08:00"],
    ["XXXX", "2025-09-15", "XXXX"],
    ["2025-09-14", "2026-01-01", "2025-09-14"],
    [null, "2025-09-15", null],
  ];
  for (const [date, reported, want] of cases) assert.equal(placedDate(date, reported), want, `${date} @ ${reported}`);
  // ahead (what is planned): the next such day, month or week not ended `grace` days before the report
  const ahead: Array<[string, string, number, string]> = [
    ["XXXX-12-10", "2025-12-03", 30, "2025-12-10"],
    ["XXXX-01", "2025-12-03", 30, "2026-01"],
    ["XXXX-01-15", "2025-12-29", 30, "2026-01-15"],
    ["XXXX-12-02", "2025-12-03", 30, "2025-12-02"],
    ["XXXX-10-10", "2025-12-03", 30, "2026-10-10"],
    ["XXXX-W02", "2025-12-29", 30, "2026-W02"],
    ["XXXX-SU", "2025-05-15", 30, "2025-SU"],
    ["XXXX-12-10", "2025-12-20", 3, "2026-12-10"],
  ];
  for (const [date, reported, grace, want] of ahead) assert.equal(placedDate(date, reported, grace, true), want, `${date} @ ${reported} ahead`);
});

test("date precision and chronological sort keys", () => {
  const cases: Array<[string | null, string | null, string]> = [
    ["2022-03-29", "2022-03-29", "day"],
    ["2022-03", "2022-03", "month"],
    ["2022", "2022", "year"],
    ["2025-W05", "2025-01-27", "week"],
    ["2022-SU", "2022-06", "season"],
    ["2025-01-15T09:00", "2025-01-15T09:00", "time"],
    ["XXXX-02-05", null, "partial"],
    ["PAST_REF", null, "vague"],
    [null, null, "none"],
  ];
  for (const [v, sort, precision] of cases) assert.deepEqual(dateInfo(v), { sort, precision }, String(v));
  assert.equal(morePrecise("2022-03", "2022-03-29"), "2022-03-29");
  assert.equal(morePrecise("2022-03-29", "XXXX-03-29"), "2022-03-29");
  assert.equal(morePrecise(null, "2022"), "2022");
});

let n = 0;
function ev(o: Partial<SourcedEvent> & { article?: string }): SourcedEvent {
  const articleId = o.article ?? `a${++n}`;
  const actor = o.actor ?? ["Russia"];
  const recipient = o.recipient ?? ["Ukraine"];
  const codes: Record<string, string> = { Russia: "RUS", Ukraine: "UKR", Vladimir_Putin: "RUS", Qatar: "QAT", United_States: "USA", Israel: "ISR", Iran: "IRN", United_Kingdom: "GBR" };
  const code = (id: string) => codes[id] ?? id;
  return {
    articleId,
    eventId: o.eventId ?? "e1",
    outlet: o.outlet ?? articleId.toUpperCase(),
    url: null,
    title: null,
    published: null,
    sentence: o.sentence ?? "Phái đoàn hai nước đàm phán về trao đổi tù binh tại Doha.",
    type: o.type ?? "CONSULT",
    mode: o.mode ?? null,
    actor,
    recipient,
    third_party: [],
    location: o.location ?? null,
    locationCode: o.locationCode ?? (o.location === "Doha" || o.location === "Qatar" ? "QAT" : o.location === "Istanbul" ? "TUR" : null),
    locationType: o.locationType ?? (o.location === "Qatar" ? "gpe" : o.location ? "place" : null),
    date: o.date === undefined ? "2025-05-16" : o.date,
    status: o.status ?? "occurred",
    attribution: o.attribution ?? [],
    participants: participantsOf({ actor, recipient }, (id) => codes[id]),
    actorCodes: [...new Set(actor.map(code))].sort(),
    recipientCodes: [...new Set(recipient.map(code))].sort(),
    reported: o.reported === undefined ? "2025-05-17" : o.reported,
  };
}

test("participants are codes of actor and recipient, in any order", () => {
  assert.deepEqual(ev({ actor: ["Vladimir_Putin"], recipient: ["Ukraine"] }).participants, ["RUS", "UKR"]);
  assert.equal(storyKey(ev({ actor: ["Ukraine"], recipient: ["Russia"] })), storyKey(ev({})));
  assert.deepEqual(participantsOf({ actor: ["Unknown_Group"], recipient: [] }, () => null), ["Unknown_Group"]);
});

test("sides agree when the same, or when one set holds the other and the smaller names two sides", () => {
  const cases: Array<[string[], string[], string | null]> = [
    [["RUS", "UKR"], ["RUS", "UKR"], "same"],
    [["IRN", "USA"], ["IRN", "ISR", "USA"], "within"],
    [["GBR", "USA"], ["GBR", "HOUTHI", "USA"], "within"],
    // one side alone tells too little: "the US struck" is not "the US and Israel struck Iran"
    [["USA"], ["IRN", "USA"], null],
    // overlapping sets are other happenings
    [["RUS", "UKR"], ["RUS", "USA"], null],
    [["RUS", "UKR", "USA"], ["RUS", "TUR", "UKR"], null],
    [["USA"], ["USA"], "same"],
  ];
  for (const [a, b, want] of cases) {
    assert.equal(sidesAgree(a, b), want, `${a} / ${b}`);
    assert.equal(sidesAgree(b, a), want, `${b} / ${a}`);
  }
});

test("lookup keys: a type with each pair of sides, so sets that agree share one", () => {
  assert.deepEqual(lookupKeys("ASSAULT", ["USA", "IRN", "ISR"]), ["ASSAULT|IRN,ISR", "ASSAULT|IRN,USA", "ASSAULT|ISR,USA"]);
  assert.deepEqual(lookupKeys("ASSAULT", ["HOUTHI"]), ["ASSAULT|HOUTHI"]);
  assert.deepEqual(lookupKeys("ASSAULT", []), ["ASSAULT|"]);
  const cases: Array<[string[], string[]]> = [
    [["IRN", "USA"], ["IRN", "ISR", "USA"]],
    [["RUS", "UKR"], ["RUS", "UKR"]],
    [["A", "B", "C"], ["A", "B", "C", "D", "E"]],
  ];
  for (const [a, b] of cases) {
    assert.equal(sidesAgree(a, b) != null, true);
    const kb = new Set(lookupKeys("CONSULT", b));
    assert.ok(lookupKeys("CONSULT", a).some((k) => kb.has(k)), `${a} / ${b}`);
  }
});

test("a report naming fewer of the parties joins the line, which keeps every source's sides", () => {
  const us = ["United_States"];
  const cases: Array<[string, SourcedEvent[], string[][]]> = [
    [
      "the US and Israel struck Iran / the US struck Iran",
      [ev({ article: "a", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] }), ev({ article: "b", type: "ASSAULT", actor: us, recipient: ["Iran"] })],
      [["IRN", "ISR", "USA"]],
    ],
    [
      "fewer parties first, then more",
      [ev({ article: "a", type: "ASSAULT", actor: us, recipient: ["Iran"] }), ev({ article: "b", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] })],
      [["IRN", "ISR", "USA"]],
    ],
    [
      "one side alone stays apart",
      [ev({ article: "a", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] }), ev({ article: "b", type: "ASSAULT", actor: us, recipient: [] })],
      [["IRN", "ISR", "USA"], ["USA"]],
    ],
    [
      "sides that only overlap stay apart",
      [ev({ article: "a", actor: ["Russia"], recipient: ["Ukraine"] }), ev({ article: "b", actor: ["Russia"], recipient: us })],
      [["RUS", "UKR"], ["RUS", "USA"]],
    ],
    [
      "contained sides, dates that disagree: apart",
      [ev({ article: "a", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] }), ev({ article: "b", type: "ASSAULT", actor: us, recipient: ["Iran"], date: "2025-06-22" })],
      [["IRN", "ISR", "USA"], ["IRN", "USA"]],
    ],
    [
      "one article telling the same act twice, the second time with fewer parties",
      [
        ev({ article: "a", eventId: "e1", type: "ASSAULT", actor: [...us, "United_Kingdom"], recipient: ["Iran"] }),
        ev({ article: "a", eventId: "e2", type: "ASSAULT", actor: [...us, "United_Kingdom"], recipient: [] }),
      ],
      [["GBR", "IRN", "USA"]],
    ],
    [
      "a mediator named by one report, another party by the next: each holds the first report's sides",
      [
        ev({ article: "a", actor: ["Russia"], recipient: ["Ukraine"] }),
        ev({ article: "b", actor: ["Russia", "Qatar"], recipient: ["Ukraine"] }),
        ev({ article: "c", actor: ["Russia", "United_States"], recipient: ["Ukraine"] }),
      ],
      [["QAT", "RUS", "UKR", "USA"]],
    ],
    [
      "no source gives the sides the two share: apart",
      [ev({ article: "a", actor: ["Russia", "Qatar"], recipient: ["Ukraine"] }), ev({ article: "b", actor: ["Russia", "United_States"], recipient: ["Ukraine"] })],
      [["QAT", "RUS", "UKR"], ["RUS", "UKR", "USA"]],
    ],
    [
      "a source's sides agree, the dates do not: apart",
      [
        ev({ article: "a", actor: ["Russia"], recipient: ["Ukraine"] }),
        ev({ article: "b", actor: ["Russia", "Qatar"], recipient: ["Ukraine"] }),
        ev({ article: "c", actor: ["Russia", "United_States"], recipient: ["Ukraine"], date: "2025-05-20" }),
      ],
      [["QAT", "RUS", "UKR"], ["RUS", "UKR", "USA"]],
    ],
    [
      "one article, fewer parties on another day: two happenings",
      [
        ev({ article: "a", eventId: "e1", type: "ASSAULT", actor: [...us, "United_Kingdom"], recipient: ["Iran"] }),
        ev({ article: "a", eventId: "e2", type: "ASSAULT", actor: [...us, "United_Kingdom"], recipient: [], date: "2025-05-15" }),
      ],
      [["GBR", "IRN", "USA"], ["GBR", "USA"]],
    ],
  ];
  for (const [name, events, want] of cases) {
    const { stories, why } = mergeExplained(events);
    assert.deepEqual(
      stories.map((s) => s.participants),
      want,
      name,
    );
    if (stories.length === 1 && events.length === 2) {
      const w = why.get(`${events[1]!.articleId}/${events[1]!.eventId}`)!;
      assert.equal(w.decision, "joined", name);
      assert.match(w.reasons[0]!, /sides within/, name);
    }
  }
  // the join through a source's sides says which source's sides agree (timeline --explain)
  const third = ev({ article: "c", actor: ["Russia", "United_States"], recipient: ["Ukraine"] });
  const { why } = mergeExplained([ev({ article: "a", actor: ["Russia"], recipient: ["Ukraine"] }), ev({ article: "b", actor: ["Russia", "Qatar"], recipient: ["Ukraine"] }), third]);
  assert.match(why.get("c/e1")!.reasons[0]!, /sides within a source's: RUS\+UKR\+USA ~ RUS\+UKR \(of QAT\+RUS\+UKR\)/);
  assert.deepEqual(sourceSides({ sides: { "RUS>UKR": 1, "QAT,RUS>UKR": 1 } }, ["RUS", "UKR", "USA"]), ["RUS", "UKR"]);
  assert.equal(sourceSides({ sides: { "QAT,RUS>UKR": 1 } }, ["RUS", "UKR", "USA"]), null);
});

test("a line's direction: the one most sources give, on a tie the one naming more sides", () => {
  const us = ["United_States"];
  const cases: Array<[string, SourcedEvent[], [string[], string[]]]> = [
    ["tie: the fuller account", [ev({ article: "a", type: "ASSAULT", actor: us, recipient: ["Iran"] }), ev({ article: "b", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] })], [["ISR", "USA"], ["IRN"]]],
    [
      "most sources",
      [
        ev({ article: "a", type: "ASSAULT", actor: us, recipient: ["Iran"] }),
        ev({ article: "b", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] }),
        ev({ article: "c", type: "ASSAULT", actor: us, recipient: ["Iran"] }),
      ],
      [["USA"], ["IRN"]],
    ],
  ];
  for (const [name, events, want] of cases) {
    const [s, ...rest] = mergeStories(events);
    assert.equal(rest.length, 0, name);
    assert.deepEqual([s!.actorCodes, s!.recipientCodes], want, name);
  }
});

test("a line placed by an undated report and then dated by another still takes the undated reports its first one agreed with, in any order", () => {
  const a = ev({ article: "a", date: null, reported: "2025-05-17" });
  const b = ev({ article: "b", date: "2025-05-16", reported: "2025-05-17" });
  const c = ev({ article: "c", date: null, reported: "2025-05-20" });
  const d = ev({ article: "d", date: "2025-05-19", reported: "2025-05-19" });
  const orders = [
    [a, b, c],
    [a, c, b],
    [c, a, b],
    [b, a, c],
    [a, b, d],
    [a, d, b],
  ];
  for (const o of orders) assert.equal(mergeStories(o).length, 1, o.map((x) => x.articleId).join(","));
  // without an undated source the dated line keeps its own window: three days after the 16th, not four
  assert.equal(mergeStories([b, c]).length, 2);
  assert.equal(mergeStories([b, ev({ article: "e", date: null, reported: "2025-05-19" })]).length, 1);
});

test("a line with the very same sides is preferred to one that holds them", () => {
  const us = ["United_States"];
  const lines = mergeStories([
    ev({ article: "a", type: "ASSAULT", actor: [...us, "Israel"], recipient: ["Iran"] }),
    ev({ article: "a", eventId: "e2", type: "ASSAULT", actor: us, recipient: ["Iran"], mode: "air" }),
  ]);
  assert.equal(lines.length, 2);
  assert.equal(findStory(lines, ev({ type: "ASSAULT", actor: us, recipient: ["Iran"] })).index, 1);
});

test("dates agree at each one's precision: equal, contained, a day apart, or by the report date", () => {
  const cases: Array<[string | null, string | null, string | null, string | null, string | null]> = [
    // date a, reported a, date b, reported b, agreement
    ["2025-05-16", null, "2025-05-16", null, "same"],
    ["2025-05", null, "2025-05-16", null, "within"],
    ["2025-W20", null, "2025-05-16", null, "within"],
    ["2025-05-16", null, "2025-05-17", null, "day-apart"],
    ["2025-05-16", null, "2025-05-18", null, null],
    ["2025-05", null, "2025-06", null, null],
    [null, "2025-05-17", "2025-05-16", null, "reported"],
    [null, "2025-05-25", "2025-05-16", null, null],
    // A month is too coarse to be placed by a report date.
    [null, "2025-05-17", "2025-05", null, null],
    [null, "2025-05-17", null, "2025-05-19", "reported"],
    [null, "2025-05-17", null, "2025-05-22", null],
    [null, null, null, "2025-05-22", null],
    // A year the article leaves open is read against its report date: the latest such day before it.
    ["XXXX-09-14", "2025-09-15", "2025-09-14", null, "within"],
    ["XXXX-09-14", "2025-09-15", "2025-09-15", null, "day-apart"],
    ["XXXX-09-14", "2025-09-15", "2024-09-14", null, null],
    ["XXXX-12-30", "2026-01-02", "2025-12-30", null, "within"],
    ["XXXX-09", "2025-09-15", "2025-09-14", null, "within"],
    ["XXXX-W38", "2025-09-20", "2025-09-16", null, "within"],
    ["XXXX-09-14", "2025-09-15", null, "2025-09-16", "reported"],
    ["XXXX-09-14", "2025-09-15", "XXXX-09-14", "2025-09-16", "same"],
    // Without a report date an open year agrees only with another open year.
    ["XXXX-09-14", null, "2025-09-14", null, null],
    ["XXXX-09-14", null, "XXXX-09", null, "within"],
  ];
  for (const [da, ra, db, rb, want] of cases) {
    assert.equal(datesAgree({ date: da, reported: ra }, { date: db, reported: rb }), want, `${da ?? "~" + ra} / ${db ?? "~" + rb}`);
    assert.equal(datesAgree({ date: db, reported: rb }, { date: da, reported: ra }), want, `${db ?? "~" + rb} / ${da ?? "~" + ra}`);
  }
});

test("places agree when equal, unknown, or a state and a place in it", () => {
  const cases: Array<[string | null, string | null, string | null, string | null, string | null]> = [
    ["Doha", "QAT", "Doha", "QAT", "same"],
    ["Qatar", "QAT", "Doha", "QAT", "within"],
    [null, null, "Doha", "QAT", "unknown"],
    ["Istanbul", "TUR", "Ankara", "TUR", null],
    ["Doha", "QAT", "Istanbul", "TUR", null],
  ];
  const type = (id: string | null) => (id === "Qatar" ? "gpe" : "place");
  for (const [a, ca, b, cb, want] of cases) assert.equal(placesAgree({ id: a, code: ca, type: type(a) }, { id: b, code: cb, type: type(b) }), want, `${a} / ${b}`);
});

test("same happening: type, participants, dates, place and mode agree", () => {
  const base = mergeStories([ev({ location: "Doha", mode: "third-party" })])[0]!;
  const cases: Array<[string, SourcedEvent, boolean]> = [
    ["same everything", ev({ location: "Doha" }), true],
    ["sides swapped", ev({ actor: ["Ukraine"], recipient: ["Russia"], location: "Doha" }), true],
    ["person coded as the state", ev({ actor: ["Vladimir_Putin"], location: "Doha" }), true],
    ["month contains the day", ev({ date: "2025-05" }), true],
    ["a day apart", ev({ date: "2025-05-17" }), true],
    ["place unknown", ev({ location: null }), true],
    ["the state the place is in", ev({ location: "Qatar" }), true],
    ["same mode", ev({ mode: "third-party" }), true],
    ["other type", ev({ type: "ASSAULT" }), false],
    ["other participants", ev({ recipient: ["United_States"] }), false],
    ["two days apart", ev({ date: "2025-05-18" }), false],
    ["other place", ev({ location: "Istanbul" }), false],
    ["other mode: a phone call is no meeting", ev({ mode: "phone" }), false],
    ["undated, reported the next day, same wording", ev({ date: null, reported: "2025-05-17" }), true],
    ["undated, reported three weeks later", ev({ date: null, reported: "2025-06-07" }), false],
    ["undated, other wording, no place", ev({ date: null, reported: "2025-05-17", sentence: "Moskva cảnh báo Kiev về hậu quả nghiêm trọng." }), false],
  ];
  for (const [name, e, want] of cases) assert.equal(sameHappening(base, e), want, name);
});

test("two events of one article share a line only when the article gives them the same day and mode", () => {
  const stories = mergeStories([
    ev({ article: "a", eventId: "e1", date: "2025-10-20", mode: "phone" }),
    ev({ article: "a", eventId: "e2", date: "2025-10-21" }),
    ev({ article: "a", eventId: "e3", date: "2025-10-20" }),
    ev({ article: "a", eventId: "e4", date: "2025-10-20", mode: "phone" }),
    ev({ article: "b", eventId: "e1", date: "2025-10-20", mode: "phone" }),
  ]);
  assert.deepEqual(
    stories.map((s) => s.sources.map((x) => `${x.articleId}/${x.eventId}`)),
    [["a/e1", "a/e4", "b/e1"], ["a/e2"], ["a/e3"]],
  );
});

test("a line's date is the best supported, disagreement shown, not averaged", () => {
  const s = mergeStories([ev({ article: "a", date: "2025-05-17" }), ev({ article: "b", date: "2025-05-16" }), ev({ article: "c", date: "2025-05-16" }), ev({ article: "d", date: "2025-05" })])[0]!;
  assert.equal(s.sources.length, 4);
  assert.equal(s.date, "2025-05-16");
  assert.equal(s.dateContested, true);
  assert.deepEqual(
    s.tallies.dates.map((d) => [d.date, d.articles]),
    [
      ["2025-05-17", ["a"]],
      ["2025-05-16", ["b", "c"]],
      ["2025-05", ["d"]],
    ],
  );
  const cases: Array<[Array<[string | null, number]>, string | null, boolean]> = [
    [[["2025-05", 1], ["2025-05-16", 1]], "2025-05-16", false],
    [[["2025-05-16", 1], ["2025-05-17", 2]], "2025-05-17", true],
    [[[null, 3], ["2025-05-16", 1]], "2025-05-16", false],
    [[[null, 2]], null, false],
  ];
  for (const [dates, date, contested] of cases) {
    const claims = dates.map(([d, k], i) => ({ date: d, articles: Array.from({ length: k }, (_, j) => `x${i}${j}`) }));
    assert.deepEqual(bestDate(claims), { date, contested }, JSON.stringify(dates));
  }
});

test("a line dates an open year by its source's report date: the day, month or week it names, placed and sorted", () => {
  // [source date, report date] of each source → the line's date, precision, sort key, contested, its date claims
  const cases: Array<[Array<[string | null, string]>, string | null, string, string | null, boolean, Array<[string | null, number]>]> = [
    [[["XXXX-03", "2025-05-07"]], "2025-03", "month", "2025-03", false, [["2025-03", 1]]],
    [[["XXXX-09-06", "2025-09-07"]], "2025-09-06", "day", "2025-09-06", false, [["2025-09-06", 1]]],
    [[["XXXX-12-30", "2026-01-02"]], "2025-12-30", "day", "2025-12-30", false, [["2025-12-30", 1]]],
    [[["XXXX-W19-WE", "2025-05-07"]], "2025-W19-WE", "week", "2025-05-05", false, [["2025-W19-WE", 1]]],
    // one happening: the open year and the full date are one claim, two sources
    [[["XXXX-05-16", "2025-05-17"], ["2025-05-16", "2025-05-18"]], "2025-05-16", "day", "2025-05-16", false, [["2025-05-16", 2]]],
    // without a report date the year stays open (unknown, not guessed)
    [[["XXXX-05-16", ""]], "XXXX-05-16", "partial", null, false, [["XXXX-05-16", 1]]],
    // a season too
    [[["XXXX-SU", "2025-09-15"]], "2025-SU", "season", "2025-06", false, [["2025-SU", 1]]],
    // what is planned is read ahead: the next such day or month
    [[["XXXX-12-10 planned", "2025-12-03"]], "2025-12-10", "day", "2025-12-10", false, [["2025-12-10", 1]]],
    [[["XXXX-01 planned", "2025-12-03"]], "2026-01", "month", "2026-01", false, [["2026-01", 1]]],
    [[["XXXX-01 proposed", "2025-12-03"]], "2026-01", "month", "2026-01", false, [["2026-01", 1]]],
    [[["XXXX-01", "2025-12-03"]], "2025-01", "month", "2025-01", false, [["2025-01", 1]]],
  ];
  for (const [srcs, date, precision, sort, contested, claims] of cases) {
    const s = mergeStories(
      srcs.map(([d, r], i) => {
        const [value, flag] = (d ?? "").split(" ");
        const status = flag === "planned" || flag === "proposed" ? flag : "occurred";
        return ev({ article: `o${i}`, date: d == null ? null : value!, reported: r || null, status });
      }),
    );
    assert.equal(s.length, 1, JSON.stringify(srcs));
    const got = s[0]!;
    assert.deepEqual(
      [got.date, got.precision, got.sort, got.dateContested, got.tallies.dates.map((c) => [c.date, c.articles.length])],
      [date, precision, sort, contested, claims],
      JSON.stringify(srcs),
    );
  }
});

test("direction, place and mode follow most sources", () => {
  const s = mergeStories([
    ev({ article: "a", actor: ["Ukraine"], recipient: ["Russia"], location: "Qatar" }),
    ev({ article: "b", location: "Doha", mode: "third-party" }),
    ev({ article: "c", location: "Doha" }),
  ])[0]!;
  assert.deepEqual([s.actorCodes, s.recipientCodes], [["RUS"], ["UKR"]]);
  assert.equal(s.location, "Doha");
  assert.equal(s.mode, "third-party");
});

test("undated lines sort at their earliest report; lines are found by the days they cover", () => {
  const s = mergeStories([ev({ article: "a", date: null, reported: "2025-05-18" }), ev({ article: "b", date: null, reported: "2025-05-17" })])[0]!;
  assert.deepEqual([s.date, s.sort, s.precision, s.sources.length], [null, "2025-05-17", "reported", 2]);
  assert.deepEqual(lineSpan(s), { start: "2025-05-17", end: "2025-05-17", coarse: 0 });
  assert.deepEqual(lineSpan({ date: "2025-05", sort: "2025-05", reported: null }), { start: "2025-05-01", end: "2025-05-31", coarse: 0 });
  assert.deepEqual(lineSpan({ date: "2025", sort: "2025", reported: null }), { start: "2025-01-01", end: "2025-12-31", coarse: 1 });
  assert.deepEqual(lineSpan({ date: "XXXX-05-16", sort: null, reported: null }), { start: null, end: null, coarse: 2 });
  assert.deepEqual(lineSpan({ date: "XXXX-05-16", sort: null, reported: "2025-05-17" }), { start: "2025-05-16", end: "2025-05-16", coarse: 0 });
});

test("statuses: agreement, advance, and conflicts that contest a story", () => {
  const cases: Array<[EventStatus[], string]> = [
    [["occurred", "occurred"], "occurred"],
    [["planned", "occurred"], "occurred"],
    [["proposed", "planned"], "planned"],
    [["occurred", "denied"], "contested"],
    [["planned", "denied"], "contested"],
    [["denied", "denied"], "denied"],
    [["planned", "cancelled"], "cancelled"],
    [["occurred", "cancelled"], "contested"],
    [["hypothetical", "denied"], "denied"],
  ];
  for (const [statuses, want] of cases) {
    const { status } = storyStatus(statuses.map((s, i) => ({ status: s, articleId: `x${i}`, outlet: `O${i}`, attribution: [] })));
    assert.equal(status, want, statuses.join("+"));
  }
  const { claims } = storyStatus([
    { status: "denied", articleId: "b", outlet: "B", attribution: ["Moscow_Kremlin"] },
    { status: "occurred", articleId: "a", outlet: "A", attribution: ["Bloomberg"] },
    { status: "occurred", articleId: "c", outlet: "C", attribution: [] },
  ]);
  assert.deepEqual(claims.map((c) => [c.status, c.sources.map((s) => s.outlet)]), [["occurred", ["A", "C"]], ["denied", ["B"]]]);
});

test("merging: one story per happening, every source listed, first seen first", () => {
  const stories = mergeStories([
    ev({ article: "a", date: "2025-05", outlet: "A" }),
    ev({ article: "b", date: "2025-05-16", location: "Qatar", outlet: "B" }),
    ev({ article: "c", date: "2025-05-16", status: "denied", outlet: "C" }),
    ev({ article: "d", type: "ASSAULT", date: "2025-05-16" }),
    ev({ article: "e", date: null, reported: "2025-06-01" }),
  ]);
  assert.equal(stories.length, 3);
  const talks = stories[0]!;
  assert.deepEqual(talks.sources.map((s) => s.outlet), ["A", "B", "C"]);
  assert.equal(talks.date, "2025-05-16");
  assert.equal(talks.precision, "day");
  assert.equal(talks.location, "Qatar");
  assert.equal(talks.status, "contested");
  const undated = stories[2]!;
  assert.deepEqual([undated.date, undated.sort, undated.precision], [null, "2025-06-01", "reported"]);
  // A story id depends on its key and first source only: stable across runs.
  assert.equal(mergeStories([ev({ article: "a", date: "2025-05" })])[0]!.id, talks.id);
});

test("findStory prefers the best agreeing line and says why it passed the others", () => {
  const lines = mergeStories([ev({ article: "m", date: "2025-05" }), ev({ article: "d", date: "2025-05-16" }), ev({ article: "q", date: "2025-05-30", mode: "phone" })]);
  assert.equal(lines.length, 2);
  // The month line took the day as its best supported date.
  assert.equal(findStory(lines, ev({ date: "2025-05-16" })).index, 0);
  assert.equal(findStory(lines, ev({ date: "2025-05-30", mode: "phone" })).index, 1);
  assert.equal(findStory(lines, ev({ date: "2025-05-30", mode: "visit" })).index, -1);
  assert.equal(findStory(lines, ev({ date: "2025-06-02" })).index, -1);
  const taken = findStory(lines, ev({ date: "2025-05-16" }), new Map([[lines[0]!.id, [ev({ date: "2025-05-20" })]]]));
  assert.equal(taken.index, -1);
  assert.match(taken.considered[0]!.verdict, /same article/);
  const { why } = mergeExplained([ev({ article: "x", date: "2025-05-16" }), ev({ article: "y", date: "2025-05" }), ev({ article: "z", date: "2025-06-20" })]);
  assert.equal(why.get("x/e1")?.decision, "new");
  assert.equal(why.get("y/e1")?.decision, "joined");
  assert.match(why.get("y/e1")!.reasons.join("; "), /date within/);
  assert.equal(why.get("z/e1")?.decision, "new");
  assert.match(why.get("z/e1")!.considered[0]!.verdict, /dates disagree/);
});

test("an article telling the same act of the same sides on the same day twice reports one happening; on other days, two", () => {
  const table: Array<{ name: string; dates: Array<string | null>; modes?: Array<string | null>; lines: number }> = [
    { name: "same day twice (lead and body)", dates: ["2025-05-16", "2025-05-16"], lines: 1 },
    { name: "both undated (placed by the report date)", dates: [null, null], lines: 1 },
    { name: "a day and its month are two happenings of one article", dates: ["2025-05-16", "2025-05"], lines: 2 },
    { name: "two days apart", dates: ["2025-05-16", "2025-05-17"], lines: 2 },
    { name: "a call and a meeting of one day", dates: ["2025-05-16", "2025-05-16"], modes: ["phone", null], lines: 2 },
  ];
  for (const t of table) {
    const evs = t.dates.map((date, i) => ev({ article: "same", eventId: `e${i + 1}`, date, mode: t.modes?.[i] ?? null }));
    const { stories, why } = mergeExplained(evs);
    assert.equal(stories.length, t.lines, t.name);
    if (t.lines === 1) assert.equal(why.get("same/e2")?.decision, "joined", t.name);
    else assert.match(why.get("same/e2")!.considered.map((c) => c.verdict).join("; "), /same article/, t.name);
  }
});

test("the once audit: an article naming its own happening again is one line; two happenings of one article are two", () => {
  // Article "a" is reported on 2025-05-17; its lead dates the talks, its body names them again.
  const lead = { article: "a", eventId: "e1", date: "2025-05-16", sentence: "Ngày 16/5, phái đoàn Nga và Ukraine đàm phán tại Doha." };
  const body = { article: "a", eventId: "e2", date: null, sentence: "Cuộc đối thoại cũng xoay quanh vấn đề nhân đạo." };
  const table: Array<{ name: string; events: Array<Parameters<typeof ev>[0]>; lines: number; why?: RegExp }> = [
    { name: "dated in the lead, undated in the body (no shared wording: the article vouches)", events: [lead, body], lines: 1, why: /tells its own event again \(undated, the other dated at the report date\)/ },
    { name: "the same, the body first", events: [{ ...body, eventId: "e0" }, lead], lines: 1, why: /tells its own event again/ },
    { name: "the body names fewer of the parties", events: [{ ...lead, actor: ["Russia", "Qatar"] }, body], lines: 1 },
    { name: "the same date twice", events: [lead, { ...lead, eventId: "e2" }], lines: 1, why: /the same date/ },
    { name: "both undated, shared wording", events: [{ ...lead, date: null }, { ...body, sentence: "Phái đoàn Nga và Ukraine đàm phán tại Doha ba giờ." }], lines: 1, why: /both undated/ },
    { name: "both undated, one done and one ahead (no date tells them apart)", events: [{ ...lead, date: null }, { ...body, status: "planned", sentence: "Phái đoàn Nga và Ukraine sẽ đàm phán tại Doha." }], lines: 1, why: /both undated/ },
    { name: "both undated, other wording: nothing vouches for one act", events: [{ ...lead, date: null }, body], lines: 2, why: /wording shares/ },
    { name: "dated three days before the report (another day's act), and undated", events: [{ ...lead, date: "2025-05-14" }, body], lines: 2, why: /not at the report date/ },
    { name: "dated, and undated but ahead (they will meet again)", events: [lead, { ...body, status: "planned" }], lines: 2, why: /other stages: occurred vs planned/ },
    { name: "dated a week before the report, and undated", events: [{ ...lead, date: "2025-05-10" }, body], lines: 2, why: /not at the report date/ },
    { name: "another mode: a call in the body", events: [lead, { ...body, mode: "phone" }], lines: 2, why: /another mode/ },
    { name: "A struck B, then B struck A (both undated)", events: [{ ...lead, type: "ASSAULT", date: null }, { ...body, type: "ASSAULT", actor: ["Ukraine"], recipient: ["Russia"] }], lines: 2, why: /the other way round: RUS→UKR vs UKR→RUS/ },
    { name: "A and B together, then A to B: not the other way round", events: [{ ...lead, actor: ["Russia", "Ukraine"], recipient: [] }, body], lines: 1 },
    { name: "two dates: two happenings", events: [lead, { ...body, date: "2025-05-14" }], lines: 2, why: /another date: 2025-05-16 vs 2025-05-14/ },
  ];
  for (const t of table) {
    const evs = t.events.map((o) => ev(o));
    const { stories, why } = mergeExplained(evs);
    assert.equal(stories.length, t.lines, t.name);
    const second = why.get(`${evs[1]!.articleId}/${evs[1]!.eventId}`)!;
    if (t.lines === 1) {
      assert.equal(second.decision, "joined", t.name);
      assert.equal(stories[0]!.sources.length, 2, t.name);
      assert.equal(stories[0]!.date, evs.find((e) => e.date)?.date ?? null, t.name);
      if (t.why) assert.match(second.reasons.join("; "), t.why, t.name);
    } else {
      assert.equal(second.decision, "new", t.name);
      assert.match(second.considered.map((c) => c.verdict).join("; "), t.why ?? /same article/, t.name);
    }
  }
  // Another article's undated report of other wording still needs the wording or the place.
  assert.equal(mergeStories([ev(lead), ev({ ...body, article: "b" })]).length, 2);
});

test("retelling and direction, as tables", () => {
  const dir = (a: string[], r: string[]) => ({ actorCodes: a, recipientCodes: r });
  const rev: Array<[ReturnType<typeof dir>, ReturnType<typeof dir>, boolean]> = [
    [dir(["RUS"], ["UKR"]), dir(["UKR"], ["RUS"]), true],
    [dir(["RUS"], ["UKR"]), dir(["RUS"], ["UKR"]), false],
    [dir(["RUS", "UKR"], []), dir(["RUS"], ["UKR"]), false],
    [dir(["USA", "ISR"], ["IRN"]), dir(["IRN"], ["ISR"]), true],
    [dir(["USA", "ISR"], ["IRN"]), dir(["IRN", "USA"], ["ISR"]), false],
  ];
  for (const [a, b, want] of rev) {
    assert.equal(reversed(a, b), want, `${JSON.stringify(a)} ${JSON.stringify(b)}`);
    assert.equal(reversed(b, a), want);
  }
  const r = (date: string | null, status: EventStatus = "occurred", mode: string | null = null) => ({ date, status, mode, reported: "2025-05-17" });
  const cases: Array<[ReturnType<typeof r>, ReturnType<typeof r>, string | null]> = [
    [r("2025-05-16"), r("2025-05-16"), "the same date"],
    [r("2025-05-16"), r(null), "undated, the other dated at the report date"],
    [r(null), r("2025-05-17"), "undated, the other dated at the report date"],
    [r(null), r(null), "both undated"],
    [r(null, "ongoing"), r(null), "both undated"],
    [r(null, "planned"), r(null, "proposed"), "both undated"],
    [r("2025-05-18", "planned"), r(null, "planned"), "undated, the other dated at the report date"],
    [r("2025-05-20", "planned"), r(null, "planned"), null],
    [r(null, "planned"), r(null), "both undated"],
    [r("2025-05-14"), r(null), null],
    [r("2025-W20"), r(null), "undated, the other dated at the report date"],
    [r("2025-05"), r(null), null],
    [r("2025-05-16", "planned"), r(null), null],
    [r("2025-05-16"), r(null, "denied"), null],
    [r("2025-05-16"), r("2025-05-17"), null],
    [r("2025-05-16", "occurred", "phone"), r("2025-05-16"), null],
  ];
  for (const [a, b, want] of cases) {
    const x = retelling(a, b);
    assert.equal(x.ok ? x.how : null, want, `${JSON.stringify(a)} / ${JSON.stringify(b)}`);
  }
});

test("a headline restates one of its article's happenings, in fewer words: mode and stage not compared, one body event bound", () => {
  const title = "Hé lộ mới về thượng đỉnh Nga-Ukraine";
  const head = (o: Parameters<typeof ev>[0]) => ({ ...ev({ article: "h", eventId: "t", sentence: title, ...o }), title });
  const body = (o: Parameters<typeof ev>[0]) => ({ ...ev({ article: "h", sentence: "Ngày 16/5, hai bên tiết lộ khả năng diễn ra cuộc gặp giữa hai Tổng thống.", ...o }), title });
  assert.equal(isHeadline(head({})), true);
  assert.equal(isHeadline(body({})), false);
  const table: Array<{ name: string; events: SourcedEvent[]; lines: number; why?: RegExp }> = [
    { name: "headline and lead of one day, other mode and stage", events: [head({ mode: "third-party" }), body({ eventId: "b1", status: "proposed" })], lines: 1, why: /headline's, the same date/ },
    { name: "the headline undated, the lead dated at the report date", events: [head({ date: null }), body({ eventId: "b1", status: "proposed" })], lines: 1, why: /headline's, undated/ },
    { name: "the headline the other way round", events: [head({ type: "ASSAULT", actor: ["Ukraine"], recipient: ["Russia"] }), body({ eventId: "b1", type: "ASSAULT" })], lines: 2, why: /other way round/ },
    { name: "a body event of another day", events: [head({}), body({ eventId: "b1", date: "2025-05-10" })], lines: 2, why: /another date/ },
    {
      name: "the headline binds one body event, not two of other dates",
      events: [head({ date: null }), body({ eventId: "b1", date: "2025-05-16" }), body({ eventId: "b2", date: "2025-05-17" })],
      lines: 2,
      why: /another date: 2025-05-16 vs 2025-05-17/,
    },
    { name: "without the headline, a call and a meeting of one day stay two", events: [body({ eventId: "b0", mode: "phone" }), body({ eventId: "b1" })], lines: 2, why: /another mode/ },
  ];
  for (const t of table) {
    const { stories, why } = mergeExplained(t.events);
    assert.equal(stories.length, t.lines, t.name);
    const last = why.get(`h/${t.events.at(-1)!.eventId}`)!;
    const said = t.lines === 1 ? last.reasons.join("; ") : last.considered.map((c) => c.verdict).join("; ");
    if (t.why) assert.match(said, t.why, t.name);
  }
});
