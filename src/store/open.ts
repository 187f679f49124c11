import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { Store } from "./store.js";

export function isPostgresUrl(s: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(s);
}

/** `$XDG_DATA_HOME/thoisu/thoisu.db`, or `~/.local/share/thoisu/thoisu.db`. */
export function defaultDbPath(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.trim() ? env.XDG_DATA_HOME : join(env.HOME || homedir(), ".local", "share");
  return join(base, "thoisu", "thoisu.db");
}

/** Where the store is: `--db`, else `THOISU_DB`, else the default file. */
export function storeLocation(flag: string | undefined, env: Record<string, string | undefined> = process.env): string {
  const v = flag?.trim() || env.THOISU_DB?.trim();
  if (!v) return defaultDbPath(env);
  return isPostgresUrl(v) || v === ":memory:" ? v : resolve(v);
}

/** Opens a store: a PostgreSQL URL, or an SQLite file (created with its folder if missing). */
export async function openStore(location: string, opts: { now?: () => Date } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPostgres } = await import("./postgres.js");
    return openPostgres(location, opts.now);
  }
  const { openSqlite } = await import("./sqlite.js");
  return openSqlite(location, opts.now);
}
