/**
 * The third self-made held-out check (session 10): 12 page captures written for this project in the shapes of
 * Vietnamese outlets not used by the earlier sets (test/fixtures/heldout3/m01…m12, fed as batch.jsonl: VnExpress,
 * PLO, Thanh Niên, VTC News, Báo Tin tức, Hà Nội Mới, VOV, VietNamNet, QĐND, SGGP, Kinh tế & Đô thị, Lao Động), on
 * world politics 2021–2025 from the South Caucasus, the Caribbean, Australia–China, Eastern Europe, the Pacific,
 * the Aegean, the Levant, Cuba, the Sahel, Latin America, Canada–India and South Asia. Three pages carry no date
 * and no URL (two name their year in the text, one never does: its gold keeps `XXXX`). The gold
 * (test/fixtures/heldout3/gold, GOLD.md format) was annotated BLIND, before the system was run, on main 18d6346,
 * at the shared gold's density (68 events, about 5.8 per 1,500 characters; heldout2 has about twice that).
 * Blind figures then (CLI, real clock): extraction token F1, title, author, published, outlet, credits 1.000;
 * reference date day 0.909, year 1.000 (11 with a known year); timex F1 0.970 (relaxed 1.000); entities F1 0.918;
 * events strict F1 0.488 (P 0.525, R 0.456), relaxed 0.614, status 1.000, third party 0.872 (68 gold events).
 * One annotation slip corrected after the run (a person under his Wikipedia title): entities F1 0.924.
 * Floors sit a little below the figures measured here with the pinned clock. Keep this set out of development
 * (do not read its pages, gold or per-document output while tuning) so it stays a blind check.
 */
import { checkSetTest } from "./helpers/heldout-score.js";

const EXTRACTION: Record<string, number> = { token_f1: 0.99, title: 0.95, author: 0.95, published: 0.95, outlet: 0.95, credits: 0.95 };
const REFERENCE = { day: 0.85, year: 0.95 };
const TIMEX = { f1: 0.95, precision: 0.95, recall: 0.95 };
const ENTITIES = { f1: 0.9, precision: 0.92, recall: 0.88 };
const EVENTS = { f1: 0.46, precision: 0.5, recall: 0.43, relaxed_f1: 0.59, status_accuracy: 0.95, third_party_accuracy: 0.84 };

checkSetTest("third held-out set (blind, 12 captures) reaches its extraction, date, timex, entity and event floors", "heldout3", { records: 12, goldEvents: 68 }, {
  extraction: EXTRACTION,
  reference_date: REFERENCE,
  timex: TIMEX,
  entities: ENTITIES,
  events: EVENTS,
});
