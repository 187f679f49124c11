/**
 * Progress on standard error: a bar with count, rate and ETA on a terminal, redrawn in
 * place; plain lines (at most one every few seconds, and a last one) when not a terminal.
 */
import type { CommandIO } from "./io.js";

export interface Progress {
  update(done: number): void;
  /** Ends the bar (a newline on a terminal) and prints the last figures. */
  finish(done: number): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** The progress text for `done` of `total` after `elapsed` seconds. */
export function progressText(label: string, done: number, total: number | null, elapsed: number, bar: boolean, width = 24): string {
  const rate = elapsed > 0 ? done / elapsed : 0;
  const parts = [label];
  if (total != null && total > 0) {
    const frac = Math.min(1, done / total);
    if (bar) {
      const full = Math.round(frac * width);
      parts.push(`[${"█".repeat(full)}${"░".repeat(width - full)}]`);
    }
    parts.push(`${done}/${total}`, `${Math.floor(frac * 100)}%`);
  } else parts.push(String(done));
  parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
  if (total != null && total > 0 && done < total && rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate)}`);
  else parts.push(`${formatDuration(elapsed)} elapsed`);
  return parts.join("  ");
}

export function createProgress(io: CommandIO, label: string, total: number | null, opts: { quiet?: boolean; clock?: () => number; every?: number } = {}): Progress {
  const clock = opts.clock ?? (() => performance.now());
  const start = clock();
  let lastDraw = -Infinity;
  let lastDone = -1;
  const tty = io.isTTY;
  const every = opts.every ?? (tty ? 100 : 5000);
  const draw = (done: number, force: boolean) => {
    if (opts.quiet) return;
    const t = clock();
    if (!force && t - lastDraw < every) return;
    if (force && !tty && done === lastDone) return;
    lastDraw = t;
    lastDone = done;
    const text = progressText(label, done, total, (t - start) / 1000, tty);
    io.err(tty ? `\r${text}\x1b[K` : `${text}\n`);
  };
  return {
    update: (done) => draw(done, false),
    finish(done) {
      draw(done, true);
      if (tty && !opts.quiet) io.err("\n");
    },
  };
}
