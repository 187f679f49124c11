/**
 * The second self-made held-out check (session 9): 12 page captures written for this project in the shapes of
 * Vietnamese outlets (test/fixtures/heldout2/k01…k12, fed as batch.jsonl), on world politics 2021–2025 from
 * Africa, Latin America, South Asia, the Middle East, Europe, East Asia, ASEAN, US politics and the UN. Four
 * pages carry no date and no URL (two name their year in the text, two never do: their gold keeps `XXXX`).
 * Gold (test/fixtures/heldout2/gold, GOLD.md format) was annotated BLIND, before the system was run, on main
 * eecee5e. Blind figures then (CLI, real clock): extraction token F1 1.000, title/author/published/credits
 * 1.000, outlet 0.667; reference date day 0.800, year 1.000 (10 dated); timex F1 0.956; entities F1 0.853;
 * events strict F1 0.511 (P 0.734, R 0.392), relaxed 0.598, status 0.945, third party 0.909 (120 gold events).
 * After correcting annotation slips only (a missed "Hôm nay", Wikipedia titles for two people, capital cities
 * used as metonyms annotated as places as the shared gold does): timex F1 0.949, entities F1 0.919; events
 * unchanged. On main 8a2b1ef (after the conditional-threat rule): events F1 0.508 (P 0.723, R 0.392), relaxed
 * 0.595, status 0.964, third party 0.909. Floors sit a little below the figures measured here with the pinned clock.
 * SPENT in session 10: blind until main 18d6346 (events 0.497 / 0.575, entities 0.919, timex 0.949), it is a
 * development set since (its misses are read to find general mechanisms); test/fixtures/heldout3 is the blind
 * check now. Session 10: a month of the article's own year told as done ("tháng 4 năm nay … đã") bounds the
 * reference day: timex 0.949 → 0.978.
 */
import { checkSetTest } from "./helpers/heldout-score.js";

// outlet 0.667 → 1.000 in session 9 "ex3" (the captures without URL name their outlet by a masthead line or footer)
const EXTRACTION: Record<string, number> = { token_f1: 0.99, title: 0.9, author: 0.9, published: 0.9, outlet: 0.95, credits: 0.9 };
const REFERENCE = { day: 0.75, year: 0.9 };
const TIMEX = { f1: 0.96, precision: 0.95, recall: 0.96 };
// entities 0.919 (P 0.935 R 0.903) → 0.961 (P 0.975 R 0.947) in session 10 "ent3" (this set as the development set for
// entity recall: people introduced by office and state, acronym bodies, longest names, a few landmarks).
const ENTITIES = { f1: 0.95, precision: 0.965, recall: 0.935 };
// Session 10 "ev11" (this set spent as the development set for recall on unseen text: misses counted by mechanism, the
// general ones fixed — see test/events-mechanisms.test.ts): events 0.497 → 0.619 (P 0.738 → 0.792, R 0.375 → 0.508),
// relaxed 0.575 → 0.680, status 0.940, third party 0.925; with ent3's entities merged: 0.633 (P 0.816, R 0.517), relaxed 0.694.
const EVENTS = { f1: 0.61, precision: 0.78, recall: 0.5, relaxed_f1: 0.67, status_accuracy: 0.92, third_party_accuracy: 0.9 };

checkSetTest("second own check set (12 captures; blind until session 10, a development set since) reaches its extraction, date, timex, entity and event floors", "heldout2", { records: 12, goldEvents: 120 }, {
  extraction: EXTRACTION,
  reference_date: REFERENCE,
  timex: TIMEX,
  entities: ENTITIES,
  events: EVENTS,
});
