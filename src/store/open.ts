import { existsSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { StoreError, type Store } from "./store.js";

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

/** How to make a store, for the messages of commands that find none. */
export const INGEST_HINT = "thoisu ingest FILE|DIR... stores articles (see thoisu ingest --help)";

/**
 * Opens a store: a PostgreSQL URL, or an SQLite file. `create` (default true; commands that
 * write) makes the file and its folder when missing; commands that only read pass false and
 * never create anything. What goes wrong (no such file, a folder, not a database, another
 * program's database) is a StoreError naming the location, never a driver's stack trace.
 */
export async function openStore(location: string, opts: { now?: () => Date; create?: boolean } = {}): Promise<Store> {
  const create = opts.create !== false;
  const problem = (what: string) => new StoreError(`the store ${location} ${what}`);
  if (isPostgresUrl(location)) {
    const { openPostgres, redact } = await import("./postgres.js");
    try {
      return await openPostgres(location, opts.now, { create });
    } catch (e) {
      const where = redact(location);
      if (e instanceof StoreError) throw new StoreError(`the store ${where} ${e.message}${/empty database/.test(e.message) ? `: ${INGEST_HINT}` : ""}`);
      throw new StoreError(`cannot use the store ${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (location !== ":memory:") {
    if (existsSync(location) && statSync(location).isDirectory()) throw problem("is a folder; --db takes a file (e.g. " + join(location, "thoisu.db") + ")");
    if (!create && !existsSync(location)) throw problem(`does not exist; ${INGEST_HINT}`);
  }
  const { openSqlite } = await import("./sqlite.js");
  try {
    return await openSqlite(location, opts.now, { create });
  } catch (e) {
    if (e instanceof StoreError) throw problem(e.message + (/empty database/.test(e.message) ? `; ${INGEST_HINT}` : ""));
    const code = (e as { code?: string }).code;
    if (code === "SQLITE_NOTADB") throw problem("is not a thoisu store (not an SQLite database)");
    if (code === "SQLITE_CANTOPEN" || code === "EACCES" || code === "EROFS" || code === "ENOTDIR" || code === "EEXIST") throw problem(`cannot be opened (${e instanceof Error ? e.message : code})`);
    throw e;
  }
}
