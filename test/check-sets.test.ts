/**
 * The own check sets written for this project (test/fixtures/<dir>: batch.jsonl and gold/), each analysed in process
 * with the pinned clock and scored by ../shared/eval/score.mjs against its floors (a little below what was measured;
 * raise them when a figure rises). One row per set, with its history. (The first set, test/fixtures/heldout, has its
 * own test: heldout.test.ts.)
 */
import { checkSetTest } from "./helpers/heldout-score.js";
import type { Floors } from "./helpers/heldout-score.js";

const SETS: Array<{ dir: string; title: string; want: { records: number; goldEvents: number }; floors: Floors }> = [
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
  {
    dir: "heldout2",
    title: "second own check set (12 captures; blind until session 10, a development set since) reaches its extraction, date, timex, entity and event floors",
    want: { records: 12, goldEvents: 120 },
    floors: {
      // outlet 0.667 → 1.000 in session 9 "ex3" (the captures without URL name their outlet by a masthead line or footer)
      extraction: { token_f1: 0.99, title: 0.9, author: 0.9, published: 0.9, outlet: 0.95, credits: 0.9 },
      reference_date: { day: 0.75, year: 0.9 },
      timex: { f1: 0.96, precision: 0.95, recall: 0.96 },
      // entities 0.919 (P 0.935 R 0.903) → 0.961 (P 0.975 R 0.947) in session 10 "ent3" (this set as the development set for
      // entity recall: people introduced by office and state, acronym bodies, longest names, a few landmarks).
      entities: { f1: 0.95, precision: 0.965, recall: 0.935 },
      // Session 10 "ev11" (this set spent as the development set for recall on unseen text: misses counted by mechanism, the
      // general ones fixed — see test/events-mechanisms.test.ts): events 0.497 → 0.619 (P 0.738 → 0.792, R 0.375 → 0.508),
      // relaxed 0.575 → 0.680, status 0.940, third party 0.925; with ent3's entities merged: 0.633 (P 0.816, R 0.517), relaxed 0.694.
      // Session 14 "vocab2": status 0.931 → 0.919 as two more acts match (events 0.697 → 0.700, relaxed 0.727 → 0.740); one,
      // a bid blocked ('hiện vẫn bị … ngăn cản'), is ongoing in the gold and read as occurred ('vẫn' sets no status).
      events: { f1: 0.61, precision: 0.78, recall: 0.5, relaxed_f1: 0.67, status_accuracy: 0.91, third_party_accuracy: 0.9 },
    },
  },
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
   * Session 10's work left it unchanged. Session 11 (aggregate only, still blind): events 0.488 → 0.528 (P 0.579,
   * R 0.485), relaxed 0.656, third party 0.854 — the side mechanisms moved it; type and date work did not.
   */
  {
    dir: "heldout3",
    title: "third held-out set (blind, 12 captures) reaches its extraction, date, timex, entity and event floors",
    want: { records: 12, goldEvents: 68 },
    floors: {
      extraction: { token_f1: 0.99, title: 0.95, author: 0.95, published: 0.95, outlet: 0.95, credits: 0.95 },
      reference_date: { day: 0.85, year: 0.95 },
      timex: { f1: 0.95, precision: 0.95, recall: 0.95 },
      entities: { f1: 0.9, precision: 0.92, recall: 0.88 },
      events: { f1: 0.46, precision: 0.5, recall: 0.43, relaxed_f1: 0.59, status_accuracy: 0.95, third_party_accuracy: 0.84 },
    },
  },
  /**
   * The fourth self-made held-out check (session 12): 10 page captures written for this project (test/fixtures/heldout4/
   * n01…n10, fed as batch.jsonl) in the shapes of VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí, VietnamPlus, Báo Quốc tế,
   * Znews, VOV, Nhân Dân and QĐND, on topics no earlier set or the dev corpus covers (Haiti, New Caledonia, Sri Lanka,
   * the Solomon Islands, Greenland, the Poland–Belarus border, Georgia, Ethiopia–TPLF, Canada–India, Bolivia; 2021–2025).
   * Two carry no date and no URL (one's text settles its year, one's leaves it open: its gold keeps `XXXX`). The gold
   * (GOLD.md format; 78 events, about 6.9 per 1,500 characters; one-sided acts inside a state coded as heldout2 does)
   * was annotated BLIND, before the system ran on the pages, on main 49dffef. Its one blind reading (session 12, CLI,
   * real clock, main 49dffef): extraction 1.000 throughout; reference date day and year 1.000 (9 dated); timex F1
   * 0.993; entities F1 0.893 (P 0.901, R 0.886); events strict F1 0.353 (P 0.512, R 0.269), relaxed 0.471, status
   * 0.929, third party 0.964. The lead used that reading (aggregate only) once to decide not to merge a branch of
   * event-recall rules (s12-recall: 0.390 here, but lower on the odd dev ids and heldout3). Keep it out of
   * development (do not read its pages, gold or per-document output while tuning): it is a blind check.
   */
  {
    dir: "heldout4",
    title: "fourth held-out set (blind, 10 captures) reaches its extraction, date, timex, entity and event floors",
    want: { records: 10, goldEvents: 78 },
    floors: {
      extraction: { token_f1: 0.99, title: 0.95, author: 0.95, published: 0.95, outlet: 0.95, credits: 0.95 },
      reference_date: { day: 0.85, year: 0.95 },
      timex: { f1: 0.97, precision: 0.97, recall: 0.95 },
      entities: { f1: 0.87, precision: 0.88, recall: 0.86 },
      events: { f1: 0.33, precision: 0.48, recall: 0.25, relaxed_f1: 0.44, status_accuracy: 0.9, third_party_accuracy: 0.93 },
    },
  },
  /**
   * The fifth self-made held-out check (session 13): 10 page captures written for this project (test/fixtures/heldout5/
   * p01…p10, fed as batch.jsonl) in the shapes of VnExpress, Tuổi Trẻ, Thanh Niên, VietNamNet, Lao Động, PLO, Znews,
   * VOV, CAND and QĐND, on diplomatic rows and coups no earlier set covers (Peru–Mexico, Gabon, AUKUS, Iraq–Sweden,
   * Canada–India, Ecuador–Mexico, Bolivia 2019, Trump–al-Sharaa, Albanese in Beijing, Mali 2020; 2019–2025). Two carry
   * no date and no URL (one's text settles its year, one's leaves it open). The gold (GOLD.md format; 88 events, about
   * 7.2 per 1,500 characters) was annotated BLIND, before the system ran on the pages. Its first reading (session 13,
   * CLI, main 905cd74): extraction 1.000; reference date day 0.889, year 1.000 (9 dated); timex F1 0.919; entities
   * 0.874; events strict F1 0.360 (P 0.435, R 0.307), relaxed 0.547. At the session's end (aggregate only, never
   * diagnosed): entities 0.877, events 0.405 / 0.588. Keep it out of development: it is a blind check.
   */
  {
    dir: "heldout5",
    title: "fifth held-out set (blind, 10 captures) reaches its extraction, date, timex, entity and event floors",
    want: { records: 10, goldEvents: 88 },
    floors: {
      extraction: { token_f1: 0.99, title: 0.95, author: 0.95, published: 0.95, outlet: 0.95, credits: 0.95 },
      reference_date: { day: 0.85, year: 0.95 },
      timex: { f1: 0.89, precision: 0.9, recall: 0.87 },
      entities: { f1: 0.85, precision: 0.89, recall: 0.81 },
      events: { f1: 0.37, precision: 0.44, recall: 0.32, relaxed_f1: 0.55, status_accuracy: 0.88, third_party_accuracy: 0.95 },
    },
  },
  /**
   * The sixth and seventh self-made sets (session 14): 10 page captures each, written for this project
   * (test/fixtures/heldout6/q01…q10: Africa, the Middle East, Europe — Tunisia–EU, Mozambique, the Baltic cable, North
   * Macedonia's EU talks, Sweida, Algeria–France, Hungary's veto, Senegal, South Sudan, Zakho; heldout7/r01…r10:
   * Asia-Pacific, the Americas, multilateral bodies — Second Thomas Shoal, Rubio in Panama, the Kyrgyz–Tajik treaty,
   * BRICS in Rio, the Pacific Islands Forum, the Hiroshima G7, Maldives–India, Spain–Argentina, China–Central Asia,
   * Honduras–Taiwan; 2022–2025). Two of each carry no date and no URL (one's text settles its year, one's leaves it
   * open). Gold (GOLD.md format; 85 and 91 events) annotated BLIND before the system ran on them. First reading (CLI,
   * main 987d6d3): heldout6 timex 0.915, entities 0.932, events 0.400 / 0.560 (P 0.462, R 0.353); heldout7 timex
   * 0.936, entities 0.893, events 0.541 / 0.647 (P 0.582, R 0.505). They were then DEVELOPMENT sets for the rest of
   * session 14 (read page by page); the floors sit under the session's end.
   */
  {
    dir: "heldout6",
    title: "sixth own set (development since session 14, 10 captures) reaches its extraction, date, timex, entity and event floors",
    want: { records: 10, goldEvents: 85 },
    floors: {
      extraction: { token_f1: 0.99, title: 0.95, author: 0.95, published: 0.95, outlet: 0.95, credits: 0.95 },
      reference_date: { day: 0.95, year: 0.95 },
      timex: { f1: 0.93, precision: 0.93, recall: 0.92 },
      entities: { f1: 0.95, precision: 0.96, recall: 0.95 },
      events: { f1: 0.46, precision: 0.55, recall: 0.39, relaxed_f1: 0.58, status_accuracy: 0.95, third_party_accuracy: 0.9 },
    },
  },
  {
    dir: "heldout7",
    title: "seventh own set (development since session 14, 10 captures) reaches its extraction, date, timex, entity and event floors",
    want: { records: 10, goldEvents: 91 },
    floors: {
      extraction: { token_f1: 0.99, title: 0.95, author: 0.95, published: 0.95, outlet: 0.95, credits: 0.85 },
      reference_date: { day: 0.95, year: 0.95 },
      timex: { f1: 0.92, precision: 0.92, recall: 0.92 },
      entities: { f1: 0.89, precision: 0.86, recall: 0.91 },
      events: { f1: 0.57, precision: 0.6, recall: 0.54, relaxed_f1: 0.65, status_accuracy: 0.94, third_party_accuracy: 0.97 },
    },
  },
];

for (const s of SETS) checkSetTest(s.title, s.dir, s.want, s.floors);
