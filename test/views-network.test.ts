/** The actor network's edges keep direction: an arrow only when one side acted on the other; "by state" folds actors into their state. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { actorNetwork } from "../src/serve/views.js";
import type { StoryEvent } from "../src/store/store.js";
import type { SourcedEvent } from "../src/story/merge.js";

const ACTORS = new Map([
  ["Sergey_Lavrov", { name: "Sergey Lavrov", type: "person", code: "RUS" }],
  ["Russia", { name: "Russia", type: "gpe", code: "RUS" }],
  ["Antony_Blinken", { name: "Antony Blinken", type: "person", code: "USA" }],
  ["United_States", { name: "United States", type: "gpe", code: "USA" }],
  ["NATO", { name: "NATO", type: "org", code: "NATO" }],
  ["Turkey", { name: "Turkey", type: "gpe", code: "TUR" }],
]);

function story(type: string, actor: string[], recipient: string[], third: string[] = []): StoryEvent {
  const src = { articleId: "a", eventId: type + actor.join(), actor, recipient, third_party: third, type, mode: null, location: null, date: null, status: "occurred", attribution: [] } as unknown as SourcedEvent;
  return { id: type + actor.join() + recipient.join(), type, mode: null, participants: [], date: null, precision: "unknown", sort: null, location: null, status: "occurred", claims: [], sourceCount: 1, sources: [src] } as unknown as StoryEvent;
}

const EVENTS = [
  story("CONSULT", ["Sergey_Lavrov", "Antony_Blinken"], [], ["Turkey"]),
  story("REQUEST", ["United_States"], ["NATO"]),
  story("ACCUSE", ["Russia"], ["NATO"]),
  story("CONSULT", ["Russia", "United_States"], []),
];

test("network: joint talks are undirected, acts on someone directed", () => {
  const net = actorNetwork(EVENTS, ACTORS);
  const edge = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t);
  assert.equal(edge("Antony_Blinken", "Sergey_Lavrov")?.directed, false);
  assert.equal(edge("United_States", "NATO")?.directed, true);
  assert.equal(edge("Russia", "NATO")?.directed, true);
  assert.equal(net.by, "actor");
});

test("network by state: people folded into their state's node, named after the state", () => {
  const net = actorNetwork(EVENTS, ACTORS, { by: "state" });
  assert.deepEqual(net.nodes.map((n) => `${n.id}:${n.name}`).sort(), ["NATO:NATO", "RUS:Russia", "USA:United States"]);
  const talks = net.edges.find((e) => e.kind === "cooperation");
  assert.deepEqual([talks?.source, talks?.target, talks?.directed, talks?.count], ["RUS", "USA", false, 2]);
  assert.ok(net.edges.filter((e) => e.directed).every((e) => e.target === "NATO"));
});
