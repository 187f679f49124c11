/**
 * Finding spans by position without scanning every span: what keeps the stages linear on long
 * documents (one look-up per sentence or per mention instead of a pass over all of them).
 */
import type { Span } from "./types.js";

/** Index of the first element of `sorted` (ascending by start) whose start is >= `at`. */
export function firstStartingAt(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The span of a sorted list of disjoint spans (sentences) that holds offset `at`
 * (start <= at < end), or undefined: the same answer as `spans.find(...)`, by binary search.
 */
export function spanHolding<T extends Span>(sorted: readonly T[], at: number): T | undefined {
  const i = firstStartingAt(sorted, at + 1) - 1;
  const s = i >= 0 ? sorted[i] : undefined;
  return s && at >= s.start && at < s.end ? s : undefined;
}

/**
 * Spans in any order, indexed by start: the ones starting in a range, or lying inside it, come
 * back in their original order (the same as `items.filter(...)`), found by binary search.
 */
export class SpanIndex<T extends Span> {
  private readonly order: number[];
  private readonly starts: number[];

  constructor(private readonly items: readonly T[]) {
    this.order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
    this.starts = this.order.map((i) => items[i]!.start);
  }

  /** Original indices (ascending) of the items whose start is in [start, end]. */
  private between(start: number, end: number): number[] {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < this.starts.length && this.starts[k]! <= end; k++) out.push(this.order[k]!);
    return out.sort((a, b) => a - b);
  }

  /** Indices of the items starting in [start, end), ascending. */
  startingIn(start: number, end: number): number[] {
    return end > start ? this.between(start, end - 1) : [];
  }

  /** The items inside [start, end] (item.start >= start and item.end <= end), in their original order. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (const i of this.between(start, end)) {
      const x = this.items[i]!;
      if (x.end <= end) out.push(x);
    }
    return out;
  }
}
