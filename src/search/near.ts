/**
 * How closely an article holds a query's words, from the words' token positions: the tier
 * PostgreSQL ranks by (tsquery has no "within N words"), matching SQLite's FTS5 tiers
 * (phrase, then NEAR(…, NEAR_GAP), then anywhere; see src/store/sqlite.ts).
 */
export type Closeness = "phrase" | "near" | "all";

/**
 * `positions[i]`: ascending token positions of the query's i-th word (query order, repeats
 * allowed). "phrase": the words in order at consecutive positions; "near": one occurrence of
 * every distinct word within a window holding at most `gap` other tokens; else "all".
 */
export function closeness(positions: ReadonlyArray<readonly number[]>, gap: number): Closeness {
  const n = positions.length;
  if (n <= 1) return "phrase";
  if (positions.some((p) => p.length === 0)) return "all";
  const sets = positions.map((p) => new Set(p));
  for (const start of positions[0]!) {
    let ok = true;
    for (let i = 1; i < n && ok; i++) ok = sets[i]!.has(start + i);
    if (ok) return "phrase";
  }
  // Distinct words (a repeated query word needs one occurrence): the smallest window with all.
  const distinct: number[][] = [];
  const seen = new Map<string, number>();
  for (const p of positions) {
    const k = p.join(",");
    if (!seen.has(k)) {
      seen.set(k, distinct.length);
      distinct.push([...p]);
    }
  }
  const m = distinct.length;
  const merged: Array<[pos: number, word: number]> = [];
  distinct.forEach((p, w) => p.forEach((x) => merged.push([x, w])));
  merged.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const have = new Array<number>(m).fill(0);
  let covered = 0;
  let lo = 0;
  for (let hi = 0; hi < merged.length; hi++) {
    if (have[merged[hi]![1]]!++ === 0) covered++;
    while (covered === m) {
      const span = merged[hi]![0] - merged[lo]![0] + 1;
      if (span - m <= gap) return "near";
      if (--have[merged[lo]![1]]! === 0) covered--;
      lo++;
    }
  }
  return "all";
}
