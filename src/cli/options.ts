/**
 * What every command shares: argument parsing with --help, the capture flags (--url,
 * --fetched-at, --date), counts, output formats and opening the store. Commands stay small and
 * report every mistake in how they were called as a UsageError (exit status 2).
 */
import { parseArgs } from "node:util";
import type { CallerOptions } from "../envelope/types.js";
import { DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET_MS, type Limits } from "../pipeline/limits.js";
import { openStore, storeLocation } from "../store/open.js";
import type { Store } from "../store/store.js";
import { UsageError, type CommandIO } from "./io.js";

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
  multiple?: boolean;
}
type Val<S> = S extends { multiple: true }
  ? S extends { type: "boolean" } ? boolean[] : string[]
  : S extends { type: "boolean" } ? boolean : string;
/** Parsed values: options with a default are always there, the others may be missing. */
export type Values<O> = { [K in keyof O as O[K] extends { default: unknown } ? K : never]: Val<O[K]> } & {
  [K in keyof O as O[K] extends { default: unknown } ? never : K]?: Val<O[K]>;
};

/**
 * Parses a command's arguments. `--help`/`-h` is added to every command: it prints `help` and
 * the result is null (the command returns 0). Unknown options and the like are usage errors.
 */
export function parseCommand<const O extends Record<string, OptionSpec>>(
  argv: string[],
  options: O,
  help: string,
  io: CommandIO,
  { positionals = true }: { positionals?: boolean } = {},
): { values: Values<O>; positionals: string[] } | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: positionals,
      options: { ...(options as Record<string, OptionSpec>), help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    throw new UsageError(argumentProblem(e, argv, options));
  }
  if (parsed.values.help) {
    io.out(help + "\n");
    return null;
  }
  return { values: parsed.values as unknown as Values<O>, positionals: parsed.positionals };
}

/** The option names a command takes, as typed ("--db", "--format"), --help included. */
function flagNames(options: Record<string, OptionSpec>): string[] {
  return [...Object.keys(options), "help"].map((k) => "--" + k);
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length]!;
}

/**
 * Our own sentence for what node:util's parser refused (its text speaks of "positional
 * arguments" and quoting): the unknown option with the closest known one and the list, the
 * option missing its value, the stray argument.
 */
export function argumentProblem(e: unknown, argv: string[], options: Record<string, OptionSpec>): string {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message : String(e);
  const names = flagNames(options);
  const quoted = /'([^']+)'/.exec(msg)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const flag = quoted.split("=")[0]!;
    const near = names.map((n) => [n, distance(flag.replace(/^-+/, ""), n.slice(2))] as const).sort((a, b) => a[1] - b[1])[0];
    const hint = near && near[1] <= Math.max(1, Math.floor(near[0].length / 4)) ? ` (did you mean ${near[0]}?)` : "";
    return `unknown option ${flag}${hint}; this command takes ${names.join(", ")}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = /^(--?[\w-]+)/.exec(quoted)?.[1] ?? quoted;
    const long = flag.startsWith("--") ? flag : (Object.entries(options).find(([, o]) => "-" + o.short === flag)?.[0] ?? flag.slice(1));
    const name = long.replace(/^-+/, "");
    const spec = options[name];
    if (spec?.type === "boolean" || /does not take an argument/.test(msg)) return `--${name} is a switch and takes no value`;
    return `--${name} needs a value`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const stray = argv.find((a) => !a.startsWith("-") && quoted === a) ?? quoted;
    return `this command takes no arguments, only options (${names.join(", ")}); got "${stray}"`;
  }
  return msg;
}

/** A value among `allowed` (compared without case), else a usage error naming them. */
export function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, opts: { upper?: boolean } = {}): T | undefined {
  if (value == null) return undefined;
  const v = opts.upper ? value.trim().toUpperCase() : value.trim().toLowerCase();
  const hit = allowed.find((a) => a === v);
  if (!hit) throw new UsageError(`${flag} takes one of ${allowed.join(", ")}, not "${value}"`);
  return hit;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (the timeline's date bounds). */
function realDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const month = m[2] != null ? Number(m[2]) : 1;
  const day = m[3] != null ? Number(m[3]) : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

export function parseDateBound(value: string, flag: string): string {
  const v = value.trim();
  if (!realDate(v)) throw new UsageError(`${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day), not "${value}"`);
  return v;
}

/** --from and --to checked one by one and against each other. */
export function dateRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const f = from != null ? parseDateBound(from, "--from") : undefined;
  const t = to != null ? parseDateBound(to, "--to") : undefined;
  // A bound's earliest day against the other's latest: "--from 2025-03 --to 2025-03" is one month.
  if (f && t && f > t + "~") throw new UsageError(`--from ${f} is after --to ${t}`);
  return { from: f, to: t };
}

/** Accepts YYYY-MM-DD with an optional time; returns it as given (trimmed) or throws a usage error. */
export function parseDateOption(value: string, flag: string): string {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v) || !realDate(v.slice(0, 10)) || Number.isNaN(Date.parse(v.replace(" ", "T")))) {
    throw new UsageError(`${flag} takes a date such as 2025-05-16 or 2025-05-16T10:00:00Z, not "${value}"`);
  }
  return v;
}

/** A whole number option, or its default. */
export function parseCount(v: string | undefined, flag: string, dflt: number): number {
  if (v == null) return dflt;
  if (!/^\d+$/.test(v.trim())) throw new UsageError(`${flag} takes a whole number, not "${v}"`);
  return Number(v);
}

/** The flags that say what the caller knows about a capture (CONTRACT.md "Inputs"). */
export const CAPTURE_FLAGS = {
  url: { type: "string" },
  "fetched-at": { type: "string" },
  date: { type: "string" },
} as const;

/** The per-document limits (src/pipeline/limits.ts): --max-size MB, --time-budget SECONDS. */
export const LIMIT_FLAGS = {
  "max-size": { type: "string" },
  "time-budget": { type: "string" },
} as const;

export const LIMIT_HELP = `--max-size MB: a capture larger than this is refused with a message, the batch goes on
(default ${DEFAULT_MAX_BYTES / (1024 * 1024)}). --time-budget S: analysis time per document; the stages left when it is
spent are skipped and the document is reported (default ${DEFAULT_TIME_BUDGET_MS / 1000}).`;

export function limitsOf(v: { "max-size"?: string; "time-budget"?: string }): Limits {
  const mb = parseCount(v["max-size"], "--max-size", DEFAULT_MAX_BYTES / (1024 * 1024));
  const s = parseCount(v["time-budget"], "--time-budget", DEFAULT_TIME_BUDGET_MS / 1000);
  if (mb < 1) throw new UsageError("--max-size takes 1 (MB) at least");
  if (s < 1) throw new UsageError("--time-budget takes 1 (second) at least");
  return { maxBytes: mb * 1024 * 1024, timeBudgetMs: s * 1000 };
}

/** The usage error of a command that reads captures and was given none. */
export const NO_INPUT = "no input given (a file, a folder, a .jsonl batch, a WARC archive or - for standard input)";

export function captureOptions(v: { url?: string; "fetched-at"?: string; date?: string }): CallerOptions {
  if (v.url != null && !/^https?:\/\/[^\s/?#]+/i.test(v.url.trim())) throw new UsageError(`--url takes an http:// or https:// address, not "${v.url}"`);
  return {
    url: v.url?.trim() ?? null,
    fetchedAt: v["fetched-at"] != null ? parseDateOption(v["fetched-at"], "--fetched-at") : null,
    date: v.date != null ? parseDateOption(v.date, "--date") : null,
  };
}

export type OutputFormat = "table" | "json" | "csv";
export const FORMAT_FLAG = { format: { type: "string", default: "table" } } as const;

/** Checks --format against the formats a command writes. */
export function outputFormat<F extends string = OutputFormat>(value: string, allowed: readonly F[] = ["table", "json", "csv"] as unknown as F[]): F {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--format takes ${allowed.join(", ")}, not "${value}"`);
  return value as F;
}

/**
 * A JSON array with one element per line: easy to read and to stream into other tools. The elements
 * have the HTTP API's field names (`sourceCount`, `articleId`: the shape ../shared/eval/story.mjs reads);
 * fields that come from the analysis records keep the contract's names (`third_party`).
 */
export function jsonLines(items: readonly unknown[]): string {
  return "[\n" + items.map((x) => JSON.stringify(x)).join(",\n") + (items.length ? "\n" : "") + "]\n";
}

/**
 * Opens the store named by --db / THOISU_DB / the default location, runs `fn`, always closes it.
 * For commands that only read: a store that does not exist is an error, never created.
 */
export async function withStore<T>(db: string | undefined, io: CommandIO, fn: (store: Store) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const store = await openStore(storeLocation(db, io.env), { now: io.now, create: opts.create ?? false });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Terminal width for tables. */
export function width(io: CommandIO): number {
  return Number(io.env.COLUMNS) || io.columns || 120;
}
