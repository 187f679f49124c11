import { test } from "node:test";
import assert from "node:assert/strict";
import { dateInfo, datesCompatible, morePrecise } from "../src/story/dates.js";
import { findStory, mergeStories, participantsOf, sameHappening, storyKey, storyStatus, type SourcedEvent } from "../src/story/merge.js";
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
  const codes: Record<string, string> = { Russia: "RUS", Ukraine: "UKR", Vladimir_Putin: "RUS", Qatar: "QAT", United_States: "USA" };
  return {
    articleId,
    eventId: o.eventId ?? "e1",
    outlet: o.outlet ?? articleId.toUpperCase(),
    url: null,
    title: null,
    published: null,
    sentence: "…",
    type: o.type ?? "CONSULT",
    mode: o.mode ?? null,
    actor,
    recipient,
    third_party: [],
    location: o.location ?? null,
    date: o.date === undefined ? "2025-05-16" : o.date,
    status: o.status ?? "occurred",
    attribution: o.attribution ?? [],
    participants: participantsOf({ actor, recipient }, (id) => codes[id]),
    reported: o.reported ?? null,
  };
}

test("participants are codes of actor and recipient, in any order", () => {
  assert.deepEqual(ev({ actor: ["Vladimir_Putin"], recipient: ["Ukraine"] }).participants, ["RUS", "UKR"]);
  assert.equal(storyKey(ev({ actor: ["Ukraine"], recipient: ["Russia"] })), storyKey(ev({})));
  assert.deepEqual(participantsOf({ actor: ["Unknown_Group"], recipient: [] }, () => null), ["Unknown_Group"]);
});

test("same happening: type, participants, compatible date and place", () => {
  const base = mergeStories([ev({ location: "Qatar" })])[0]!;
  const cases: Array<[string, SourcedEvent, boolean]> = [
    ["same everything", ev({ location: "Qatar" }), true],
    ["sides swapped", ev({ actor: ["Ukraine"], recipient: ["Russia"], location: "Qatar" }), true],
    ["person coded as the state", ev({ actor: ["Vladimir_Putin"], location: "Qatar" }), true],
    ["month contains the day", ev({ date: "2025-05" }), true],
    ["place unknown", ev({ location: null }), true],
    ["other type", ev({ type: "ASSAULT" }), false],
    ["other participants", ev({ recipient: ["United_States"] }), false],
    ["other day", ev({ date: "2025-05-17" }), false],
    ["other place", ev({ location: "Istanbul" }), false],
    ["undated", ev({ date: null }), false],
  ];
  for (const [name, e, want] of cases) assert.equal(sameHappening(base, e), want, name);
  // Undated reports join only when reported within a week of each other.
  const loose = mergeStories([ev({ date: null, reported: "2025-05-16" })])[0]!;
  assert.equal(sameHappening(loose, ev({ date: null, reported: "2025-05-20" })), true);
  assert.equal(sameHappening(loose, ev({ date: null, reported: "2025-07-01" })), false);
  assert.equal(sameHappening(loose, ev({ date: null, reported: null })), false);
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

test("findStory prefers an exact date over a containing one", () => {
  const heads = [
    { id: "m", key: storyKey(ev({})), type: "CONSULT", participants: ["RUS", "UKR"], date: "2025-05", location: null },
    { id: "d", key: storyKey(ev({})), type: "CONSULT", participants: ["RUS", "UKR"], date: "2025-05-16", location: null },
  ];
  assert.equal(findStory(heads, ev({ date: "2025-05-16" })), 1);
  assert.equal(findStory(heads, ev({ date: "2025-05-20" })), 0);
  assert.equal(findStory(heads, ev({ date: "2025-06-01" })), -1);
});
