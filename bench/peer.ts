/**
 * The article-extraction benchmark of ../shared/peer (181 English pages with hand-written bodies,
 * Scrapinghub/Zyte, MIT), run in-process: pages read from ../shared at run time (never copied into
 * the repo), our extraction through the capture → normalise → extract stages, and the benchmark's
 * own measure re-implemented (4-word shingles, precision and recall per page, averaged over pages,
 * F1 of the two means) so a test and the bench can read it without 181 processes or Python.
 *
 *   node dist/bench/peer.js [--list] [--half lo|hi] [--only ID]
 * --list prints the pages below F1 0.9 (ids starting 0–7 only: ids 8–f are the check set, read as
 * aggregate figures).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { captureStage } from "../src/capture/stage.js";
import { normaliseStage } from "../src/normalise/stage.js";
import { extractStage } from "../src/extract/stage.js";
import { analyze, defaultContext } from "../src/pipeline/analyze.js";
import { repoRoot } from "./make-jsonl.js";

export const PEER_DIR = join(repoRoot(), "../shared/peer/article-extraction-benchmark");

export interface PeerPage {
  id: string;
  url: string | null;
  html: Buffer;
  truth: string;
}

/** The benchmark's pages, or null when ../shared/peer is absent. */
export function peerPages(dir = PEER_DIR): PeerPage[] | null {
  const gtPath = join(dir, "ground-truth.json");
  if (!existsSync(gtPath)) return null;
  const gt = JSON.parse(readFileSync(gtPath, "utf8")) as Record<string, { articleBody?: string; url?: string }>;
  return Object.keys(gt)
    .sort()
    .map((id) => ({ id, url: gt[id]!.url ?? null, truth: gt[id]!.articleBody ?? "", html: gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))) }));
}

/** The benchmark's tokens: Python's `\w+` (letters, digits, underscore). */
function tokens(s: string): string[] {
  return s.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(s: string, n = 4): Map<string, number> {
  const t = tokens(s);
  const m = new Map<string, number>();
  const last = Math.max(1, t.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = t.slice(i, i + n);
    if (!sh.length) continue;
    const k = sh.join("\u0001");
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** TP/FP/FN of one page, normalised to sum 1 (the benchmark's `string_shingle_matching`). */
export function shingleMatch(truth: string, pred: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, tc] of a) {
    const pc = b.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of b) fp += Math.max(0, pc - (a.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const prec = ([tp, fp, fn]: [number, number, number]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const rec = ([tp, fp, fn]: [number, number, number]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));

export interface PeerScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
  empty: number;
}

/** The benchmark's figures over a set of pages' TP/FP/FN. */
export function peerScore(m: Array<[number, number, number]>, bodies: string[]): PeerScore {
  const ps = m.filter(([tp, fp]) => tp + fp > 0).map(prec);
  const rs = m.filter(([tp, , fn]) => tp + fn > 0).map(rec);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const p = mean(ps);
  const r = mean(rs);
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, precision: p, recall: r, pages: m.length, empty: bodies.filter((b) => !b).length };
}

const STAGES = [captureStage, normaliseStage, extractStage];

/** Our article body of a page as the benchmark's runner builds it: lead and paragraphs joined by newlines. */
export function peerBody(p: PeerPage): string {
  const doc = analyze({ source: { path: `${p.id}.html`, record_id: null, url: p.url, fetched_at: null }, bytes: p.html, kind: "html" }, { url: p.url }, defaultContext(new Date("2026-01-01T00:00:00Z")), STAGES);
  const a = doc.article;
  return [a?.lead, ...(a?.paragraphs ?? [])].filter((x): x is string => typeof x === "string" && !!x.trim()).join("\n");
}

export interface PeerResult {
  id: string;
  body: string;
  m: [number, number, number];
  f1: number;
}

export function runPeer(pages: PeerPage[]): PeerResult[] {
  return pages.map((p) => {
    const body = peerBody(p);
    const m = shingleMatch(p.truth, body);
    const pr = prec(m), rc = rec(m);
    return { id: p.id, body, m, f1: pr + rc ? (2 * pr * rc) / (pr + rc) : 0 };
  });
}

/** Ids starting 0–7 are diagnosed page by page; 8–f are the check set, read only as aggregates. */
export const devHalf = (id: string): boolean => /^[0-7]/.test(id);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pages = peerPages();
  if (!pages) {
    console.log("../shared/peer is absent");
    process.exit(0);
  }
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
  const sel = only ? pages.filter((p) => p.id.startsWith(only) && devHalf(p.id)) : pages;
  const t0 = process.cpuUsage();
  const res = runPeer(sel);
  const cpu = process.cpuUsage(t0);
  const show = (name: string, rs: PeerResult[]): void => {
    const s = peerScore(rs.map((r) => r.m), rs.map((r) => r.body));
    console.log(`${name.padEnd(10)} F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}  pages ${s.pages}  empty ${s.empty}  below 0.5: ${rs.filter((r) => r.f1 < 0.5).length}`);
  };
  show("all", res);
  show("ids 0-7", res.filter((r) => devHalf(r.id)));
  show("ids 8-f", res.filter((r) => !devHalf(r.id)));
  console.log(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s for ${res.length} pages`);
  if (process.argv.includes("--list") || only) {
    const pr = (m: [number, number, number]): string => `P ${prec(m).toFixed(3)} R ${rec(m).toFixed(3)}`;
    for (const r of res.filter((x) => devHalf(x.id) && (only || x.f1 < 0.9)).sort((a, b) => a.f1 - b.f1)) console.log(`${r.f1.toFixed(3)} ${pr(r.m)} ${r.id.slice(0, 12)} ${pages.find((p) => p.id === r.id)!.url}`);
  }
}
