import type { Readable } from "node:stream";

/** What a command may touch: its streams and the clock, so commands are testable in-process. */
export interface CommandIO {
  out(s: string): void;
  err(s: string): void;
  stdin: Readable;
  /** True when stdout is a terminal (colours, progress bars). */
  color: boolean;
  isTTY: boolean;
  now(): Date;
  env: Record<string, string | undefined>;
  /** The terminal's width when stdout is one (undefined: a pipe or a file). */
  columns?: number;
}

/** A mistake in how the command was called: exit status 2. */
export class UsageError extends Error {}
